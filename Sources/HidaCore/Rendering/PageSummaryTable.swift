import Templates

/// Every page's list entry in every language, made once before the pages that list them.
///
/// A 10 000-page portal shows each page in about ten lists: the topic page of each of its words and themes and its
/// agency's page, in every language. Making an entry retains each of its texts, and the texts of thousands of pages
/// lie all over memory, so making them once per page and language took a tenth of the topic pages' time.
/// Above `pageLimit` pages the entries are made where they are shown, as before: the table would then hold some
/// 130 MB while the search indexes are at their largest.
struct PageSummaryTable: Sendable {
    static let pageLimit = 40_000

    private let languages: [String]
    /// By language (in `languages` order), then by index into `portal.pages`.
    private let entries: [[TemplateValue]]

    /// The entries of every page in every language of the portal; nil above `pageLimit` pages.
    init?(context: RenderContext) {
        let portal = context.portal
        guard portal.pages.count <= Self.pageLimit else { return nil }
        languages = portal.configuration.languages
        let pages = Array(portal.pages.indices)
        entries = languages.map { language in
            Parallel.map(pages) { PageSummary.entry(ofPageAt: $0, in: language, context: context) }
        }
    }

    /// The entry of `portal.pages[index]` shown in `language`; nil for a language the portal does not have.
    func entry(ofPageAt index: Int, in language: String) -> TemplateValue? {
        guard let position = languages.firstIndex(of: language) else { return nil }
        return entries[position][index]
    }
}
