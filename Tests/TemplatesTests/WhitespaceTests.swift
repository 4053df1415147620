import Templates
import XCTest

final class WhitespaceTests: XCTestCase {
    func testStandaloneSectionLinesAreRemoved() throws {
        let template = """
            <ul>
              {{#items}}
              <li>{{.}}</li>
              {{/items}}
            </ul>

            """
        XCTAssertEqual(try render(template, ["items": ["a", "b"]]), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    func testStandaloneInvertedAndCommentLines() throws {
        let template = "a\n  {{^x}}\n  none\n  {{/x}}\n\t{{! a comment }}\nb\n"
        XCTAssertEqual(try render(template), "a\n  none\nb\n")
    }

    func testMultilineStandaloneComment() throws {
        XCTAssertEqual(try render("a\n{{!\n  several\n  lines\n}}\nb"), "a\nb")
    }

    func testInlineTagsKeepTheirWhitespace() throws {
        XCTAssertEqual(try render(" {{#b}}x{{/b}} \n", ["b": true]), " x \n")
        XCTAssertEqual(try render("a {{! c }} b"), "a  b")
        XCTAssertEqual(try render("  {{v}}\n", ["v": "x"]), "  x\n")
    }

    func testStandaloneAtStartAndEndOfTemplate() throws {
        XCTAssertEqual(try render("{{#b}}\nx\n{{/b}}", ["b": true]), "x\n")
        XCTAssertEqual(try render("  {{!c}}"), "")
    }

    func testCRLFLineEndings() throws {
        XCTAssertEqual(try render("a\r\n{{#b}}\r\nx\r\n{{/b}}\r\nc", ["b": true]), "a\r\nx\r\nc")
    }

    func testTwoTagsOnALineAreNotStandalone() throws {
        XCTAssertEqual(try render("{{#a}}{{#b}}\nx\n{{/b}}{{/a}}\n", ["a": true, "b": true]), "\nx\n\n")
    }

    func testStandalonePartialIsIndented() throws {
        let partials = ["item": "<li>\n  {{name}}\n</li>\n"]
        let template = "<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n"
        let expected = "<ul>\n  <li>\n    a\n  </li>\n  <li>\n    b\n  </li>\n</ul>\n"
        XCTAssertEqual(try render(template, ["items": [["name": "a"], ["name": "b"]]], partials: partials), expected)
    }

    func testIndentationIsNotAddedInsideInterpolatedValues() throws {
        let partials = ["p": "|\n{{{content}}}\n|\n"]
        XCTAssertEqual(try render("\\\n {{>p}}\n/\n", ["content": "<\n->"], partials: partials), "\\\n |\n &lt;\n-&gt;\n |\n/\n")
    }

    func testNestedPartialIndentationAccumulates() throws {
        let partials = ["outer": "<div>\n  {{>inner}}\n</div>\n", "inner": "<p>\nx\n</p>\n"]
        XCTAssertEqual(try render("  {{>outer}}\n", partials: partials), "  <div>\n    <p>\n    x\n    </p>\n  </div>\n")
    }

    func testInlinePartialIsNotIndented() throws {
        XCTAssertEqual(try render("  a {{>p}}\n", partials: ["p": "1\n2\n"]), "  a 1\n2\n\n")
    }
}
