/// Why a page needs an editor's look.
enum StaleReason: Sendable, Equatable {
    /// The page's `review_by` date has passed.
    case reviewDatePassed(reviewBy: ISODate, daysOverdue: Int)
    /// No `review_by`, and the page has not been updated for more than `months` months.
    case notUpdated(since: ISODate, months: Int, daysOverdue: Int)

    /// What happened, written to follow "page" ("page review date 2025-03-01 passed …"), with what to do in parentheses.
    var message: String {
        switch self {
        case let .reviewDatePassed(reviewBy, daysOverdue):
            "review date \(reviewBy) passed \(Self.days(daysOverdue)) ago (check the page, then set a new review_by)"
        case let .notUpdated(since, months, daysOverdue):
            "not updated since \(since), more than \(months == 1 ? "1 month" : "\(months) months") ago (overdue by \(Self.days(daysOverdue)); check the page, then set updated to the day you did)"
        }
    }

    private static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }
}
