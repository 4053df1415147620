/// The loaded LOS vocabulary: concepts in file order plus an index by URI.
///
/// A word's sub-themes are its `broader` concepts; a sub-theme's `broader` is its main theme.
struct Vocabulary: Sendable {
    /// Every concept, in the order of the file, so that output built from it is deterministic.
    let concepts: [Concept]
    private let positionByURI: [String: Int]

    init(concepts: [Concept]) {
        self.concepts = concepts
        var positions: [String: Int] = [:]
        positions.reserveCapacity(concepts.count)
        for (position, concept) in concepts.enumerated() where positions[concept.uri] == nil {
            positions[concept.uri] = position
        }
        positionByURI = positions
    }

    /// A vocabulary without concepts, returned when the file cannot be read.
    static let empty = Vocabulary(concepts: [])

    /// The concept with this URI; `http://` and `https://` are both accepted.
    func concept(uri: String) -> Concept? {
        position(of: uri).map { concepts[$0] }
    }

    /// Where the concept with this URI is in `concepts`: for reading one field of it in place, since a `Concept`
    /// copy retains a dozen strings and arrays.
    func position(of uri: String) -> Int? {
        positionByURI[uri] ?? positionByURI[LOSURI.canonical(uri)]
    }

    /// The kind of the concept with this URI, read in place; nil for a URI that is not in the vocabulary.
    func kind(of uri: String) -> ConceptKind? {
        position(of: uri).map { concepts[$0].kind }
    }

    /// The 14 top themes, in file order.
    var mainThemes: [Concept] {
        concepts.filter { $0.kind == .theme }
    }

    /// The concepts of one kind, in file order.
    func concepts(ofKind kind: ConceptKind) -> [Concept] {
        concepts.filter { $0.kind == kind }
    }

    /// The `narrower` concepts: a main theme's sub-themes or a sub-theme's words.
    func children(of uri: String) -> [Concept] {
        guard let concept = concept(uri: uri) else { return [] }
        return concept.narrower.compactMap { self.concept(uri: $0) }
    }

    /// The `broader` concepts: a word's sub-themes (one to four) or a sub-theme's main theme.
    func parents(of uri: String) -> [Concept] {
        guard let concept = concept(uri: uri) else { return [] }
        return concept.broader.compactMap { self.concept(uri: $0) }
    }

    /// The main theme above a sub-theme; a main theme is its own main theme; nil for words and life events.
    func mainTheme(of subThemeURI: String) -> Concept? {
        guard let concept = concept(uri: subThemeURI) else { return nil }
        switch concept.kind {
        case .theme:
            return concept
        case .subTheme:
            return parents(of: concept.uri).first { $0.kind == .theme }
        case .word, .lifeEvent:
            return nil
        }
    }

    /// The concepts linked with `related` (for a life event: its words).
    func related(to uri: String) -> [Concept] {
        guard let concept = concept(uri: uri) else { return [] }
        return concept.related.compactMap { self.concept(uri: $0) }
    }
}
