/// A kind of tolerated data problem in a LOS file, reported once per kind with a count.
enum VocabularyIssue: String, Sendable, CaseIterable {
    case danglingRelated = "los-dangling-related"
    case danglingHierarchy = "los-dangling-hierarchy"
    case placeholderLabel = "los-placeholder-label"
    case languageTag = "los-language-tag"
    case nonASCIISlug = "los-non-ascii-slug"
    case unknownKind = "los-unknown-kind"
    case duplicateConcept = "los-duplicate-concept"

    /// The rule id printed in brackets.
    var rule: String { rawValue }

    /// The warning sentence for `count` occurrences.
    func message(count: Int) -> String {
        let one = count == 1
        switch self {
        case .danglingRelated:
            return "\(count) skos:related \(one ? "link points" : "links point") to concepts that are not in the LOS vocabulary; \(one ? "it is" : "they are") ignored"
        case .danglingHierarchy:
            return "\(count) skos:broader/narrower \(one ? "link points" : "links point") to concepts that are not in the LOS vocabulary; \(one ? "it is" : "they are") ignored"
        case .placeholderLabel:
            return "\(count) placeholder \(one ? "text" : "texts") \"*\" dropped from the LOS vocabulary; lookups fall back to nb"
        case .languageTag:
            return "\(count) LOS \(one ? "concept has" : "concepts have") two values in one language for a single-valued property (the language tags may be swapped); the first is kept"
        case .nonASCIISlug:
            return "\(count) LOS concept \(one ? "URI has" : "URIs have") a non-ASCII slug; the ASCII spelling resolves too"
        case .unknownKind:
            return "\(count) LOS \(one ? "concept is" : "concepts are") not in the tema, ord or hendelse scheme; \(one ? "it is" : "they are") ignored"
        case .duplicateConcept:
            return "\(count) LOS \(one ? "concept is" : "concepts are") described more than once; the descriptions are merged"
        }
    }
}
