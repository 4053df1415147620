import Templates

/// A loaded design-system theme: parsed templates, UI strings per language and the asset files to copy.
struct Theme: Sendable {
    let name: String
    let templates: TemplateSet
    /// Language → key → text, already merged with the default language's strings as fallback.
    let strings: [String: [String: String]]
    /// Site path under `/assets/` → file to copy.
    let assets: [(relative: String, path: String)]
    /// `strings` as the `t` object every page's template reads, made once rather than once per page.
    private let stringValues: [String: TemplateValue]

    init(name: String, templates: TemplateSet, strings: [String: [String: String]], assets: [(relative: String, path: String)]) {
        self.name = name
        self.templates = templates
        self.strings = strings
        self.assets = assets
        stringValues = strings.mapValues { .object(TemplateObject($0.mapValues { .text($0) })) }
    }

    func strings(for language: String) -> TemplateValue {
        stringValues[language] ?? .object([:])
    }
}
