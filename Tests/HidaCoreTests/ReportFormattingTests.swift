import XCTest
@testable import HidaCore

final class ReportFormattingTests: XCTestCase {
    func testDecimalUsesACommaAndOneDecimal() {
        XCTAssertEqual(ReportFormatting.decimal(42.46), "42,5")
        XCTAssertEqual(ReportFormatting.decimal(7), "7,0")
        XCTAssertEqual(ReportFormatting.decimal(-0.25), "-0,3")
        XCTAssertEqual(ReportFormatting.decimal(.nan), "–")
        XCTAssertEqual(ReportFormatting.decimal(.infinity), "–")
        XCTAssertEqual(ReportFormatting.decimal(1e300), "–")
    }

    func testPercentRoundsAndHandlesZeroAndHugeCounts() {
        XCTAssertEqual(ReportFormatting.percent(1, of: 3), "33\u{00A0}%")
        XCTAssertEqual(ReportFormatting.percent(2, of: 3), "67\u{00A0}%")
        XCTAssertEqual(ReportFormatting.percent(1, of: 0), "–")
        XCTAssertEqual(ReportFormatting.percent(Int.max, of: Int.max), "100\u{00A0}%")
    }

    func testLixBandsIncludeTheirLowerBound() {
        let distribution = LixDistribution([29.99, 30, 39.9, 40, 50, 59.9, 60, 75, .nan, -4])
        XCTAssertEqual(distribution.counts, [2, 2, 1, 2, 2])
        XCTAssertEqual(distribution.unusable, 1)
    }

    func testMedianIgnoresNonFiniteValues() {
        XCTAssertEqual(ReportIndexPage.median([3, 1, 2]), 2)
        XCTAssertEqual(ReportIndexPage.median([4, 1, .nan, 2, 3]), 2.5)
        XCTAssertNil(ReportIndexPage.median([.nan]))
    }

    func testSVGCoordinatesAreFiniteAndClamped() {
        XCTAssertEqual(SVGCoordinate.text(12.34), "12.3")
        XCTAssertEqual(SVGCoordinate.text(12), "12")
        XCTAssertEqual(SVGCoordinate.text(.nan), "0")
        XCTAssertEqual(SVGCoordinate.length(150, of: 100, in: 400), 400)
        XCTAssertEqual(SVGCoordinate.length(-1, of: 100, in: 400), 0)
        XCTAssertEqual(SVGCoordinate.length(1, of: 0, in: 400), 0)
    }
}
