/// Which pages and journeys belong under which LOS concept, per language: the basis of topic navigation.
///
/// A page tagged with a word appears under that word, under every sub-theme the word belongs to, and under
/// their main themes; a page tagged with a theme appears under it and its main theme. Only concepts with
/// content get a page, so a citizen never lands on an empty topic page.
struct TopicIndex: Sendable {
    /// Concept URI → page indexes (into `Portal.pages`) shown for it, per language.
    private(set) var pagesByConcept: [String: [String: [Int]]] = [:]
    /// Concept URI → journey indexes, per language.
    private(set) var journeysByConcept: [String: [String: [Int]]] = [:]
    /// The concepts that have content in the default language (topic pages exist in every language for them).
    private(set) var conceptsWithContent: Set<String> = []

    static let empty = TopicIndex()

    private init() {}

    init(portal: Portal) {
        let vocabulary = portal.vocabulary
        let configuration = portal.configuration
        // Pages share a few hundred combinations of topics; each combination's ancestry is worked out once.
        var ancestryOfTopics: [[String]: [String]] = [:]
        func ancestry(_ topics: [String]) -> [String] {
            if let known = ancestryOfTopics[topics] { return known }
            let computed = Self.ancestry(of: topics, vocabulary: vocabulary)
            ancestryOfTopics[topics] = computed
            return computed
        }
        var pagesByLanguage: [String: [String: [Int]]] = [:]
        for language in configuration.languages {
            var pagesOfConcept: [String: [Int]] = [:]
            for index in portal.pages.indices where !portal.pages[index].isTranslation {
                guard let shownIndex = portal.translationIndex(ofKey: portal.pages[index].key, in: language) else { continue }
                for uri in ancestry(portal.pages[shownIndex].topics) {
                    pagesOfConcept[uri, default: []].append(shownIndex)
                }
            }
            pagesByLanguage[language] = pagesOfConcept
            for id in Set(portal.journeys.map(\.id)).sorted() {
                let journeys = portal.journeys.enumerated().filter { $0.element.id == id }
                guard let shown = journeys.first(where: { $0.element.language == language }) ?? journeys.first(where: { $0.element.language == configuration.defaultLanguage }) else { continue }
                for uri in Self.ancestry(of: shown.element.topics, vocabulary: vocabulary) {
                    journeysByConcept[uri, default: [:]][language, default: []].append(shown.offset)
                }
            }
        }
        for (language, pagesOfConcept) in pagesByLanguage {
            for (uri, pages) in pagesOfConcept { pagesByConcept[uri, default: [:]][language] = pages }
        }
        conceptsWithContent = Set(pagesByConcept.keys).union(journeysByConcept.keys)
    }

    /// The concepts themselves plus every theme above them, each once, in a stable order.
    static func ancestry(of uris: [String], vocabulary: Vocabulary) -> [String] {
        var result: [String] = []
        var pending = uris
        while let uri = pending.popLast() {
            guard !result.contains(uri), let concept = vocabulary.concept(uri: uri) else { continue }
            result.append(uri)
            if concept.kind == .word || concept.kind == .subTheme {
                pending += concept.broader
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
