/// Connects what was loaded: unique slugs, LOS topics, translations, journey steps and aliases.
enum PortalResolver {
    static func resolve(_ portal: inout Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        sortPages(&portal)
        diagnostics += indexPages(&portal)
        diagnostics += resolveTopics(&portal)
        diagnostics += resolveJourneys(&portal)
        diagnostics += checkAliases(portal)
        // The usage statistics are read while the topic and journey indexes are built.
        let resolved = portal
        let (indexes, alsoVisited) = Parallel.both(
            { (TopicIndex(portal: resolved), JourneyIndex(portal: resolved)) },
            { AlsoVisitedIndex(portal: resolved) })
        (portal.topics, portal.journeyIndex) = indexes
        portal.alsoVisited = alsoVisited
        diagnostics += portal.alsoVisited.diagnostics
        if let summary = portal.alsoVisited.summary, let first = portal.usageFiles.first {
            diagnostics += summary.infoLines.map { Diagnostic.info($0, at: SourceLocation(path: first), rule: "usage-summary") }
        }
        return diagnostics
    }

    private static func sortPages(_ portal: inout Portal) {
        portal.pageIndex = [:]
        portal.pagesBySource = [:]
        portal.translations = [:]
        let languageRank = Dictionary(uniqueKeysWithValues: portal.configuration.languages.enumerated().map { ($1, $0) })
        // Sorted by index with the keys read once: a comparison that takes two pages would copy both.
        let keys = portal.pages.indices.map { (languageRank[portal.pages[$0].language] ?? 99, portal.pages[$0].sourcePath) }
        portal.pages.permute(by: portal.pages.indices.sorted { keys[$0] < keys[$1] })
        portal.agencyIndex = Dictionary(uniqueKeysWithValues: portal.agencies.enumerated().map { ($1.id, $0) })
    }

    /// Slugs must be unique per language across all agencies, since every page lives at `/<slug>/`.
    private static func indexPages(_ portal: inout Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let reserved = Set(portal.configuration.languages + SiteLayout.reservedSegments)
        // By index, reading only the fields used: a loop over the pages themselves copies every page.
        for index in portal.pages.indices {
            let (slug, language, sourcePath) = (portal.pages[index].slug, portal.pages[index].language, portal.pages[index].sourcePath)
            if reserved.contains(slug) {
                diagnostics.append(.error("slug \"\(slug)\" is reserved for the portal's own pages; choose another slug", at: SourceLocation(path: sourcePath), rule: "slug-collision"))
                continue
            }
            if let other = portal.pageIndex[language]?[slug] {
                diagnostics.append(.error(
                    "slug \"\(slug)\" is already used by \(portal.pages[other].sourcePath); slugs must be unique per language across all agencies (set slug: to another value)",
                    at: SourceLocation(path: sourcePath), rule: "slug-collision"))
                continue
            }
            portal.pageIndex[language, default: [:]][slug] = index
            portal.translations[portal.pages[index].key, default: LanguageTable()][language] = index
        }
        for index in portal.pages.indices where !portal.pages[index].isTranslation {
            let (key, language, sourcePath) = (portal.pages[index].key, portal.pages[index].language, portal.pages[index].sourcePath)
            for other in portal.configuration.languages {
                if let translated = portal.translations[key]?[other] {
                    portal.pagesBySource[sourcePath, default: [:]][other] = translated
                }
            }
            portal.pagesBySource[sourcePath, default: [:]][language] = index
        }
        return diagnostics
    }

    private static func resolveTopics(_ portal: inout Portal) -> [Diagnostic] {
        let resolver = TopicResolver(portal.vocabulary)
        var diagnostics: [Diagnostic] = []
        for index in portal.pages.indices {
            var uris: [String] = []
            for reference in portal.pages[index].topicReferences {
                if case .found(let uri) = resolver.resolve(reference.value) {
                    if !uris.contains(uri) { uris.append(uri) }
                } else if !portal.pages[index].isTranslation || portal.pages[index].topicReferences.first?.location.path == portal.pages[index].sourcePath {
                    // An inherited reference is reported once, on the original file.
                    if let diagnostic = resolver.diagnostic(for: reference.value, at: reference.location) { diagnostics.append(diagnostic) }
                }
            }
            portal.pages[index].topics = uris
        }
        for index in portal.journeys.indices {
            let journey = portal.journeys[index]
            let reportHere = !journey.isTranslation
            if let event = journey.eventReference {
                switch resolver.resolve(event.value) {
                case .found(let uri):
                    if portal.vocabulary.kind(of: uri) == .lifeEvent {
                        portal.journeys[index].event = uri
                    } else if reportHere {
                        diagnostics.append(.error("\"\(event.value)\" is not a LOS life event (use one of: \(portal.vocabulary.concepts.filter { $0.kind == .lifeEvent }.map(\.slug).joined(separator: ", ")))", at: event.location, rule: "unknown-event"))
                    }
                default:
                    if reportHere, let diagnostic = resolver.diagnostic(for: event.value, at: event.location, field: "life event") { diagnostics.append(diagnostic) }
                }
            }
            var uris: [String] = []
            for reference in journey.topicReferences {
                if case .found(let uri) = resolver.resolve(reference.value) {
                    if !uris.contains(uri) { uris.append(uri) }
                } else if reportHere, let diagnostic = resolver.diagnostic(for: reference.value, at: reference.location) {
                    diagnostics.append(diagnostic)
                }
            }
            portal.journeys[index].topics = uris
        }
        return diagnostics
    }

    private static func resolveJourneys(_ portal: inout Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let defaultLanguage = portal.configuration.defaultLanguage
        let slugs = Array((portal.pageIndex[defaultLanguage] ?? [:]).keys).sorted()
        var stagesByID: [String: [[Int]]] = [:]
        for index in portal.journeys.indices where !portal.journeys[index].isTranslation {
            let journey = portal.journeys[index]
            let (stages, found) = JourneyOrdering.stages(of: journey)
            diagnostics += found
            stagesByID[journey.id] = stages
            portal.journeys[index].stages = stages
            for step in journey.steps {
                for page in step.pages where portal.pageIndex[defaultLanguage]?[page.value] == nil {
                    let suggestion = Suggestions.closest(to: page.value, among: slugs)
                    diagnostics.append(.error(
                        "unknown page slug \"\(page.value)\" in step \"\(step.id)\"\(suggestion.map { " (did you mean \"\($0)\"?)" } ?? " (use the slug of a page in the default language)")",
                        at: page.location, rule: "unknown-page"))
                }
            }
        }
        for index in portal.journeys.indices where portal.journeys[index].isTranslation {
            portal.journeys[index].stages = stagesByID[portal.journeys[index].id] ?? []
        }
        let languageRank = Dictionary(uniqueKeysWithValues: portal.configuration.languages.enumerated().map { ($1, $0) })
        portal.journeys.sort { ((languageRank[$0.language] ?? 99), $0.id) < ((languageRank[$1.language] ?? 99), $1.id) }
        return diagnostics
    }

    private static func checkAliases(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var taken: [String: String] = [:]
        let layout = SiteLayout(configuration: portal.configuration)
        for index in portal.pages.indices {
            taken[layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language)] = portal.pages[index].sourcePath
        }
        for index in portal.pages.indices {
            for alias in portal.pages[index].aliases {
                let path = SiteLayout.aliasPath(alias.value)
                if let owner = taken[path] {
                    diagnostics.append(.error("alias \"\(alias.value)\" is already the address of \(owner)", at: alias.location, rule: "alias-collision"))
                } else {
                    taken[path] = portal.pages[index].sourcePath
                }
            }
        }
        return diagnostics
    }
}
