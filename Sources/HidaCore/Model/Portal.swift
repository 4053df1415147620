/// Everything the build knows after loading and resolving: the input to rendering.
public struct Portal: Sendable {
    public var configuration: PortalConfiguration
    var vocabulary: Vocabulary
    public var agencies: [Agency]
    /// Sorted by language, then agency, then file, so that every list derived from them is deterministic.
    public var pages: [Page]
    public var journeys: [Journey]
    var topicIntroductions: [TopicIntroduction]
    var mediaFiles: [(relative: String, path: String)]
    var usageFiles: [String]

    /// Page index by language and slug.
    var pageIndex: [String: [String: Int]] = [:]
    /// Page index by the source path of the default-language file, then language: how relative `.md` links find their target.
    var pagesBySource: [String: [String: Int]] = [:]
    /// Page keys (shared by translations) to their index per language.
    var translations: [String: LanguageTable<Int>] = [:]

    var agencyIndex: [String: Int] = [:]
    /// Which pages and journeys sit under which LOS concept; built by the resolver.
    var topics = TopicIndex.empty
    /// Which journeys each page is a step of; built by the resolver.
    var journeyIndex = JourneyIndex.empty
    /// "Users who read this also read", from the usage statistics; built by the resolver.
    var alsoVisited = AlsoVisitedIndex.empty

    /// The journey in `language`, or in the default language when it has no translation.
    func journey(_ id: String, in language: String) -> Journey? {
        journeys.first { $0.id == id && $0.language == language }
            ?? journeys.first { $0.id == id && $0.language == configuration.defaultLanguage }
    }

    func agency(_ id: String) -> Agency? {
        agencyIndex[id].map { agencies[$0] }
    }

    func page(slug: String, language: String) -> Page? {
        pageIndex[language]?[slug].map { pages[$0] }
    }

    /// The page in `language`, or in the default language when it has no translation.
    func translation(of page: Page, in language: String) -> Page? {
        translationIndex(of: page, in: language).map { pages[$0] }
    }

    /// Where `translation(of:in:)` is in `pages`.
    func translationIndex(of page: Page, in language: String) -> Int? {
        translationIndex(ofKey: page.key, in: language)
    }

    /// `translationIndex(of:in:)` by the page's key: loops over every page use this, since passing a `Page` copies
    /// its thirteen strings and arrays.
    func translationIndex(ofKey key: String, in language: String) -> Int? {
        let byLanguage = translations[key]
        return byLanguage?[language] ?? byLanguage?[configuration.defaultLanguage]
    }

    /// A LOS concept's label in `language`, falling back to the default language, then nb, nn, en, then its slug.
    func label(_ uri: String, in language: String) -> String {
        guard let position = vocabulary.position(of: uri) else { return uri }
        return vocabulary.concepts[position].prefLabel.text(in: language, orDefault: configuration.defaultLanguage)
            ?? vocabulary.concepts[position].slug
    }

    /// An agency's name in `language`, falling back to the default language, then to its id.
    func agencyName(_ id: String, in language: String) -> String {
        guard let index = agencyIndex[id] else { return id }
        return agencies[index].name.text(in: language, orFallback: configuration.defaultLanguage)
    }

    /// The languages this page exists in, in the portal's language order.
    func languageVersions(of page: Page) -> [Int] {
        languageVersions(ofKey: page.key)
    }

    /// `languageVersions(of:)` by the page's key, for loops over every page (passing a `Page` copies it).
    func languageVersions(ofKey key: String) -> [Int] {
        guard let byLanguage = translations[key] else { return [] }
        return configuration.languages.compactMap { byLanguage[$0] }
    }
}

/// An editorial introduction to a LOS theme page (`Content/topics/<slug>.md`).
struct TopicIntroduction: Sendable {
    var slug: String
    var language: String
    var sourcePath: String
    var title: String?
    var body: String
    var bodyFirstLine: Int
}
