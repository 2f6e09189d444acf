import Testing

/// `compare` says in its header how many of the cases it read are constructed, counted from the
/// journeys' own flag (each case once).
@Suite("compare counts constructed cases")
struct ConstructedCountTests {
    @Test func theCohortSampleIsCountedAsConstructed() throws {
        let run = try CommandLineTests.run(["compare", "Samples/cohort", "--as-of", "31-12-2014", "--started", "2014"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Gelezen: 116 casussen uit 1 bestand; 116 geconstrueerd"))
        let real = try CommandLineTests.run(["compare", "Samples/claudia-wesley.planreis.xml", "--as-of", "31-12-2022"])
        #expect(real.stdout.contains("Gelezen: 1 casus uit 1 bestand; 0 geconstrueerd"))
    }
}
