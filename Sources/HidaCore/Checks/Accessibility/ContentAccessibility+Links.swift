import Markdown

extension ContentAccessibility {
    /// Link texts that say nothing about where the link leads, after lowercasing and dropping punctuation.
    static let vagueLinkTexts: Set<String> = [
        "klikk her", "her", "les mer", "mer", "denne lenken", "lenke", "trykk her", "les meir", "meir",
        "click here", "here", "read more", "more", "link",
    ]

    /// The longest of `vagueLinkTexts` in UTF-8 bytes: a link text with more to it is not vague.
    static let longestVagueLinkText = vagueLinkTexts.map(\.utf8.count).max() ?? 0

    static func linkTextFindings(_ links: [MarkdownLink], language: String) -> [ContentFinding] {
        links.compactMap { link in
            // An autolink's text is its address, which is at least not vague.
            guard !link.isImage, !link.isAutolink,
                  let phrase = LowercaseWords.phrase(link.text, atMost: longestVagueLinkText) else { return nil }
            let example = language == "en" ? "Apply for child benefit" : "Søk om barnetrygd"
            if phrase.isEmpty {
                return ContentFinding(
                    rule: "vague-link-text",
                    message: "link has no text; screen readers read out only the address (write where it leads, e.g. \"\(example)\")",
                    line: link.line, column: link.column)
            }
            guard vagueLinkTexts.contains(phrase) else { return nil }
            return ContentFinding(
                rule: "vague-link-text",
                message: "link text \"\(phrase)\" says nothing out of context; write where it leads, e.g. \"\(example)\"",
                line: link.line, column: link.column)
        }
    }

    static func fileLinkFindings(_ links: [MarkdownLink], language: String) -> [ContentFinding] {
        links.compactMap { link in
            guard !link.isImage, let format = LinkedFileFormat.of(destination: link.destination) else { return nil }
            let words = LowercaseWords.list(link.text)
            guard !words.contains(where: format.names.contains) else { return nil }
            let example = language == "en" ? "Form" : "Skjema"
            return ContentFinding(
                rule: "file-link",
                message: "link to \(format.article) \(format.name) file; say so in the link text, e.g. \"\(example) (\(format.name), 200 kB)\"",
                line: link.line, column: link.column)
        }
    }
}
