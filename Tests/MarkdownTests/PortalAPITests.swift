import XCTest
import Markdown

/// The API the portal core uses: positions, outline, ids, links, walking, plain text, rewriting.
final class PortalAPITests: XCTestCase {
    func testSlugs() {
        XCTAssertEqual(Slug.make("Søk om støtte"), "sok-om-stotte")
        XCTAssertEqual(Slug.make("Ærlig talt – på Åsane!"), "aerlig-talt-pa-asane")
        XCTAssertEqual(Slug.make("  Crème brûlée, ñ & ü  "), "creme-brulee-n-u")
        XCTAssertEqual(Slug.make("Straße"), "strasse")
        XCTAssertEqual(Slug.make("!!!"), "section")
        XCTAssertEqual(Slug.make(""), "section")
        XCTAssertEqual(Slug.make("a--b__c"), "a-b-c")
        XCTAssertEqual(Slug.make("Sápmi čáhci"), "sapmi-cahci")
    }

    func testHeadingIDsAreUniqueAndRendered() {
        let doc = MarkdownDocument.parse("# Søk om støtte\n\n## Søk om støtte\n\n### Søk om *støtte*\n\n#\n")
        XCTAssertEqual(doc.headings.map { $0.id ?? "" }, ["sok-om-stotte", "sok-om-stotte-2", "sok-om-stotte-3", "section"])
        XCTAssertEqual(doc.headings.map(\.level), [1, 2, 3, 1])
        XCTAssertEqual(doc.headings[2].text, "Søk om støtte")
        XCTAssertTrue(doc.html().hasPrefix("<h1 id=\"sok-om-stotte\">Søk om støtte</h1>\n<h2 id=\"sok-om-stotte-2\">"))
        XCTAssertNil(MarkdownDocument.parse("# A", options: .commonMark).headings[0].id)
    }

    func testDuplicateIDsDoNotCollideWithLiteralSuffixes() {
        let doc = MarkdownDocument.parse("# a\n# a-2\n# a\n")
        XCTAssertEqual(doc.headings.map { $0.id ?? "" }, ["a", "a-2", "a-3"])
    }

    func testPositionsAreLineAndScalarColumn() {
        let doc = MarkdownDocument.parse("Æøå *x* [l](u)\n\n> - ## Tittel\n\n    code\n", options: .portal)
        var seen: [(String, Int, Int)] = []
        doc.root.walk { node in
            switch node.kind {
            case .paragraph: seen.append(("p", node.line, node.column))
            case .emphasis: seen.append(("em", node.line, node.column))
            case .link: seen.append(("a", node.line, node.column))
            case .blockQuote: seen.append(("bq", node.line, node.column))
            case .list: seen.append(("ul", node.line, node.column))
            case .heading: seen.append(("h", node.line, node.column))
            case .codeBlock: seen.append(("code", node.line, node.column))
            default: break
            }
        }
        let expected: [(String, Int, Int)] = [("p", 1, 1), ("em", 1, 5), ("a", 1, 9), ("bq", 3, 1), ("ul", 3, 3),
                                              ("h", 3, 5), ("code", 5, 5)]
        XCTAssertEqual(seen.map { "\($0.0)@\($0.1):\($0.2)" }, expected.map { "\($0.0)@\($0.1):\($0.2)" })
        XCTAssertEqual(doc.headings[0].line, 3)
        XCTAssertEqual(doc.headings[0].column, 5)
    }

    func testInlinePositionsOnContinuationLines() {
        let doc = MarkdownDocument.parse("first line\n  second [link](x) here\n")
        XCTAssertEqual(doc.links.first?.line, 2)
        XCTAssertEqual(doc.links.first?.column, 10)
    }

    func testLinksInDocumentOrderWithProcessedDestinations() {
        let doc = MarkdownDocument.parse("""
            [Barnetrygd](../nav/barnetrygd.md "Om &amp; barn") ![Logo *x*](/media/logo.png)
            <https://nav.no> [ref]

            [ref]: ../a\\_b.md
            """)
        XCTAssertEqual(doc.links.count, 4)
        XCTAssertEqual(doc.links[0], MarkdownLink(destination: "../nav/barnetrygd.md", title: "Om & barn", text: "Barnetrygd",
                                                  isImage: false, isAutolink: false, line: 1, column: 1))
        XCTAssertEqual(doc.links[1].text, "Logo x")
        XCTAssertTrue(doc.links[1].isImage)
        XCTAssertTrue(doc.links[2].isAutolink)
        XCTAssertEqual(doc.links[3].destination, "../a_b.md")
    }

    func testRewriteLinkKeepReplaceDrop() {
        let doc = MarkdownDocument.parse("[a](a.md) [b](b.md) ![c](c.png) [d](d.md)")
        var calls: [String] = []
        let html = doc.html { link in
            calls.append(link.destination)
            switch link.destination {
            case "a.md": return .replace("/a/")
            case "b.md": return .drop
            case "c.png": return .drop
            default: return .keep
            }
        }
        XCTAssertEqual(calls, ["a.md", "b.md", "c.png", "d.md"])
        XCTAssertEqual(html, "<p><a href=\"/a/\">a</a> b c <a href=\"d.md\">d</a></p>\n")
    }

    func testRewriteCannotIntroduceUnsafeURL() {
        let doc = MarkdownDocument.parse("[a](a.md)")
        XCTAssertEqual(doc.html { _ in .replace("javascript:alert(1)") }, "<p>a</p>\n")
    }

    func testRawHTMLIsReported() {
        let doc = MarkdownDocument.parse("<div>\nx\n</div>\n\nText <b>bold</b>\n")
        XCTAssertEqual(doc.rawHTML, [
            MarkdownRawHTML(line: 1, column: 1, isBlock: true, text: "<div>\nx\n</div>\n"),
            MarkdownRawHTML(line: 5, column: 6, isBlock: false, text: "<b>"),
            MarkdownRawHTML(line: 5, column: 13, isBlock: false, text: "</b>"),
        ])
    }

    func testTreeQueries() {
        let doc = MarkdownDocument.parse("Intro text.\n\n| A | |\n|---|---|\n| 1 | 2 |\n\n![alt text](img.png)\n")
        XCTAssertEqual(doc.root.firstBlock?.kind, .paragraph)
        var headerCells: [String] = []
        var images: [(String, String)] = []
        doc.root.walk { node in
            if case .tableRow(isHeader: true) = node.kind {
                headerCells = node.children.map(\.plainText)
            }
            if case .image(let destination, _) = node.kind {
                images.append((node.plainText, destination))
            }
        }
        XCTAssertEqual(headerCells, ["A", ""])
        XCTAssertEqual(images.first?.0, "alt text")
        XCTAssertEqual(images.first?.1, "img.png")
    }

    func testTablesAreFoundInDocumentOrderInsideContainers() {
        let doc = MarkdownDocument.parse("| A |\n|---|\n| 1 |\n\n> | B |\n> |---|\n\n- | C |\n  |---|\n  | 3 |\n\n| D |\n|---|\n")
        XCTAssertEqual(doc.tables.map(\.line), [1, 5, 8, 12])
        XCTAssertEqual(doc.tables.map { $0.children.first?.plainText }, ["A", "B", "C", "D"])
        XCTAssertTrue(doc.tables.allSatisfy { $0.kind == .table })
        XCTAssertEqual(MarkdownDocument.parse("No | table\n\n- here\n").tables.count, 0)
    }

    func testPlainText() {
        let doc = MarkdownDocument.parse("# Tittel\n\nEn *fin* [lenke](x).\n\n- a\n- b\n\n```\ncode\n```\n")
        XCTAssertEqual(doc.plainText, "Tittel\nEn fin lenke.\na\nb\ncode")
    }

    func testPlainTextAsUTF8IsThePlainTextsBytes() {
        let doc = MarkdownDocument.parse("# Søk om støtte\n\nÆ &amp; ø, *å* — e\u{301}.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n   \n")
        XCTAssertEqual(doc.plainTextUTF8, Array(doc.plainText.utf8))
        XCTAssertEqual(String(decoding: doc.plainTextUTF8, as: UTF8.self), "Søk om støtte\nÆ & ø, å — e\u{301}.\na\t\nb\t\n1\t\n2")
        XCTAssertEqual(MarkdownDocument.parse("").plainTextUTF8, [])
    }

    /// A site keeps every page's plain text for the whole build, so it is handed out at its own size, without the
    /// spare capacity of the array it was built in (up to as much again).
    func testPlainTextAsUTF8HasNoSpareCapacity() {
        let source = (0 ..< 400).map { "Avsnitt \($0) om søknad og frister.\n" }.joined(separator: "\n")
        let text = MarkdownDocument.parse(source).plainTextUTF8
        XCTAssertGreaterThan(text.count, 10_000)
        XCTAssertLessThan(text.capacity, text.count + 64)
    }

    func testWalkHandlesDeepTreesWithoutRecursion() {
        let doc = MarkdownDocument.parse(String(repeating: ">", count: 20_000) + " deep")
        var count = 0
        doc.root.walk { _ in count += 1 }
        XCTAssertEqual(count, 20_003)
    }

    func testOptionsPresets() {
        XCTAssertEqual(MarkdownOptions.portal, MarkdownOptions(extensions: true, rawHTML: .escape, allowUnsafeURLs: false, headingIDs: true))
        XCTAssertEqual(MarkdownOptions.commonMark, MarkdownOptions(extensions: false, rawHTML: .trust, allowUnsafeURLs: true, headingIDs: false))
    }
}
