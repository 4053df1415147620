/// Decides whether a page is stale, from its `updated` and `review_by` dates and the portal's `stale_after_months`.
enum Staleness {
    /// The reason a page is stale on `today`, or nil while it is current.
    ///
    /// - A `review_by` date is the author's own promise and replaces the age rule: the page is stale from the
    ///   day after it, however recently it was updated, and current until then, however old it is.
    /// - Without one, the page is due `staleAfterMonths` months after `updated` (a day that does not exist in the
    ///   due month moves to its last day: 2024-01-31 + 1 month = 2024-02-29) and stale from the day after.
    ///   A `staleAfterMonths` of 0 or less turns the age rule off; any value, however large, is safe.
    /// - An `updated` date after `today` is not stale (it is a different mistake, reported elsewhere).
    static func isStale(updated: ISODate, reviewBy: ISODate?, today: ISODate, staleAfterMonths: Int) -> StaleReason? {
        if let reviewBy {
            guard today > reviewBy else { return nil }
            return .reviewDatePassed(reviewBy: reviewBy, daysOverdue: today.daysSinceEpoch - reviewBy.daysSinceEpoch)
        }
        guard staleAfterMonths > 0 else { return nil }
        // Beyond 10 000 years no date is ever stale; clamping keeps the month arithmetic from overflowing.
        let months = min(staleAfterMonths, 120_000)
        let due = updated.adding(months: months)
        guard today > due else { return nil }
        return .notUpdated(since: updated, months: months, daysOverdue: today.daysSinceEpoch - due.daysSinceEpoch)
    }
}
