import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The rebuilds of `hida serve`: keeps what the last full build knew, so that an edit to the text of pages
/// re-renders those pages and the search index only, and a rebuild with nothing changed costs one look at the files.
///
/// Correctness comes first: anything beyond page text (front matter, journeys, agencies, topics, usage data,
/// the vocabulary, `portal.yaml`, the theme, a file added or removed) takes a full build, since such a change can
/// show on any page. The result is always the site a clean build would write (the tests compare the trees).
public final class PreviewBuilder: @unchecked Sendable {
    /// What one rebuild did.
    public enum Outcome: Sendable, Equatable {
        /// No file under the content or themes folder changed since the last build.
        case unchanged
        /// Only the text of these pages changed; they and the search index were written again.
        case pages([String])
        /// A full build ran (the first one, or after a change that can show on other pages).
        case full
    }

    public struct Rebuild: Sendable {
        public var outcome: Outcome
        public var report: BuildReport
        /// Seconds until the edited pages were written (the whole rebuild for a full build).
        public var pagesSeconds: Double
        /// Seconds for the whole rebuild, the search index included.
        public var totalSeconds: Double
    }

    public let options: BuildOptions
    private var snapshot: Snapshot?
    /// Each search document's terms, filled on the first text edit and kept from then on.
    private let searchTerms = SearchTermsCache()

    /// What a published full build knew, plus the text edits made since.
    private struct Snapshot {
        var stamps: [String: FileStamp]
        var portal: Portal
        var theme: Theme
        var texts: [String: PageText]
        var report: BuildReport
        /// The full build's render context, reused while only page text changes: titles, topics, slugs and the
        /// set of pages are then the same, and all the context derives from them (title order, topic numbers,
        /// planned paths) would come out the same again.
        var context: RenderContext?
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Brings the output folder up to date with the content and theme folders.
    public func rebuild() -> Rebuild {
        let started = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { PhaseClock.seconds(since: started) }
        let stamps = FileStamp.scan([options.contentDirectory, options.themesDirectory])
        if let snapshot {
            if stamps == snapshot.stamps {
                return Rebuild(outcome: .unchanged, report: snapshot.report, pagesSeconds: seconds(), totalSeconds: seconds())
            }
            if let rebuild = rebuildPages(changedSince: snapshot, stamps: stamps, started: started) {
                return rebuild
            }
        }
        let report = fullBuild(stamps: stamps)
        return Rebuild(outcome: .full, report: report, pagesSeconds: seconds(), totalSeconds: seconds())
    }

    private func fullBuild(stamps: [String: FileStamp]) -> BuildReport {
        snapshot = nil
        var known: (Portal, EditorialChecks.Findings, RenderContext?)?
        var builder = SiteBuilder(options: options)
        builder.searchTerms = searchTerms
        let report = builder.build { portal, _, findings, context in known = (portal, findings, context) }
        searchTerms.sweep()
        guard report.published, let (portal, findings, context) = known else { return report }
        let theme = context?.theme ?? ThemeLoader.load(themesDirectory: options.themesDirectory, configuration: portal.configuration).0
        if let theme {
            snapshot = Snapshot(stamps: stamps, portal: portal, theme: theme, texts: findings.texts, report: report, context: context)
        }
        return report
    }

    /// The fast path: nil when the change is more than the body text of pages that already exist.
    private func rebuildPages(changedSince snapshot: Snapshot, stamps: [String: FileStamp], started: UInt64) -> Rebuild? {
        guard !options.keepGoing, Set(stamps.keys) == Set(snapshot.stamps.keys) else { return nil }
        let changed = stamps.keys.filter { stamps[$0] != snapshot.stamps[$0] }.sorted()
        let contentPrefix = options.contentDirectory + "/"
        guard changed.allSatisfy({ $0.hasPrefix(contentPrefix + "agencies/") && $0.hasSuffix(".md") && !$0.hasSuffix("/_agency.md") }) else {
            return nil
        }
        var portal = snapshot.portal
        let indexBySource = Dictionary(portal.pages.indices.map { (portal.pages[$0].sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        guard changed.allSatisfy({ indexBySource[$0] != nil }) else { return nil }

        // Read the edited files again, with the original of each translation for the keys it inherits.
        var relatives = Set(changed.map { String($0.dropFirst(contentPrefix.count)) })
        for relative in relatives {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if let file = ContentInventory.markdownFile(path: relative, name: name), file.language != nil {
                relatives.insert(String(relative.dropLast(name.count)) + file.name + ".md")
            }
        }
        let inventory = ContentInventory.of(Array(relatives), contentDirectory: options.contentDirectory)
        guard inventory.diagnostics.isEmpty else { return nil }
        let (reloaded, loadDiagnostics) = PageLoader.load(inventory, agencies: portal.agencies, configuration: portal.configuration, includeDrafts: options.includeDrafts)
        var diagnostics = loadDiagnostics.filter { changed.contains($0.location?.path ?? "") }
        var texts = snapshot.texts
        let settings = portal.configuration.checks
        for path in changed {
            guard let index = indexBySource[path], var page = reloaded.first(where: { $0.sourcePath == path }) else { return nil }
            page.topics = portal.pages[index].topics
            var unchanged = page
            unchanged.body = portal.pages[index].body
            unchanged.bodyFirstLine = portal.pages[index].bodyFirstLine
            // Front matter that changed can show on other pages (lists, journeys, feeds, other pages' boxes).
            guard unchanged == portal.pages[index] else { return nil }
            portal.pages[index] = page
            let (found, _, text) = EditorialChecks.pageCheck(page, settings: settings)
            diagnostics += EditorialChecks.withConfiguredSeverities(found, settings: settings)
            texts[path] = text
        }

        // Render the edited pages, and publish them only if a full build would publish (no errors).
        var renderer = SiteRenderer(portal: portal, theme: snapshot.theme, texts: texts)
        renderer.searchTerms = searchTerms
        let context = snapshot.context ?? renderer.makeContext()
        var pages: [(path: String, html: [UInt8])] = []
        for path in changed {
            guard let index = indexBySource[path] else { continue }
            let (sitePath, html, renderDiagnostics) = ContentPageView.render(portal.pages[index], context: context)
            diagnostics += renderDiagnostics
            if let html { pages.append((sitePath, html)) }
        }
        var report = snapshot.report
        report.diagnostics = DiagnosticOrdering.sorted(report.diagnostics.filter { !changed.contains($0.location?.path ?? "") } + diagnostics)
        report.timings = []
        guard report.errorCount == 0 else {
            report.published = false
            let elapsed = PhaseClock.seconds(since: started)
            return Rebuild(outcome: .pages(changed), report: report, pagesSeconds: elapsed, totalSeconds: elapsed)
        }
        let sink = LiveSink(root: options.outputDirectory)
        for page in pages { sink.write(page.path, bytes: page.html) }
        let pagesSeconds = PhaseClock.seconds(since: started)

        // The search index holds the body text; it is rewritten after the pages, so they are available first.
        renderer.writeSearchIndexes(into: sink)
        searchTerms.sweep()
        sink.removeUnwritten(under: "/search/")
        report.published = sink.problems.isEmpty
        for problem in sink.problems {
            report.diagnostics.append(.error(problem, at: nil, rule: "io-error"))
        }
        if report.published {
            self.snapshot = Snapshot(stamps: stamps, portal: portal, theme: snapshot.theme, texts: texts, report: report, context: context)
        }
        let totalSeconds = PhaseClock.seconds(since: started)
        return Rebuild(outcome: .pages(changed), report: report, pagesSeconds: pagesSeconds, totalSeconds: totalSeconds)
    }
}

/// A file's modification time and size: enough to notice an edit without reading the file.
struct FileStamp: Equatable, Sendable {
    let modified: Int64
    let size: Int64

    /// Every file below the folders, by path (`folder/relative`), the same files `FileWalker` lists.
    ///
    /// `hida serve` does this twice a second, and a rebuild with nothing changed is nothing else: folders are
    /// read level by level, the folders of a level in parallel, and each file is looked at relative to its open
    /// folder (`fstatat`), without a sorted list of paths in between.
    static func scan(_ folders: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for root in folders {
            var level = [root]
            while !level.isEmpty {
                let listed = Parallel.map(level) { FileWalker.entries(of: $0, statFiles: true) }
                for (folder, entries) in zip(level, listed) {
                    for file in entries.files {
                        guard let info = file.info else { continue }
                        stamps[folder + "/" + file.name] = FileStamp(
                            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), size: Int64(info.st_size))
                    }
                }
                level = zip(level, listed).flatMap { folder, entries in entries.folders.map { folder + "/" + $0 } }
            }
        }
        return stamps
    }
}
