/// One `rdf:Description` (or typed node element) as it stands in the file, before any interpretation.
struct RDFResource: Sendable {
    /// A literal-valued property such as `skos:prefLabel xml:lang="nb"`.
    struct Literal: Sendable {
        var property: RDFProperty
        /// Lowercased `xml:lang`, or "" when the literal has none.
        var language: String
        var value: String
        var line: Int
    }

    /// A resource-valued property such as `skos:broader rdf:resource="…"`.
    struct Link: Sendable {
        var property: RDFProperty
        /// The target URI, already in canonical `https://` form.
        var target: String
        var line: Int
    }

    /// The canonical `rdf:about` URI.
    var uri: String
    /// The line of the element's start tag, for diagnostics.
    var line: Int
    var literals: [Literal] = []
    var links: [Link] = []
}
