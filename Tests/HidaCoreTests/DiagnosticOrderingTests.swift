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

    /// Sorting places the diagnostics by following the cycles of the sorted order; a scrambled run with long cycles,
    /// equal neighbours and repeats must come out as a plain stable sort with repeats dropped would put it.
    func testScrambledRunComesOutInTheOrderOfAStableSort() {
        var found: [Diagnostic] = []
        var seed: UInt64 = 7
        for number in 0 ..< 400 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let file = Int(seed >> 60) % 5
            let line = Int(seed >> 33) % 7 + 1
            // Every tenth one repeats an earlier one; every seventh has a note, so it sorts as equal but is not equal.
            let notes = number % 7 == 0 ? ["note \(number)"] : []
            found.append(number % 10 == 9 ? found[number / 2] : .warning("w\(line % 3)", at: at("f\(file).md", line), rule: "r", notes: notes))
        }
        let expected = found.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let keyX = (x.location!.path, x.location!.line, x.message), keyY = (y.location!.path, y.location!.line, y.message)
            return keyX < keyY || keyX == keyY && a.offset < b.offset
        }.map(\.element).reduce(into: [Diagnostic]()) { kept, next in
            if !kept.reversed().prefix { $0.location == next.location && $0.message == next.message }.contains(next) { kept.append(next) }
        }
        let sorted = DiagnosticOrdering.sorted(found)
        XCTAssertLessThan(sorted.count, found.count, "the repeats are dropped")
        XCTAssertEqual(sorted.map { "\($0.headline) \($0.notes)" }, expected.map { "\($0.headline) \($0.notes)" })
    }

    func testKeepsDiagnosticsThatDifferOnlyInPlace() {
        let first = Diagnostic.warning("same", at: at("a.md", 3), rule: "r")
        var second = first
        second.location = at("a.md", 4)
        XCTAssertEqual(DiagnosticOrdering.sorted([second, first, second]).count, 2)
    }
}
