/// Which pages and journeys belong under which LOS concept, per language: the basis of topic navigation.
///
/// A page tagged with a word appears under that word, under every sub-theme the word belongs to, and under
/// their main themes; a page tagged with a theme appears under it and its main theme. Only concepts with
/// content get a page, so a citizen never lands on an empty topic page.
struct TopicIndex: Sendable {
    /// Concept URI → page indexes (into `Portal.pages`) shown for it, per language.
    private(set) var pagesByConcept: [String: LanguageTable<[Int]>] = [:]
    /// Concept URI → journey indexes, per language.
    private(set) var journeysByConcept: [String: LanguageTable<[Int]>] = [:]
    /// The concepts that have content in the default language (topic pages exist in every language for them).
    private(set) var conceptsWithContent: Set<String> = []

    static let empty = TopicIndex()

    private init() {}

    init(portal: Portal) {
        let vocabulary = portal.vocabulary
        let configuration = portal.configuration
        // Pages share a few hundred combinations of topics; each combination's ancestry is worked out once per build,
        // as numbers into `uris`, so that placing every page in every language hashes no URI.
        var uris: [String] = []
        var numberOfURI: [String: Int] = [:]
        var ancestryOfTopics: [[String]: [Int]] = [:]
        let ancestryOfPage: [[Int]] = portal.pages.indices.map { index in
            let topics = portal.pages[index].topics
            if let known = ancestryOfTopics[topics] { return known }
            let computed = Self.ancestry(of: topics, vocabulary: vocabulary).map { uri in
                if let number = numberOfURI[uri] { return number }
                numberOfURI[uri] = uris.count
                uris.append(uri)
                return uris.count - 1
            }
            ancestryOfTopics[topics] = computed
            return computed
        }
        for language in configuration.languages {
            var pagesOfConcept = [[Int]](repeating: [], count: uris.count)
            for index in portal.pages.indices where !portal.pages[index].isTranslation {
                guard let shownIndex = portal.translationIndex(ofKey: portal.pages[index].key, in: language) else { continue }
                for number in ancestryOfPage[shownIndex] {
                    pagesOfConcept[number].append(shownIndex)
                }
            }
            for (number, pages) in pagesOfConcept.enumerated() where !pages.isEmpty {
                pagesByConcept[uris[number], default: LanguageTable()][language] = pages
            }
            for id in Set(portal.journeys.map(\.id)).sorted() {
                let journeys = portal.journeys.enumerated().filter { $0.element.id == id }
                guard let shown = journeys.first(where: { $0.element.language == language }) ?? journeys.first(where: { $0.element.language == configuration.defaultLanguage }) else { continue }
                for uri in Self.ancestry(of: shown.element.topics, vocabulary: vocabulary) {
                    journeysByConcept[uri, default: LanguageTable()][language, default: []].append(shown.offset)
                }
            }
        }
        conceptsWithContent = Set(pagesByConcept.keys).union(journeysByConcept.keys)
    }

    /// The concepts themselves plus every theme above them, each once, in a stable order.
    static func ancestry(of uris: [String], vocabulary: Vocabulary) -> [String] {
        var result: [String] = []
        var pending = uris
        while let uri = pending.popLast() {
            // The concept is read in place: a `Concept` copy retains its labels and relations.
            guard !result.contains(uri), let position = vocabulary.position(of: uri) else { continue }
            result.append(uri)
            let kind = vocabulary.concepts[position].kind
            if kind == .word || kind == .subTheme {
                pending += vocabulary.concepts[position].broader
            }
        }
        return result.sorted()
    }

    func pages(for uri: String, language: String) -> [Int] {
        pagesByConcept[uri]?[language] ?? []
    }

    func journeys(for uri: String, language: String) -> [Int] {
        journeysByConcept[uri]?[language] ?? []
    }

    func hasContent(_ uri: String) -> Bool {
        conceptsWithContent.contains(uri)
    }
}
