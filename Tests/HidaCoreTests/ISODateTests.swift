import XCTest
@testable import HidaCore

final class ISODateTests: XCTestCase {
    func testParsingAndValidation() {
        XCTAssertEqual(ISODate("2024-05-02")?.description, "2024-05-02")
        XCTAssertNotNil(ISODate("2000-02-29"))
        XCTAssertNil(ISODate("1900-02-29"))
        XCTAssertNil(ISODate("2024-04-31"))
        XCTAssertNil(ISODate("2024-00-10"))
        XCTAssertNil(ISODate("2024-01-00"))
        XCTAssertNil(ISODate("0000-01-01"))
        XCTAssertNil(ISODate("2024-01-1a"))
        XCTAssertNil(ISODate("2024/01/01"))
        XCTAssertNil(ISODate(" 2024-01-01"))
        XCTAssertNil(ISODate("２０２４-01-01"))
        XCTAssertEqual(ISODate(year: 7, month: 1, day: 9)?.description, "0007-01-09")
        XCTAssertEqual(ISODate(year: 9999, month: 12, day: 31)?.description, "9999-12-31")
        var outOfRange = ISODate(year: 2024, month: 1, day: 1)!
        outOfRange.year = 12345
        XCTAssertEqual(outOfRange.description, "12345-01-01", "a year the parser never makes is still printed whole")
    }

    func testOrdering() throws {
        let dates = try ["2024-05-02", "2023-12-31", "2024-01-15"].map { try XCTUnwrap(ISODate($0)) }
        XCTAssertEqual(dates.sorted().map(\.description), ["2023-12-31", "2024-01-15", "2024-05-02"])
    }

    func testAddingMonthsClampsTheDay() throws {
        let date = try XCTUnwrap(ISODate("2024-01-31"))
        XCTAssertEqual(date.adding(months: 1).description, "2024-02-29")
        XCTAssertEqual(date.adding(months: 13).description, "2025-02-28")
        XCTAssertEqual(date.adding(months: -2).description, "2023-11-30")
        XCTAssertEqual(date.adding(months: 12).description, "2025-01-31")
        XCTAssertEqual(date.adding(months: 0), date)
        XCTAssertEqual(try XCTUnwrap(ISODate("2024-05-02")).adding(months: -17).description, "2022-12-02")
    }

    func testDaysSinceEpochRoundTrips() throws {
        XCTAssertEqual(try XCTUnwrap(ISODate("1970-01-01")).daysSinceEpoch, 0)
        XCTAssertEqual(try XCTUnwrap(ISODate("2000-03-01")).daysSinceEpoch, 11_017)
        XCTAssertEqual(try XCTUnwrap(ISODate("1969-12-31")).daysSinceEpoch, -1)
        XCTAssertEqual(try XCTUnwrap(ISODate("2024-05-02")).daysSinceEpoch, 19_845)
        XCTAssertEqual(try XCTUnwrap(ISODate("0001-01-01")).daysSinceEpoch, -719_162)
        XCTAssertEqual(try XCTUnwrap(ISODate("9999-12-31")).daysSinceEpoch, 2_932_896)
        for days in stride(from: -719_162, through: 2_932_896, by: 997) {
            let date = ISODate(daysSinceEpoch: days)
            XCTAssertEqual(date.daysSinceEpoch, days)
            XCTAssertEqual(ISODate(date.description), date)
        }
    }
}
