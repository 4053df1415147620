import Templates
import XCTest

final class EscapingTests: XCTestCase {
    func testAllFiveCharactersAreEscaped() throws {
        XCTAssertEqual(try render("{{v}}", ["v": "a & b < c > d \" e ' f"]), "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    }

    func testTextIsEscapedEvenUnderTripleMustache() throws {
        XCTAssertEqual(try render("{{{v}}}", ["v": .text("<script>")]), "&lt;script&gt;")
        XCTAssertEqual(try render("{{&v}}", ["v": .text("<b>")]), "&lt;b&gt;")
    }

    func testHTMLIsRawOnlyUnderTripleMustache() throws {
        XCTAssertEqual(try render("{{{v}}}", ["v": .html("<p>Hi & bye</p>")]), "<p>Hi & bye</p>")
        XCTAssertEqual(try render("{{&v}}", ["v": .html("<p>x</p>")]), "<p>x</p>")
    }

    func testHTMLUnderDoubleMustacheIsEscapedVisibly() throws {
        XCTAssertEqual(try render("{{v}}", ["v": .html("<p>x</p>")]), "&lt;p&gt;x&lt;/p&gt;")
    }

    func testHTMLAsBytesIsWrittenLikeHTMLText() throws {
        let bytes = Array("<p>Bærum & «Oslo»</p>".utf8)
        XCTAssertEqual(try render("{{{v}}}", ["v": .htmlUTF8(bytes)]), "<p>Bærum & «Oslo»</p>")
        XCTAssertEqual(try render("{{v}}", ["v": .htmlUTF8(bytes)]), "&lt;p&gt;Bærum &amp; «Oslo»&lt;/p&gt;")
        XCTAssertEqual(try render("{{#v}}[{{{v}}}]{{/v}}{{^w}}empty{{/w}}", ["v": .htmlUTF8(bytes), "w": .htmlUTF8([])]),
                       "[<p>Bærum & «Oslo»</p>]empty")
    }

    func testNonASCIITextPassesThrough() throws {
        XCTAssertEqual(try render("{{v}}", ["v": "Bærum <kommune> 🇳🇴"]), "Bærum &lt;kommune&gt; 🇳🇴")
    }

    func testTemplateTextIsNotEscaped() throws {
        XCTAssertEqual(try render("<a href=\"x\">&amp;</a>"), "<a href=\"x\">&amp;</a>")
    }

    func testEscapingOnlySpecialCharactersAndEmptyText() throws {
        XCTAssertEqual(try render("[{{v}}]", ["v": "&&"]), "[&amp;&amp;]")
        XCTAssertEqual(try render("[{{v}}]", ["v": ""]), "[]")
    }
}
