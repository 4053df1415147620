import Templates

/// Every page's list entry in one language, made once before the pages of that language that list them.
///
/// A 10 000-page portal shows each page in about four lists per language: the topic page of each of its words and
/// themes and its agency's page. Making an entry retains each of its texts, and the texts of thousands of pages lie
/// all over memory, so making each entry once took a fifth off the topic pages' instructions. One language's entries
/// are held at a time (`SiteRenderer` renders the listing pages language by language).
///
/// Above `pageLimit` pages `SiteRenderer` makes no tables, and the entries are made where they are shown: at 100 000
/// pages the tables raised the peak memory from 1.87 to 2.03 GiB (they are made while the search indexes are at their
/// largest, and the memory of one language's table is not reused for the next one's), over the 2 GiB a portal of that
/// size may take.
struct PageSummaryTable: Sendable {
    static let pageLimit = 40_000

    let language: String
    /// By index into `portal.pages`.
    private let entries: [TemplateValue]

    /// The entries of every page in `language`.
    init(context: RenderContext, language: String) {
        self.language = language
        entries = Parallel.map(Array(context.portal.pages.indices)) { PageSummary.entry(ofPageAt: $0, in: language, context: context) }
    }

    /// The entry of `portal.pages[index]` shown in `language`; nil in another language than the table's.
    func entry(ofPageAt index: Int, in language: String) -> TemplateValue? {
        // Not a conditional expression: `TemplateValue` is a nil literal itself (`.null`), which `nil` would become.
        guard language == self.language else { return nil }
        return entries[index]
    }
}
