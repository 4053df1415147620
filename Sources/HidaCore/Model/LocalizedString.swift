/// Text in several languages, with fallback to the portal's default language.
public struct LocalizedString: Sendable, Equatable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public init(all value: String) {
        self.values = ["*": value]
    }

    /// `text(in:fallbacks:)` with one fallback, without making an array for it: asked for every page a list shows.
    func text(in language: String, orFallback fallback: String) -> String {
        values[language] ?? values["*"] ?? values[fallback] ?? anyText
    }

    /// The text in `language`, else in the first fallback that has one, else any text at all (deterministically).
    public func text(in language: String, fallbacks: [String] = []) -> String {
        if let value = values[language] ?? values["*"] { return value }
        for fallback in fallbacks {
            if let value = values[fallback] { return value }
        }
        return anyText
    }

    /// The text of the first language in sorted order, so that the last fallback is the same from run to run.
    private var anyText: String {
        values.keys.sorted().first.flatMap { values[$0] } ?? ""
    }
}
