import Foundation
import Templates

/// Reads `Themes/<theme>/`; a theme other than `felles` overrides only the files it has, the rest come from `felles`.
enum ThemeLoader {
    static let baseTheme = "felles"

    static func load(themesDirectory: String, configuration: PortalConfiguration) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var chain = [baseTheme]
        if configuration.theme != baseTheme { chain.append(configuration.theme) }
        var templateFiles: [String: TemplateSource] = [:]
        var stringFiles: [String: [(path: String, root: YAMLNode?)]] = [:]
        var assets: [String: String] = [:]
        for theme in chain {
            let folder = themesDirectory + "/" + theme
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                let available = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory))?.sorted().joined(separator: ", ") ?? "none"
                diagnostics.append(.error("theme \"\(theme)\" not found in \(themesDirectory)/ (available: \(available))", at: nil, rule: "theme-missing"))
                continue
            }
            for relative in FileWalker.files(under: folder) {
                let path = folder + "/" + relative
                if relative.hasPrefix("templates/"), relative.hasSuffix(".html") {
                    let name = String(relative.dropFirst("templates/".count).dropLast(".html".count))
                    templateFiles[name] = TemplateSource(name: name, path: path, text: TextFile.read(path) ?? "")
                } else if relative.hasPrefix("i18n/"), relative.hasSuffix(".yaml") {
                    let language = String(relative.dropFirst("i18n/".count).dropLast(".yaml".count))
                    let parsed = YAMLParser.parse(TextFile.read(path) ?? "", path: path)
                    diagnostics += parsed.diagnostics
                    stringFiles[language, default: []].append((path, parsed.root))
                } else if relative.hasPrefix("assets/") {
                    assets[String(relative.dropFirst("assets/".count))] = path
                }
            }
        }
        guard !templateFiles.isEmpty else { return (nil, diagnostics) }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(templateFiles.keys.sorted().map { templateFiles[$0]! })
        } catch {
            diagnostics += error.errors.map { Diagnostic.error($0.message, at: SourceLocation(path: $0.path, line: $0.line, column: $0.column), rule: $0.rule) }
            return (nil, diagnostics)
        }
        let (strings, stringDiagnostics) = mergeStrings(stringFiles, configuration: configuration)
        diagnostics += stringDiagnostics
        let theme = Theme(
            name: configuration.theme, templates: templates, strings: strings,
            assets: assets.keys.sorted().map { ($0, assets[$0]!) })
        return (theme, diagnostics)
    }

    /// Later files (the chosen theme) override earlier ones (felles); missing keys fall back to the default language.
    private static func mergeStrings(_ files: [String: [(path: String, root: YAMLNode?)]], configuration: PortalConfiguration) -> ([String: [String: String]], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var strings: [String: [String: String]] = [:]
        var firstPath: [String: String] = [:]
        for (language, sources) in files {
            for source in sources {
                firstPath[language] = firstPath[language] ?? source.path
                for entry in source.root?.entries ?? [] {
                    if let text = entry.value.string { strings[language, default: [:]][entry.key] = text }
                }
            }
        }
        let defaultLanguage = configuration.defaultLanguage
        let defaults = strings[defaultLanguage] ?? [:]
        if defaults.isEmpty {
            diagnostics.append(.error("the theme has no UI strings for the default language \"\(defaultLanguage)\" (i18n/\(defaultLanguage).yaml)", at: nil, rule: "theme-strings"))
        }
        for language in configuration.languages where language != defaultLanguage {
            let own = strings[language] ?? [:]
            let missing = defaults.keys.filter { own[$0] == nil }.sorted()
            if !missing.isEmpty {
                diagnostics.append(.warning(
                    "\(missing.count) UI string(s) missing for \"\(language)\", shown in \(defaultLanguage) instead: \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", …" : "")",
                    at: firstPath[language].map { SourceLocation(path: $0) }, rule: "theme-strings"))
            }
            strings[language] = defaults.merging(own) { _, translated in translated }
        }
        return (strings, diagnostics)
    }
}
