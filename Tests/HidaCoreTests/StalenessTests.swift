import XCTest
@testable import HidaCore

final class StalenessTests: XCTestCase {
    private func date(_ text: String) -> ISODate {
        guard let date = ISODate(text) else { preconditionFailure("bad test date \(text)") }
        return date
    }

    private func stale(updated: String, reviewBy: String? = nil, today: String, months: Int = 12) -> StaleReason? {
        Staleness.isStale(updated: date(updated), reviewBy: reviewBy.map(date), today: date(today), staleAfterMonths: months)
    }

    func testPageIsDueOnTheSameDayMonthsLaterAndStaleFromTheDayAfter() {
        XCTAssertNil(stale(updated: "2024-01-15", today: "2024-06-01"))
        XCTAssertNil(stale(updated: "2024-01-15", today: "2025-01-15"))
        XCTAssertEqual(stale(updated: "2024-01-15", today: "2025-01-16"),
                       .notUpdated(since: date("2024-01-15"), months: 12, daysOverdue: 1))
        // 2024-03-15 plus 12 months is 2025-03-15; 2026-03-15 is 365 days later.
        XCTAssertEqual(stale(updated: "2024-03-15", today: "2026-03-15"),
                       .notUpdated(since: date("2024-03-15"), months: 12, daysOverdue: 365))
    }

    func testMonthEndsMoveToTheLastDayOfAShorterMonth() {
        // 2024-01-31 + 1 month = 2024-02-29 (leap year), so 2024-03-01 is one day overdue.
        XCTAssertNil(stale(updated: "2024-01-31", today: "2024-02-29", months: 1))
        XCTAssertEqual(stale(updated: "2024-01-31", today: "2024-03-01", months: 1),
                       .notUpdated(since: date("2024-01-31"), months: 1, daysOverdue: 1))
    }

    func testReviewDateReplacesTheAgeRule() {
        // Reviewed pages are current until their review date, however old the last update.
        XCTAssertNil(stale(updated: "2019-05-01", reviewBy: "2026-01-01", today: "2025-11-29"))
        XCTAssertNil(stale(updated: "2025-11-01", reviewBy: "2025-11-29", today: "2025-11-29"))
        // …and stale the day after it, however recent the last update.
        XCTAssertEqual(stale(updated: "2025-11-01", reviewBy: "2025-11-28", today: "2025-11-29"),
                       .reviewDatePassed(reviewBy: date("2025-11-28"), daysOverdue: 1))
        XCTAssertEqual(stale(updated: "2020-01-01", reviewBy: "2024-12-31", today: "2025-03-01", months: 0),
                       .reviewDatePassed(reviewBy: date("2024-12-31"), daysOverdue: 60))
    }

    func testZeroOrNegativeMonthsTurnTheAgeRuleOff() {
        XCTAssertNil(stale(updated: "1990-01-01", today: "2025-11-29", months: 0))
        XCTAssertNil(stale(updated: "1990-01-01", today: "2025-11-29", months: -3))
    }

    func testFutureUpdateAndExtremeDatesAreNotStale() {
        XCTAssertNil(stale(updated: "2030-01-01", today: "2025-11-29"))
        XCTAssertNil(stale(updated: "9999-12-31", today: "9999-12-31", months: 1_000_000))
        XCTAssertNotNil(stale(updated: "0001-01-01", today: "9999-12-31", months: 1))
        XCTAssertNil(stale(updated: "0001-01-01", today: "9999-12-31", months: Int.max))
        XCTAssertNil(stale(updated: "0001-01-01", today: "9999-12-31", months: Int.min))
    }

    func testMessagesFollowTheWordPage() {
        XCTAssertEqual(StaleReason.reviewDatePassed(reviewBy: date("2025-03-01"), daysOverdue: 45).message,
                       "review date 2025-03-01 passed 45 days ago (check the page, then set a new review_by)")
        XCTAssertEqual(StaleReason.notUpdated(since: date("2023-01-10"), months: 12, daysOverdue: 1).message,
                       "not updated since 2023-01-10, more than 12 months ago (overdue by 1 day; check the page, then set updated to the day you did)")
    }
}
