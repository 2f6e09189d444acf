import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

/// The public event logs of shared/data/xes, as process-mining tools wrote them: no planreis
/// keys, so every event is an intervention in its resource's lane.
@Suite struct XESRealLogTests {
    @Test func runningExampleImportsEveryTraceAndEvent() throws {
        let path = XESTestSupport.log("running-example.xes")
        let result = XESFormat.read(contentsOf: path)
        #expect(!result.hasErrors, "\(XESTestSupport.lines(result))")
        #expect(result.journeys.count == 6)
        #expect(result.journeys.reduce(0) { $0 + $1.events.count } == 42)
        for journey in result.journeys {
            #expect(journey.tags.contains(Tag("creator", "Fluxicon Nitro")))
            for event in journey.events {
                #expect(event.kind == .intervention)
                #expect(event.end == nil)
                #expect(event.date.precision == .time)
                #expect(event.date.time?.utcOffset != nil)
                // The log repeats org:resource as "Resource" and the activity as "Activity": the
                // lane and the title must say the same as those tags.
                let lane = try #require(journey.actor(withID: event.actor))
                #expect(event.tags.contains(Tag("Resource", lane.name)))
                #expect(event.tags.contains(Tag("Activity", event.title)))
                #expect(event.tags.contains { $0.key == "Costs" })
                #expect(event.costs.isEmpty)
            }
        }
        // The log-level attribute is kept in the log's header (on the first journey), not skipped.
        #expect(XESTestSupport.matching(result, "log-level").isEmpty)
        let descriptor = try #require(result.journeys.first?.tags.first { $0.key == LogFidelity.tagKey })
        #expect(descriptor.value.contains(#"{"type":"string","key":"creator","value":"Fluxicon Nitro"}"#))
        #expect(
            result.journeys.dropFirst().allSatisfy { !($0.tags.first { $0.key == LogFidelity.tagKey }?.value.contains("header") ?? true) })
    }

    @Test func roadTrafficPutsEventsWithoutResourceInTheUnknownLane() throws {
        let path = XESTestSupport.log("roadtraffic100traces.xes")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let withResource = text.components(separatedBy: "key=\"org:resource\"").count - 1
        let result = XESFormat.read(contentsOf: path)
        #expect(!result.hasErrors, "\(XESTestSupport.lines(result))")
        #expect(result.journeys.count == 100)
        let events = result.journeys.flatMap(\.events)
        #expect(events.count == 390)
        let unknown = result.journeys.reduce(0) { count, journey in
            count + journey.events.filter { $0.actor == "onbekend" }.count
        }
        #expect(unknown == 390 - withResource)
        #expect(events.allSatisfy { $0.kind == .intervention && !$0.title.isEmpty })
        // Typed attributes are kept as tags with their text.
        #expect(events.contains { $0.tags.contains(Tag("amount", "35.0")) })
        // Every lifecycle value is kept verbatim, to be written back as it was.
        let transitions = text.components(separatedBy: "key=\"lifecycle:transition\"").count - 1
        #expect(events.reduce(0) { $0 + $1.tags.count { $0.key == "lifecycle:transition" } } == transitions)
    }

    /// Both compressed logs in one test: in a debug build they take most of a second each.
    @Test func compressedLogsStreamWithPeriodsAndPoints() throws {
        // receipt: 1,434 traces, 8,577 events, every one a `complete`: 8,577 points.
        let receipt = XESFormat.read(contentsOf: XESTestSupport.log("receipt.xes.gz"))
        #expect(!receipt.hasErrors, "\(XESTestSupport.lines(receipt).prefix(5))")
        #expect(receipt.journeys.count == 1_434)
        let receiptEvents = receipt.journeys.flatMap(\.events)
        #expect(receiptEvents.count == 8_577)
        #expect(receiptEvents.allSatisfy { !$0.isPeriod })
        // org:group holds "Group 1", "EMPTY": no group word, so it stays on the event as a tag.
        #expect(receiptEvents.allSatisfy { $0.tags.contains { $0.key == "org:group" } })
        #expect(receiptEvents.allSatisfy { $0.tags.contains { $0.key == "concept:instance" } })
        // Its only 1970-01-01 values stand in <global> (the declared defaults), which are skipped:
        // no event carries the placeholder, so there is no placeholder warning.
        #expect(receiptEvents.allSatisfy { !$0.date.isEpochPlaceholder })
        #expect(XESTestSupport.matching(receipt, "placeholder").isEmpty)
        #expect(XESTestSupport.matching(receipt, "log-level").isEmpty)

        // interval_event_log: 1,266 traces, 8,109 events, each with a start_timestamp before its
        // time:timestamp: 8,109 periods.
        let interval = XESFormat.read(contentsOf: XESTestSupport.log("interval_event_log.xes.gz"))
        #expect(!interval.hasErrors, "\(XESTestSupport.lines(interval).prefix(5))")
        #expect(interval.journeys.count == 1_266)
        let intervalEvents = interval.journeys.flatMap(\.events)
        #expect(intervalEvents.count == 8_109)
        #expect(intervalEvents.allSatisfy { $0.isPeriod && $0.date < $0.end! })
        #expect(intervalEvents.allSatisfy { $0.actor == "onbekend" && !$0.tags.contains { $0.key == "start_timestamp" } })

        // The same bytes in memory (the loader's path) give the same journeys.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: XESTestSupport.log("interval_event_log.xes.gz"))))
        let fromMemory = XESFormat.read(bytes, file: XESTestSupport.log("interval_event_log.xes.gz"))
        #expect(fromMemory.journeys == interval.journeys)
        #expect(fromMemory.diagnostics == interval.diagnostics)
    }

    @Test func streamingHandsOnOneTraceAtATime() {
        var traces = 0
        var events = 0
        let diagnostics = XESFormat.stream(contentsOf: XESTestSupport.log("running-example.xes")) { trace in
            traces += 1
            events += trace.journeys.first?.events.count ?? 0
            #expect(trace.journeys.count == 1)
            #expect(trace.sourceMaps.count == 1)
        }
        #expect(traces == 6)
        #expect(events == 42)
        #expect(!diagnostics.hasErrors)
    }
}
