import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import HidaCore

/// Helpers the report tests share: finding files and cutting elements out of rendered HTML.
enum ReportTestSupport {
    static func render(_ data: EditorialReportData = .sample) -> [String: String] {
        Dictionary(ReportRenderer.render(data).map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every piece of `text` from an `open` marker through the next `close` marker.
    static func elements(in text: String, open: String, close: String) -> [String] {
        var found: [String] = []
        var searchStart = text.startIndex
        while let start = text.range(of: open, range: searchStart..<text.endIndex),
              let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
            found.append(String(text[start.lowerBound..<end.upperBound]))
            searchStart = end.upperBound
        }
        return found
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Whether the fragment is well-formed XML, with the parser's error when not.
    static func parseXML(_ fragment: String) -> (ok: Bool, error: String) {
        let parser = XMLParser(data: Data(fragment.utf8))
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0)" } ?? "")
    }
}
