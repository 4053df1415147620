import Templates
import XCTest

final class LayoutTests: XCTestCase {
    private let base = """
        <!doctype html>
        <html lang="{{lang}}">
        <head><title>{{$title}}{{site}}{{/title}}</title></head>
        <body>
          <main>
            {{$main}}{{/main}}
          </main>
          {{$footer}}
          <footer>default footer</footer>
          {{/footer}}
        </body>
        </html>

        """

    func testPageFillsSomeBlocksAndTheRestShowDefaults() throws {
        let page = """
            {{< layouts/base}}
            {{$title}}{{title}} – {{site}}{{/title}}
            {{$main}}
            <h1>{{title}}</h1>
            {{{body}}}
            {{/main}}
            {{/layouts/base}}

            """
        let context: TemplateValue = ["lang": "nb", "site": "Portal", "title": "Barnetrygd", "body": .html("<p>Hei</p>")]
        let expected = """
            <!doctype html>
            <html lang="nb">
            <head><title>Barnetrygd – Portal</title></head>
            <body>
              <main>
                <h1>Barnetrygd</h1>
                <p>Hei</p>
              </main>
              <footer>default footer</footer>
            </body>
            </html>

            """
        XCTAssertEqual(try render(page, context, partials: ["layouts/base": base]), expected)
    }

    func testLayoutWithoutOverridesShowsAllDefaults() throws {
        let output = try render("{{<layouts/base}}{{/layouts/base}}", ["lang": "en", "site": "S"], partials: ["layouts/base": base])
        XCTAssertTrue(output.contains("<title>S</title>"), output)
        XCTAssertTrue(output.contains("  <main>\n  </main>\n"), output)
        XCTAssertTrue(output.contains("<footer>default footer</footer>"), output)
    }

    func testNestedLayoutsOutermostFillingWins() throws {
        let partials = [
            "layouts/base": "<title>{{$title}}base{{/title}}</title><nav>{{$nav}}base nav{{/nav}}</nav>{{$main}}{{/main}}",
            "layouts/article": "{{<layouts/base}}{{$title}}article{{/title}}{{$main}}<article>{{$content}}no content{{/content}}</article>{{/main}}{{/layouts/base}}",
        ]
        XCTAssertEqual(
            try render("{{<layouts/article}}{{$title}}page{{/title}}{{$content}}text{{/content}}{{/layouts/article}}", partials: partials),
            "<title>page</title><nav>base nav</nav><article>text</article>")
        XCTAssertEqual(
            try render("{{<layouts/article}}{{/layouts/article}}", partials: partials),
            "<title>article</title><nav>base nav</nav><article>no content</article>")
    }

    func testBlocksNestedInBlocks() throws {
        let layout = "{{$body}}[{{$inner}}default inner{{/inner}}]{{/body}}"
        XCTAssertEqual(try render("{{<l}}{{$inner}}new inner{{/inner}}{{/l}}", partials: ["l": layout]), "[new inner]")
        XCTAssertEqual(try render("{{<l}}{{$body}}new body{{/body}}{{/l}}", partials: ["l": layout]), "new body")
    }

    func testFillingThatContainsItsOwnBlockDoesNotLoop() throws {
        let output = try render("{{<l}}{{$a}}x{{$a}}y{{/a}}z{{/a}}{{/l}}", partials: ["l": "<{{$a}}d{{/a}}>"])
        XCTAssertEqual(output, "<xyz>")
    }

    func testFilledBlockUsesLayoutContextStack() throws {
        let partials = ["l": "{{#items}}{{$item}}{{.}}{{/item}},{{/items}}"]
        XCTAssertEqual(try render("{{<l}}{{$item}}<{{.}}>{{/item}}{{/l}}", ["items": ["a", "b"]], partials: partials), "<a>,<b>,")
    }

    func testTextInsideLayoutTagIsIgnored() throws {
        XCTAssertEqual(try render("{{<l}} ignored {{ignored}} {{$b}}x{{/b}} also ignored {{/l}}", partials: ["l": "[{{$b}}{{/b}}]"]), "[x]")
    }

    func testLayoutRenderedWithCurrentContext() throws {
        let partials = ["l": "{{name}}:{{$b}}{{/b}}"]
        XCTAssertEqual(try render("{{#p}}{{<l}}{{$b}}{{name}}!{{/b}}{{/l}}{{/p}}", ["p": ["name": "n"]], partials: partials), "n:n!")
    }

    func testLayoutFillsReachPartialsOfTheLayout() throws {
        let partials = ["l": "<header>{{>partials/head}}</header>", "partials/head": "{{$heading}}default{{/heading}}"]
        XCTAssertEqual(try render("{{<l}}{{$heading}}custom{{/heading}}{{/l}}", partials: partials), "<header>custom</header>")
    }

    func testStandaloneEmptyBlockIndentsItsFilling() throws {
        let partials = ["l": "<main>\n    {{$main}}{{/main}}\n</main>\n"]
        let page = "{{<l}}\n{{$main}}\n<p>a</p>\n<p>b</p>\n{{/main}}\n{{/l}}\n"
        XCTAssertEqual(try render(page, partials: partials), "<main>\n    <p>a</p>\n    <p>b</p>\n</main>\n")
    }

    func testLayoutsRenderManyPagesIndependently() throws {
        let set = try TemplateSet([
            TemplateSource(name: "base", text: "<{{$t}}none{{/t}}>"),
            TemplateSource(name: "a", text: "{{<base}}{{$t}}A{{/t}}{{/base}}"),
            TemplateSource(name: "b", text: "{{<base}}{{/base}}"),
        ])
        XCTAssertEqual(try set.render("a", [:]), "<A>")
        XCTAssertEqual(try set.render("b", [:]), "<none>")
        XCTAssertEqual(try set.render("base", [:]), "<none>")
    }
}
