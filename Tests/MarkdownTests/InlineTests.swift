import XCTest
import Markdown

/// One test per inline construct.
final class InlineTests: XCTestCase {
    func html(_ s: String) -> String { TestSupport.html(s) }

    func testEmphasisAndStrong() {
        XCTAssertEqual(html("*a* _b_ **c** __d__"), "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong></p>\n")
        XCTAssertEqual(html("***x***"), "<p><em><strong>x</strong></em></p>\n")
        XCTAssertEqual(html("foo_bar_baz"), "<p>foo_bar_baz</p>\n")
        XCTAssertEqual(html("*a **b** c*"), "<p><em>a <strong>b</strong> c</em></p>\n")
        XCTAssertEqual(html("a * b"), "<p>a * b</p>\n")
    }

    func testCodeSpans() {
        XCTAssertEqual(html("`a`"), "<p><code>a</code></p>\n")
        XCTAssertEqual(html("`` a`b ``"), "<p><code>a`b</code></p>\n")
        XCTAssertEqual(html("`a\nb`"), "<p><code>a b</code></p>\n")
        XCTAssertEqual(html("``x`"), "<p>``x`</p>\n")
    }

    func testLinks() {
        XCTAssertEqual(html("[a](/b \"t\")"), "<p><a href=\"/b\" title=\"t\">a</a></p>\n")
        XCTAssertEqual(html("[a](<b c>)"), "<p><a href=\"b%20c\">a</a></p>\n")
        XCTAssertEqual(html("[a]()"), "<p><a href=\"\">a</a></p>\n")
        XCTAssertEqual(html("[a [b](c)](d)"), "<p>[a <a href=\"c\">b</a>](d)</p>\n")
        XCTAssertEqual(html("[x][y]\n\n[y]: /z"), "<p><a href=\"/z\">x</a></p>\n")
        XCTAssertEqual(html("[x][]\n\n[x]: /z"), "<p><a href=\"/z\">x</a></p>\n")
        XCTAssertEqual(html("[nope]"), "<p>[nope]</p>\n")
    }

    func testImages() {
        XCTAssertEqual(html("![a *b*](/i.png \"t\")"), "<p><img src=\"/i.png\" alt=\"a b\" title=\"t\" /></p>\n")
    }

    func testAutolinks() {
        XCTAssertEqual(html("<https://x.no/a?b=c&d>"), "<p><a href=\"https://x.no/a?b=c&amp;d\">https://x.no/a?b=c&amp;d</a></p>\n")
        XCTAssertEqual(html("<post@nav.no>"), "<p><a href=\"mailto:post@nav.no\">post@nav.no</a></p>\n")
        XCTAssertEqual(html("<https://a b>"), "<p>&lt;https://a b&gt;</p>\n")
    }

    func testRawInlineHTML() {
        XCTAssertEqual(html("a <span class=\"x\">b</span>"), "<p>a <span class=\"x\">b</span></p>\n")
        XCTAssertEqual(html("<a h*#ref=\"hi\">"), "<p>&lt;a h*#ref=&quot;hi&quot;&gt;</p>\n")
    }

    func testEntitiesAndNumericReferences() {
        XCTAssertEqual(html("&copy; &AElig; &#35; &#x22; &#0; &nbsp;"), "<p>© Æ # &quot; \u{FFFD} \u{00A0}</p>\n")
        XCTAssertEqual(html("&nosuch; &copy"), "<p>&amp;nosuch; &amp;copy</p>\n")
        XCTAssertEqual(html("&ngE;"), "<p>\u{2267}\u{0338}</p>\n")
    }

    func testBackslashEscapes() {
        XCTAssertEqual(html("\\*a\\* \\q"), "<p>*a* \\q</p>\n")
        XCTAssertEqual(html("a\\\nb"), "<p>a<br />\nb</p>\n")
    }

    func testHardAndSoftBreaks() {
        XCTAssertEqual(html("a  \nb\nc"), "<p>a<br />\nb\nc</p>\n")
        XCTAssertEqual(html("a  "), "<p>a</p>\n")
    }

    func testInvalidUTF8AndNUL() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x00, 0x63, 0xE2, 0x82]
        XCTAssertEqual(MarkdownDocument.parse(utf8: bytes, options: .commonMark).html(),
                       "<p>a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}</p>\n")
        XCTAssertEqual(html("&#0;"), "<p>\u{FFFD}</p>\n")
    }

    func testUnicodePunctuationFlanking() {
        XCTAssertEqual(html("*€*"), "<p><em>€</em></p>\n")
        XCTAssertEqual(html("a*\u{00A0}b*"), "<p>a*\u{00A0}b*</p>\n")
    }
}
