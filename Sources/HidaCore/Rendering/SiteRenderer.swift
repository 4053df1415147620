/// The rendering stage: every output file of the site, rendered in parallel and handed to a sink.
struct SiteRenderer {
    let portal: Portal
    let theme: Theme
    let layout: SiteLayout

    init(portal: Portal, theme: Theme) {
        self.portal = portal
        self.theme = theme
        self.layout = SiteLayout(configuration: portal.configuration)
    }

    /// One unit of rendering work; each produces one HTML file.
    private enum Job: Sendable {
        case page(Int)
        case agency(Int, String)
        case journey(Int)
        case front(String)
        case information(InformationPageView.Kind, String)
        case topic(String, String)
        case audience(Audience, String)
    }

    func render(into sink: some OutputSink) -> (fileCount: Int, diagnostics: [Diagnostic]) {
        let context = RenderContext(portal: portal, theme: theme, layout: layout, links: LinkResolver(portal: portal, layout: layout, sitePaths: plannedPaths()))
        let jobs = plannedJobs()
        let results = Parallel.map(jobs) { job in
            let (path, html, diagnostics) = render(job, context: context)
            if let html { sink.write(path, html) }
            return diagnostics
        }
        var diagnostics = results.flatMap { $0 }
        var fileCount = jobs.count
        for asset in theme.assets {
            sink.copy(from: asset.path, to: "/assets/" + asset.relative)
        }
        for media in portal.mediaFiles {
            sink.copy(from: media.path, to: "/media/" + media.relative)
        }
        fileCount += theme.assets.count + portal.mediaFiles.count
        let redirects = RedirectWriter(portal: portal, layout: layout)
        fileCount += redirects.write(into: sink)
        fileCount += OpenDataWriter(portal: portal, layout: layout).write(into: sink)
        fileCount += SitemapWriter(portal: portal, layout: layout).write(into: sink)
        fileCount += FeedWriter(portal: portal, layout: layout).write(into: sink)
        fileCount += SearchIndexWriter(portal: portal, layout: layout).write(into: sink)
        return (fileCount, diagnostics)
    }

    private func plannedJobs() -> [Job] {
        var jobs: [Job] = portal.pages.indices.map { .page($0) }
        for language in portal.configuration.languages {
            jobs.append(.front(language))
            for index in portal.agencies.indices { jobs.append(.agency(index, language)) }
            for kind in InformationPageView.Kind.allCases { jobs.append(.information(kind, language)) }
            for uri in Self.topicPageConcepts(of: portal) { jobs.append(.topic(uri, language)) }
            for audience in Audience.allCases { jobs.append(.audience(audience, language)) }
        }
        jobs += portal.journeys.indices.map { .journey($0) }
        return jobs
    }

    /// Every site path the build will write, known before rendering so that site-absolute links can be checked.
    func plannedPaths() -> Set<String> {
        Self.plannedPaths(of: portal)
    }

    static func plannedPaths(of portal: Portal) -> Set<String> {
        let layout = SiteLayout(configuration: portal.configuration)
        var paths: Set<String> = []
        for page in portal.pages { paths.insert(layout.pagePath(slug: page.slug, language: page.language)) }
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
        for page in portal.pages { for alias in page.aliases { paths.insert(alias.value) } }
        return paths
    }

    /// Pages that help people find their way (front, search, agency and topic pages) but are never recommended.
    static func navigationPaths(of portal: Portal) -> [String] {
        let layout = SiteLayout(configuration: portal.configuration)
        var paths = plannedPaths(of: portal)
        for page in portal.pages { paths.remove(layout.pagePath(slug: page.slug, language: page.language)) }
        for journey in portal.journeys { paths.remove(layout.sectionPath(.journey, journey.id, language: journey.language)) }
        return paths.filter { $0.hasSuffix("/") || $0.hasSuffix(".html") }.sorted()
    }

    private func render(_ job: Job, context: RenderContext) -> (String, String?, [Diagnostic]) {
        switch job {
        case .page(let index): ContentPageView.render(portal.pages[index], context: context)
        case .agency(let index, let language): AgencyPageView.render(portal.agencies[index], language: language, context: context)
        case .journey(let index): JourneyPageView.render(portal.journeys[index], context: context)
        case .front(let language): FrontPageView.render(language: language, context: context)
        case .information(let kind, let language): InformationPageView.render(kind, language: language, context: context)
        case .topic(let uri, let language): TopicPageView.render(uri, language: language, context: context)
        case .audience(let audience, let language): AudiencePageView.render(audience, language: language, context: context)
        }
    }

    /// Themes, sub-themes and words that have content, in vocabulary order; life events get journeys instead.
    private static func topicPageConcepts(of portal: Portal) -> [String] {
        portal.vocabulary.concepts.filter { $0.kind != .lifeEvent && portal.topics.hasContent($0.uri) }.map(\.uri)
    }
}
