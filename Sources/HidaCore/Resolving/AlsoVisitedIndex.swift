/// "Users who read this also read": for each page, the pages and journeys its readers went on to,
/// from the usage statistics in `Content/usage/`, under the privacy threshold (see `AlsoVisitedRanker`).
struct AlsoVisitedIndex: Sendable {
    /// What a site path in the usage data is: something that can be recommended, or navigation that cannot.
    enum Target: Sendable, Equatable {
        case page(Int)
        case journey(Int)
        case navigation
    }

    static let empty = AlsoVisitedIndex()

    /// Page index → recommended targets, best first.
    private(set) var byPage: [Int: [Target]] = [:]
    private(set) var summary: UsageSummary?
    private(set) var diagnostics: [Diagnostic] = []

    private init() {}

    init(portal: Portal) {
        guard !portal.usageFiles.isEmpty else { return }
        let layout = SiteLayout(configuration: portal.configuration)
        var targets: [Target] = []
        var languages: [String] = []
        var keys: [String] = []
        var indexByPath: [String: Int] = [:]
        func add(_ target: Target, path: String, language: String, key: String) {
            guard indexByPath[path] == nil else { return }
            indexByPath[path] = targets.count
            targets.append(target)
            languages.append(language)
            keys.append(key)
        }
        for index in portal.pages.indices {
            let (slug, language, key) = (portal.pages[index].slug, portal.pages[index].language, portal.pages[index].key)
            add(.page(index), path: layout.pagePath(slug: slug, language: language), language: language, key: "page:" + key)
        }
        // Old addresses in the statistics count for the page that now has them as aliases.
        for index in portal.pages.indices where !portal.pages[index].aliases.isEmpty {
            guard let target = indexByPath[layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language)] else { continue }
            for alias in portal.pages[index].aliases {
                let path = alias.value.hasSuffix("/") || alias.value.contains(".") ? alias.value : alias.value + "/"
                indexByPath[path] = indexByPath[path] ?? target
            }
        }
        for (index, journey) in portal.journeys.enumerated() {
            add(.journey(index), path: layout.sectionPath(.journey, journey.id, language: journey.language), language: journey.language, key: "journey:" + journey.id)
        }
        for path in SiteRenderer.navigationPaths(of: portal) {
            add(.navigation, path: path, language: "", key: "navigation:" + path)
        }
        let (counts, summary, diagnostics) = UsageLoader.load(files: portal.usageFiles, baseURL: portal.configuration.baseURL, minSessions: portal.configuration.alsoVisited.minSessions) { indexByPath[$0] }
        self.summary = summary
        self.diagnostics = diagnostics
        let settings = portal.configuration.alsoVisited
        let ranked = AlsoVisitedRanker.rank(
            counts, targetCount: targets.count, minSessions: settings.minSessions, maxLinks: settings.maxLinks,
            eligible: { targets[$0] != .navigation },
            compatible: { a, b in a != b && languages[a] == languages[b] && keys[a] != keys[b] })
        for (index, target) in targets.enumerated() {
            guard case .page(let page) = target, index < ranked.count, !ranked[index].isEmpty else { continue }
            byPage[page] = ranked[index].map { targets[$0] }
        }
    }

    func recommendations(forPage index: Int) -> [Target] {
        byPage[index] ?? []
    }
}
