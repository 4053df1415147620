import Foundation
import Markdown

/// Runs the pipeline: load, resolve, load the theme, check and render each page, render the rest, publish.
/// `hida build` and `hida check` both come here.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Told when each phase starts, for a progress line on a terminal.
    public var progress: (@Sendable (String) -> Void)?
    /// Search document terms that `hida serve` keeps for its next rebuilds; nil in a one-off build.
    var searchTerms: SearchTermsCache?

    public init(options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Builds the site into `options.outputDirectory`; nothing is published when any error was found.
    public func build() -> BuildReport {
        run(publish: true)
    }

    /// Builds like `build()` and hands what the build knew to `inspect`: how `hida serve` keeps it for the next edit.
    /// The render context is nil when the build did not render (no theme) or rendered after leaving files out.
    func build(inspect: @escaping (Portal, [Diagnostic], EditorialChecks.Findings, RenderContext?) -> Void) -> BuildReport {
        run(publish: true, inspect: inspect)
    }

    /// Everything `build` checks, with nothing written.
    public func check() -> BuildReport {
        run(publish: false)
    }

    /// `hida report`: runs every check and writes the editorial dashboard into `directory` (replaced as a whole).
    public func report(into directory: String) -> BuildReport {
        var data: EditorialReportData?
        var report = run(publish: false) { portal, diagnostics, findings, _ in
            data = EditorialReportBuilder.build(portal: portal, diagnostics: diagnostics, findings: findings, today: options.today ?? .today)
        }
        guard let data else { return report }
        stage(into: directory, report: &report, shouldPublish: { _ in true }) { sink, report in
            for file in ReportRenderer.render(data) { sink.write("/" + file.path, file.contents) }
            report.fileCount = sink.writtenPaths.count
        }
        return report
    }

    private func run(publish: Bool, inspect: ((Portal, [Diagnostic], EditorialChecks.Findings, RenderContext?) -> Void)? = nil) -> BuildReport {
        var report = BuildReport(diagnostics: [])
        var clock = PhaseClock()

        progress?("loading \(options.contentDirectory)/")
        var (portal, loadDiagnostics, vocabularySeconds) = ContentLoader.load(options)
        report.diagnostics += loadDiagnostics
        clock.lap("load", into: &report)
        // Shown on its own, so that the benchmark shows what the full LOS vocabulary costs. It is read beside the
        // listing of the content folder, so its seconds overlap those of "load" rather than adding to them.
        report.timings.insert(("vocabulary", vocabularySeconds), at: report.timings.count - 1)

        // Resolving runs mostly on one core; the other makes the pages' folders meanwhile (`FolderMaker`), and goes on
        // while the pages are rendered.
        let earlyStaging = publish && !options.keepGoing && report.errorCount == 0 ? stagingWithPageFolders(for: portal) : nil

        progress?("resolving \(portal.pages.count) pages")
        report.diagnostics += PortalResolver.resolve(&portal)
        report.pageCount = portal.pages.count
        clock.lap("resolve", into: &report)

        let (theme, themeDiagnostics) = ThemeLoader.load(themesDirectory: options.themesDirectory, configuration: portal.configuration)
        report.diagnostics += themeDiagnostics
        clock.lap("theme", into: &report)

        let findings: EditorialChecks.Findings
        var context: RenderContext?
        if let theme, !options.keepGoing {
            (findings, context) = checkAndRender(portal, theme: theme, publish: publish, staging: earlyStaging, report: &report, clock: &clock)
        } else {
            Self.discard(earlyStaging)
            findings = checkThenRender(&portal, theme: theme, publish: publish, report: &report, clock: &clock)
        }
        inspect?(portal, report.diagnostics, findings, context)
        if let agency = options.agency {
            let folder = options.contentDirectory + "/agencies/" + agency + "/"
            report.diagnostics = report.diagnostics.filter { $0.location?.path.hasPrefix(folder) ?? false }
        }
        DiagnosticOrdering.sort(&report.diagnostics)
        KeptUntilExit.keep((portal, findings, context as Any), unless: options.freesModelAfterRun)
        return report
    }

    /// Checks and renders with one parse per page body: each page is checked and rendered in one parallel pass
    /// ("pages"), then every other file is rendered while the checks that need the whole portal run ("render").
    /// Writes into the staging folder only when loading and resolving found no error; the checks can still stop
    /// publishing.
    private func checkAndRender(
        _ portal: Portal, theme: Theme, publish: Bool, staging: (StagedOutput, FolderMaker)?,
        report: inout BuildReport, clock: inout PhaseClock
    ) -> (EditorialChecks.Findings, RenderContext?) {
        var findings: EditorialChecks.Findings?
        var renderContext: RenderContext?
        func work(into sink: some OutputSink, report: inout BuildReport) {
            progress?("checking and rendering \(portal.pages.count) pages")
            let pageRenderer = SiteRenderer(portal: portal, theme: theme)
            let context = pageRenderer.makeContext()
            renderContext = context
            staging?.1.add(SiteRenderer.sectionFolders(of: portal))
            let settings = portal.configuration.checks
            let pages = Parallel.map(Array(portal.pages.indices)) { index in
                let body = MarkdownDocument.parse(portal.pages[index].body, options: .portal)
                return (EditorialChecks.pageCheck(portal.pages[index], body: body, settings: settings),
                        pageRenderer.renderContentPage(index, body: body, context: context, into: sink))
            }
            clock.lap("pages", into: &report)

            report.diagnostics += pages.flatMap(\.1.diagnostics)

            // The checks that need the whole portal (near-duplicates, fact conflicts) run beside the rest of the
            // rendering, which needs only the page texts.
            progress?("rendering topic, agency and search files")
            let pageResults = pages.map(\.0)
            let texts = EditorialChecks.textsBySource(portal, texts: pageResults.map(\.text))
            var renderer = SiteRenderer(portal: portal, theme: theme, texts: texts)
            renderer.searchTerms = searchTerms
            renderer.searchIndexKeeping = searchIndexKeeping(portal)
            let options = options
            let earlier = report.diagnostics
            let ((found, sorted), (fileCount, renderDiagnostics)) = Parallel.both(
                {
                    let found = EditorialChecks.run(portal, options: options, pageResults: pageResults, texts: texts)
                    // Sorted here, beside the rendering, so that the sort at the end of the run finds them in order:
                    // there it was the build's last work, on one core (0.1 s at 100 000 pages).
                    return (found, DiagnosticOrdering.sorted(earlier + found.diagnostics))
                },
                { renderer.render(into: sink, context: context, contentPages: false) })
            findings = found
            report.diagnostics = sorted + renderDiagnostics
            report.fileCount = fileCount + pages.reduce(0) { $0 + $1.1.files }
            KeptUntilExit.keep((pages, texts, renderer, pageRenderer), unless: options.freesModelAfterRun)
        }
        if publish && report.errorCount == 0 {
            stage(into: options.outputDirectory, report: &report, prepared: staging, shouldPublish: { $0.errorCount == 0 }) { sink, report in
                work(into: sink, report: &report)
            }
        } else {
            Self.discard(staging)
            work(into: DiscardingSink(), report: &report)
        }
        clock.lap("render", into: &report)
        return (findings ?? EditorialChecks.Findings(diagnostics: [], lix: [:], sharedFacts: [], texts: [:]), renderContext)
    }

    /// The checks first, then the rendering: with `--keep-going`, which leaves out the pages and journeys with errors
    /// before anything is rendered, and without a theme, when nothing is rendered.
    private func checkThenRender(
        _ portal: inout Portal, theme: Theme?, publish: Bool, report: inout BuildReport, clock: inout PhaseClock
    ) -> EditorialChecks.Findings {
        let findings = EditorialChecks.run(portal, options: options)
        report.diagnostics += findings.diagnostics
        clock.lap("checks", into: &report)
        if options.keepGoing {
            leaveOutBrokenFiles(&portal, report: &report)
        }
        guard let theme else { return findings }
        progress?("rendering \(portal.pages.count) pages")
        var renderer = SiteRenderer(portal: portal, theme: theme, texts: findings.texts)
        renderer.searchTerms = searchTerms
        renderer.searchIndexKeeping = searchIndexKeeping(portal)
        if publish && (report.errorCount == 0 || options.keepGoing && report.canPublishPartially) {
            renderAndPublish(renderer, report: &report)
        } else {
            let (_, renderDiagnostics) = renderer.render(into: DiscardingSink())
            report.diagnostics += renderDiagnostics
        }
        clock.lap("render", into: &report)
        return findings
    }

    /// A one-off build keeps the search indexes' working data until the process ends, as it keeps the model, up
    /// to the size at which the indexes already overlap in memory (`SearchIndexWriter.overlapPageLimit`); above it,
    /// only the indexes written last.
    private func searchIndexKeeping(_ portal: Portal) -> SearchIndexWriter.Keeping {
        if options.freesModelAfterRun { return .none }
        return portal.pages.count <= SearchIndexWriter.overlapPageLimit ? .all : .last
    }

    /// The staging folder, made as soon as the pages are loaded, with their folders being made beside the resolve
    /// phase; nil when it cannot be made (the render stage then tries again and reports why).
    private func stagingWithPageFolders(for portal: Portal) -> (StagedOutput, FolderMaker)? {
        let output = StagedOutput(destination: options.outputDirectory)
        guard (try? output.prepare()) != nil else { return nil }
        let layout = SiteLayout(configuration: portal.configuration)
        let folders = portal.pages.indices.map { index in
            SiteLayout.folder(for: layout.pagePath(slug: portal.pages[index].slug, language: portal.pages[index].language))
        }
        return (output, FolderMaker(folders: folders, in: output.staging))
    }

    /// Removes a staging folder made early that the build does not publish into.
    private static func discard(_ staging: (StagedOutput, FolderMaker)?) {
        guard let (output, folders) = staging else { return }
        folders.wait()
        output.discard()
    }

    /// With `--keep-going`, pages and journeys whose own files have errors are left out, so that everything valid
    /// can still be published; links to what was left out then show up as broken links.
    private func leaveOutBrokenFiles(_ portal: inout Portal, report: inout BuildReport) {
        let broken = Set(report.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
        guard !broken.isEmpty else { return }
        let brokenKeys = Set(portal.pages.filter { broken.contains($0.sourcePath) && !$0.isTranslation }.map(\.key))
        portal.pages.removeAll { broken.contains($0.sourcePath) || brokenKeys.contains($0.key) }
        portal.journeys.removeAll { broken.contains($0.sourcePath) }
        report.leftOut = broken.sorted()
        report.diagnostics += PortalResolver.resolve(&portal).filter { $0.severity == .error }
        report.pageCount = portal.pages.count
    }

    private func renderAndPublish(_ renderer: SiteRenderer, report: inout BuildReport) {
        let keepGoing = options.keepGoing
        stage(into: options.outputDirectory, report: &report, shouldPublish: { $0.errorCount == 0 || keepGoing && $0.canPublishPartially }) { sink, report in
            let (fileCount, renderDiagnostics) = renderer.render(into: sink)
            report.diagnostics += renderDiagnostics
            report.fileCount = fileCount
        }
    }

    /// Writes into a staging folder beside `directory` and swaps it in only when writing succeeded and
    /// `shouldPublish` agrees with what was found; otherwise `directory` is left exactly as it was.
    /// `prepared` is a staging folder made earlier, with a `FolderMaker` that may still be at work in it.
    private func stage(
        into directory: String, report: inout BuildReport, prepared: (StagedOutput, FolderMaker)? = nil,
        shouldPublish: (BuildReport) -> Bool, write: (DirectorySink, inout BuildReport) -> Void
    ) {
        let output = prepared?.0 ?? StagedOutput(destination: directory)
        if prepared == nil {
            do {
                try output.prepare()
            } catch {
                report.internalFailure = true
                report.diagnostics.append(.error("cannot create \(output.staging): \(error.localizedDescription)", at: nil, rule: "io-error"))
                return
            }
        }
        let sink = DirectorySink(root: output.staging)
        // Its list of the files written is let go with the process rather than on one core at the end of the build.
        KeptUntilExit.keep(sink, unless: options.freesModelAfterRun)
        write(sink, &report)
        prepared?.1.wait()
        for problem in sink.problems {
            report.internalFailure = true
            report.diagnostics.append(.error(problem, at: nil, rule: "io-error"))
        }
        guard !report.internalFailure, shouldPublish(report) else {
            output.discard()
            return
        }
        do {
            try output.publish()
            report.published = true
        } catch {
            output.discard()
            report.internalFailure = true
            report.diagnostics.append(.error("cannot replace \(directory): \(error.localizedDescription)", at: nil, rule: "io-error"))
        }
    }
}

/// Measures the phases of a run with a monotonic clock.
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ phase: String, into report: inout BuildReport) {
        let now = DispatchTime.now().uptimeNanoseconds
        report.timings.append((phase, Double(now - last) / 1e9))
        last = now
    }

    /// Seconds from `start` (a `DispatchTime` uptime) until now.
    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
