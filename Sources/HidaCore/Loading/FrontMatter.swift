/// Splits a Markdown file into its YAML front matter and its body.
///
/// The file starts with a line `---` (after an optional UTF-8 byte order mark); the front matter
/// ends at the next line that is `---` or `...`. Trailing blanks on those lines and CRLF line
/// endings are accepted. When the block is missing or unclosed, `yaml` is empty and everything
/// after the opening line (or the whole file) is returned as `body`, so that a caller can still
/// check the body; the diagnostics say why.
struct FrontMatter {
    /// Returns the YAML text, the file line of its first line, the body, the file line of the
    /// body's first line and the problems with the block's markers.
    static func split(
        _ text: String, path: String
    ) -> (yaml: String, yamlFirstLine: Int, body: String, bodyFirstLine: Int, diagnostics: [Diagnostic]) {
        var text = text
        let ranges = text.withUTF8 { lineRanges($0, path: path) }
        // Both parts start and end at line boundaries, so they are copied out of the text without decoding it again.
        func part(_ range: Range<Int>) -> String {
            let utf8 = text.utf8
            return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound) ..< utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        return (part(ranges.yaml), ranges.yamlFirstLine, part(ranges.body), ranges.bodyFirstLine, ranges.diagnostics)
    }

    /// The byte ranges of the YAML text and the body.
    private static func lineRanges(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String
    ) -> (yaml: Range<Int>, yamlFirstLine: Int, body: Range<Int>, bodyFirstLine: Int, diagnostics: [Diagnostic]) {
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        let opening = lineEnd(in: bytes, from: start)
        guard isMarker(bytes, start, opening.contentEnd, allowsDots: false) else {
            let problem = Diagnostic.error(
                "the file must start with a front matter block between --- lines",
                at: SourceLocation(path: path, line: 1, column: 1), rule: "front-matter-missing")
            return (0..<0, 1, start..<bytes.count, 1, [problem])
        }
        let yamlStart = opening.next
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < bytes.count {
            let line = lineEnd(in: bytes, from: lineStart)
            if isMarker(bytes, lineStart, line.contentEnd, allowsDots: true) {
                return (yamlStart..<lineStart, 2, line.next..<bytes.count, lineNumber + 1, [])
            }
            lineStart = line.next
            lineNumber += 1
        }
        let problem = Diagnostic.error(
            "the front matter block that starts here is never closed; end it with a line that contains only ---",
            at: SourceLocation(path: path, line: 1, column: 1), rule: "front-matter-unclosed")
        return (0..<0, 2, yamlStart..<bytes.count, 2, [problem])
    }

    /// The end of the line starting at `start` without its line break, and the start of the next line.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (contentEnd: Int, next: Int) {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\n") {
            cursor += 1
        }
        let next = cursor < bytes.count ? cursor + 1 : cursor
        let contentEnd = cursor > start && bytes[cursor - 1] == UInt8(ascii: "\r") ? cursor - 1 : cursor
        return (contentEnd, next)
    }

    /// True for `---` (or `...` when `allowsDots`) followed only by spaces or tabs.
    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, allowsDots: Bool) -> Bool {
        guard end - start >= 3 else { return false }
        let first = bytes[start]
        guard first == UInt8(ascii: "-") || (allowsDots && first == UInt8(ascii: ".")),
              bytes[start + 1] == first, bytes[start + 2] == first
        else { return false }
        return bytes[(start + 3)..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
