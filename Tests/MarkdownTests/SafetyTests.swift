import XCTest
import Markdown

/// Hostile inputs under the portal defaults: nothing may inject markup or script.
final class SafetyTests: XCTestCase {
    func portal(_ s: String) -> String { MarkdownDocument.parse(s).html() }

    func testRawHTMLIsEscaped() {
        XCTAssertEqual(portal("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
        XCTAssertEqual(portal("a <img src=x onerror=alert(1)> b"), "<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n")
        XCTAssertEqual(portal("<!-- x --> y"), "<p>&lt;!-- x --&gt; y</p>\n")
        XCTAssertEqual(portal("<div onclick=\"x\">\n"), "<p>&lt;div onclick=&quot;x&quot;&gt;</p>\n")
    }

    func testTrustPassesHTMLThrough() {
        let options = MarkdownOptions(extensions: true, rawHTML: .trust, allowUnsafeURLs: false, headingIDs: false)
        XCTAssertEqual(MarkdownDocument.parse("a <b>c</b>", options: options).html(), "<p>a <b>c</b></p>\n")
    }

    func testDangerousURLsAreDropped() {
        let cases = [
            "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](vbscript:msgbox)", "[x](file:///etc/passwd)",
            "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](&#106;avascript:alert(1))", "[x](java&#x09;script:alert(1))",
            "[x]( javascript:alert(1))", "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)",
        ]
        for input in cases {
            let html = portal(input)
            XCTAssertFalse(html.lowercased().contains("href"), "\(input) → \(html)")
            XCTAssertFalse(html.lowercased().contains("javascript:alert") && html.contains("<a"), html)
        }
        XCTAssertEqual(portal("![alt](javascript:alert(1))"), "<p>alt</p>\n")
        XCTAssertEqual(portal("![alt](data:image/png;base64,iVBO)"), "<p><img src=\"data:image/png;base64,iVBO\" alt=\"alt\" /></p>\n")
        XCTAssertEqual(portal("[x](data:image/svg+xml;base64,PHN2Zz4=)"), "<p>x</p>\n")
    }

    func testUnsafeURLsKeptWhenAllowed() {
        XCTAssertEqual(TestSupport.html("[x](javascript:a)"), "<p><a href=\"javascript:a\">x</a></p>\n")
    }

    func testAttributeValuesAreEscaped() {
        XCTAssertEqual(portal("[x](/a\"onmouseover=\"alert(1) \"t\\\"><script>\")"),
                       "<p><a href=\"/a%22onmouseover=%22alert(1)\" title=\"t&quot;&gt;&lt;script&gt;\">x</a></p>\n")
        XCTAssertEqual(portal("![a\"><script>](/i.png)"), "<p><img src=\"/i.png\" alt=\"a&quot;&gt;&lt;script&gt;\" /></p>\n")
        XCTAssertEqual(portal("```\"><script>\nx\n```"), "<pre><code class=\"language-&quot;&gt;&lt;script&gt;\">x\n</code></pre>\n")
        XCTAssertEqual(portal("[x](<'onclick=alert(1)>)"), "<p><a href=\"&#x27;onclick=alert(1)\">x</a></p>\n")
    }

    func testHeadingIDsCannotBreakOutOfAttributes() {
        let html = portal("# \"><script>alert(1)</script>")
        XCTAssertTrue(html.hasPrefix("<h1 id=\"alert-1\">&quot;&gt;&lt;script&gt;"), html)
    }

    func testNoTagsSurviveInRandomHostileMixes() {
        let pieces = ["<script>", "</script>", "<img src=x onerror=y>", "<iframe>", "javascript:", "\"", "'", "`", "[", "](",
                      ")", "<", ">", "&#60;", "&lt;", "![", "<a href='x'>", "\n", "*", "|", "~~", "<svg/onload=x>",
                      "<style>", "<!--", "-->", "<?php", "<![CDATA[", "\\"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            var input = ""
            for _ in 0..<Int.random(in: 1...20, using: &generator) {
                input += pieces.randomElement(using: &generator) ?? ""
            }
            let html = portal(input)
            for forbidden in ["<script", "<img src=x", "<iframe", "<svg", "<style", "<a href='", "<!--", "<?php", "onerror=y>"] {
                XCTAssertFalse(html.contains(forbidden), "input \(input.debugDescription) produced \(html.debugDescription)")
            }
            XCTAssertFalse(html.contains("href=\"javascript"), html)
        }
    }
}

/// A small deterministic random generator (SplitMix64) so fuzz tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
