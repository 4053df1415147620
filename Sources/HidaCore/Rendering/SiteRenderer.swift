import Markdown

/// The rendering stage: every output file of the site, rendered in parallel and handed to a sink.
struct SiteRenderer: Sendable {
    let portal: Portal
    let theme: Theme
    let layout: SiteLayout
    /// Page texts by source path from the editorial checks, so that the search index does not parse the bodies again.
    let texts: [String: PageText]
    /// Search document terms kept between `hida serve` rebuilds.
    var searchTerms: SearchTermsCache?
    /// Which search indexes' working data is kept until the process ends (`SearchIndexWriter.Keeping`).
    var searchIndexKeeping = SearchIndexWriter.Keeping.none

    init(portal: Portal, theme: Theme, texts: [String: PageText] = [:]) {
        self.portal = portal
        self.theme = theme
        self.layout = SiteLayout(configuration: portal.configuration)
        self.texts = texts
    }

    /// One unit of rendering work: an HTML page, or one of the machine-readable outputs.
    private enum Job: Sendable {
        case feeds
        case sitemap
        case openData
        case redirects
        case files
        case page(Int)
        case agency(Int, String)
        case journey(Int)
        case front(String)
        case information(InformationPageView.Kind, String)
        case topic(String, String)
        case audience(Audience, String)
    }

    func render(into sink: some OutputSink) -> (fileCount: Int, diagnostics: [Diagnostic]) {
        render(into: sink, context: makeContext(), contentPages: true)
    }

    /// Renders every file, or every file but the agencies' pages when `contentPages` is false (the build rendered
    /// those already, beside their checks: `renderContentPage`). List entries are made ahead per language up to
    /// `summaryPageLimit` pages (`PageSummaryTable`).
    func render(
        into sink: some OutputSink, context: RenderContext, contentPages: Bool, summaryPageLimit: Int = PageSummaryTable.pageLimit
    ) -> (fileCount: Int, diagnostics: [Diagnostic]) {
        let rounds = plannedRounds(contentPages: contentPages, byLanguage: portal.pages.count <= summaryPageLimit)
        let lastRound = rounds.last ?? (portal.configuration.defaultLanguage, [])
        let lastJobs = SharedJobQueue<Job, (files: Int, diagnostics: [Diagnostic])>(lastRound.jobs)
        // The search indexes analyse their documents in parallel themselves, so they run beside the other jobs
        // instead of as one of them: Dispatch gives a parallel map nested in another one a single thread, and the
        // indexes then finished alone on one core after everything else. The last round's jobs run on one thread
        // until the indexes are written, and on two after (`SharedJobQueue`).
        let renderer = self
        let (searchFiles, results) = Parallel.both(
            {
                let files = renderer.writeSearchIndexes(into: sink)
                lastJobs.help()
                return files
            },
            {
                var results: [(files: Int, diagnostics: [Diagnostic])] = []
                for round in rounds.dropLast() {
                    let roundContext = context.withSummaries(in: round.language)
                    results += Parallel.map(round.jobs) { job in renderer.render(job, context: roundContext, into: sink) }
                }
                let lastContext = context.withSummaries(in: lastRound.language)
                results += lastJobs.run { job in renderer.render(job, context: lastContext, into: sink) }
                return results
            })
        return (searchFiles + results.reduce(0) { $0 + $1.files }, results.flatMap(\.diagnostics))
    }

    /// Renders and writes one agency page from its parsed body; returns the number of files written (0 or 1) and
    /// the diagnostics.
    func renderContentPage(_ index: Int, body: MarkdownDocument, context: RenderContext, into sink: some OutputSink) -> (files: Int, diagnostics: [Diagnostic]) {
        let (path, html, diagnostics) = ContentPageView.render(portal.pages[index], body: body, context: context)
        if let html { sink.write(path, bytes: html) }
        return (html == nil ? 0 : 1, diagnostics)
    }

    func makeContext() -> RenderContext {
        RenderContext(portal: portal, theme: theme, layout: layout, links: LinkResolver(portal: portal, layout: layout, sitePaths: plannedPaths()))
    }

    /// The search index of every language; returns the number of files.
    @discardableResult
    func writeSearchIndexes(into sink: some OutputSink) -> Int {
        SearchIndexWriter(portal: portal, layout: layout, texts: texts, cache: searchTerms,
                          keeping: searchIndexKeeping).writeAll(into: sink)
    }

    /// The jobs in rounds, one per language, each rendering its language's pages with that language's list entries
    /// made ahead (`PageSummaryTable`), which are let go before the next round makes its own. Without tables
    /// (`byLanguage` false) all jobs are one round (nil language): a round ends with its slowest job, and at 100 000
    /// pages the open data alone takes seconds.
    ///
    /// The slowest single jobs (the feeds, the sitemap, the open data) start the first round, so that they run beside
    /// the many small page jobs instead of after them on one core; the journeys close the last one.
    private func plannedRounds(contentPages: Bool, byLanguage: Bool) -> [(language: String?, jobs: [Job])] {
        var rounds: [(language: String?, jobs: [Job])] = portal.configuration.languages.map { language in
            var jobs: [Job] = [.front(language)]
            for index in portal.agencies.indices { jobs.append(.agency(index, language)) }
            for kind in InformationPageView.Kind.allCases { jobs.append(.information(kind, language)) }
            for uri in Self.topicPageConcepts(of: portal) { jobs.append(.topic(uri, language)) }
            for audience in Audience.allCases { jobs.append(.audience(audience, language)) }
            return (language, jobs)
        }
        if rounds.isEmpty { rounds = [(portal.configuration.defaultLanguage, [])] }
        var first: [Job] = [.feeds, .sitemap, .openData, .redirects, .files]
        if contentPages { first += portal.pages.indices.map { .page($0) } }
        rounds[0].jobs = first + rounds[0].jobs
        rounds[rounds.count - 1].jobs += portal.journeys.indices.map { .journey($0) }
        guard byLanguage else { return [(nil, rounds.flatMap(\.jobs))] }
        return rounds
    }

    /// Every site path the build will write, known before rendering so that site-absolute links can be checked.
    func plannedPaths() -> Set<String> {
        Self.plannedPaths(of: portal)
    }

    static func plannedPaths(of portal: Portal) -> Set<String> {
        let layout = SiteLayout(configuration: portal.configuration)
        var paths = pathsBesidePages(of: portal, layout: layout)
        for index in portal.pages.indices {
            paths.insert(layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language))
            for alias in portal.pages[index].aliases { paths.insert(alias.value) }
        }
        return paths
    }

    /// `plannedPaths(of:)` but the agencies' pages and their old addresses.
    private static func pathsBesidePages(of portal: Portal, layout: SiteLayout) -> Set<String> {
        var paths: Set<String> = []
        for language in portal.configuration.languages {
            paths.insert(layout.frontPage(language))
            for agency in portal.agencies { paths.insert(layout.sectionPath(.agency, agency.id, language: language)) }
            for kind in InformationPageView.Kind.allCases { paths.insert(InformationPageView.path(kind, language: language, layout: layout)) }
            for audience in Audience.allCases { paths.insert(layout.audiencePath(audience, language: language)) }
            for uri in topicPageConcepts(of: portal) {
                guard let concept = portal.vocabulary.concept(uri: uri) else { continue }
                paths.insert(layout.sectionPath(concept.kind == .word ? .word : .theme, concept.slug, language: language))
            }
        }
        for journey in portal.journeys { paths.insert(layout.sectionPath(.journey, journey.id, language: journey.language)) }
        for media in portal.mediaFiles { paths.insert("/media/" + media.relative) }
        for name in ["pages", "journeys", "topics", "agencies"] { paths.insert("/api/v1/\(name).json") }
        for path in FeedWriter(portal: portal, layout: layout).paths() { paths.insert(path) }
        paths.formUnion(["/sitemap.xml", "/robots.txt", "/404.html"])
        return paths
    }

    /// The folders of the files the build writes besides the agencies' pages (topic, agency, journey, audience and
    /// information pages, feeds, open data, media), relative to the site root, for the folder maker to make
    /// after the pages' folders: two writers making folders in the same parent (`tema/`, `emne/`) wait for each other.
    static func sectionFolders(of portal: Portal) -> [String] {
        let paths = pathsBesidePages(of: portal, layout: SiteLayout(configuration: portal.configuration))
        return Set(paths.map { SiteLayout.folder(for: $0) }).filter { $0 != "." }.sorted()
    }

    /// Pages that help people find their way (front, search, agency and topic pages) but are never recommended.
    static func navigationPaths(of portal: Portal) -> [String] {
        let layout = SiteLayout(configuration: portal.configuration)
        var paths = plannedPaths(of: portal)
        for index in portal.pages.indices {
            paths.remove(layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language))
        }
        for journey in portal.journeys { paths.remove(layout.sectionPath(.journey, journey.id, language: journey.language)) }
        return paths.filter { $0.hasSuffix("/") || $0.hasSuffix(".html") }.sorted()
    }

    private func render(_ job: Job, context: RenderContext, into sink: some OutputSink) -> (files: Int, diagnostics: [Diagnostic]) {
        let page: (String, [UInt8]?, [Diagnostic])
        switch job {
        case .feeds: return (FeedWriter(portal: portal, layout: layout).write(into: sink), [])
        case .sitemap: return (SitemapWriter(portal: portal, layout: layout, pagePaths: context.links.pagePaths).write(into: sink), [])
        case .openData: return (OpenDataWriter(portal: portal, layout: layout).write(into: sink), [])
        case .redirects: return (RedirectWriter(portal: portal, layout: layout).write(into: sink), [])
        case .files:
            for asset in theme.assets { sink.copy(from: asset.path, to: "/assets/" + asset.relative) }
            for media in portal.mediaFiles { sink.copy(from: media.path, to: "/media/" + media.relative) }
            return (theme.assets.count + portal.mediaFiles.count, [])
        case .page(let index): page = ContentPageView.render(portal.pages[index], context: context)
        case .agency(let index, let language): page = AgencyPageView.render(portal.agencies[index], language: language, context: context)
        case .journey(let index): page = JourneyPageView.render(portal.journeys[index], context: context)
        case .front(let language): page = FrontPageView.render(language: language, context: context)
        case .information(let kind, let language): page = InformationPageView.render(kind, language: language, context: context)
        case .topic(let uri, let language): page = TopicPageView.render(uri, language: language, context: context)
        case .audience(let audience, let language): page = AudiencePageView.render(audience, language: language, context: context)
        }
        let (path, html, diagnostics) = page
        if let html { sink.write(path, bytes: html) }
        return (html == nil ? 0 : 1, diagnostics)
    }

    /// Themes, sub-themes and words that have content, in vocabulary order; life events get journeys instead.
    private static func topicPageConcepts(of portal: Portal) -> [String] {
        portal.vocabulary.concepts.filter { $0.kind != .lifeEvent && portal.topics.hasContent($0.uri) }.map(\.uri)
    }
}
