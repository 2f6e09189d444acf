import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlanreisAnalysis
import PlanreisModel
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Workbench: the edit form of a sample case")
struct WebEditFormTests {
    @Test func theEditFormShowsTheEventEvenWhenLanesWithoutEventsComeFirst() async throws {
        let fixture = try await Fixture.make(.sqlite)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let imported = try await session.upload(
                "/casussen/importeren", file: "claudia-wesley.planreis.xml", type: "application/xml",
                bytes: Array(try sample("claudia-wesley.planreis.xml").utf8))
            let location = try #require(imported.headers[.location])
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            let id = String(location.dropFirst("/casussen/".count))
            let journey = try await fixture.register.journey(id, caller: caller).journey
            for event in journey.events {
                let form = try await session.get("\(location)/gebeurtenissen/\(try #require(event.id))")
                #expect(form.status == .ok)
                #expect(
                    form.text.contains(#"name="titel" type="text" value="\#(event.title.replacingOccurrences(of: "\"", with: "&quot;"))""#),
                    "\(event.title)")
                #expect(!form.text.contains(#"name="datum" type="text" value="""#), "\(event.title): the date is filled in")
                // Saving the unchanged form keeps the event as it was.
                let fields = EventFormNames.all.map { name in (name, formValue(form.text, name)) }
                let saved = try await session.post("\(location)/gebeurtenissen/\(event.id!)", fields)
                #expect(
                    saved.status == .seeOther,
                    "\(event.title): \(saved.text.components(separatedBy: "foutenoverzicht").dropFirst().first?.prefix(900) ?? "")")
            }
            let after = try await fixture.register.journey(id, caller: caller).journey
            #expect(after.events == journey.events)
            #expect(after.actors == journey.actors)
        }
        await fixture.register.close()
    }
}

/// The value of a form control named `name` in a page: an input's `value`, a textarea's text or
/// a select's selected option.
func formValue(_ html: String, _ name: String) -> String {
    func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
    if let range = html.range(of: #"name="\#(name)" type="text" value=""#) ?? html.range(of: #"name="\#(name)" value=""#) {
        return unescape(String(html[range.upperBound...].prefix { $0 != "\"" }))
    }
    if let start = html.range(of: #"name="\#(name)" rows="3""#), let open = html[start.upperBound...].range(of: ">"),
        let close = html[open.upperBound...].range(of: "</textarea>")
    {
        return unescape(String(html[open.upperBound..<close.lowerBound]))
    }
    if let start = html.range(of: #"<select class="field-input" id="veld-\#(name)""#),
        let end = html[start.upperBound...].range(of: "</select>")
    {
        let select = html[start.upperBound..<end.lowerBound]
        if let selected = select.range(of: #"" selected>"#) {
            let before = select[..<selected.lowerBound]
            if let quote = before.range(of: #"value=""#, options: .backwards) { return unescape(String(before[quote.upperBound...])) }
        }
        return ""
    }
    return ""
}

@Suite("Workbench: the events table's costs")
struct WebEventCostTests {
    /// An exception priced from the price list shows the cost the analysis gives it in the events
    /// table, not an empty cell (only typed amounts were shown before).
    @Test func pricedExceptionsShowTheirAnalysedCost() async throws {
        let fixture = try await Fixture.make(.sqlite)
        try await fixture.app.test(.router) { client in
            let session = try await PageSession.login(client, fixture.professional)
            let imported = try await session.upload(
                "/casussen/importeren", file: "claudia-wesley.planreis.xml", type: "application/xml",
                // The sample's list items have no public price (farm days, shelter nights); ten
                // hours of youth care price that exception from the list instead.
                bytes: Array(
                    try sample("claudia-wesley.planreis.xml").replacingOccurrences(
                        of: #"item="dagbesteding-zorgboerderij" payer"#, with: #"item="ambulante-jeugdhulp-per-uur" quantity="10" payer"#
                    ).utf8))
            let location = try #require(imported.headers[.location])
            let caller = Caller(name: fixture.professional, role: .professional, client: "test")
            let id = String(location.dropFirst("/casussen/".count))
            let journey = try await fixture.register.journey(id, caller: caller).journey
            let (benefits, _) = CostBenefitAnalyzer(priceList: PriceList.shipped().priceList).costBenefits(for: journey)
            let fromList = benefits.filter { benefit in
                benefit.cost.cents != 0 && journey.events[benefit.event].costs.contains { $0.item != nil }
            }
            #expect(!fromList.isEmpty, "the sample has an exception priced from the price list")
            let page = try await session.get(location)
            for benefit in fromList {
                let event = journey.events[benefit.event]
                let row = try #require(
                    page.text.components(separatedBy: "<tr>").first { $0.contains("<bdi>\(event.title)</bdi>") && $0.contains("<td") })
                #expect(row.contains(#"<td>\#(benefit.cost.formatted(.nl))</td><td><a href="#), "\(event.title)")
            }
        }
        await fixture.register.close()
    }
}
