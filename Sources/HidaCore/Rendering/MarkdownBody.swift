import Markdown

/// Renders an author's Markdown to trusted HTML, resolving links and reporting what is broken at its file position.
struct MarkdownBody {
    /// UTF-8, for `TemplateValue.htmlUTF8`.
    var html: [UInt8]
    var document: MarkdownDocument
    var diagnostics: [Diagnostic]

    init(_ source: String, firstLine: Int, sourcePath: String, language: String, context: RenderContext) {
        self.init(MarkdownDocument.parse(source, options: .portal), firstLine: firstLine, sourcePath: sourcePath, language: language, context: context)
    }

    /// Renders a body the build already parsed (with `.portal` options) for the page checks.
    init(_ document: MarkdownDocument, firstLine: Int, sourcePath: String, language: String, context: RenderContext) {
        var diagnostics: [Diagnostic] = []
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: sourcePath, line: firstLine + line - 1, column: column)
        }
        for raw in document.rawHTML {
            diagnostics.append(.warning(
                "raw HTML is shown as text, not as markup (write Markdown instead; agency content cannot contain HTML)",
                at: location(raw.line, raw.column), rule: "raw-html"))
        }
        html = document.htmlUTF8 { link in
            switch context.links.resolve(link.destination, from: sourcePath, language: language) {
            case .keep:
                return .keep
            case .replace(let destination):
                return .replace(destination)
            case .broken(let message):
                diagnostics.append(.error(message, at: location(link.line, link.column), rule: "broken-link"))
                return .drop
            }
        }
        self.document = document
        self.diagnostics = diagnostics
    }
}
