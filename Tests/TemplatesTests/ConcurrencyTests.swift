import Foundation
import Templates
import XCTest

final class ConcurrencyTests: XCTestCase {
    private func makeSet() throws -> TemplateSet {
        try TemplateSet([
            TemplateSource(name: "layouts/base", text: "<html lang=\"{{lang}}\">\n  <title>{{$title}}{{site}}{{/title}}</title>\n  {{$main}}{{/main}}\n</html>\n"),
            TemplateSource(name: "partials/item", text: "<li><a href=\"{{url}}\">{{title}}</a></li>\n"),
            TemplateSource(name: "pages/list", text: """
                {{<layouts/base}}
                {{$title}}{{title}}{{/title}}
                {{$main}}
                <h1>{{title}}</h1>
                {{{body}}}
                <ul>
                  {{#items}}
                  {{>partials/item}}
                  {{/items}}
                </ul>
                {{/main}}
                {{/layouts/base}}
                """),
        ])
    }

    private func context(_ number: Int) -> TemplateValue {
        let items: [TemplateValue] = (0..<(number % 7)).map { ["url": .text("/p/\($0)/"), "title": .text("Item <\($0)>")] }
        return ["lang": "nb", "site": "Portal", "title": .text("Page \(number) & co"), "body": .html("<p>\(number)</p>"), "items": .list(items)]
    }

    func testRenderingInParallelMatchesSerialRendering() throws {
        let set = try makeSet()
        let count = 2_000
        let expected = try (0..<count).map { try set.render("pages/list", context($0)) }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var outputs: [Int: String] = [:]
            var failures: [String] = []
        }
        let results = Results()
        let contexts = (0..<count).map(context)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let output: String
            do {
                output = try set.render("pages/list", contexts[index], strict: index % 2 == 0)
            } catch {
                results.lock.lock()
                results.failures.append("\(error)")
                results.lock.unlock()
                return
            }
            results.lock.lock()
            results.outputs[index] = output
            results.lock.unlock()
        }
        XCTAssertEqual(results.failures, [])
        for index in 0..<count {
            XCTAssertEqual(results.outputs[index], expected[index], "render \(index)")
        }
    }

    func testParseOnceRenderMany() throws {
        let set = try makeSet()
        let first = try set.render("pages/list", context(3))
        XCTAssertEqual(first, """
            <html lang="nb">
              <title>Page 3 &amp; co</title>
              <h1>Page 3 &amp; co</h1>
              <p>3</p>
              <ul>
                <li><a href="/p/0/">Item &lt;0&gt;</a></li>
                <li><a href="/p/1/">Item &lt;1&gt;</a></li>
                <li><a href="/p/2/">Item &lt;2&gt;</a></li>
              </ul>
            </html>

            """)
        for number in 0..<500 {
            // A failed render leaves nothing behind for the next one.
            XCTAssertThrowsError(try set.render("pages/list", ["title": "x"], strict: true))
            let output = try set.render("pages/list", context(number))
            XCTAssertTrue(output.contains("<p>\(number)</p>"))
            XCTAssertEqual(output.components(separatedBy: "<li>").count - 1, number % 7)
        }
        XCTAssertEqual(try set.render("pages/list", context(3)), first)
    }
}
