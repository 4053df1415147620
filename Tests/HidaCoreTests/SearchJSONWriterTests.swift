import XCTest
@testable import HidaCore

/// The index files' JSON is written as bytes; numbers and fragments must come out exactly as text would.
final class SearchJSONWriterTests: XCTestCase {
    func testIntegersAreWrittenAsDecimalText() {
        let values = [0, 7, 9, 10, 99, 100, 12_345, -1, -70, Int.max, Int.min]
        var json = SearchJSONWriter()
        for (index, value) in values.enumerated() {
            if index > 0 { json.raw(",") }
            json.integer(value)
        }
        XCTAssertEqual(json.text, values.map(String.init).joined(separator: ","))
    }

    func testFragmentsKeepTheirBytesWhateverTheirLength() {
        var json = SearchJSONWriter()
        json.raw("[")
        json.raw("søk om støtte, a fragment longer than the fifteen bytes of a small string")
        json.raw(Array(String(repeating: "å", count: 3).utf8))
        json.raw("]")
        XCTAssertEqual(json.text, "[søk om støtte, a fragment longer than the fifteen bytes of a small stringååå]")
    }

    func testOneCharacterAndLongerLiteralsAreAppendedAlike() {
        var json = SearchJSONWriter()
        for fragment: StaticString in [",", "[", "æ", ",[", ",1]", "ø"] { json.raw(fragment) }
        XCTAssertEqual(json.text, ",[æ,[,1]ø")
    }

    func testDecimalsHaveAtMostThreeDigitsAndNoTrailingZeros() {
        var json = SearchJSONWriter()
        for (index, value) in [0.5, 1.25, 2.0, 0.0004, -0.5, 12.3456].enumerated() {
            if index > 0 { json.raw(",") }
            json.decimal(value)
        }
        XCTAssertEqual(json.text, "0.5,1.25,2,0,-0.5,12.346")
    }
}
