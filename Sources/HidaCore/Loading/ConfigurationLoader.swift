import Foundation

/// Reads `Content/portal.yaml`; every problem is reported and a usable default is returned, so that the rest of the content is still checked.
enum ConfigurationLoader {
    static let knownKeys = ["title", "base_url", "languages", "theme", "stale_after_months", "also_visited", "checks"]

    static func load(path: String?, contentDirectory: String) -> (PortalConfiguration, [Diagnostic]) {
        var configuration = PortalConfiguration()
        guard let path else {
            return (configuration, [.error("missing \(contentDirectory)/portal.yaml (the portal's settings: title, base_url, languages, theme)", at: nil, rule: "config-missing")])
        }
        guard let text = TextFile.read(path) else {
            return (configuration, [.error("cannot read \(path)", at: nil, rule: "io-error")])
        }
        let (root, yamlDiagnostics) = YAMLParser.parse(text, path: path)
        var reader = FieldReader(path: path, root: root)
        if let title = reader.text("title", required: "the portal's name") { configuration.title = title.value }
        if let baseURL = reader.text("base_url", required: "the public address, e.g. https://portal.example.no/") {
            if baseURL.value.hasPrefix("https://") || baseURL.value.hasPrefix("http://") {
                configuration.baseURL = baseURL.value.hasSuffix("/") ? baseURL.value : baseURL.value + "/"
            } else {
                reader.add(.error("base_url must start with https:// (got \"\(baseURL.value)\")", at: baseURL.location, rule: "invalid-value"))
            }
        }
        let languages = reader.textList("languages", required: "the portal's languages, default first, e.g. [nb, nn, en]")
        if !languages.isEmpty {
            var seen: [String] = []
            for language in languages {
                if !Language.isValidCode(language.value) {
                    reader.add(.error("\"\(language.value)\" is not a language code (use two or three lowercase letters, e.g. nb, nn, en)", at: language.location, rule: "invalid-language"))
                } else if seen.contains(language.value) {
                    reader.add(.error("language \"\(language.value)\" is listed twice", at: language.location, rule: "invalid-language"))
                } else {
                    seen.append(language.value)
                }
            }
            if !seen.isEmpty { configuration.languages = seen }
        }
        if let theme = reader.text("theme") { configuration.theme = theme.value }
        if let months = reader.integer("stale_after_months", in: 1...240) { configuration.staleAfterMonths = months }
        if let alsoVisited = reader.node("also_visited") {
            var nested = FieldReader(path: path, root: alsoVisited)
            if let maxLinks = nested.integer("max_links", in: 0...50) { configuration.alsoVisited.maxLinks = maxLinks }
            if let minSessions = nested.integer("min_sessions", in: 1...1_000_000) { configuration.alsoVisited.minSessions = minSessions }
            nested.reportUnknownKeys(allowed: ["max_links", "min_sessions"])
            reader.add(contentsOf: nested.diagnostics)
        }
        if let checks = reader.node("checks") {
            var nested = FieldReader(path: path, root: checks)
            if let value = nested.number("lix_max", in: 10...100) { configuration.checks.lixMax = value }
            if let value = nested.number("duplicate_threshold", in: 0.1...1) { configuration.checks.duplicateThreshold = value }
            for entry in nested.node("rules")?.entries ?? [] {
                let location = SourceLocation(path: path, line: entry.keyLine, column: entry.keyColumn)
                let known = CheckSettings.defaults.map(\.rule)
                guard known.contains(entry.key) else {
                    let suggestion = Suggestions.closest(to: entry.key, among: known)
                    nested.add(.warning("unknown check rule \"\(entry.key)\"\(suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")", at: location, rule: "unknown-key"))
                    continue
                }
                switch entry.value.string {
                case "off": configuration.checks.overrides[entry.key] = .some(nil)
                case let text?: 
                    if let severity = Severity(rawValue: text) {
                        configuration.checks.overrides[entry.key] = severity
                    } else {
                        nested.invalid(entry.value, "severity must be error, warning, info or off (got \"\(text)\")")
                    }
                case nil: nested.invalid(entry.value, "severity must be error, warning, info or off")
                }
            }
            nested.reportUnknownKeys(allowed: ["lix_max", "duplicate_threshold", "rules"])
            reader.add(contentsOf: nested.diagnostics)
        }
        reader.reportUnknownKeys(allowed: knownKeys)
        return (configuration, yamlDiagnostics + reader.diagnostics)
    }
}

extension FieldReader {
    mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic) }
    }
}
