import Templates
import XCTest

final class VariableTests: XCTestCase {
    func testScalars() throws {
        XCTAssertEqual(try render("{{n}} {{t}} {{f}} [{{z}}]", ["n": 124028, "t": true, "f": false, "z": nil]), "124028 true false []")
        XCTAssertEqual(try render("{{n}}", ["n": -5]), "-5")
    }

    func testMissingNameRendersNothing() throws {
        XCTAssertEqual(try render("[{{missing}}]"), "[]")
    }

    func testListsAndObjectsRenderNothing() throws {
        XCTAssertEqual(try render("[{{l}}{{o}}]", ["l": [1, 2], "o": ["a": 1]]), "[]")
    }

    func testPadding() throws {
        XCTAssertEqual(try render("{{ name }}|{{{  name  }}}|{{& name }}", ["name": "x"]), "x|x|x")
    }

    func testDottedNames() throws {
        let context: TemplateValue = ["page": ["agency": ["name": "NAV"]]]
        XCTAssertEqual(try render("{{page.agency.name}}", context), "NAV")
        XCTAssertEqual(try render("[{{page.agency.missing}}]", context), "[]")
        XCTAssertEqual(try render("[{{page.agency.name.deeper}}]", context), "[]")
    }

    func testDottedNameDoesNotFallBackAfterFirstPart() throws {
        // `a` resolves to the inner object, which has no `b`; the outer `a.b` is not consulted.
        let context: TemplateValue = ["a": ["b": "outer"], "inner": ["a": ["c": 1]]]
        XCTAssertEqual(try render("{{#inner}}[{{a.b}}]{{/inner}}", context), "[]")
    }

    func testDottedNameFirstPartResolvesUpTheStack() throws {
        let context: TemplateValue = ["site": ["title": "Portal"], "items": [["x": 1]]]
        XCTAssertEqual(try render("{{#items}}{{site.title}}{{x}}{{/items}}", context), "Portal1")
    }

    func testContextStackInnermostFirst() throws {
        let context: TemplateValue = ["name": "outer", "child": ["name": "inner"], "other": ["x": 1]]
        XCTAssertEqual(try render("{{name}} {{#child}}{{name}}{{/child}} {{#other}}{{name}}{{/other}}", context), "outer inner outer")
    }

    func testImplicitIterator() throws {
        XCTAssertEqual(try render("{{#l}}({{.}}){{/l}}", ["l": ["a", "<b>", 3]]), "(a)(&lt;b&gt;)(3)")
        XCTAssertEqual(try render("{{#l}}{{{.}}}{{/l}}", ["l": [.html("<i>x</i>"), .text("<b>")]]), "<i>x</i>&lt;b&gt;")
    }

    func testTopLevelContextNeedNotBeAnObject() throws {
        XCTAssertEqual(try render("{{.}}", "hello"), "hello")
        XCTAssertEqual(try render("[{{name}}]", "hello"), "[]")
    }

    func testUnrelatedBracesAreText() throws {
        XCTAssertEqual(try render("a } b { c }} d"), "a } b { c }} d")
    }
}
