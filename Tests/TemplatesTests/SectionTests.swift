import Templates
import XCTest

final class SectionTests: XCTestCase {
    func testListRendersOncePerItem() throws {
        let context: TemplateValue = ["items": [["t": "a"], ["t": "b"], ["t": "c"]]]
        XCTAssertEqual(try render("{{#items}}<li>{{t}}</li>{{/items}}", context), "<li>a</li><li>b</li><li>c</li>")
    }

    func testEmptyListNullFalseEmptyTextAndZeroRenderNothing() throws {
        for value: TemplateValue in [[], nil, false, "", 0, .html("")] {
            XCTAssertEqual(try render("[{{#v}}x{{/v}}]", ["v": value]), "[]", "\(value)")
            XCTAssertEqual(try render("[{{^v}}x{{/v}}]", ["v": value]), "[x]", "\(value)")
        }
    }

    func testTruthyValuesRenderOnceWithValuePushed() throws {
        XCTAssertEqual(try render("{{#v}}[{{.}}]{{/v}}", ["v": true]), "[true]")
        XCTAssertEqual(try render("{{#v}}[{{.}}]{{/v}}", ["v": "text"]), "[text]")
        XCTAssertEqual(try render("{{#v}}[{{.}}]{{/v}}", ["v": 7]), "[7]")
        XCTAssertEqual(try render("{{#v}}[{{name}}]{{/v}}", ["v": ["name": "obj"]]), "[obj]")
        XCTAssertEqual(try render("{{#v}}[{{{.}}}]{{/v}}", ["v": .html("<b>")]), "[<b>]")
    }

    func testTruthyValuesDoNotRenderInvertedSections() throws {
        for value: TemplateValue in [[1], true, "x", 1, ["a": 1]] {
            XCTAssertEqual(try render("[{{^v}}x{{/v}}]", ["v": value]), "[]", "\(value)")
        }
    }

    func testMissingSection() throws {
        XCTAssertEqual(try render("[{{#nope}}x{{/nope}}{{^nope}}y{{/nope}}]"), "[y]")
    }

    func testNestedSectionsAndLists() throws {
        let context: TemplateValue = [
            "groups": [
                ["name": "A", "items": [1, 2]],
                ["name": "B", "items": []],
                ["name": "C", "items": [3]],
            ],
        ]
        let template = "{{#groups}}{{name}}:{{#items}}{{.}},{{/items}}{{^items}}none{{/items}};{{/groups}}"
        XCTAssertEqual(try render(template, context), "A:1,2,;B:none;C:3,;")
    }

    func testDottedSectionName() throws {
        XCTAssertEqual(try render("{{#a.b}}{{c}}{{/a.b}}", ["a": ["b": ["c": "deep"]]]), "deep")
    }

    func testListOfListsAndRepeatedSection() throws {
        XCTAssertEqual(try render("{{#l}}{{#.}}{{.}}{{/.}}|{{/l}}", ["l": [[1, 2], [3]]]), "12|3|")
        XCTAssertEqual(try render("{{#b}}1{{/b}}{{#b}}2{{/b}}", ["b": true]), "12")
    }

    func testDeepNestingDoesNotOverflowTheStack() throws {
        // Each level pushes `true`, so every lookup of `a` walks the whole stack: keep the depth moderate.
        let depth = 5_000
        let template = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
        XCTAssertEqual(try render(template, ["a": true]), "x")
        XCTAssertEqual(try render(template, ["a": false]), "")
    }
}
