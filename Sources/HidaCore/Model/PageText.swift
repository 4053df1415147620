import Markdown

/// A page body's text as readers see it, without Markdown syntax: taken once from the parse the editorial checks
/// make, and reused by the near-duplicate check and the search index instead of parsing the body again.
struct PageText: Sendable {
    /// Blocks separated by newlines (`MarkdownDocument.plainText`).
    var plainText: String
    /// The heading texts in document order.
    var headings: [String]

    init(plainText: String, headings: [String]) {
        self.plainText = plainText
        self.headings = headings
    }

    init(_ document: MarkdownDocument) {
        self.init(plainText: document.plainText, headings: document.headings.map(\.text))
    }
}
