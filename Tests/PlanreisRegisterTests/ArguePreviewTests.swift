import Foundation
import Hummingbird
import HummingbirdTesting
import PlanreisServer
import PlanreisStore
import Testing

@Suite("Argue: the live cost-benefit preview of an exception")
struct ArguePreviewTests {
    /// A preview body rebuilt from one exception of `analyze`'s JSON, the way a person would type
    /// it into the form: items, typed amounts, likelihood range and horizon.
    static func draft(from exception: [String: Any]) -> [String: Any] {
        func lines(_ value: Any?) -> [[String: Any]] {
            ((value as? [[String: Any]]) ?? []).map { line in
                var draft: [String: Any] = [:]
                if let item = line["item"] as? String { draft["item"] = item }
                if let fixed = line["fixedCents"] as? Int {
                    draft["amount"] = "\(fixed / 100),\(String(format: "%02d", fixed % 100))"
                } else {
                    draft["quantity"] = line["quantity"]
                    draft["periods"] = line["periods"]
                }
                if let payer = line["payer"] as? String { draft["payer"] = payer }
                // The label is the line's note, else its item.
                if let label = line["label"] as? String, !label.isEmpty, label != line["item"] as? String { draft["note"] = label }
                return draft
            }
        }
        var body: [String: Any] = [
            "title": exception["title"] as? String ?? "", "costs": lines((exception["cost"] as? [String: Any])?["lines"]),
        ]
        if let avoided = exception["avoided"] as? [String: Any] {
            var draft: [String: Any] = ["title": avoided["title"] as? String ?? "", "costs": lines(avoided["lines"])]
            if let low = avoided["likelihoodLowPercent"] as? Int, let high = avoided["likelihoodHighPercent"] as? Int {
                draft["likelihood"] = low == high ? "\(low)" : "\(low)-\(high)"
            }
            if let horizon = avoided["horizonMonths"] as? Int { draft["horizonMonths"] = horizon }
            body["avoided"] = draft
        }
        return body
    }

    @Test(arguments: TestEngine.all)
    func thePreviewGivesAnalyzesFiguresForEveryExceptionOfClaudiaAndWesley(engine: TestEngine) async throws {
        let fixture = try await Fixture.make(engine)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let created = try await session.send(
                .post, "/api/v1/journeys", body: try sample("claudia-wesley.planreis.xml"), type: "application/xml")
            let id = try #require(created.json["id"] as? String)
            let analysis = try await session.send(.get, "/api/v1/journeys/\(id)/analysis")
            let exceptions = try #require(analysis.json["exceptions"] as? [[String: Any]])
            #expect(exceptions.count == 3)
            let compared = [
                "cost", "avoided", "netCents", "returnPerEuro", "payers", "netAtLowCents", "netAtHighCents", "breakEvenPercent",
                "complete", "wrongPocket",
            ]
            for exception in exceptions {
                let body = try JSONSerialization.data(withJSONObject: Self.draft(from: exception))
                let response = try await session.send(.post, "/api/v1/preview/exception", body: String(decoding: body, as: UTF8.self))
                #expect(response.status == .ok, "\(response.text)")
                let preview = try #require(response.json["exception"] as? [String: Any])
                #expect((response.json["problems"] as? [Any])?.isEmpty == true)
                for key in compared {
                    // The avoided scenario's description is prose the form does not ask for.
                    var want = exception[key]
                    if key == "avoided", var avoided = want as? [String: Any] {
                        avoided["description"] = NSNull()
                        want = avoided
                    }
                    let expected = try JSONSerialization.data(withJSONObject: ["v": want ?? NSNull()], options: .sortedKeys)
                    let got = try JSONSerialization.data(withJSONObject: ["v": preview[key] ?? NSNull()], options: .sortedKeys)
                    #expect(
                        String(decoding: got, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                        "\(exception["event"] ?? "") \(key)")
                }
                // Likelihood and horizon typed into the form are estimates, by the one who typed them.
                let estimates = (preview["estimates"] as? [[String: Any]] ?? []).filter { $0["by"] as? String == fixture.professional }
                let avoided = exception["avoided"] as? [String: Any]
                let expectedNumbers =
                    (avoided?["likelihoodPercent"] is Int ? ["likelihood"] : []) + (avoided?["horizonMonths"] is Int ? ["horizon"] : [])
                #expect(estimates.compactMap { $0["number"] as? String } == expectedNumbers)
            }
            // The figures for people, in Dutch by default and English on request.
            let zorgboerderij = try #require(exceptions.first { $0["event"] as? String == "x-zorgboerderij" })
            let body = String(decoding: try JSONSerialization.data(withJSONObject: Self.draft(from: zorgboerderij)), as: UTF8.self)
            let nl = try await session.send(.post, "/api/v1/preview/exception", body: body)
            let display = try #require(nl.json["display"] as? [String: Any])
            #expect((display["likelihood"] as? String) == "30–70 %")
            #expect((display["horizon"] as? String) == "12 maanden")
            let en = try await session.send(.post, "/api/v1/preview/exception", body: body, headers: [.acceptLanguage: "en"])
            #expect(((en.json["display"] as? [String: Any])?["horizon"] as? String) == "12 months")
        }
        await fixture.register.close()
    }

    @Test func typedDutchAmountsArePricedAndBadNumbersAreNamedAtTheirField() async throws {
        let fixture = try await Fixture.make(.sqlite)
        try await fixture.app.test(.router) { client in
            let session = try await Session.login(client, fixture.professional)
            let good = try await session.send(
                .post, "/api/v1/preview/exception",
                body: #"""
                    {"costs": [{"amount": "€ 1.250,-", "payer": "gemeente"}],
                     "avoided": {"title": "Uithuisplaatsing", "likelihood": "20", "horizonMonths": "6",
                                 "costs": [{"amount": "10.000,00", "payer": "jeugdzorg"}]}}
                    """#)
            let exception = try #require(good.json["exception"] as? [String: Any])
            #expect((exception["cost"] as? [String: Any])?["cents"] as? Int == 125_000)
            #expect((exception["avoided"] as? [String: Any])?["expectedCents"] as? Int == 200_000)
            #expect(exception["netCents"] as? Int == 75_000)
            #expect((exception["breakEvenPercent"] as? [String: Any])?["rounded"] as? String == "12.50")
            #expect(exception["wrongPocket"] as? Bool == true)
            let display = try #require(good.json["display"] as? [String: Any])
            #expect(display["cost"] as? String == "€ 1.250,00")
            #expect(display["returnPerEuro"] as? String == "1,60")
            #expect(display["breakEven"] as? String == "12,50 %")

            let bad = try await session.send(
                .post, "/api/v1/preview/exception",
                body: #"{"costs": [{"amount": "12,3,4"}, {"payer": "gemeente"}], "avoided": {"likelihood": "veel", "horizonMonths": "-2"}}"#
            )
            #expect(bad.status == .ok)
            let fields = (bad.json["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields == ["kosten-1-bedrag", "kosten-2-post", "kans", "horizon"])

            let wrongType = try await session.send(.post, "/api/v1/preview/exception", body: #"{"costs": {"amount": 3}}"#)
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.text.contains("costs"))

            let policy = try await Session.login(client, fixture.policy)
            #expect(try await policy.send(.post, "/api/v1/preview/exception", body: "{}").status == .forbidden)
            let anonymous = try await client.execute(
                uri: "/api/v1/preview/exception", method: .post, headers: [.contentType: "application/json", .origin: "http://localhost"],
                body: ByteBuffer(string: "{}"))
            #expect(anonymous.status == .unauthorized)
        }
        await fixture.register.close()
    }
}
