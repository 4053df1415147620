import Templates
import XCTest

final class StrictModeTests: XCTestCase {
    func testUnknownVariablePointsAtTheTag() {
        let template = "{{#items}}\n  <li>{{nmae}}</li>\n{{/items}}\n"
        XCTAssertEqual(
            renderError(template, ["items": [["name": "x"]]], strict: true),
            "main.html:2:7: error: unknown variable \"nmae\" [unknown-variable]")
    }

    func testUnknownSectionAndInvertedSection() {
        XCTAssertEqual(renderError("a {{#itms}}x{{/itms}}", ["items": []], strict: true),
                       "main.html:1:3: error: unknown section \"itms\" [unknown-variable]")
        XCTAssertEqual(renderError("\n{{^itms}}x{{/itms}}", strict: true),
                       "main.html:2:1: error: unknown section \"itms\" [unknown-variable]")
    }

    func testUnknownDottedPart() {
        XCTAssertEqual(renderError("{{page.titel}}", ["page": ["title": "x"]], strict: true),
                       "main.html:1:1: error: unknown variable \"page.titel\" [unknown-variable]")
    }

    func testErrorInPartialNamesThePartial() {
        XCTAssertEqual(renderError("ok\n{{>partials/head}}", ["title": "T"], partials: ["partials/head": "{{title}} {{subtitle}}"], strict: true),
                       "partials/head.html:1:11: error: unknown variable \"subtitle\" [unknown-variable]")
    }

    func testErrorInLayoutBlockFillingNamesThePage() {
        XCTAssertEqual(renderError("{{<l}}\n{{$main}}\n  {{body}}\n{{/main}}\n{{/l}}", partials: ["l": "{{$main}}{{/main}}"], strict: true),
                       "main.html:3:3: error: unknown variable \"body\" [unknown-variable]")
    }

    func testNullAndFalseAreKnownValues() throws {
        XCTAssertEqual(try render("[{{a}}{{#b}}x{{/b}}{{^a}}y{{/a}}{{.}}]", ["a": nil, "b": false], strict: true), "[y]")
    }

    func testNonStrictModeRendersUnknownAsEmpty() throws {
        XCTAssertEqual(try render("[{{nmae}}{{#itms}}x{{/itms}}]"), "[]")
    }
}
