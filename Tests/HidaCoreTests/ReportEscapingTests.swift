import XCTest
@testable import HidaCore

final class ReportEscapingTests: XCTestCase {
    func testMarkupEscapesTheFiveCharactersAndDropsControlCharacters() {
        XCTAssertEqual(ReportEscaping.markup("<a href=\"x\">Tom & 'Jerry'</a>"),
                       "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        XCTAssertEqual(ReportEscaping.markup("a\u{0000}b\u{001B}c\td\ne"), "abc\td\ne")
        XCTAssertEqual(ReportEscaping.markup("Ærlig talt – «søk»"), "Ærlig talt – «søk»")
    }

    func testJSONStringsEscapeQuotesBackslashesAndControls() {
        XCTAssertEqual(ReportEscaping.jsonString("a\"b\\c\nd\u{0001}é"), "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }

    func testFileNamesAreSafe() {
        XCTAssertEqual(ReportEscaping.fileName("nav"), "nav")
        XCTAssertEqual(ReportEscaping.fileName("Statens Vegvesen"), "statens-vegvesen")
        XCTAssertEqual(ReportEscaping.fileName("../../etc/passwd"), "-etc-passwd")
        XCTAssertEqual(ReportEscaping.fileName(""), "etat")
        XCTAssertEqual(ReportEscaping.fileName("øst"), "-st")
    }

    func testCollidingAgencyIdsGetDistinctFiles() {
        var first = EditorialReportData.sample.agencies[0]
        first.id = "a b"
        var second = first
        second.id = "a/b"
        var third = first
        third.id = "index"
        XCTAssertEqual(ReportAgencyPaths([first, second, third]).paths, ["etater/a-b.html", "etater/a-b-2.html", "etater/index-2.html"])
    }
}
