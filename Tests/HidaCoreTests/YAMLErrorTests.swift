import XCTest
@testable import HidaCore

final class YAMLErrorTests: XCTestCase {
    private let unsupported = "yaml-unsupported"
    private let syntax = "yaml-syntax"

    func testTabIndentation() {
        let (root, headlines) = parseYAML("title: T\ndescription: D\nfacts:\n  \tx: 1\nupdated: 2024-05-02\n")
        XCTAssertEqual(headlines, [yamlError(4, 3, "tabs are not allowed for indentation in front matter; use spaces", "yaml-tab")])
        XCTAssertEqual(root?["facts"]?.isNull, true)
        XCTAssertEqual(root?["updated"]?.string, "2024-05-02")
    }

    func testTabsInBlankLinesAndBeforeCommentsAreFine() {
        XCTAssertEqual(parseYAML("a: 1\n\t\n\t# comment\nb: 2\n").headlines, [])
    }

    func testEachTabIndentedLineIsReported() {
        let (_, headlines) = parseYAML("steps:\n\t- a\n\t- b\n")
        XCTAssertEqual(headlines, [
            yamlError(2, 1, "tabs are not allowed for indentation in front matter; use spaces", "yaml-tab"),
            yamlError(3, 1, "tabs are not allowed for indentation in front matter; use spaces", "yaml-tab"),
        ])
    }

    func testDuplicateKeyKeepsTheFirstValue() {
        let (root, headlines) = parseYAML("title: A\ndescription: D\ntitle: B\n", firstLine: 2)
        XCTAssertEqual(headlines, [yamlError(4, 1, "duplicate key \"title\" (first given on line 2)", "yaml-duplicate-key")])
        XCTAssertEqual(root?["title"]?.string, "A")
        XCTAssertEqual(root?.entries.count, 2)
    }

    func testDuplicateKeysInNestedMapsAndQuotedSpelling() {
        let (_, headlines) = parseYAML("steps:\n  - id: a\n    id: b\nname:\n  nb: X\n  \"nb\": Y\n")
        XCTAssertEqual(headlines, [
            yamlError(3, 5, "duplicate key \"id\" (first given on line 2)", "yaml-duplicate-key"),
            yamlError(6, 3, "duplicate key \"nb\" (first given on line 5)", "yaml-duplicate-key"),
        ])
    }

    func testAnchorsAliasesAndTags() {
        let (_, headlines) = parseYAML("a: &x 1\nb: *x\nc: !!str 1\nd: !local y\n- &e\n")
        XCTAssertEqual(headlines, [
            yamlError(1, 4, "anchors (&) are not supported in front matter", unsupported),
            yamlError(2, 4, "aliases (*) are not supported in front matter", unsupported),
            yamlError(3, 4, "tags (!) are not supported in front matter", unsupported),
            yamlError(4, 4, "tags (!) are not supported in front matter", unsupported),
            yamlError(5, 1, "a \"- \" list item cannot stand between keys; put it under a key that ends with a colon", syntax),
        ])
    }

    func testAnchorNoteSuggestsQuotes() {
        let diagnostics = YAMLParser.parse("title: *Viktig*\n", path: yamlTestPath).diagnostics
        XCTAssertEqual(diagnostics.first?.notes, ["to start a text with this character, put the whole value in quotes"])
    }

    func testAnchorsInListsAndFlowLists() {
        let (_, headlines) = parseYAML("a:\n  - &x 1\nb: [*x]\n&k key: v\n")
        XCTAssertEqual(headlines, [
            yamlError(2, 5, "anchors (&) are not supported in front matter", unsupported),
            yamlError(3, 5, "aliases (*) are not supported in front matter", unsupported),
            yamlError(4, 1, "anchors (&) are not supported in front matter", unsupported),
        ])
    }

    func testFlowMaps() {
        let (_, headlines) = parseYAML("name: {nb: A, nn: B}\nlist: [a, {b: 1}]\n{c: 1}\n")
        let message = "{ } maps are not supported in front matter; write each \"key: value\" on its own indented line"
        XCTAssertEqual(headlines, [yamlError(1, 7, message, unsupported), yamlError(2, 11, message, unsupported), yamlError(3, 1, message, unsupported)])
    }

    func testMultilineFlowMapIsReportedOnce() {
        let (_, headlines) = parseYAML("name: {nb: A,\n       nn: B}\nnext: 1\n")
        XCTAssertEqual(headlines.count, 1)
    }

    func testMultipleDocuments() {
        let message = "multiple documents are not supported in front matter; remove this line and the document after it"
        let (root, headlines) = parseYAML("a: 1\n---\nb: 2\n")
        XCTAssertEqual(headlines, [yamlError(2, 1, message, unsupported)])
        XCTAssertEqual(root?.entries.map(\.key), ["a"])
        XCTAssertEqual(parseYAML("a: 1\n...\nb: 2\n").headlines, [yamlError(2, 1, message, unsupported)])
    }

    func testDirectivesAndTextAfterTheStartMarker() {
        let (root, headlines) = parseYAML("%YAML 1.2\n--- x\na: 1\n")
        XCTAssertEqual(headlines, [
            yamlError(1, 1, "directives (%) are not supported in front matter; remove this line", unsupported),
            yamlError(2, 5, "unexpected text after ---; remove it", syntax),
        ])
        XCTAssertEqual(root?["a"]?.int, 1)
    }

    func testComplexKeys() {
        let message = "complex keys (?) are not supported in front matter"
        XCTAssertEqual(parseYAML("? a\n: b\n").headlines, [yamlError(1, 1, message, unsupported)])
        XCTAssertEqual(parseYAML("x: 1\n? a\n: b\n").headlines, [
            yamlError(2, 1, message, unsupported),
            yamlError(3, 1, "a key is missing before the colon", syntax),
        ])
    }

    func testInconsistentIndentation() {
        let (root, headlines) = parseYAML("a:\n    b: 1\n  c: 2\nd: 3\n")
        XCTAssertEqual(headlines, [yamlError(
            3, 3, "inconsistent indentation: this line has 2 spaces, but the lines above use 0 or 4; line it up with them", "yaml-indentation")])
        XCTAssertEqual(root?["a"]?["b"]?.int, 1)
        XCTAssertEqual(root?["d"]?.int, 3)
    }

    func testInconsistentIndentationInListsAndAtTheRoot() {
        XCTAssertEqual(parseYAML("l:\n  - a\n - b\n").headlines, [yamlError(
            3, 2, "inconsistent indentation: this line has 1 space, but the lines above use 0 or 2; line it up with them", "yaml-indentation")])
        XCTAssertEqual(parseYAML("  a: 1\nb: 2\n").headlines, [yamlError(
            2, 1, "inconsistent indentation: this line has 0 spaces, but the lines above use 2; line it up with them", "yaml-indentation")])
    }

    func testValueOnALineAfterAnInlineValue() {
        let (root, headlines) = parseYAML("title: Foo\n  bar\n  baz: 1\nnext: x\n")
        XCTAssertEqual(headlines, [yamlError(
            2, 3, "\"title\" already has a value on line 1; to write a text over several lines, put > after the colon or dash and indent the lines below it",
            syntax)])
        XCTAssertEqual(root?["title"]?.string, "Foo")
        XCTAssertEqual(root?["next"]?.string, "x")
    }

    func testValueAfterAnInlineListOrListItem() {
        XCTAssertEqual(parseYAML("topics: [a]\n  - b\n").headlines, [yamlError(
            2, 3, "\"topics\" already has a value on line 1; write a list either in [ ] or as \"- \" items below the key, not both", syntax)])
        XCTAssertEqual(parseYAML("- a\n  b\n").headlines, [yamlError(
            2, 3, "this list item already has a value on line 1; to write a text over several lines, put > after the colon or dash and indent the lines below it",
            syntax)])
        XCTAssertEqual(parseYAML("description:\n  Linje en\n  linje to\n").headlines, [yamlError(
            3, 3, "\"description\" already has a value on line 2; to write a text over several lines, put > after the colon or dash and indent the lines below it",
            syntax)])
    }

    func testKeyIndentedTooFarIsAnIndentationProblem() {
        let message = "inconsistent indentation: this line has 1 space, but the lines above use 0; line it up with them"
        XCTAssertEqual(parseYAML("title: T\n\n description: x\n").headlines, [yamlError(3, 2, message, "yaml-indentation")])
        XCTAssertEqual(parseYAML("- a\n - b\n").headlines, [yamlError(2, 2, message, "yaml-indentation")])
    }

    func testUnterminatedQuotes() {
        let (root, headlines) = parseYAML("title: \"abc\nname: 'abc\n\"key: 1\nnext: ok\n")
        XCTAssertEqual(headlines, [
            yamlError(1, 8, "unterminated double-quoted string", syntax),
            yamlError(2, 7, "unterminated single-quoted string", syntax),
            yamlError(3, 1, "unterminated double-quoted string", syntax),
        ])
        XCTAssertEqual(root?["next"]?.string, "ok")
    }

    func testUnterminatedQuoteContinuationIsNotReportedAgain() {
        XCTAssertEqual(parseYAML("title: \"abc\n  def\"\n").headlines, [yamlError(1, 8, "unterminated double-quoted string", syntax)])
    }

    func testBadEscapes() {
        let (root, headlines) = parseYAML(#"a: "x\qy \ø \u12G4 \uD800 z""# + "\n")
        XCTAssertEqual(headlines, [
            yamlError(1, 6, #"unknown escape "\q" in double-quoted string; write \\ for a backslash"#, syntax),
            yamlError(1, 10, #"unknown escape "\ø" in double-quoted string; write \\ for a backslash"#, syntax),
            yamlError(1, 13, #"unknown escape "\u12" in double-quoted string; write \\ for a backslash"#, syntax),
            yamlError(1, 20, #"unknown escape "\uD800" in double-quoted string; write \\ for a backslash"#, syntax),
        ])
        XCTAssertNotNil(root?["a"]?.string)
    }

    func testUnterminatedAndMalformedFlowLists() {
        XCTAssertEqual(parseYAML("a: [x, y\n").headlines, [yamlError(1, 4, "unterminated [ ] list; close it with ] on the same line", syntax)])
        XCTAssertEqual(parseYAML("a: [x, # c\n  y]\n").headlines, [yamlError(1, 4, "unterminated [ ] list; close it with ] on the same line", syntax)])
        XCTAssertEqual(parseYAML("a: [x,,y]\n").headlines, [yamlError(1, 7, "empty entry in a [ ] list; remove the extra comma", syntax)])
        XCTAssertEqual(parseYAML("a: [\"x\" y]\n").headlines, [yamlError(
            1, 9, "expected \",\" or \"]\" in the [ ] list; put an item that contains commas or brackets in quotes", syntax)])
        XCTAssertEqual(parseYAML("a: [x] y\n").headlines, [yamlError(1, 8, "unexpected text after ]; remove it or put it inside the list", syntax)])
        XCTAssertEqual(parseYAML("a: [k: v]\n").headlines, [yamlError(
            1, 6, "a value that contains \": \" must be quoted; put the whole value in quotes", syntax)])
    }

    func testColonSpaceInPlainValue() {
        XCTAssertEqual(parseYAML("title: Tips: slik gjør du\n").headlines, [yamlError(
            1, 12, "a value that contains \": \" must be quoted; put the whole value in quotes", syntax)])
    }

    func testLinesThatAreNotKeys() {
        XCTAssertEqual(parseYAML("a: 1\njust text\n").headlines, [yamlError(2, 1, "expected \"key: value\" here", syntax)])
        XCTAssertEqual(parseYAML("a: 1\ntitle:Foo\n").headlines, [yamlError(
            2, 1, "expected \"key: value\" here; put a space after the colon", syntax)])
        XCTAssertEqual(parseYAML("title:Foo\ndescription: D\n").headlines, [yamlError(
            1, 1, "expected \"key: value\" here; put a space after the colon", syntax)])
        XCTAssertEqual(parseYAML("title:Foo\ndescription: D\n").root?["description"]?.string, "D")
    }

    func testListStructureProblems() {
        XCTAssertEqual(parseYAML("a: 1\n- b\n").headlines, [yamlError(
            2, 1, "a \"- \" list item cannot stand between keys; put it under a key that ends with a colon", syntax)])
        XCTAssertEqual(parseYAML("steps:\n  - a\n  b: 1\n").headlines, [yamlError(
            3, 3, "expected a \"- \" list item here, like the lines above it", syntax)])
        XCTAssertEqual(parseYAML("a: - b\n").headlines, [yamlError(
            1, 4, "a \"- \" list cannot start on the same line as its key; put each item on its own line below the key", syntax)])
    }

    func testTextAfterClosingQuoteOrBlockIndicator() {
        XCTAssertEqual(parseYAML("a: \"x\" y\n").headlines, [yamlError(
            1, 8, "unexpected text after the closing quote; move it inside the quotes or remove it", syntax)])
        XCTAssertEqual(parseYAML("a: 'x'#y\n").headlines, [yamlError(
            1, 7, "unexpected text after the closing quote; move it inside the quotes or remove it", syntax)])
        XCTAssertEqual(parseYAML("a: >80% of users\nb: 1\n").headlines, [yamlError(
            1, 4, "unexpected text after >; start the text on the next line, indented, or put the whole value in quotes", syntax)])
    }

    func testReservedFirstCharacters() {
        XCTAssertEqual(parseYAML("a: @home\nb: `x`\nc: , d\n").headlines, [
            yamlError(1, 4, "a value cannot start with \"@\"; put the whole value in quotes", syntax),
            yamlError(2, 4, "a value cannot start with \"`\"; put the whole value in quotes", syntax),
            yamlError(3, 4, "a value cannot start with \",\"; put the whole value in quotes", syntax),
        ])
    }

    func testNestingLimit() {
        let deepList = String(repeating: "- ", count: 200) + "x\n"
        let (_, headlines) = parseYAML(deepList)
        XCTAssertEqual(headlines, [yamlError(1, 129, "values nested more than 64 levels deep are not supported in front matter", unsupported)])
        let deepFlow = "a: " + String(repeating: "[", count: 100_000) + "\n"
        XCTAssertEqual(parseYAML(deepFlow).headlines, [yamlError(1, 67, "values nested more than 64 levels deep are not supported in front matter", unsupported)])
    }

    func testSeveralErrorsAreReportedTogether() {
        let text = """
            title: "Ny i Norge
            description: Tips: x
            topics: [a, b
            updated: 2024-05-02
            steps:
            \t- a
            title: again
            facts: {a: 1}
            """
        let (root, headlines) = parseYAML(text, firstLine: 2)
        XCTAssertEqual(headlines, [
            yamlError(2, 8, "unterminated double-quoted string", syntax),
            yamlError(3, 18, "a value that contains \": \" must be quoted; put the whole value in quotes", syntax),
            yamlError(4, 9, "unterminated [ ] list; close it with ] on the same line", syntax),
            yamlError(7, 1, "tabs are not allowed for indentation in front matter; use spaces", "yaml-tab"),
            yamlError(8, 1, "duplicate key \"title\" (first given on line 2)", "yaml-duplicate-key"),
            yamlError(9, 8, "{ } maps are not supported in front matter; write each \"key: value\" on its own indented line", unsupported),
        ])
        XCTAssertEqual(root?["updated"]?.date, ISODate("2024-05-02"))
    }

    func testEveryRuleStartsWithYAML() {
        let problems: [YAMLProblem] = [
            .tabIndentation, .duplicateKey("a", firstLine: 1), .anchor, .alias, .tag, .flowMapping, .complexKey, .directive,
            .multipleDocuments, .tooDeep(limit: 1), .unterminatedDoubleQuoted, .unterminatedSingleQuoted, .unterminatedFlowList,
            .badEscape("\\q"), .inconsistentIndentation(found: 1, expected: [0]), .alreadyHasValue(.document, valueLine: 1, isText: true),
            .colonInPlainValue, .expectedKey(missingSpaceAfterColon: false), .missingKey, .expectedListItem, .listItemAmongKeys,
            .listOnKeyLine, .unexpectedText(after: .flowList), .reservedCharacter("@"), .emptyFlowEntry,
        ]
        for problem in problems {
            XCTAssertTrue(problem.rule.hasPrefix("yaml-"), "\(problem)")
            XCTAssertFalse(problem.message.isEmpty, "\(problem)")
        }
    }
}
