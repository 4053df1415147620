/// A contributing public body, from `Content/agencies/<id>/_agency.md`.
public struct Agency: Sendable, Identifiable {
    /// The folder name: lowercase `[a-z0-9-]+`.
    public var id: String
    public var sourcePath: String
    /// Per language; a single string in the file applies to every language.
    public var name: LocalizedString
    public var url: String?
    public var organisationNumber: String?
    public var email: String?
    public var phone: String?
    /// The profile's Markdown body, per language (translations of `_agency.md` are `_agency.<lang>.md`).
    public var description: LocalizedString
    public var descriptionFirstLine: Int
}
