import Foundation
import Templates
import XCTest

final class ZZProbeTests: XCTestCase {
    func testProbeThroughput() throws {
        let header = String(repeating: "<div class=\"nav\"><a href=\"/x/\">Link text here</a></div>\n", count: 30)
        let set = try TemplateSet([
            TemplateSource(name: "layouts/base", text: "<!doctype html>\n<html lang=\"{{lang}}\">\n<head><title>{{$title}}{{site}}{{/title}}</title></head>\n<body>\n  {{>partials/header}}\n  <main>\n    {{$main}}{{/main}}\n  </main>\n  {{>partials/footer}}\n</body>\n</html>\n"),
            TemplateSource(name: "partials/header", text: "<header>\n" + header + "{{#langs}}<a hreflang=\"{{code}}\" href=\"{{url}}\">{{name}}</a>{{/langs}}\n</header>\n"),
            TemplateSource(name: "partials/footer", text: "<footer>\n" + header + "</footer>\n"),
            TemplateSource(name: "pages/page", text: "{{<layouts/base}}\n{{$title}}{{title}} – {{site}}{{/title}}\n{{$main}}\n<h1>{{title}}</h1>\n<p class=\"meta\">{{agency.name}} · {{updated}}</p>\n{{{body}}}\n<ul>\n  {{#topics}}\n  <li><a href=\"{{url}}\">{{label}}</a></li>\n  {{/topics}}\n</ul>\n{{/main}}\n{{/layouts/base}}\n"),
        ])
        let body = String(repeating: "<p>Barnetrygd er en skattefri ytelse &amp; den gis for barn under 18 år.</p>\n", count: 120)
        let topics: [TemplateValue] = (0..<15).map { ["url": .text("/tema/t\($0)/"), "label": .text("Tema \($0) & co")] }
        let context: TemplateValue = ["lang": "nb", "site": "Felles portal", "title": "Barnetrygd", "agency": ["name": "NAV"], "updated": "2024-05-02",
                                      "body": .html(body), "topics": .list(topics),
                                      "langs": [["code": "nb", "url": "/", "name": "Bokmål"], ["code": "en", "url": "/en/", "name": "English"]]]
        let once = try set.render("pages/page", context)
        let n = 20_000
        var start = Date()
        var total = 0
        for _ in 0..<n { total += try set.renderUTF8("pages/page", context).count }
        let serial = Date().timeIntervalSince(start)
        start = Date()
        DispatchQueue.concurrentPerform(iterations: n) { _ in _ = try? set.render("pages/page", context) }
        let parallel = Date().timeIntervalSince(start)
        print("PROBE page bytes", once.utf8.count, "serial/page µs", serial / Double(n) * 1e6, "MB/s", Double(total) / serial / 1e6, "parallel/page µs", parallel / Double(n) * 1e6)
        start = Date()
        for _ in 0..<1000 { _ = try TemplateSet([TemplateSource(name: "x", text: body + header)]) }
        print("PROBE parse µs per 13KB template", Date().timeIntervalSince(start) / 1000 * 1e6)
    }
}
