/// What a user may do in the register.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Sees and edits the cases of the teams they are on.
    case professional
    /// A professional who also manages teams and approves exceptions.
    case coordinator
    /// Budget and cohort figures of all cases, without names or free text.
    case policy
    /// Anonymised exports only.
    case researcher
    /// Users and the audit log; no case content.
    case admin

    /// Whether the role may read and write the content of cases on its teams.
    public var editsCases: Bool { self == .professional || self == .coordinator }
}

/// Who is asking, as the server knows after login.
public struct Caller: Sendable, Equatable {
    public var name: String
    public var role: Role
    /// The client's address, for the audit trail.
    public var client: String

    public init(name: String, role: Role, client: String) {
        self.name = name
        self.role = role
        self.client = client
    }
}

/// One user as `users list` shows them.
public struct UserInfo: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var disabled: Bool
    public var createdAt: Int64
}
