/// How strict the editorial checks are, from the `checks:` block of `portal.yaml`.
///
/// ```yaml
/// checks:
///   lix_max: 55                 # readability warning above this LIX
///   duplicate_threshold: 0.8    # near-duplicate warning at or above this similarity (0–1)
///   rules:                      # rule id → error, warning, info or off
///     readability: off
/// ```
public struct CheckSettings: Sendable, Equatable {
    /// Each editorial rule with its default severity; the registry `hida check` documents.
    public static let defaults: [(rule: String, severity: Severity, summary: String)] = [
        ("conflicting-fact", .error, "two pages state a shared fact with different values"),
        ("near-duplicate", .warning, "two pages of different agencies say nearly the same"),
        ("stale-content", .warning, "updated longer ago than stale_after_months, or review_by passed"),
        ("readability", .warning, "LIX above lix_max (advisory)"),
        ("image-alt", .warning, "an image without alt text"),
        ("vague-link-text", .warning, "a link whose text says nothing (\"klikk her\", \"les mer\")"),
        ("heading-skip", .warning, "heading levels that skip"),
        ("body-h1", .warning, "a body that has its own h1 (the title is the h1)"),
        ("table-header", .warning, "a table without a header row"),
        ("file-link", .warning, "a link to a PDF or other file not marked as such"),
        ("language-coverage", .info, "pages without a nynorsk or English translation, per agency"),
    ]

    /// Rule id → severity, or nil when the rule is turned off.
    public var overrides: [String: Severity?] = [:]
    public var lixMax: Double = 55
    public var duplicateThreshold: Double = 0.8

    public init() {}

    /// The severity a rule reports with, or nil when it is off.
    public func severity(of rule: String) -> Severity? {
        if let override = overrides[rule] { return override }
        return Self.defaults.first { $0.rule == rule }?.severity
    }
}
