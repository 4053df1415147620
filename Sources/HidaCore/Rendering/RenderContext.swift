import Templates

/// What every view needs while the site renders: the resolved portal, the theme and the URL layout.
struct RenderContext: Sendable {
    let portal: Portal
    let theme: Theme
    let layout: SiteLayout
    let links: LinkResolver

    var configuration: PortalConfiguration { portal.configuration }

    func strings(_ language: String) -> [String: String] {
        theme.strings[language] ?? [:]
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
        guard portal.topics.hasContent(uri), let concept = portal.vocabulary.concept(uri: uri) else { return nil }
        switch concept.kind {
        case .theme, .subTheme: return layout.sectionPath(.theme, concept.slug, language: language)
        case .word: return layout.sectionPath(.word, concept.slug, language: language)
        case .lifeEvent: return nil
        }
    }

    func label(_ uri: String, _ language: String) -> String {
        portal.label(uri, in: language)
    }

    func agencyName(_ id: String, _ language: String) -> String {
        portal.agencyName(id, in: language)
    }
}
