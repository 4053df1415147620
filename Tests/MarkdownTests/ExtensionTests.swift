import XCTest
import Markdown

/// GFM tables, strikethrough and extended autolinks, and that `.commonMark` turns them off.
final class ExtensionTests: XCTestCase {
    let gfm = MarkdownOptions(extensions: true, rawHTML: .trust, allowUnsafeURLs: true, headingIDs: false)
    func html(_ s: String) -> String { TestSupport.html(s, gfm) }

    func testTableWithAlignment() {
        XCTAssertEqual(html("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |"), """
            <table>
            <thead>
            <tr>
            <th class="align-left">a</th>
            <th class="align-center">b</th>
            <th class="align-right">c</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">1</td>
            <td class="align-center">2</td>
            <td class="align-right">3</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    func testTableWithoutBodyAndRaggedRows() {
        XCTAssertEqual(html("a | b\n--|--"), "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n</table>\n")
        XCTAssertEqual(html("|a|b|\n|-|-|\n|1|\n|1|2|3|"),
                       "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td></td>\n</tr>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n")
    }

    func testTableNeedsMatchingHeader() {
        XCTAssertEqual(html("| a | b |\n| --- |\n| c |"), "<p>| a | b |\n| --- |\n| c |</p>\n")
    }

    func testTableEscapedPipeAndInlines() {
        XCTAssertEqual(html("| `a\\|b` | **c** |\n|---|---|"),
                       "<table>\n<thead>\n<tr>\n<th><code>a|b</code></th>\n<th><strong>c</strong></th>\n</tr>\n</thead>\n</table>\n")
    }

    func testTableEndsAtBlankLineOrBlock() {
        let out = html("| a |\n| - |\n| b |\n> q")
        XCTAssertTrue(out.contains("<td>b</td>\n</tr>\n</tbody>\n</table>\n<blockquote>"), out)
        XCTAssertEqual(html("para\n| a |\n| - |"), "<p>para</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n")
    }

    func testStrikethrough() {
        XCTAssertEqual(html("~~Hi~~ ~there~ ~~~no~~~"), "<p><del>Hi</del> <del>there</del> ~~~no~~~</p>\n")
        XCTAssertEqual(html("~~a~"), "<p>~~a~</p>\n")
    }

    func testExtendedAutolinks() {
        XCTAssertEqual(html("see www.nav.no/a."), "<p>see <a href=\"http://www.nav.no/a\">www.nav.no/a</a>.</p>\n")
        XCTAssertEqual(html("https://x.no/(a)) b"), "<p><a href=\"https://x.no/(a)\">https://x.no/(a)</a>) b</p>\n")
        XCTAssertEqual(html("mail post@nav.no."), "<p>mail <a href=\"mailto:post@nav.no\">post@nav.no</a>.</p>\n")
        XCTAssertEqual(html("[www.x.no](/y)"), "<p><a href=\"/y\">www.x.no</a></p>\n")
        XCTAssertEqual(html("`www.x.no`"), "<p><code>www.x.no</code></p>\n")
        XCTAssertEqual(html("www.x_y.z_w"), "<p>www.x_y.z_w</p>\n")
    }

    func testCommonMarkOptionsDisableExtensions() {
        XCTAssertEqual(TestSupport.html("~~a~~ www.x.no\n\n|a|\n|-|"), "<p>~~a~~ www.x.no</p>\n<p>|a|\n|-|</p>\n")
    }

    func testAutolinksAreReported() {
        let doc = MarkdownDocument.parse("see www.nav.no and a@b.no", options: gfm)
        XCTAssertEqual(doc.links.map(\.destination), ["http://www.nav.no", "mailto:a@b.no"])
        XCTAssertTrue(doc.links.allSatisfy(\.isAutolink))
        XCTAssertEqual(doc.links.first?.column, 5)
    }
}
