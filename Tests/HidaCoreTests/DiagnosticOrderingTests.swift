import XCTest
@testable import HidaCore

/// Diagnostics print in file order, each once, whatever order the parallel phases found them in.
final class DiagnosticOrderingTests: XCTestCase {
    private func at(_ path: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testSortsByPlaceThenSeverityRuleAndMessageWithRunWideFindingsFirst() {
        let found: [Diagnostic] = [
            .warning("b", at: at("b.md", 1), rule: "r"),
            .warning("a", at: at("a.md", 2), rule: "r"),
            .error("x", at: at("a.md", 2), rule: "r"),
            .warning("a", at: at("a.md", 1, 5), rule: "z"),
            .warning("a", at: at("a.md", 1, 5), rule: "m"),
            .error("no content", at: nil, rule: "content-missing"),
        ]
        let headlines = DiagnosticOrdering.sorted(found).map(\.headline)
        XCTAssertEqual(headlines, [
            "hida: error: no content [content-missing]",
            "a.md:1:5: warning: a [m]",
            "a.md:1:5: warning: a [z]",
            "a.md:2:1: error: x [r]",
            "a.md:2:1: warning: a [r]",
            "b.md:1:1: warning: b [r]",
        ])
    }

    func testPrintsARepeatedDiagnosticOnceEvenWhenAnotherSortsBetweenThem() {
        let plain = Diagnostic.warning("same", at: at("a.md", 3), rule: "r")
        let withNote = Diagnostic.warning("same", at: at("a.md", 3), rule: "r", notes: ["a note"])
        let sorted = DiagnosticOrdering.sorted([plain, withNote, plain, .warning("other", at: at("a.md", 1), rule: "r"), withNote, plain])
        XCTAssertEqual(sorted.map(\.message), ["other", "same", "same"])
        // Of two that sort as equal, the one found first comes first.
        XCTAssertEqual(sorted[1].notes, [])
        XCTAssertEqual(sorted[2].notes, ["a note"])
        XCTAssertEqual(DiagnosticOrdering.sorted([withNote, plain])[0].notes, ["a note"])
    }

    func testKeepsDiagnosticsThatDifferOnlyInPlace() {
        let first = Diagnostic.warning("same", at: at("a.md", 3), rule: "r")
        var second = first
        second.location = at("a.md", 4)
        XCTAssertEqual(DiagnosticOrdering.sorted([second, first, second]).count, 2)
    }
}
