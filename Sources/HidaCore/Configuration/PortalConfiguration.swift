/// The portal's settings, read from `Content/portal.yaml`.
public struct PortalConfiguration: Sendable, Equatable {
    public var title: String
    /// Always ends with `/`, so that site paths can be appended.
    public var baseURL: String
    /// The first language is the default one, served at the site root.
    public var languages: [String]
    public var theme: String
    public var staleAfterMonths: Int
    public var alsoVisited: AlsoVisitedSettings
    public var checks = CheckSettings()

    public var defaultLanguage: String { languages[0] }

    public init(
        title: String = "Felles portal",
        baseURL: String = "https://portal.example.no/",
        languages: [String] = ["nb", "nn", "en"],
        theme: String = "felles",
        staleAfterMonths: Int = 12,
        alsoVisited: AlsoVisitedSettings = AlsoVisitedSettings()
    ) {
        self.title = title
        self.baseURL = baseURL
        self.languages = languages
        self.theme = theme
        self.staleAfterMonths = staleAfterMonths
        self.alsoVisited = alsoVisited
    }
}

/// How "users who read this also read" links are chosen.
public struct AlsoVisitedSettings: Sendable, Equatable {
    public var maxLinks: Int = 5
    /// The privacy threshold: a pair of pages seen together in fewer sessions is never shown.
    public var minSessions: Int = 10

    public init(maxLinks: Int = 5, minSessions: Int = 10) {
        self.maxLinks = maxLinks
        self.minSessions = minSessions
    }
}
