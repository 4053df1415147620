import Templates
import XCTest

final class PartialTests: XCTestCase {
    func testPartialUsesCurrentContext() throws {
        let partials = ["partials/link-item_v2.x": "<a href=\"{{url}}\">{{title}}</a>"]
        let context: TemplateValue = ["links": [["url": "/a/", "title": "A"], ["url": "/b/?x=1&y=2", "title": "B"]]]
        XCTAssertEqual(
            try render("{{#links}}{{> partials/link-item_v2.x}};{{/links}}", context, partials: partials),
            "<a href=\"/a/\">A</a>;<a href=\"/b/?x=1&amp;y=2\">B</a>;")
    }

    func testPartialSeesOuterContext() throws {
        let partials = ["crumb": "{{site}}/{{name}}"]
        XCTAssertEqual(try render("{{#page}}{{>crumb}}{{/page}}", ["site": "S", "page": ["name": "P"]], partials: partials), "S/P")
    }

    func testRecursivePartialOverData() throws {
        let partials = ["node": "{{name}}{{#children}}({{>node}}){{/children}}"]
        // Leaves say `children: []`: a missing key would resolve up the stack to the parent's children.
        let leaf: (TemplateValue) -> TemplateValue = { ["name": $0, "children": []] }
        let tree: TemplateValue = ["name": "a", "children": [["name": "b", "children": [leaf("c")]], leaf("d")]]
        XCTAssertEqual(try render("{{>node}}", tree, partials: partials), "a(b(c))(d)")
    }

    func testEndlessRecursionStopsWithAnError() {
        let error = renderError("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        XCTAssertEqual(error, "loop.html:1:2: error: partials and layouts nested more than 64 deep (does \"loop\" include itself?) [partial-depth]")
    }

    func testMutualLayoutRecursionStopsWithAnError() {
        let error = renderError("{{<a}}{{/a}}", partials: ["a": "{{<b}}{{/b}}", "b": "{{<a}}{{/a}}"])
        XCTAssertNotNil(error)
        XCTAssertTrue(error?.hasSuffix("[partial-depth]") == true, error ?? "")
    }

    func testPartialCanBeRenderedDirectly() throws {
        let set = try TemplateSet([
            TemplateSource(name: "pages/page", text: "<h1>{{>partials/title}}</h1>"),
            TemplateSource(name: "partials/title", text: "{{title}}"),
        ])
        XCTAssertEqual(try set.render("partials/title", ["title": "T"]), "T")
        XCTAssertEqual(try set.render("pages/page", ["title": "T"]), "<h1>T</h1>")
        XCTAssertEqual(set.names, ["pages/page", "partials/title"])
        XCTAssertTrue(set.contains("pages/page"))
        XCTAssertFalse(set.contains("pages/missing"))
    }
}
