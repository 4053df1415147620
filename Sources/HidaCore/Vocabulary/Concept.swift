/// One LOS concept as read from the vocabulary file, with its links already checked.
struct Concept: Sendable, Identifiable, Equatable {
    /// The canonical `https://psi.norge.no/los/…` URI (`rdf:about`, `http://` normalised to `https://`).
    var uri: String
    var kind: ConceptKind
    /// The last path segment of the URI: `barnetrygd`.
    var slug: String
    /// The URI path after `/los/`: `ord/barnetrygd`, `tema/familie-og-barn`, `hendelse/ny-i-norge`.
    var path: String
    /// `skos:prefLabel` by language; `*` placeholders are dropped, so lookups fall back to `nb`.
    var prefLabel: LocalizedText
    /// `skos:hiddenLabel` by language: the synonyms and search words ("hjelpeord") authors may write.
    var hiddenLabels: [String: [String]]
    /// `skos:altLabel` by language (used by two concepts in LOS 3.0).
    var altLabels: [String: [String]]
    /// `skos:note`: the definition text.
    var note: LocalizedText
    /// `skos:broader` URIs that exist in the vocabulary: a word's sub-themes, a sub-theme's main theme.
    var broader: [String]
    /// `skos:narrower` URIs that exist in the vocabulary.
    var narrower: [String]
    /// `skos:related` URIs that exist in the vocabulary (word ↔ word, life event ↔ word).
    var related: [String]

    var id: String { uri }

    init(
        uri: String,
        kind: ConceptKind,
        slug: String,
        path: String,
        prefLabel: LocalizedText = LocalizedText(),
        hiddenLabels: [String: [String]] = [:],
        altLabels: [String: [String]] = [:],
        note: LocalizedText = LocalizedText(),
        broader: [String] = [],
        narrower: [String] = [],
        related: [String] = []
    ) {
        self.uri = uri
        self.kind = kind
        self.slug = slug
        self.path = path
        self.prefLabel = prefLabel
        self.hiddenLabels = hiddenLabels
        self.altLabels = altLabels
        self.note = note
        self.broader = broader
        self.narrower = narrower
        self.related = related
    }

    /// The label to show: `nb`, else `nn`, else `en`, else the slug.
    var displayLabel: String {
        prefLabel.text(in: "nb") ?? slug
    }
}
