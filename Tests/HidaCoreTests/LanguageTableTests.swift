import XCTest
@testable import HidaCore

/// Tables by language code behave as a dictionary would, found by comparing codes.
final class LanguageTableTests: XCTestCase {
    func testValuesAreFoundByTheirLanguage() {
        let table = LanguageTable(["nb", "nn", "en"]) { "/" + $0 + "/" }
        XCTAssertEqual(table["nb"], "/nb/")
        XCTAssertEqual(table["nn"], "/nn/")
        XCTAssertEqual(table["en"], "/en/")
        XCTAssertNil(table["se"], "a language the portal does not have")
        XCTAssertNil(table[""])
    }

    func testSettingAddsReplacesAndRemoves() {
        var table = LanguageTable<[Int]>()
        table["nn", default: []].append(3)
        table["nb"] = [1]
        table["nn", default: []].append(4)
        XCTAssertEqual(table["nn"], [3, 4])
        XCTAssertEqual(table["nb"], [1])
        XCTAssertEqual(table.languages, ["nn", "nb"])
        table["nb"] = [2]
        XCTAssertEqual(table["nb"], [2])
        table["nn"] = nil
        XCTAssertNil(table["nn"])
        XCTAssertEqual(table.languages, ["nb"])
        XCTAssertEqual(table["en", default: [9]], [9], "the default is not stored by reading")
        XCTAssertNil(table["en"])
    }
}
