import XCTest
@testable import Markdown

/// Pathological and random inputs: no crash, no unbounded recursion, output grows linearly.
/// Timing is checked by Benchmarks/pathological.sh, not here.
final class RobustnessTests: XCTestCase {
    static let patterns: [(String, @Sendable (Int) -> String)] = [
        ("nested block quotes", { String(repeating: ">", count: $0) + " x\n" }),
        ("nested lists", { n in (0..<n).map { String(repeating: "  ", count: $0 % 100) + "- x\n" }.joined() }),
        ("nested bullets one line", { String(repeating: "- ", count: $0) + "x\n" }),
        ("open brackets", { String(repeating: "[", count: $0) + "a" }),
        ("close brackets", { String(repeating: "]", count: $0) + "a" }),
        ("stars", { String(repeating: "*", count: $0) + "a" }),
        ("alternating stars", { String(repeating: "*a ", count: $0) }),
        ("underscores", { String(repeating: "_", count: $0) + "a" }),
        ("mixed emphasis", { String(repeating: "*a _b ", count: $0) }),
        ("backticks", { (1...$0).map { String(repeating: "`", count: $0 % 50 + 1) + "x" }.joined() }),
        ("backtick runs", { String(repeating: "`", count: $0) }),
        ("less than", { String(repeating: "<", count: $0) + "a" }),
        ("unclosed comments", { String(repeating: "<!-- ", count: $0) }),
        ("unclosed tags", { String(repeating: "<a x=\"", count: $0) }),
        ("nested links", { String(repeating: "[", count: $0) + "a" + String(repeating: "](b)", count: $0) }),
        ("nested images", { String(repeating: "![", count: $0) + "a" + String(repeating: "](b)", count: $0) }),
        ("link openers then links", { String(repeating: "[", count: $0) + String(repeating: "[a](b)", count: $0) }),
        ("huge reference definition", { "[a]: " + String(repeating: "x", count: $0 * 10) + " '" + String(repeating: "t", count: $0) + "'\n\n[a]" }),
        ("many reference definitions", { n in (0..<n).map { "[l\($0)]: /u\($0)\n" }.joined() + "[l1]" }),
        ("long label", { "[" + String(repeating: "a", count: $0) + "]: /u\n" }),
        ("entities", { String(repeating: "&amp;&#x;&#123456789;", count: $0) }),
        ("table columns", { "|" + String(repeating: "a|", count: $0) + "\n|" + String(repeating: "-|", count: $0) + "\n" }),
        ("www autolinks", { String(repeating: "www.a.b(", count: $0) }),
        ("emails", { String(repeating: "a@", count: $0) + "b.c" }),
        ("parentheses in links", { "[a](" + String(repeating: "(", count: $0) + ")" }),
        ("tildes", { String(repeating: "~~a ", count: $0) }),
    ]

    func testPathologicalInputsDoNotCrashAndScaleLinearly() {
        for (name, make) in Self.patterns {
            for options in [MarkdownOptions.portal, .commonMark] {
                let small = make(300)
                let large = make(3_000)
                let smallHTML = MarkdownDocument.parse(small, options: options).html()
                let largeHTML = MarkdownDocument.parse(large, options: options).html()
                // Output size stays proportional to input size (escaping at most multiplies it by a constant).
                XCTAssertLessThan(smallHTML.utf8.count, 30 * small.utf8.count + 200, name)
                XCTAssertLessThan(largeHTML.utf8.count, 30 * large.utf8.count + 200, name)
            }
        }
    }

    func testDeepNestingDoesNotOverflowTheStack() {
        for input in [String(repeating: ">", count: 50_000), String(repeating: "- ", count: 10_000) + "x",
                      String(repeating: "*a ", count: 10_000) + String(repeating: "b* ", count: 10_000),
                      String(repeating: "[", count: 10_000) + String(repeating: "](x)", count: 10_000),
                      String(repeating: "![", count: 10_000) + String(repeating: "](x)", count: 10_000)] {
            let doc = MarkdownDocument.parse(input)
            XCTAssertFalse(doc.html().isEmpty)
        }
    }

    func testRandomAndMutatedInputsNeverCrash() {
        var generator = SeededGenerator(seed: 2024)
        let alphabet = Array("ab *_`~[]()<>!&#;:/.\\|-+=>\t\n\r 1\u{0}éø".utf8) + [0xFF, 0xC3]
        let seeds = ["# h\n\n- a\n- b\n", "| a | b |\n|---|:-:|\n| 1 | 2 |\n", "> q\n> > r\n\n```\ncode\n```\n",
                     "[l](u \"t\") ![i](j) <http://x> www.y.z a@b.cd", "*a **b** _c_ ~~d~~*", "<div>\n\nx\n</div>\n",
                     "1. x\n   - y\n\n     z\n", "[r]: /u\n\n[r] [r][] [r][r]", "&amp; &#x41; \\* `c`"]
        for iteration in 0..<2000 {
            var bytes: [UInt8]
            if iteration % 2 == 0 {
                bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 32 }
            } else {
                bytes = Array((seeds.randomElement(using: &generator) ?? "").utf8)
                for _ in 0..<Int.random(in: 1...10, using: &generator) where !bytes.isEmpty {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[index] = alphabet.randomElement(using: &generator) ?? 32
                    case 1: bytes.insert(alphabet.randomElement(using: &generator) ?? 32, at: index)
                    default: bytes.remove(at: index)
                    }
                }
            }
            let options: MarkdownOptions = iteration % 3 == 0 ? .commonMark : .portal
            let doc = MarkdownDocument.parse(utf8: bytes, options: options)
            _ = doc.html()
            _ = doc.plainText
            doc.root.walk { node in
                XCTAssertGreaterThanOrEqual(node.line, 1)
                XCTAssertGreaterThanOrEqual(node.column, 1)
            }
        }
    }
}
