/// The RDF and SKOS properties the vocabulary loader reads; everything else is `other`.
enum RDFProperty: Sendable, Equatable {
    case type
    case inScheme
    case topConceptOf
    case prefLabel
    case altLabel
    case hiddenLabel
    case note
    case broader
    case narrower
    case related
    case other

    static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let skosNamespace = "http://www.w3.org/2004/02/skos/core#"

    init(namespace: String?, localName: String) {
        if namespace == Self.skosNamespace {
            switch localName {
            case "inScheme": self = .inScheme
            case "topConceptOf": self = .topConceptOf
            case "prefLabel": self = .prefLabel
            case "altLabel": self = .altLabel
            case "hiddenLabel": self = .hiddenLabel
            case "note": self = .note
            case "broader": self = .broader
            case "narrower": self = .narrower
            case "related": self = .related
            default: self = .other
            }
        } else if namespace == Self.rdfNamespace, localName == "type" {
            self = .type
        } else {
            self = .other
        }
    }

    /// The prefixed name used in diagnostics.
    var displayName: String {
        switch self {
        case .type: "rdf:type"
        case .inScheme: "skos:inScheme"
        case .topConceptOf: "skos:topConceptOf"
        case .prefLabel: "skos:prefLabel"
        case .altLabel: "skos:altLabel"
        case .hiddenLabel: "skos:hiddenLabel"
        case .note: "skos:note"
        case .broader: "skos:broader"
        case .narrower: "skos:narrower"
        case .related: "skos:related"
        case .other: "property"
        }
    }
}
