/// One accessibility problem in a page body, at the body position the Markdown engine reports.
struct ContentFinding: Sendable, Equatable {
    /// The rule id: `image-alt`, `vague-link-text`, `heading-skip`, `body-h1`, `table-header` or `file-link`.
    var rule: String
    /// A short English sentence for the author; the suggestion follows a semicolon.
    var message: String
    /// The 1-based line in the body (the core adds the front matter's lines).
    var line: Int
    /// The 1-based column in Unicode scalars.
    var column: Int
}
