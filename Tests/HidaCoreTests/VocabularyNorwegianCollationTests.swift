import XCTest
@testable import HidaCore

final class VocabularyNorwegianCollationTests: XCTestCase {
    func testNorwegianLettersComeAfterZ() {
        let sorted = ["Ålesund", "Øvre", "Zebra", "Ærfugl", "apal"].sorted(by: NorwegianCollation.compare)
        XCTAssertEqual(sorted, ["apal", "Zebra", "Ærfugl", "Øvre", "Ålesund"])
        XCTAssertTrue(NorwegianCollation.compare("Zebra", "Ærfugl"))
        XCTAssertTrue(NorwegianCollation.compare("Ærfugl", "Øvre"))
        XCTAssertTrue(NorwegianCollation.compare("Øvre", "Ålesund"))
        XCTAssertFalse(NorwegianCollation.compare("Ålesund", "Øvre"))
    }

    func testCaseIsOnlyATieBreakAndLowercaseComesFirst() {
        XCTAssertTrue(NorwegianCollation.compare("barnetrygd", "Barnetrygd"))
        XCTAssertFalse(NorwegianCollation.compare("Barnetrygd", "barnetrygd"))
        XCTAssertTrue(NorwegianCollation.compare("Barnehage", "barnetrygd"), "letters decide before case")
        XCTAssertTrue(NorwegianCollation.compare("abc", "ABD"))
    }

    func testForeignLettersSortWithTheirNorwegianCounterparts() {
        XCTAssertEqual(["Öl", "Äpple", "Zorro", "Ørn", "Ære"].sorted(by: NorwegianCollation.compare), ["Zorro", "Äpple", "Ære", "Öl", "Ørn"])
        XCTAssertEqual(["Ewald", "Éclair", "Eddik"].sorted(by: NorwegianCollation.compare), ["Éclair", "Eddik", "Ewald"])
        XCTAssertTrue(NorwegianCollation.compare("Müller", "Mz"), "ü sorts as y")
        XCTAssertTrue(NorwegianCollation.compare("Aasen", "Abel"), "aa stays two a's")
    }

    func testShorterPrefixAndSeparatorsFirst() {
        XCTAssertEqual(
            ["skole-og-utdanning", "skole", "skoleskyss", "skole og utdanning", "skole2"].sorted(by: NorwegianCollation.compare),
            ["skole", "skole og utdanning", "skole-og-utdanning", "skole2", "skoleskyss"]
        )
    }

    func testOrderIsTotalAndDeterministic() {
        XCTAssertFalse(NorwegianCollation.compare("Barnetrygd", "Barnetrygd"))
        // Canonically different spellings still get a fixed order by code points.
        XCTAssertNotEqual(NorwegianCollation.key("e\u{301}"), NorwegianCollation.key("é"))
        let words = ["å", "Å", "a", "A", "ø", "Ø", "æ", "Æ", "z", "Z", "é", "É", "1", " ", "-"]
        XCTAssertEqual(words.sorted(by: NorwegianCollation.compare), words.reversed().sorted(by: NorwegianCollation.compare))
        XCTAssertEqual(words.sorted(by: NorwegianCollation.compare), [" ", "-", "1", "a", "A", "z", "Z", "é", "É", "æ", "Æ", "ø", "Ø", "å", "Å"].sorted(by: NorwegianCollation.compare))
    }
}
