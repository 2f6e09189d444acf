import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisStore
import PlanreisText

/// The JSON the API gives for cases: planreis JSON, each exception with a cost carrying its `approval`.
enum JourneyJSON {
    static func document(_ stored: StoredJourney) -> String {
        JSONFormat.write([stored.journey]) { event in
            guard let id = event.id, let state = stored.approvals[id] else { return [] }
            return [("approval", approval(state))]
        }
    }

    static func approval(_ state: ApprovalState) -> JSONValue {
        .object([
            ("status", .string(state.status.rawValue)),
            ("required", .int(state.required)),
            ("overLimit", .bool(state.overLimit)),
            ("proposedBy", .string(state.author)),
            ("costCents", .int(state.costCents)),
            (
                "decisions",
                .array(
                    state.decisions.map {
                        .object([
                            ("user", .string($0.user)), ("decision", .string($0.decision.rawValue)), ("reason", .string($0.reason)),
                            ("at", .string(timestamp($0.at))),
                        ])
                    })
            ),
        ])
    }

    /// Seconds since 1970 as ISO 8601 in UTC.
    static func timestamp(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Parses an ISO 8601 timestamp or a day (`2026-12-03`) into seconds since 1970.
    static func seconds(_ text: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text).map { Int64($0.timeIntervalSince1970) }
    }
}
