import XCTest
import Markdown

/// One test per block construct, independent of the shared spec file.
final class BlockTests: XCTestCase {
    func html(_ s: String) -> String { TestSupport.html(s) }

    func testATXHeadings() {
        XCTAssertEqual(html("# One\n## Two ##\n###### Six"), "<h1>One</h1>\n<h2>Two</h2>\n<h6>Six</h6>\n")
        XCTAssertEqual(html("####### seven"), "<p>####### seven</p>\n")
        XCTAssertEqual(html("#hashtag"), "<p>#hashtag</p>\n")
        XCTAssertEqual(html("### foo \\###"), "<h3>foo ###</h3>\n")
        XCTAssertEqual(html("#"), "<h1></h1>\n")
    }

    func testSetextHeadings() {
        XCTAssertEqual(html("Title\n=====\nSub\n---"), "<h1>Title</h1>\n<h2>Sub</h2>\n")
        XCTAssertEqual(html("[a]: /u\n==="), "<p>===</p>\n")
    }

    func testThematicBreaks() {
        XCTAssertEqual(html("***\n- - -\n___"), "<hr />\n<hr />\n<hr />\n")
        XCTAssertEqual(html("--"), "<p>--</p>\n")
    }

    func testParagraphsAndBlankLines() {
        XCTAssertEqual(html("a\nb\n\n\nc"), "<p>a\nb</p>\n<p>c</p>\n")
        XCTAssertEqual(html(""), "")
        XCTAssertEqual(html("   \n\t\n"), "")
    }

    func testIndentedCode() {
        XCTAssertEqual(html("    a\n\n    b\n\n"), "<pre><code>a\n\nb\n</code></pre>\n")
        XCTAssertEqual(html("\tx<y"), "<pre><code>x&lt;y\n</code></pre>\n")
    }

    func testFencedCode() {
        XCTAssertEqual(html("```swift extra\nlet x = 1\n```"),
                       "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
        XCTAssertEqual(html("~~~\n```\n~~~"), "<pre><code>```\n</code></pre>\n")
        XCTAssertEqual(html("```\nunclosed"), "<pre><code>unclosed\n</code></pre>\n")
        XCTAssertEqual(html(" ```\n  a\n ```"), "<pre><code> a\n</code></pre>\n")
    }

    func testBlockQuotes() {
        XCTAssertEqual(html("> a\n> > b\nlazy"), "<blockquote>\n<p>a</p>\n<blockquote>\n<p>b\nlazy</p>\n</blockquote>\n</blockquote>\n")
        XCTAssertEqual(html(">"), "<blockquote>\n</blockquote>\n")
    }

    func testBulletListsTightAndLoose() {
        XCTAssertEqual(html("- a\n- b"), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        XCTAssertEqual(html("- a\n\n- b"), "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
        XCTAssertEqual(html("- a\n+ b"), "<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n")
    }

    func testOrderedLists() {
        XCTAssertEqual(html("3. a\n4. b"), "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n")
        XCTAssertEqual(html("1) a"), "<ol>\n<li>a</li>\n</ol>\n")
        XCTAssertEqual(html("para\n2. no"), "<p>para\n2. no</p>\n")
        XCTAssertEqual(html("1234567890. no"), "<p>1234567890. no</p>\n")
    }

    func testNestedLists() {
        XCTAssertEqual(html("- a\n  - b\n    - c"),
                       "<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n")
    }

    func testHTMLBlocks() {
        XCTAssertEqual(html("<div>\n*x*\n</div>"), "<div>\n*x*\n</div>\n")
        XCTAssertEqual(html("<!-- c -->\npara"), "<!-- c -->\n<p>para</p>\n")
        XCTAssertEqual(html("<custom-tag>\n\nx"), "<custom-tag>\n<p>x</p>\n")
    }

    func testLinkReferenceDefinitions() {
        XCTAssertEqual(html("[foo]: /url \"title\"\n\n[foo]"), "<p><a href=\"/url\" title=\"title\">foo</a></p>\n")
        XCTAssertEqual(html("[foo]: /one\n[foo]: /two\n\n[foo]"), "<p><a href=\"/one\">foo</a></p>\n")
        XCTAssertEqual(html("[ẞ]\n\n[SS]: /u"), "<p><a href=\"/u\">ẞ</a></p>\n")
    }

    func testTabs() {
        XCTAssertEqual(html("-\tfoo\n\n\tbar"), "<ul>\n<li>\n<p>foo</p>\n<p>bar</p>\n</li>\n</ul>\n")
        XCTAssertEqual(html(">\t\tfoo"), "<blockquote>\n<pre><code>  foo\n</code></pre>\n</blockquote>\n")
    }

    func testLineEndings() {
        XCTAssertEqual(html("a\r\nb\rc\n"), "<p>a\nb\nc</p>\n")
    }
}
