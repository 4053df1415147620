/// Where a concept sits in LOS: a main theme, a sub-theme, a word (emneord) or a life event.
enum ConceptKind: String, Sendable, CaseIterable {
    /// A top theme (`tema/…`, `skos:topConceptOf` the theme structure, no `broader`).
    case theme
    /// A theme under a main theme (`tema/…` with one `broader`).
    case subTheme
    /// A subject word (`ord/…`) filed under one or more sub-themes.
    case word
    /// A life event (`hendelse/…`) linked to words with `related`.
    case lifeEvent

    /// The URI path segment that LOS uses for this kind.
    var pathSegment: String {
        switch self {
        case .theme, .subTheme: "tema"
        case .word: "ord"
        case .lifeEvent: "hendelse"
        }
    }
}
