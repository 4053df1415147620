import Templates

/// A loaded design-system theme: parsed templates, UI strings per language and the asset files to copy.
struct Theme: Sendable {
    var name: String
    var templates: TemplateSet
    /// Language → key → text, already merged with the default language's strings as fallback.
    var strings: [String: [String: String]]
    /// Site path under `/assets/` → file to copy.
    var assets: [(relative: String, path: String)]

    func strings(for language: String) -> TemplateValue {
        .object((strings[language] ?? [:]).mapValues { .text($0) })
    }
}
