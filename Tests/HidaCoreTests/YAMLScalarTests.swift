import XCTest
@testable import HidaCore

final class YAMLScalarTests: XCTestCase {
    func testPlainValueKeepsInnerSpacesAndDropsTrailingOnes() {
        let (root, headlines) = parseYAML("title: Ny i Norge   \n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.string, "Ny i Norge")
        XCTAssertEqual(root?["title"]?.value, plain("Ny i Norge"))
    }

    func testPositionsAreFileLinesAndScalarColumns() {
        let (root, _) = parseYAML("navn: Søk om oppholdstillatelse\nå: æøå\n", firstLine: 2)
        let entries = root?.entries ?? []
        XCTAssertEqual(entries.map(\.key), ["navn", "å"])
        XCTAssertEqual(entries.map(\.keyLine), [2, 3])
        XCTAssertEqual(entries.map(\.keyColumn), [1, 1])
        XCTAssertEqual(root?["navn"]?.line, 2)
        XCTAssertEqual(root?["navn"]?.column, 7)
        XCTAssertEqual(root?["å"]?.column, 4)
        XCTAssertEqual(root?["å"]?.string, "æøå")
        XCTAssertEqual(root?.line, 2)
        XCTAssertEqual(root?.column, 1)
    }

    func testColumnsAfterNorwegianLettersCountScalars() {
        let (_, headlines) = parseYAML("tittel: «Søknad» om &ære\nbeskrivelse: Støtte: ja\n")
        XCTAssertEqual(headlines, [
            yamlError(2, 20, "a value that contains \": \" must be quoted; put the whole value in quotes", "yaml-syntax"),
        ])
    }

    func testSingleQuotedWithDoubledQuote() {
        let (root, headlines) = parseYAML("title: 'It''s # not a comment'\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.value, .scalar(YAMLScalar(text: "It's # not a comment", style: .singleQuoted)))
    }

    func testDoubleQuotedEscapes() {
        let (root, headlines) = parseYAML(#"text: "say \"hei\" \\ line\nnext\ttab \u00e6\u00F8 \/ \uD83D\uDE00""# + "\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["text"]?.value, .scalar(YAMLScalar(text: "say \"hei\" \\ line\nnext\ttab æø / 😀", style: .doubleQuoted)))
    }

    func testEmptyQuotedStrings() {
        let (root, headlines) = parseYAML("a: \"\"\nb: ''\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.string, "")
        XCTAssertEqual(root?["b"]?.string, "")
        XCTAssertEqual(root?["a"]?.isNull, false)
    }

    func testQuotedValuesMayContainColonSpaceAndHash() {
        let (root, headlines) = parseYAML("title: \"Tips: slik gjør du # 1\"\nother: 'a: b'   # comment\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["title"]?.string, "Tips: slik gjør du # 1")
        XCTAssertEqual(root?["other"]?.string, "a: b")
    }

    func testQuotedKeysMayContainColons() {
        let (root, headlines) = parseYAML("\"a: b\": 1\n'c:d' : two\n\"x\\ty\": 3\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?.entries.map(\.key), ["a: b", "c:d", "x\ty"])
        XCTAssertEqual(root?["c:d"]?.string, "two")
        XCTAssertEqual(root?["a: b"]?.int, 1)
    }

    func testURLsArePlainValuesAndHashWithoutSpaceIsNotAComment() {
        let (root, headlines) = parseYAML("base_url: https://x.no/a#b\nservice_url: https://x.no/søk?q=1&r=2 # start here\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["base_url"]?.string, "https://x.no/a#b")
        XCTAssertEqual(root?["service_url"]?.string, "https://x.no/søk?q=1&r=2")
    }

    func testPlainValuesMayContainIndicatorsInside() {
        let (root, headlines) = parseYAML("a: R&D and *stars* [x] {y}\nb: -5\nc: key:value\nd: 50%\ne: ?x\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.string, "R&D and *stars* [x] {y}")
        XCTAssertEqual(root?["b"]?.int, -5)
        XCTAssertEqual(root?["c"]?.string, "key:value")
        XCTAssertEqual(root?["d"]?.string, "50%")
        XCTAssertEqual(root?["e"]?.string, "?x")
    }

    func testCommentAfterValueNeedsASpace() {
        let (root, headlines) = parseYAML("a: b #c\nd: e\t# tab before hash\nf: g#h\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.string, "b")
        XCTAssertEqual(root?["d"]?.string, "e")
        XCTAssertEqual(root?["f"]?.string, "g#h")
    }

    func testTabAfterColonSeparatesValue() {
        let (root, headlines) = parseYAML("a:\tb\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?["a"]?.string, "b")
    }

    func testPlainKeysMayContainSpacesAndDashes() {
        let (root, headlines) = parseYAML("my key: 1\nstale-after: 2\n-x: 3\n")
        XCTAssertEqual(headlines, [])
        XCTAssertEqual(root?.entries.map(\.key), ["my key", "stale-after", "-x"])
    }
}
