import Templates
import XCTest

final class TemplateErrorTests: XCTestCase {
    func testUnclosedSectionPointsAtItsOpeningTag() {
        let source = TemplateSource(
            name: "pages/page", path: "Themes/felles/templates/page.html",
            text: "<ul>\n\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n")
        XCTAssertThrowsError(try TemplateSet([source])) { error in
            guard let errors = error as? TemplateErrors else { return XCTFail("\(error)") }
            XCTAssertEqual(errors.errors, [
                TemplateError(path: "Themes/felles/templates/page.html", line: 3, column: 3, message: "unclosed section \"items\"", rule: "unclosed-section"),
            ])
            XCTAssertEqual(errors.description, "Themes/felles/templates/page.html:3:3: error: unclosed section \"items\" [unclosed-section]")
        }
    }

    func testMismatchedCloseReportsTheUnclosedInnerSection() {
        XCTAssertEqual(errors(["main": "{{#a}}\n {{^b}}\n{{/a}}"]), [
            "main.html:2:2: error: unclosed section \"b\" (found \"{{/a}}\" at 3:1) [unclosed-section]",
        ])
    }

    func testCloseWithoutOpen() {
        XCTAssertEqual(errors(["main": "x {{/a}}\n{{#b}}{{/c}}{{/b}}"]), [
            "main.html:1:3: error: closing tag \"{{/a}}\" has no matching opening tag [template-syntax]",
            "main.html:2:7: error: closing tag \"{{/c}}\" has no matching opening tag [template-syntax]",
        ])
    }

    func testUnknownPartialAndLayout() {
        XCTAssertEqual(errors(["main": "a\n  {{> partials/nope}}\n{{< layouts/nope}}{{$main}}x{{/main}}{{/layouts/nope}}"]), [
            "main.html:2:3: error: unknown partial \"partials/nope\" [unknown-partial]",
            "main.html:3:1: error: unknown layout \"layouts/nope\" [unknown-partial]",
        ])
    }

    func testUnknownPartialInsideUnrenderedPlacesIsStillReported() {
        XCTAssertEqual(errors(["main": "{{#never}}{{>x}}{{/never}}{{<l}}{{>y}}{{/l}}", "l": ""]), [
            "main.html:1:11: error: unknown partial \"x\" [unknown-partial]",
            "main.html:1:33: error: unknown partial \"y\" [unknown-partial]",
        ])
    }

    func testMalformedTags() {
        let template = """
            {{=<% %>=}}
            a {{name
            {{{name}}
            {{ }}
            {{#}}
            {{a b}}
            {{a..b}}
            {{> p q}}
            """
        XCTAssertEqual(errors(["main": template]), [
            "main.html:1:1: error: set-delimiter tags are not supported [template-syntax]",
            "main.html:2:3: error: unclosed tag: expected \"}}\" on the same line [template-syntax]",
            "main.html:3:1: error: a tag opened with \"{{{\" must close with \"}}}\" [template-syntax]",
            "main.html:4:1: error: empty tag [template-syntax]",
            "main.html:5:1: error: tag has no name [template-syntax]",
            "main.html:6:1: error: invalid name \"a b\" [template-syntax]",
            "main.html:7:1: error: invalid name \"a..b\": dotted names need a name between the dots [template-syntax]",
            "main.html:8:1: error: invalid name \"p q\" [template-syntax]",
        ])
    }

    func testUnclosedTripleAndComment() {
        XCTAssertEqual(errors(["main": "{{{a\n{{! never closed"]), [
            "main.html:1:1: error: unclosed tag: expected \"}}}\" on the same line [template-syntax]",
            "main.html:2:1: error: unclosed comment: expected \"}}\" [template-syntax]",
        ])
    }

    func testUnclosedLayoutAndBlockAtEndOfTemplate() {
        XCTAssertEqual(errors(["main": "{{<l}}\n  {{$a}}x", "l": ""]), [
            "main.html:1:1: error: unclosed layout \"l\" [unclosed-section]",
            "main.html:2:3: error: unclosed block \"a\" [unclosed-section]",
        ])
    }

    func testBlockFilledTwice() {
        XCTAssertEqual(errors(["main": "{{<l}}{{$a}}1{{/a}}{{$a}}2{{/a}}{{/l}}", "l": "{{$a}}{{/a}}"]), [
            "main.html:1:20: error: block \"a\" is filled twice for layout \"l\" [duplicate-block]",
        ])
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(errors(["main": "æøå 🇳🇴 {{#x}}"]), [
            "main.html:1:8: error: unclosed section \"x\" [unclosed-section]",
        ])
    }

    func testAllErrorsOfAllTemplatesSortedByPathLineColumn() {
        XCTAssertEqual(errors(["b": "{{/x}}\n{{#y}}", "a": "{{>nope}} {{=| |=}}", "c": "fine"]), [
            "a.html:1:1: error: unknown partial \"nope\" [unknown-partial]",
            "a.html:1:11: error: set-delimiter tags are not supported [template-syntax]",
            "b.html:1:1: error: closing tag \"{{/x}}\" has no matching opening tag [template-syntax]",
            "b.html:2:1: error: unclosed section \"y\" [unclosed-section]",
        ])
    }

    func testDuplicateTemplateName() {
        let sources = [
            TemplateSource(name: "page", path: "themes/a/page.html", text: ""),
            TemplateSource(name: "page", path: "themes/b/page.html", text: ""),
        ]
        XCTAssertThrowsError(try TemplateSet(sources)) { error in
            XCTAssertEqual((error as? TemplateErrors)?.description,
                           "themes/b/page.html: error: template name \"page\" is already used by themes/a/page.html [duplicate-template]")
        }
    }

    func testUnknownTemplateAtRender() throws {
        let set = try TemplateSet([TemplateSource(name: "a", text: "x")])
        XCTAssertThrowsError(try set.render("nope", [:])) { error in
            XCTAssertEqual((error as? TemplateError)?.description, "nope: error: unknown template \"nope\" [unknown-template]")
            XCTAssertEqual((error as? TemplateError)?.rule, "unknown-template")
        }
    }

    func testArbitraryBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("{{}}#^/!><$&=. \n\r\tab-æ".unicodeScalars)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            if let set = try? TemplateSet([TemplateSource(name: "main", text: text), TemplateSource(name: "a", text: "{{>a}}")]) {
                _ = try? set.render("main", ["a": [1, 2], "b": true])
                _ = try? set.render("main", ["a": [1, 2], "b": true], strict: true)
            }
        }
    }
}
