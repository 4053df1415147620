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
    /// A text has one to three languages, so their codes are compared in one pass instead of hashed up to three times.
    func text(in language: String, orFallback fallback: String) -> String {
        var forAll: Dictionary<String, String>.Index?
        var inFallback: Dictionary<String, String>.Index?
        for index in values.indices {
            let code = values.keys[index]
            if code == language { return values.values[index] }
            if code == "*" { forAll = index } else if code == fallback { inFallback = index }
        }
        return (forAll ?? inFallback).map { values.values[$0] } ?? anyText
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
