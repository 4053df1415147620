import Markdown

extension ContentAccessibility {
    /// Flags body h1s and levels that skip, counting the page title as the h1 every body starts under.
    static func headingFindings(_ headings: [MarkdownHeading]) -> [ContentFinding] {
        var findings: [ContentFinding] = []
        var previousLevel = 1
        for (position, heading) in headings.enumerated() {
            if heading.level == 1 {
                findings.append(ContentFinding(
                    rule: "body-h1",
                    message: "the page title is already the h1; use h2 (##) for the body's top headings",
                    line: heading.line, column: heading.column))
            } else if heading.level > previousLevel + 1 {
                let expected = previousLevel + 1
                let marks = String(repeating: "#", count: expected)
                let message = position == 0
                    ? "the body starts with an h\(heading.level) under the page's h1 title; use h2 (##)"
                    : "heading level skips from h\(previousLevel) to h\(heading.level); use h\(expected) (\(marks))"
                findings.append(ContentFinding(rule: "heading-skip", message: message, line: heading.line,
                                               column: heading.column))
            }
            previousLevel = heading.level
        }
        return findings
    }
}
