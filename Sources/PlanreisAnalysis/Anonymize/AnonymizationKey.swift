import PlanreisText

/// The secret an anonymisation is derived from. The same key gives the same pseudonyms and the
/// same date shifts, so that exports made at different times link up; a random key (the
/// default) makes every export unlinkable to any other and to the original.
public struct AnonymizationKey: Sendable {
    let bytes: [UInt8]

    /// A key from a secret text (`--key`); its UTF-8 bytes are the HMAC key.
    public init(secret: String) {
        bytes = Array(secret.utf8)
    }

    /// 32 random bytes from the system's secure generator; the key is kept nowhere.
    public static func random() -> AnonymizationKey {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return AnonymizationKey(bytes: bytes)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// HMAC-SHA256 of a purpose label and a value, separated so that labels cannot collide.
    func mac(_ purpose: String, _ value: String) -> [UInt8] {
        SHA256.hmac(key: bytes, message: Array("planreis-anonymize-1\u{0}\(purpose)\u{0}".utf8) + Array(value.utf8))
    }

    /// The pseudonymous id of a journey: `casus-` and 12 hex digits of the keyed hash of its id.
    func journeyID(_ original: String) -> String {
        "casus-" + String(mac("journey-id", original).hexString.prefix(12))
    }

    /// A number in `0..<count` derived from the journey id, for the choice of its date shift.
    func choice(for journeyID: String, among count: Int) -> Int {
        guard count > 1 else { return 0 }
        let digest = mac("date-shift", journeyID)
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(value % UInt64(count))
    }
}
