import Foundation
import Markdown
import XCTest
@testable import HidaCore

final class ContentAccessibilityTests: XCTestCase {
    private func findings(_ markdown: String, language: String = "nb") -> [ContentFinding] {
        ContentAccessibility.findings(in: MarkdownDocument.parse(markdown), language: language)
    }

    private func positions(_ found: [ContentFinding]) -> [String] {
        found.map { "\($0.line):\($0.column) \($0.rule)" }
    }

    func testCleanPageHasNoFindings() {
        let page = """
        Barnetrygd er en månedlig støtte til deg som har barn under 18 år.

        ## Slik søker du

        1. Les om [hvem som kan få barnetrygd](/barnetrygd/hvem/).
        2. Fyll ut [søknadsskjemaet (PDF, 200 kB)](/filer/soknad.pdf).

        ![Skjermbilde av søknaden på nav.no](soknad.png)
        ![](pynt.svg "decorative")

        ### Satser

        | Alder | Sats |
        |---|---|
        | 0–6 år | 1 766 kr |

        Se også <https://www.nav.no/barnetrygd> og [Skjema (Word)](/filer/skjema.docx).
        """
        XCTAssertEqual(findings(page), [])
    }

    func testImageWithoutAltText() {
        XCTAssertEqual(findings("Tekst.\n\n![](kart.png)\n"), [ContentFinding(
            rule: "image-alt",
            message: "image has no alt text; describe what it shows (or mark decorative images with the title \"decorative\": ![](image.png \"decorative\"))",
            line: 3, column: 1)])
        // Blank alt text counts as none; the column is the `!`, in Unicode scalars after "Så ".
        XCTAssertEqual(positions(findings("Så ![ ](a.png \"Kart\") ja ![Kart](b.png) ![](c.png \"Dekorativ\")")),
                       ["1:4 image-alt"])
    }

    func testVagueLinkText() {
        XCTAssertEqual(findings("Les [klikk her](/a) og [Les mer …](/b) eller [søknad om barnetrygd](/c)."), [
            ContentFinding(rule: "vague-link-text",
                           message: "link text \"klikk her\" says nothing out of context; write where it leads, e.g. \"Søk om barnetrygd\"",
                           line: 1, column: 5),
            ContentFinding(rule: "vague-link-text",
                           message: "link text \"les mer\" says nothing out of context; write where it leads, e.g. \"Søk om barnetrygd\"",
                           line: 1, column: 24),
        ])
        XCTAssertEqual(findings("Tekst\n\n- [](/tom)", language: "en"), [ContentFinding(
            rule: "vague-link-text",
            message: "link has no text; screen readers read out only the address (write where it leads, e.g. \"Apply for child benefit\")",
            line: 3, column: 3)])
    }

    func testEveryVaguePhraseIsCaughtWhateverItsCaseAndPunctuation() {
        let phrases = ["klikk her", "her", "les mer", "mer", "denne lenken", "lenke", "click here", "here",
                       "read more", "more", "link", "trykk her", "les meir", "meir"]
        for phrase in phrases {
            XCTAssertEqual(positions(findings("[\(phrase)](/a)")), ["1:1 vague-link-text"], phrase)
            XCTAssertEqual(positions(findings("[ «\(phrase.uppercased())»! ](/a)")), ["1:1 vague-link-text"], phrase)
        }
        XCTAssertEqual(findings("[her bor vi](/a) [mer om skatt](/b) <https://her.no> [*Les* **mer**](/c)").map(\.column), [54])
    }

    func testHeadingThatSkipsALevel() {
        XCTAssertEqual(findings("## Søknad\n\nTekst.\n\n#### Vedlegg\n"), [ContentFinding(
            rule: "heading-skip", message: "heading level skips from h2 to h4; use h3 (###)", line: 5, column: 1)])
        XCTAssertEqual(findings("Intro.\n\n  ### Først\n"), [ContentFinding(
            rule: "heading-skip", message: "the body starts with an h3 under the page's h1 title; use h2 (##)",
            line: 3, column: 3)])
        XCTAssertEqual(findings("## A\n### B\n## C\n### D\n#### E\n## F\n"), [])
    }

    func testHeadingLevelOneInTheBody() {
        XCTAssertEqual(findings("# Barnetrygd\n\n### Satser\n"), [
            ContentFinding(rule: "body-h1",
                           message: "the page title is already the h1; use h2 (##) for the body's top headings",
                           line: 1, column: 1),
            ContentFinding(rule: "heading-skip", message: "heading level skips from h1 to h3; use h2 (##)",
                           line: 3, column: 1),
        ])
        XCTAssertEqual(positions(findings("## A\n\nTittel\n======\n")), ["3:1 body-h1"])
    }

    func testTableWithEmptyHeaderRow() {
        XCTAssertEqual(findings("Satser:\n\n|   |   |\n|---|---|\n| a | b |\n"), [ContentFinding(
            rule: "table-header",
            message: "table has an empty header row; name each column so screen readers can announce it",
            line: 3, column: 1)])
        XCTAssertEqual(findings("|   | 2024 |\n|---|---|\n| a | b |\n"), [])
        // Tables inside quotes and list items are checked too, each at its own position.
        XCTAssertEqual(positions(findings("> | |\n> |---|\n\n1. Tekst\n\n   |  |\n   |--|\n   | x |\n")),
                       ["1:3 table-header", "6:4 table-header"])
    }

    func testLinkToAFileThatDoesNotSayItsFormat() {
        XCTAssertEqual(findings("Fyll ut [skjemaet](/filer/skjema.pdf)."), [ContentFinding(
            rule: "file-link", message: "link to a PDF file; say so in the link text, e.g. \"Skjema (PDF, 200 kB)\"",
            line: 1, column: 9)])
        XCTAssertEqual(findings("\n[Satser](https://x.no/satser.XLSX?v=2#ark1)", language: "en"), [ContentFinding(
            rule: "file-link", message: "link to an Excel file; say so in the link text, e.g. \"Form (Excel, 200 kB)\"",
            line: 2, column: 1)])
        let named = "[Skjema (pdf)](a.pdf) [Regneark (XLSX, 1 MB)](b.xlsx) [Brev i Word](c.doc) [Alt](d.zip \"t\") "
            + "[Mappe](/a.pdf/) [Side](/side.html) <https://x.no/e.pdf> ![Kart](kart.pdf)"
        XCTAssertEqual(positions(findings(named)), ["1:76 file-link"])
    }

    func testFindingsAreSortedByPosition() {
        let page = "# T\n\n[her](a.pdf) ![](x.png)\n\n#### D\n"
        XCTAssertEqual(positions(findings(page)),
                       ["1:1 body-h1", "3:1 file-link", "3:1 vague-link-text", "3:14 image-alt", "5:1 heading-skip"])
    }

    func testPathologicalInputDoesNotCrash() {
        for text in [String(repeating: "[", count: 20_000) + "x" + String(repeating: "](a.pdf)", count: 20_000),
                     String(repeating: "> ", count: 5_000) + "![](a)", String(repeating: "#", count: 7) + " x",
                     "|\n|-|\n", String(repeating: "- ", count: 3_000) + "[](b.pdf)"] {
            _ = findings(text)
        }
    }

    /// Throughput on portal-scale pages; run with `HIDA_EDITORIAL_BENCH=1 swift test -c release -Xswiftc -enable-testing`.
    func testTenThousandPagesTiming() throws {
        guard ProcessInfo.processInfo.environment["HIDA_EDITORIAL_BENCH"] != nil else {
            throw XCTSkip("set HIDA_EDITORIAL_BENCH=1 to time the checks on 10 000 pages (use a release build)")
        }
        let page = "## Søknad\n\nLes [mer](/a) og [skjemaet](/s.pdf).\n\n![](kart.png)\n\n| | |\n|---|---|\n| a | b |\n\n#### Vedlegg\n"
            + String(repeating: "Barnetrygd er en månedlig støtte til deg som har barn under 18 år. ", count: 20)
        let documents = (0..<10_000).map { _ in MarkdownDocument.parse(page) }
        let start = Date()
        let count = documents.reduce(0) { $0 + ContentAccessibility.findings(in: $1, language: "nb").count }
        print("accessibility: 10000 parsed pages, \(count) findings in \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
    }
}
