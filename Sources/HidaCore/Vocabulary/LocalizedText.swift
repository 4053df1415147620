/// A text in several languages, keyed by lowercase BCP 47 tag (`nb`, `nn`, `en`).
struct LocalizedText: Sendable, Equatable {
    /// Language tag → text; never holds empty texts or the `*` placeholder.
    var values: [String: String]

    init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The text in `lang`, else in the first language of `fallback` that has one.
    func text(in lang: String, fallback: [String] = ["nb", "nn", "en"]) -> String? {
        if let text = values[lang] { return text }
        for candidate in fallback {
            if let text = values[candidate] { return text }
        }
        return nil
    }

    /// The text in `lang`, else in `defaultLanguage`, else as `text(in:)` falls back: without an array of fallbacks
    /// made for every label a page shows.
    func text(in lang: String, orDefault defaultLanguage: String) -> String? {
        values[lang] ?? values[defaultLanguage] ?? text(in: lang)
    }

    var isEmpty: Bool { values.isEmpty }
}
