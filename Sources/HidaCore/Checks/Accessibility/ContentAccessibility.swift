import Markdown

/// Accessibility checks on what agency authors write (WCAG 2.1 1.1.1, 1.3.1, 2.4.4, 2.4.6), as far as the
/// Markdown alone can tell; the theme is responsible for everything around the body.
enum ContentAccessibility {
    /// Every finding in a page body, sorted by line, column and rule.
    ///
    /// `language` (`nb`, `nn`, `en`) picks the language of the examples in the suggestions.
    static func findings(in document: MarkdownDocument, language: String) -> [ContentFinding] {
        var findings: [ContentFinding] = []
        // `links` walks the whole tree on each access.
        let links = document.links
        findings += imageFindings(links)
        findings += linkTextFindings(links, language: language)
        findings += fileLinkFindings(links, language: language)
        findings += headingFindings(document.headings)
        findings += tableFindings(document.tables)
        findings.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
        return findings
    }

    /// Titles that mark an image as decorative, so that an empty alt text is intended: `![](pynt.svg "decorative")`.
    static let decorativeTitles: Set<String> = ["decorative", "dekorativ", "pynt"]

    static func imageFindings(_ links: [MarkdownLink]) -> [ContentFinding] {
        links.compactMap { link in
            guard link.isImage, isBlank(link.text) else { return nil }
            if let title = link.title, decorativeTitles.contains(LowercaseWords.list(title).joined(separator: " ")) {
                return nil
            }
            return ContentFinding(
                rule: "image-alt",
                message: "image has no alt text; describe what it shows (or mark decorative images with the title \"decorative\": ![](image.png \"decorative\"))",
                line: link.line, column: link.column)
        }
    }

    static func tableFindings(_ tables: [MarkdownNode]) -> [ContentFinding] {
        tables.compactMap { table in
            guard let header = table.children.first, header.kind == .tableRow(isHeader: true),
                  header.children.allSatisfy({ isBlank($0.plainText) })
            else { return nil }
            return ContentFinding(
                rule: "table-header",
                message: "table has an empty header row; name each column so screen readers can announce it",
                line: table.line, column: table.column)
        }
    }

    /// True when the text has nothing but whitespace.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { TextScalars.isWhitespace($0.value) }
    }
}
