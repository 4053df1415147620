import XCTest
@testable import HidaCore

final class YAMLStructureTests: XCTestCase {
    static let journey = """
        title: Ny i Norge
        description: Det du må gjøre de første månedene i Norge.
        event: ny-i-norge                  # optional
        topics: [innvandring]
        updated: 2024-05-02
        steps:
          - id: opphold
            title: Søk om oppholdstillatelse
            pages: [oppholdstillatelse]
          - id: bank
            title: Opprett bankkonto
            pages:
              - bankkonto
            after: [fodselsnummer]
            optional: true
        name:
          nb: Skatteetaten
          nn: Skatteetaten
        facts:
          grunnbelop: 124028
        summary: >
          Folded text
          continues here.

        """

    func testJourneyExample() throws {
        let (root, headlines) = parseYAML(Self.journey, firstLine: 2)
        XCTAssertEqual(headlines, [])
        let journey = try XCTUnwrap(root)
        XCTAssertEqual(journey.entries.map(\.key), ["title", "description", "event", "topics", "updated", "steps", "name", "facts", "summary"])
        XCTAssertEqual(journey["title"]?.string, "Ny i Norge")
        XCTAssertEqual(journey["description"]?.string, "Det du må gjøre de første månedene i Norge.")
        XCTAssertEqual(journey["event"]?.string, "ny-i-norge")
        XCTAssertEqual(journey["topics"]?.items?.compactMap(\.string), ["innvandring"])
        XCTAssertEqual(journey["updated"]?.date, ISODate(year: 2024, month: 5, day: 2))
        let steps = try XCTUnwrap(journey["steps"]?.items)
        XCTAssertEqual(steps.count, 2)
        XCTAssertEqual(steps[0].entries.map(\.key), ["id", "title", "pages"])
        XCTAssertEqual(steps[0]["title"]?.string, "Søk om oppholdstillatelse")
        XCTAssertEqual(steps[0]["pages"]?.items?.compactMap(\.string), ["oppholdstillatelse"])
        XCTAssertEqual(steps[1].entries.map(\.key), ["id", "title", "pages", "after", "optional"])
        XCTAssertEqual(steps[1]["pages"]?.items?.compactMap(\.string), ["bankkonto"])
        XCTAssertEqual(steps[1]["after"]?.items?.compactMap(\.string), ["fodselsnummer"])
        XCTAssertEqual(steps[1]["optional"]?.bool, true)
        XCTAssertEqual(journey["name"]?["nn"]?.string, "Skatteetaten")
        XCTAssertEqual(journey["facts"]?["grunnbelop"]?.int, 124_028)
        XCTAssertEqual(journey["summary"]?.value, .scalar(YAMLScalar(text: "Folded text continues here.\n", style: .folded)))
        // Positions are file lines (front matter starts on line 2).
        XCTAssertEqual(journey["steps"]?.line, 8)
        XCTAssertEqual(journey["steps"]?.column, 3)
        XCTAssertEqual(steps[1].line, 11)
        XCTAssertEqual(steps[1].column, 5)
        XCTAssertEqual(steps[1]["pages"]?.items?.first?.line, 14)
        XCTAssertEqual(steps[1]["pages"]?.items?.first?.column, 9)
        XCTAssertEqual(journey["summary"]?.line, 22)
        XCTAssertEqual(journey["summary"]?.column, 10)
    }

    func testNestedMapsThreeLevels() {
        let (root, headlines) = parseYAML("""
            a:
              b:
                c: deep
                d: 2
              e: mid
            f: top
            """)
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?["b"]?["c"]?.string, "deep")
        XCTAssertEqual(root?["a"]?["b"]?["d"]?.int, 2)
        XCTAssertEqual(root?["a"]?["e"]?.string, "mid")
        XCTAssertEqual(root?["f"]?.string, "top")
        XCTAssertEqual(root?["a"]?["b"]?.line, 3)
        XCTAssertEqual(root?["a"]?["b"]?.column, 5)
    }

    func testListsMayStartAtTheKeysIndentation() {
        let (root, headlines) = parseYAML("pages:\n- a\n- b\nnext: 1\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["pages"]?.items?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(root?["next"]?.int, 1)
    }

    func testListOfListsAndMapsInCompactForm() {
        let (root, headlines) = parseYAML("- - a\n  - b\n- k: v\n  l: w\n-\n  x\n- \n")
        XCTAssertEqual(headlines, [])
        let items = root?.items ?? []
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items[0].items?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(items[1]["l"]?.string, "w")
        XCTAssertEqual(items[2].string, "x")
        XCTAssertTrue(items[3].isNull)
        XCTAssertEqual(items[3].line, 7)
        XCTAssertEqual(items[3].column, 2)
    }

    func testEmptyValuesAreNullPlacedRightAfterTheColon() {
        let (root, headlines) = parseYAML("a:\nb:   # nothing\nc: x\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.isNull, true)
        XCTAssertEqual(root?["a"]?.column, 3)
        XCTAssertEqual(root?["b"]?.isNull, true)
        XCTAssertEqual(root?["b"]?.line, 2)
        XCTAssertEqual(root?["c"]?.isNull, false)
    }

    func testValueOnTheNextLine() {
        let (root, headlines) = parseYAML("description:\n  Et avsnitt.\ntitle: T\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["description"]?.string, "Et avsnitt.")
        XCTAssertEqual(root?["description"]?.line, 2)
    }

    func testFlowLists() {
        let (root, headlines) = parseYAML("""
            a: [x, y z, "c, d", 'e]', 2024-05-02]
            b: []
            c: [ ]
            d: [one, two,]   # trailing comma is fine
            e: [[1, 2], [3]]
            f: [https://x.no/a#b, æ]
            """)
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.items?.compactMap(\.string), ["x", "y z", "c, d", "e]", "2024-05-02"])
        XCTAssertEqual(root?["a"]?.items?.last?.date, ISODate("2024-05-02"))
        XCTAssertEqual(root?["a"]?.items?[2].value, .scalar(YAMLScalar(text: "c, d", style: .doubleQuoted)))
        XCTAssertEqual(root?["a"]?.items?[2].column, 13)
        XCTAssertEqual(root?["b"]?.items?.count, 0)
        XCTAssertEqual(root?["c"]?.items?.count, 0)
        XCTAssertEqual(root?["d"]?.items?.compactMap(\.string), ["one", "two"])
        XCTAssertEqual(root?["e"]?.items?.map { $0.items?.compactMap(\.int) ?? [] }, [[1, 2], [3]])
        XCTAssertEqual(root?["f"]?.items?.compactMap(\.string), ["https://x.no/a#b", "æ"])
    }

    func testCommentsEverywhere() {
        let (root, headlines) = parseYAML("""
            # leading comment
            title: T # after a value
              # indented comment between entries
            steps: # after a key
              # before an item
              - a # after an item
            # at the left margin inside a list
              - b
            facts:
                # deeper than the entries
              x: 1
            # trailing comment
            """)
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.string, "T")
        XCTAssertEqual(root?["steps"]?.items?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(root?["facts"]?["x"]?.int, 1)
    }

    func testCRLFLineEndings() {
        let (root, headlines) = parseYAML("title: T\r\nlist:\r\n  - a\r\nbody: |\r\n  x\r\n  y\r\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.string, "T")
        XCTAssertEqual(root?["list"]?.items?.compactMap(\.string), ["a"])
        XCTAssertEqual(root?["body"]?.string, "x\ny\n")
    }

    func testByteOrderMarkIsSkippedAndNotCountedAsAColumn() {
        let (root, headlines) = parseYAML("\u{FEFF}title: T\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?.entries.first?.key, "title")
        XCTAssertEqual(root?["title"]?.column, 8)
    }

    func testEmptyDocuments() {
        XCTAssertNil(parseYAML("").root)
        XCTAssertEqual(parseYAML("").headlines, [])
        XCTAssertNil(parseYAML("\n  \n# only a comment\n\t\n").root)
        XCTAssertEqual(parseYAML("\n  \n# only a comment\n\t\n").headlines, [])
    }

    func testLeadingDocumentMarkerAndTrailingEndMarker() {
        let (root, headlines) = parseYAML("---\ntitle: T\n...\n# done\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.string, "T")
    }

    func testScalarRoot() {
        let (root, headlines) = parseYAML("just text\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?.string, "just text")
    }

    func testDeepButAllowedNesting() {
        var text = ""
        for level in 0..<40 {
            text += String(repeating: " ", count: level) + "k\(level):\n"
        }
        text += String(repeating: " ", count: 40) + "leaf: yes\n"
        let (root, headlines) = parseYAML(text)
        XCTAssertEqual(headlines, [])
        var node = root
        for level in 0..<40 {
            node = node?["k\(level)"]
        }
        XCTAssertEqual(node?["leaf"]?.string, "yes")
    }

    func testPortalSettingsFromTheContract() {
        let (root, headlines) = parseYAML("""
            title: Felles portal
            base_url: https://portal.example.no/
            languages: [nb, nn, en]         # the first is the default, served at the root
            theme: felles                    # a folder under Themes/
            stale_after_months: 12           # pages not updated since then are flagged
            also_visited:
              max_links: 5
              min_sessions: 10               # privacy threshold: a pair seen in fewer sessions is never shown
            """)
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["base_url"]?.string, "https://portal.example.no/")
        XCTAssertEqual(root?["languages"]?.items?.compactMap(\.string), ["nb", "nn", "en"])
        XCTAssertEqual(root?["stale_after_months"]?.int, 12)
        XCTAssertEqual(root?["also_visited"]?["min_sessions"]?.int, 10)
    }

    func testCompactMapsInListsWithQuotedKeysAndBlockScalars() {
        let (root, headlines) = parseYAML("""
            steps:
              - "id": a
                text: |
                  Linje én
                  Linje to
                'after': []
              -   id: b
                  title: B
            """)
        XCTAssertEqual(headlines, [])
        let steps = root?["steps"]?.items ?? []
        XCTAssertEqual(steps.count, 2)
        XCTAssertEqual(steps.first?.entries.map(\.key), ["id", "text", "after"])
        XCTAssertEqual(steps.first?["text"]?.string, "Linje én\nLinje to\n")
        XCTAssertEqual(steps.last?["title"]?.string, "B")
        XCTAssertEqual(steps.last?.column, 7)
    }

    func testAnErrorInsideANestedMapDoesNotHideItsSiblings() {
        let (root, headlines) = parseYAML("a:\n  b: &x 1\n  c: 2\nd: 3\n")
        XCTAssertEqual(headlines.count, 1)
        XCTAssertEqual(root?["a"]?["c"]?.int, 2)
        XCTAssertEqual(root?["d"]?.int, 3)
    }

    func testKeysWithBlanksBeforeTheColon() {
        let (root, headlines) = parseYAML("title  : T\n\"q\" : 1\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?.entries.map(\.key), ["title", "q"])
    }
}
