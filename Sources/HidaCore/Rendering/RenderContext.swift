import Templates

/// What every view needs while the site renders: the resolved portal, the theme and the URL layout.
///
/// The parts every copy shares sit behind one reference (`Shared`): the context is copied into closures and jobs for
/// every page, and a copy of the fields themselves retained the portal's dozens of strings and arrays each time.
struct RenderContext: Sendable {
    private final class Shared: Sendable {
        let portal: Portal
        let theme: Theme
        let layout: SiteLayout
        let links: LinkResolver
        let titleRank: [Int]
        let concepts: ConceptNumbers
        let agencyNames: LanguageTable<[String: String]>
        let themeStrings: LanguageTable<[String: String]>

        init(portal: Portal, theme: Theme, layout: SiteLayout, links: LinkResolver) {
            self.portal = portal
            self.theme = theme
            self.layout = layout
            self.links = links
            var rank = [Int](repeating: 0, count: portal.pages.count)
            for (place, index) in portal.pages.indices.sortedNorwegian(by: { portal.pages[$0].title }).enumerated() {
                rank[index] = place
            }
            titleRank = rank
            var ancestry: [String: [String]] = [:]
            for concept in portal.vocabulary.concepts {
                ancestry[concept.uri] = TopicIndex.ancestry(of: [concept.uri], vocabulary: portal.vocabulary)
            }
            concepts = ConceptNumbers(portal: portal, ancestry: ancestry)
            agencyNames = LanguageTable(portal.configuration.languages) { language in
                Dictionary(uniqueKeysWithValues: portal.agencies.map { ($0.id, portal.agencyName($0.id, in: language)) })
            }
            themeStrings = LanguageTable(portal.configuration.languages) { theme.strings[$0] ?? [:] }
        }
    }

    private let shared: Shared
    /// Every page's list entry per language, when the renderer made them ahead (`PageSummaryTable`).
    var summaries: PageSummaryTable?

    init(portal: Portal, theme: Theme, layout: SiteLayout, links: LinkResolver) {
        shared = Shared(portal: portal, theme: theme, layout: layout, links: links)
    }

    /// This context with every page's list entry in `language` made ahead (`PageSummaryTable`); none for a nil language.
    func withSummaries(in language: String?) -> RenderContext {
        var context = self
        context.summaries = language.map { PageSummaryTable(context: self, language: $0) }
        return context
    }

    // Read in place (`_read`): a getter would hand out a copy of the portal, retaining each of its fields.
    var portal: Portal { _read { yield shared.portal } }
    var theme: Theme { _read { yield shared.theme } }
    var layout: SiteLayout { _read { yield shared.layout } }
    var links: LinkResolver { _read { yield shared.links } }
    /// Each page's place in Norwegian title order (by index into `portal.pages`), computed once per build, so that
    /// the many page lists sort by comparing two integers instead of collation keys.
    var titleRank: [Int] { _read { yield shared.titleRank } }
    /// The concepts as numbers, with which concept lies under which: asked for by every topic and audience page.
    var concepts: ConceptNumbers { _read { yield shared.concepts } }
    /// Language → agency id → name: every page list names each page's agency.
    private var agencyNames: LanguageTable<[String: String]> { _read { yield shared.agencyNames } }
    /// The theme's UI strings per language of the portal: every page asks for dozens of them.
    private var themeStrings: LanguageTable<[String: String]> { _read { yield shared.themeStrings } }

    var configuration: PortalConfiguration { portal.configuration }

    func strings(_ language: String) -> [String: String] {
        themeStrings[language] ?? theme.strings[language] ?? [:]
    }

    func text(_ key: String, _ language: String) -> String {
        strings(language)[key] ?? key
    }

    /// `2. mai 2025` in Norwegian, `2 May 2025` in English; month names come from the theme.
    func displayDate(_ date: ISODate, _ language: String) -> String {
        let month = text("month_\(date.month)", language)
        return language == "en" ? "\(date.day) \(month) \(date.year)" : "\(date.day). \(month) \(date.year)"
    }

    /// The topic page of a concept, or nil when it has no page (no content, or a life event).
    func topicPath(_ uri: String, _ language: String) -> String? {
        guard portal.topics.hasContent(uri), let position = portal.vocabulary.position(of: uri) else { return nil }
        let concepts = portal.vocabulary.concepts
        switch concepts[position].kind {
        case .theme, .subTheme: return layout.sectionPath(.theme, concepts[position].slug, language: language)
        case .word: return layout.sectionPath(.word, concepts[position].slug, language: language)
        case .lifeEvent: return nil
        }
    }

    /// Page indexes in Norwegian title order.
    func sortedByTitle(_ pages: [Int]) -> [Int] {
        // The ranks alone are captured: a closure reading `titleRank` copied the whole context, portal included.
        let rank = titleRank
        return pages.sorted { rank[$0] < rank[$1] }
    }

    /// The first `limit` of `pages` in Norwegian title order. A theme page previews 10 pages of groups that hold
    /// thousands, so a short list keeps the best so far instead of sorting them all.
    func firstByTitle(_ pages: [Int], limit: Int) -> [Int] {
        guard limit > 0 else { return [] }
        guard limit < pages.count / 4 else { return Array(sortedByTitle(pages).prefix(limit)) }
        let titleRank = titleRank
        var best: [Int] = []
        best.reserveCapacity(limit + 1)
        for page in pages {
            let rank = titleRank[page]
            guard best.count < limit || rank < titleRank[best[best.count - 1]] else { continue }
            var position = best.count
            while position > 0 && titleRank[best[position - 1]] > rank { position -= 1 }
            best.insert(page, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    func label(_ uri: String, _ language: String) -> String {
        portal.label(uri, in: language)
    }

    func agencyName(_ id: String, _ language: String) -> String {
        agencyNames[language]?[id] ?? portal.agencyName(id, in: language)
    }
}
