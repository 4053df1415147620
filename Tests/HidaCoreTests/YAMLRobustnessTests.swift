import XCTest
@testable import HidaCore

/// Random and mutated inputs must never crash, and every diagnostic must point inside the text.
final class YAMLRobustnessTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so that failures are reproducible.
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    private static let pieces = [
        " ", "  ", "\t", "\n", "\r\n", "-", "- ", ":", ": ", "#", " #", "'", "''", "\"", "\\", "\\u00e6", "\\uD83D",
        "[", "]", ",", "{", "}", "&a", "*a", "!t", "?", "|", ">", "|-", ">+", "|2", "---", "...", "%", "@",
        "key", "title", "æøå", "2024-05-02", "true", "12", "https://x.no/a#b", "\u{FEFF}",
    ]

    private func checkPositions(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let lineCount = text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let result = YAMLParser.parse(text, path: "f.md", firstLine: 2)
        for diagnostic in result.diagnostics {
            guard let location = diagnostic.location else {
                XCTFail("diagnostic without location: \(diagnostic.headline)", file: file, line: line)
                continue
            }
            XCTAssertTrue((2...(lineCount + 1)).contains(location.line), "\(diagnostic.headline) in \(text.debugDescription)", file: file, line: line)
            XCTAssertGreaterThanOrEqual(location.column, 1, file: file, line: line)
            XCTAssertTrue(diagnostic.rule.hasPrefix("yaml-"), file: file, line: line)
        }
    }

    func testRandomPieceSoup() {
        var generator = SplitMix(state: 42)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                text += Self.pieces.randomElement(using: &generator) ?? ""
            }
            checkPositions(text)
        }
    }

    func testMutatedJourney() {
        var generator = SplitMix(state: 7)
        let original = Array(YAMLStructureTests.journey.utf8)
        for _ in 0..<2000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1..<6, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
                default: bytes[position] = Array(" \t\n-:#'\"[]{}|>&*!".utf8).randomElement(using: &generator) ?? 0x20
                }
            }
            checkPositions(String(decoding: bytes, as: UTF8.self))
        }
    }

    func testPathologicalInputsStayFast() {
        let cases = [
            String(repeating: "- ", count: 50_000),
            String(repeating: "[", count: 50_000),
            String(repeating: "a: ", count: 50_000),
            String(repeating: "\"", count: 50_001),
            String(repeating: "k:\n", count: 20_000),
            (0..<2000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n"),
            "v: |\n" + String(repeating: "  line\n\n", count: 20_000),
            String(repeating: "\\u", count: 20_000),
            "a: [" + String(repeating: "item, ", count: 100_000) + "]",
            "a: [" + String(repeating: "\"æ\", ", count: 100_000) + "]",
            "a: " + String(repeating: "ø ", count: 200_000),
        ]
        for text in cases {
            let start = Date()
            checkPositions(text)
            XCTAssertLessThan(Date().timeIntervalSince(start), 2, "slow on \(text.prefix(20).debugDescription)…")
        }
    }
}
