import Markdown

/// A page body's text as readers see it, without Markdown syntax: taken once from the parse the editorial checks
/// make, and reused by the near-duplicate check and the search index instead of parsing the body again.
struct PageText: Sendable {
    /// Blocks separated by newlines (`MarkdownDocument.plainTextUTF8`), as UTF-8: its readers all read bytes, and
    /// making a `String` of it checked every byte of every page.
    var plainTextUTF8: [UInt8]
    /// The heading texts in document order.
    var headings: [String]

    init(plainTextUTF8: [UInt8], headings: [String]) {
        self.plainTextUTF8 = plainTextUTF8
        self.headings = headings
    }

    init(_ document: MarkdownDocument) {
        self.init(plainTextUTF8: document.plainTextUTF8, headings: document.headings.map(\.text))
    }
}
