/// One Markdown file of an agency, in one language, after its translation has inherited the keys it does not set.
public struct Page: Sendable, Identifiable, Equatable {
    /// `<agency>/<path without extension and language>`, shared by a page and its translations.
    public var key: String
    public var agency: String
    public var language: String
    /// Relative to the working folder, as diagnostics print it.
    public var sourcePath: String
    public var isTranslation: Bool
    public var slug: String
    public var title: String
    public var description: String
    /// The topic references as written, with where they were written; resolved to LOS URIs by the resolver.
    public var topicReferences: [Located<String>]
    public var topics: [String] = []
    public var updated: ISODate
    public var reviewBy: ISODate?
    public var type: PageType
    public var serviceURL: String?
    public var audience: [Audience]
    public var aliases: [Located<String>]
    public var facts: [Fact]
    public var isDraft: Bool
    /// The Markdown after the front matter, and the file line it starts on (so that body positions are file positions).
    public var body: String
    public var bodyFirstLine: Int

    public var id: String { "\(language):\(key)" }
}

/// A value and where in a file it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A shared fact a page states (`facts: {grunnbelop: 130160}`); two pages stating one key differently is a conflict.
public struct Fact: Sendable, Equatable {
    public var key: String
    public var value: String
    public var location: SourceLocation
}
