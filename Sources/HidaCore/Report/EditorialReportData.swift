/// Everything the editorial report shows, as plain values: built by the core from a check run,
/// turned into HTML, SVG and JSON by `ReportRenderer`.
struct EditorialReportData: Sendable, Equatable {
    var portalTitle: String
    /// The date the staleness was judged against, e.g. "2026-11-29".
    var date: String
    /// The portal's languages, default first, e.g. ["nb", "nn", "en"].
    var languages: [String]
    var totals: ReportTotals
    /// Agencies in Norwegian alphabetical order of their names.
    var agencies: [AgencyReport]
    /// The pages to fix first, worst first (at most 20).
    var worstPages: [PageReport]
    /// Facts stated with the same value by several pages.
    var sharedFacts: [SharedFactReport]
}

struct ReportTotals: Sendable, Equatable {
    var pages: Int
    var agencies: Int
    var errors: Int
    var warnings: Int
    var stalePages: Int
    var conflicts: Int
    var duplicates: Int
    var accessibilityFindings: Int
    /// Language → pages that exist in that language (the default language counts every page).
    var pagesPerLanguage: [String: Int]
}

struct AgencyReport: Sendable, Equatable {
    var id: String
    var name: String
    var organisationNumber: String?
    /// Site path of the agency's page on the portal, e.g. "/etater/nav/".
    var url: String
    var pageCount: Int
    var stalePages: Int
    /// The LIX of each of the agency's default-language pages, in page order (for a distribution chart).
    var lix: [Double]
    /// Language → number of the agency's pages translated into it (default language: all pages).
    var translated: [String: Int]
    /// Rule id → number of findings, for the content-accessibility rules
    /// (image-alt, vague-link-text, heading-skip, body-h1, table-header, file-link).
    var accessibilityFindings: [String: Int]
    /// Human sentences, one per conflict or near-duplicate involving this agency.
    var conflicts: [String]
    var duplicates: [String]
    /// The agency's pages, sorted by title.
    var pages: [PageReport]
}

struct PageReport: Sendable, Equatable {
    /// Source path, e.g. "Content/agencies/nav/familie/barnetrygd.md".
    var path: String
    var title: String
    /// Site path on the portal, e.g. "/barnetrygd/".
    var url: String
    var agency: String
    var updated: String
    var lix: Double?
    var isStale: Bool
    var errors: Int
    var warnings: Int
    /// Rule id → count, all rules that fired on this page.
    var findings: [String: Int]
    /// Translations that exist, e.g. ["nn", "en"].
    var translations: [String]
}

struct SharedFactReport: Sendable, Equatable {
    var key: String
    var value: String
    var paths: [String]
}
