import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
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
