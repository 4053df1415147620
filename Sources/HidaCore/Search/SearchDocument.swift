/// One page as the search index sees it; the core fills it from a rendered page.
struct SearchDocument: Sendable, Equatable {
    /// Site-absolute URL of the page, e.g. `/barnetrygd/`.
    var url: String
    /// The page title (front matter `title`).
    var title: String
    /// The page description (front matter `description`), shown under the title in results.
    var description: String
    /// The texts of the page's headings below its title.
    var headings: [String]
    /// The page's body as plain text, as UTF-8 (`PageText.plainTextUTF8`): the analysis reads bytes.
    var body: [UInt8]
    /// Labels of the page's LOS topics in the page's language.
    var topics: [String]
    /// The owning agency's name, shown in results.
    var agency: String
    /// Titles of the journeys the page is a step of, shown as badges.
    var journeys: [String]
    /// The page's language code (`nb`, `nn`, `en`); the builder's language decides the analysis.
    var language: String
    /// Whether the page is a digital service (`type: service`).
    var isService: Bool

    init(url: String, title: String, description: String = "", headings: [String] = [], body: String = "",
         topics: [String] = [], agency: String = "", journeys: [String] = [], language: String = "nb",
         isService: Bool = false) {
        self.url = url
        self.title = title
        self.description = description
        self.headings = headings
        self.body = Array(body.utf8)
        self.topics = topics
        self.agency = agency
        self.journeys = journeys
        self.language = language
        self.isService = isService
    }
}
