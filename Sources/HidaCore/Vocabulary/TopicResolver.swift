/// Resolves the LOS topics a page lists in its front matter to concept URIs.
///
/// A reference may be a URI (`http` or `https`), a path (`ord/barnetrygd`), a slug (`barnetrygd`)
/// or a label in nb, nn or en (preferred, alternative or hidden), matched case-insensitively after
/// trimming surrounding whitespace. The forms are tried in that order and the first form that
/// matches decides: one concept is `found`, several are `ambiguous` (a slug such as `grunnskole`
/// names both a theme and a word).
struct TopicResolver: Sendable {
    let vocabulary: Vocabulary
    private let uriByPath: [String: String]
    /// Lowercased slug → URIs, in file order.
    private let urisBySlug: [String: [String]]
    private let urisByPrefLabel: [String: [String]]
    /// Lowercased alternative and hidden label → URIs.
    private let urisByOtherLabel: [String: [String]]
    private let lazySuggester: LazyTopicSuggester

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var byPath: [String: String] = [:]
        var bySlug: [String: [String]] = [:]
        var byPrefLabel: [String: [String]] = [:]
        var byOtherLabel: [String: [String]] = [:]
        func add(_ uri: String, _ key: String, to table: inout [String: [String]]) {
            if table[key]?.contains(uri) == true { return }
            table[key, default: []].append(uri)
        }

        for concept in vocabulary.concepts {
            let path = concept.path.lowercased()
            if byPath[path] == nil { byPath[path] = concept.uri }
            add(concept.uri, concept.slug.lowercased(), to: &bySlug)
            for label in Self.sortedValues(concept.prefLabel.values) {
                add(concept.uri, TextTrimming.trimmed(label).lowercased(), to: &byPrefLabel)
            }
            for label in Self.sortedValues(concept.altLabels) + Self.sortedValues(concept.hiddenLabels) {
                add(concept.uri, TextTrimming.trimmed(label).lowercased(), to: &byOtherLabel)
            }
        }
        // LOS spells slugs in ASCII (ø → o); the one slug that is not, `hørselshjelpemidler`, is
        // referenced elsewhere in the file in its ASCII spelling, so authors will write that too.
        for concept in vocabulary.concepts where concept.slug.utf8.contains(where: { $0 >= 0x80 }) {
            let asciiSlug = Self.asciiSlug(concept.slug.lowercased())
            let asciiPath = LOSURI.firstSegment(of: concept.path.lowercased()) + "/" + asciiSlug
            if byPath[asciiPath] == nil { byPath[asciiPath] = concept.uri }
            if bySlug[asciiSlug] == nil { bySlug[asciiSlug] = [concept.uri] }
        }

        uriByPath = byPath
        urisBySlug = bySlug
        urisByPrefLabel = byPrefLabel
        urisByOtherLabel = byOtherLabel
        lazySuggester = LazyTopicSuggester(vocabulary: vocabulary, urisBySlug: bySlug)
    }

    /// The concept a topic reference names, or why there is none.
    func resolve(_ reference: String) -> TopicResolution {
        let trimmed = TextTrimming.trimmed(reference)
        guard !trimmed.isEmpty else { return .unknown(suggestions: []) }

        if LOSURI.isHTTPURI(trimmed) {
            if let concept = vocabulary.concept(uri: trimmed) { return .found(concept.uri) }
            let path = LOSURI.path(of: LOSURI.canonical(trimmed)).lowercased()
            return .unknown(suggestions: lazySuggester.suggester.suggestions(forPath: path, asURIs: true))
        }

        let key = trimmed.lowercased()
        let isPath = key.utf8.contains(UInt8(ascii: "/"))
        if isPath {
            if let uri = uriByPath[Self.normalizedPath(key)] { return .found(uri) }
        } else if let uris = urisBySlug[key] {
            return narrowestOutcome(uris)
        }
        if let uris = urisByPrefLabel[key] { return Self.outcome(uris) }
        if let uris = urisByOtherLabel[key] { return Self.outcome(uris) }

        if isPath {
            return .unknown(suggestions: lazySuggester.suggester.suggestions(forPath: Self.normalizedPath(key), asURIs: false))
        }
        return .unknown(suggestions: lazySuggester.suggester.suggestions(forTerm: trimmed))
    }

    /// Every label of a concept (preferred, alternative, hidden; nb, nn, en first), for search expansion.
    func synonyms(of uri: String) -> [String] {
        guard let concept = vocabulary.concept(uri: uri) else { return [] }
        return Self.labels(of: concept)
    }

    /// Preferred, alternative and hidden labels of a concept, without repeats, in a fixed language order.
    static func labels(of concept: Concept) -> [String] {
        var labels: [String] = []
        var seen: Set<String> = []
        let all = sortedValues(concept.prefLabel.values) + sortedValues(concept.altLabels) + sortedValues(concept.hiddenLabels)
        for label in all where seen.insert(label).inserted {
            labels.append(label)
        }
        return labels
    }

    /// A bare slug shared by a theme and a word (`grunnskole`, `skolemiljo`) names the word, as the contract's
    /// examples do: themes are written as paths (`tema/grunnskole`), words as slugs.
    private func narrowestOutcome(_ uris: [String]) -> TopicResolution {
        let words = uris.filter { vocabulary.kind(of: $0) == .word }
        return words.count == 1 ? .found(words[0]) : Self.outcome(uris)
    }

    private static func outcome(_ uris: [String]) -> TopicResolution {
        uris.count == 1 ? .found(uris[0]) : .ambiguous(uris.sorted())
    }

    /// `ord/barnetrygd` from `/ord/barnetrygd/` or `los/ord/barnetrygd`.
    private static func normalizedPath(_ path: String) -> String {
        var bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        while bytes.first == slash { bytes.removeFirst() }
        while bytes.last == slash { bytes.removeLast() }
        let losPrefix = Array("los/".utf8)
        if bytes.starts(with: losPrefix) { bytes.removeFirst(losPrefix.count) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// LOS's own slug spelling: æ → ae, ø → o, å → a.
    private static func asciiSlug(_ slug: String) -> String {
        var result = ""
        for scalar in slug.unicodeScalars {
            switch scalar {
            case "æ": result += "ae"
            case "ø": result += "o"
            case "å": result += "a"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let languageOrder = ["nb", "nn", "en"]

    /// Values in nb, nn, en order, then other languages alphabetically, so that results are deterministic.
    private static func sortedValues(_ values: [String: String]) -> [String] {
        orderedLanguages(values.keys).compactMap { values[$0] }
    }

    private static func sortedValues(_ values: [String: [String]]) -> [String] {
        orderedLanguages(values.keys).flatMap { values[$0] ?? [] }
    }

    private static func orderedLanguages(_ languages: Dictionary<String, some Any>.Keys) -> [String] {
        let known = languageOrder.filter { languages.contains($0) }
        let others = languages.filter { !languageOrder.contains($0) }.sorted()
        return known + others
    }
}
