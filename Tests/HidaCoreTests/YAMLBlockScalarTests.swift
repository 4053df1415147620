import XCTest
@testable import HidaCore

final class YAMLBlockScalarTests: XCTestCase {
    private func scalar(_ text: String, key: String = "v") -> YAMLScalar? {
        let (root, headlines) = parseYAML(text)
        XCTAssertEqual(headlines, [], "unexpected diagnostics")
        guard case .scalar(let scalar) = root?[key]?.value else { return nil }
        return scalar
    }

    func testLiteralKeepsLineBreaksAndInnerIndentation() {
        XCTAssertEqual(scalar("v: |\n  line one\n    indented\n\n  # not a comment\nnext: x\n"),
                       YAMLScalar(text: "line one\n  indented\n\n# not a comment\n", style: .literal))
    }

    func testLiteralChomping() {
        let body = "  a\n  b\n\n\n"
        XCTAssertEqual(scalar("v: |\n" + body)?.text, "a\nb\n")
        XCTAssertEqual(scalar("v: |-\n" + body)?.text, "a\nb")
        XCTAssertEqual(scalar("v: |+\n" + body)?.text, "a\nb\n\n\n")
    }

    func testFoldedChomping() {
        let body = "  a\n  b\n\n"
        XCTAssertEqual(scalar("v: >\n" + body)?.text, "a b\n")
        XCTAssertEqual(scalar("v: >-\n" + body)?.text, "a b")
        XCTAssertEqual(scalar("v: >+\n" + body)?.text, "a b\n\n")
    }

    func testFoldingFollowsTheYAMLSpecExample() {
        // YAML 1.2 example 8.10, with content indented by one space.
        let text = "v: >\n\n folded\n line\n\n next\n line\n   * bullet\n\n   * list\n   * lines\n\n last\n line\n\n# Comment\n"
        XCTAssertEqual(scalar(text)?.text, "\nfolded line\nnext line\n  * bullet\n\n  * list\n  * lines\n\nlast line\n")
    }

    func testIndentationIndicatorAndChompingInEitherOrder() {
        XCTAssertEqual(scalar("v: |2-\n    code\n  text\n")?.text, "  code\ntext")
        XCTAssertEqual(scalar("v: >-2\n    code\n  text\n")?.text, "  code\ntext")
    }

    func testBlockScalarInListsAndCommentAfterIndicator() {
        let (root, headlines) = parseYAML("items:\n  - |  # keep breaks\n    a\n    b\n  - >-\n    c\n    d\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["items"]?.items?.compactMap(\.string), ["a\nb\n", "c d"])
        XCTAssertEqual(root?["items"]?.items?.first?.column, 5)
    }

    func testEmptyBlockScalars() {
        XCTAssertEqual(scalar("v: |\nnext: x\n")?.text, "")
        XCTAssertEqual(scalar("v: >-\n\n\n")?.text, "")
        XCTAssertEqual(scalar("v: |+\n\n\n")?.text, "\n\n")
    }

    func testBlockEndsAtLessIndentedLineAndNorwegianTextSurvives() {
        let (root, headlines) = parseYAML("a:\n  v: >\n    Søk om\n    oppholdstillatelse.\n  w: 1\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?["v"]?.string, "Søk om oppholdstillatelse.\n")
        XCTAssertEqual(root?["a"]?["w"]?.int, 1)
    }

    func testBlankLinesWithExtraSpacesInLiteral() {
        XCTAssertEqual(scalar("v: |\n  a\n    \n  b\n")?.text, "a\n  \nb\n")
    }

    func testTabsInsideBlockContentAreText() {
        XCTAssertEqual(scalar("v: |\n  a\tb\n  \tc\n")?.text, "a\tb\n\tc\n")
    }
}
