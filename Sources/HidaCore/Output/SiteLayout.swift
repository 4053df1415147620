/// Where everything lives in `Site/` (CONTRACT §3): the default language at the root, others under `/<lang>/`.
struct SiteLayout: Sendable {
    /// Path segments that pages may not take as slugs.
    static let reservedSegments = [
        "tema", "emne", "livshendelser", "etater", "sok", "topics", "subjects", "life-events", "agencies",
        "search", "api", "assets", "media", "personvern", "tilgjengelighet", "privacy", "accessibility",
        "om-lenkene", "about-links", "innbygger", "naeringsliv", "frivillig", "residents", "business", "volunteers",
    ]

    let configuration: PortalConfiguration
    /// The base URL without its trailing slash, made once: every page asks for several absolute URLs, and
    /// `dropLast` on a `String` counts its characters from the start.
    private let baseURL: String
    /// Per language of the portal, each section's folder (`/nn/tema/`), by `Section.allCases` order: every page
    /// links to a dozen of them.
    private let sectionFolders: LanguageTable<[String]>
    /// Per language of the portal, its root (`/`, `/nn/`): the start of every page's path.
    private let roots: LanguageTable<String>

    init(configuration: PortalConfiguration) {
        self.configuration = configuration
        baseURL = configuration.baseURL.hasSuffix("/") ? String(configuration.baseURL.dropLast()) : configuration.baseURL
        let defaultLanguage = configuration.defaultLanguage
        sectionFolders = LanguageTable(configuration.languages) { language in
            Section.allCases.map { Self.folder(of: $0, language: language, defaultLanguage: defaultLanguage) }
        }
        roots = LanguageTable(configuration.languages) { Self.root($0, defaultLanguage: defaultLanguage) }
    }

    /// The section names per language; nb and nn share the Norwegian ones.
    enum Section: Int, CaseIterable {
        case theme, word, journey, agency, search, privacy, accessibility, aboutLinks

        func segment(in language: String) -> String {
            let english = language == "en"
            switch self {
            case .theme: return english ? "topics" : "tema"
            case .word: return english ? "subjects" : "emne"
            case .journey: return english ? "life-events" : "livshendelser"
            case .agency: return english ? "agencies" : "etater"
            case .search: return english ? "search" : "sok"
            case .privacy: return english ? "privacy" : "personvern"
            case .accessibility: return english ? "accessibility" : "tilgjengelighet"
            case .aboutLinks: return english ? "about-links" : "om-lenkene"
            }
        }
    }

    /// The entry page for one audience: `/naeringsliv/`, `/en/business/`.
    func audiencePath(_ audience: Audience, language: String) -> String {
        let segment: String
        if language == "en" {
            switch audience {
            case .innbygger: segment = "residents"
            case .naeringsliv: segment = "business"
            case .frivillig: segment = "volunteers"
            }
        } else {
            segment = audience.rawValue
        }
        return root(language) + segment + "/"
    }

    /// `/` for the default language, `/nn/` for the others.
    func root(_ language: String) -> String {
        roots[language] ?? Self.root(language, defaultLanguage: configuration.defaultLanguage)
    }

    private static func root(_ language: String, defaultLanguage: String) -> String {
        language == defaultLanguage ? "/" : "/" + language + "/"
    }

    /// A section's folder in one language: `/tema/`, `/nn/tema/`, `/en/topics/`.
    private static func folder(of section: Section, language: String, defaultLanguage: String) -> String {
        root(language, defaultLanguage: defaultLanguage) + section.segment(in: language) + "/"
    }

    func frontPage(_ language: String) -> String { root(language) }

    func pagePath(slug: String, language: String) -> String { root(language) + slug + "/" }

    func sectionPath(_ section: Section, _ id: String? = nil, language: String) -> String {
        let base = sectionFolders[language]?[section.rawValue]
            ?? Self.folder(of: section, language: language, defaultLanguage: configuration.defaultLanguage)
        guard let id else { return base }
        var path = base
        path.reserveCapacity(base.utf8.count + id.utf8.count + 1)
        path += id
        path += "/"
        return path
    }

    /// Where an alias's redirect page lives: folder-style paths get their trailing slash, `.html` paths stay files.
    static func aliasPath(_ alias: String) -> String {
        alias.hasSuffix("/") || alias.hasSuffix(".html") ? alias : alias + "/"
    }

    /// The file inside `Site/` that serves a site path.
    static func file(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if trimmed.isEmpty { return "index.html" }
        if trimmed.hasSuffix("/") { return trimmed + "index.html" }
        return trimmed
    }

    /// The folder of the file of a site path, relative to the site root (`.` for the root itself).
    static func folder(for path: String) -> String {
        DirectorySink.folder(of: file(for: path))
    }

    /// The full public URL of a site path.
    func absoluteURL(_ path: String) -> String {
        baseURL + path
    }
}
