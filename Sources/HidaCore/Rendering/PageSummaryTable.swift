import Templates

/// Every page's list entry in one language, made once before the pages of that language that list them.
///
/// A 10 000-page portal shows each page in about four lists per language: the topic page of each of its words and
/// themes and its agency's page. Making an entry retains each of its texts, and the texts of thousands of pages lie
/// all over memory, so making each entry once took a third off the topic pages' time. One language's entries are held
/// at a time (`SiteRenderer` renders the listing pages language by language): some 35 MB at 100 000 pages.
struct PageSummaryTable: Sendable {
    let language: String
    /// By index into `portal.pages`.
    private let entries: [TemplateValue]

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
