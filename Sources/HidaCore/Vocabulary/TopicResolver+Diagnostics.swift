extension TopicResolver {
    /// The error for a reference that does not resolve to exactly one concept; nil when it does.
    ///
    /// `field` names the reference in the message (`topic`, `life event`).
    func diagnostic(for reference: String, at location: SourceLocation, field: String = "topic") -> Diagnostic? {
        let shown = TextTrimming.trimmed(reference)
        switch resolve(reference) {
        case .found:
            return nil
        case .ambiguous(let uris):
            let candidates = uris.compactMap { vocabulary.concept(uri: $0) }
            let paths = candidates.map(\.path).joined(separator: ", ")
            let notes = candidates.map { "\($0.path) = \($0.uri) (\"\($0.displayLabel)\")" }
            return .error(
                "LOS \(field) \"\(shown)\" is ambiguous; write one of: \(paths)",
                at: location,
                rule: "ambiguous-topic",
                notes: notes
            )
        case .unknown(let suggestions):
            return .error(
                "unknown LOS \(field) \"\(shown)\" \(Self.hint(for: suggestions))",
                at: location,
                rule: "unknown-topic"
            )
        }
    }

    /// `(did you mean "a", "b" or "c"?)`, or a pointer to the vocabulary when nothing is close.
    private static func hint(for suggestions: [String]) -> String {
        let quoted = suggestions.map { "\"\($0)\"" }
        switch quoted.count {
        case 0:
            return "(see https://psi.norge.no/los/ for the vocabulary)"
        case 1:
            return "(did you mean \(quoted[0])?)"
        default:
            let head = quoted.dropLast().joined(separator: ", ")
            return "(did you mean \(head) or \(quoted[quoted.count - 1])?)"
        }
    }
}
