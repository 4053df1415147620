import Templates
import XCTest

final class TemplateSetTests: XCTestCase {
    func testUTF8RenderingMatchesStringRendering() throws {
        let set = try TemplateSet([TemplateSource(name: "a", text: "Hei, {{name}}!")])
        let context: TemplateValue = ["name": "Bærum <kommune> 🇳🇴"]
        XCTAssertEqual(try set.renderUTF8("a", context), Array(try set.render("a", context).utf8))
        XCTAssertEqual(String(decoding: try set.renderUTF8("a", context), as: UTF8.self), "Hei, Bærum &lt;kommune&gt; 🇳🇴!")
    }

    func testNamesAreSorted() throws {
        let set = try TemplateSet([
            TemplateSource(name: "partials/b", text: ""), TemplateSource(name: "layouts/a", text: ""), TemplateSource(name: "pages/c", text: ""),
        ])
        XCTAssertEqual(set.names, ["layouts/a", "pages/c", "partials/b"])
        XCTAssertEqual(try TemplateSet([]).names, [])
    }

    func testSourcePathDefaultsToName() {
        XCTAssertEqual(TemplateSource(name: "pages/page", text: "").path, "pages/page")
        XCTAssertEqual(TemplateSource(name: "p", path: "Themes/x/p.html", text: "").path, "Themes/x/p.html")
    }

    func testLiterals() {
        let value: TemplateValue = ["t": "x", "b": true, "n": 3, "l": [1, "a"], "o": ["k": nil], "k": "first", "k ": "spaced"]
        XCTAssertEqual(value["t"], .text("x"))
        XCTAssertEqual(value["b"], .bool(true))
        XCTAssertEqual(value["n"], .number(3))
        XCTAssertEqual(value["l"], .list([.number(1), .text("a")]))
        XCTAssertEqual(value["o"], .object(["k": .null]))
        XCTAssertNil(value["missing"])
        XCTAssertNil(TemplateValue.text("x")["t"])
    }

    func testTruthiness() {
        let truthy: [TemplateValue] = [.text("x"), .html("<b>"), .bool(true), .number(-1), .list([.null]), .object([:])]
        let falsy: [TemplateValue] = [.text(""), .html(""), .bool(false), .number(0), .list([]), .null]
        XCTAssertTrue(truthy.allSatisfy(\.isTruthy))
        XCTAssertFalse(falsy.contains(where: \.isTruthy))
    }

    func testErrorDescriptionWithAndWithoutPosition() {
        XCTAssertEqual(
            TemplateError(path: "Themes/felles/templates/page.html", line: 3, column: 5, message: "unclosed section \"items\"", rule: "unclosed-section").description,
            "Themes/felles/templates/page.html:3:5: error: unclosed section \"items\" [unclosed-section]")
        XCTAssertEqual(TemplateError(path: "x", line: 0, column: 0, message: "m", rule: "r").description, "x: error: m [r]")
    }
}
