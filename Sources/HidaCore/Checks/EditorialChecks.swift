import Markdown

/// The checks that look at the content as a whole rather than one file: what editors need to see before citizens do.
///
/// Each rule reports with the severity `portal.yaml` gives it (`CheckSettings`), or not at all when it is off.
enum EditorialChecks {
    /// What the checks found: the diagnostics, and the measurements the editorial report shows.
    struct Findings: Sendable {
        var diagnostics: [Diagnostic]
        /// Page index → LIX of its body.
        var lix: [Int: Double]
        var sharedFacts: [SharedFact]
        /// Each page's text by source path, for the search index.
        var texts: [String: PageText]
    }

    /// What `pageCheck` finds in one page body: its findings, its LIX (nil without words) and its text.
    typealias PageResult = (diagnostics: [Diagnostic], lix: Double?, text: PageText)

    static func run(_ portal: Portal, options: BuildOptions) -> Findings {
        run(portal, options: options, pageResults: Parallel.map(portal.pages) { page in
            pageCheck(page, body: MarkdownDocument.parse(page.body, options: .portal), settings: portal.configuration.checks)
        })
    }

    /// The checks, given each page's `pageCheck` result in page order: how a build that renders checks each body
    /// in the same pass that renders its page, with one parse for both.
    static func run(_ portal: Portal, options: BuildOptions, pageResults: [PageResult], texts textsBySource: [String: PageText]? = nil) -> Findings {
        let settings = portal.configuration.checks
        var found: [Diagnostic] = []
        found += JourneyCompleteness.suggestions(portal)
        let facts = FactConflictFinder().analysis(of: portal.pages.indices.filter { !portal.pages[$0].isTranslation }.flatMap { index in
            portal.pages[index].facts.map { (key: $0.key, value: $0.value, location: $0.location) }
        })
        found += facts.conflicts
        found += staleness(portal, today: options.today ?? .today)
        var lix: [Int: Double] = [:]
        for (index, result) in pageResults.enumerated() {
            lix[index] = result.lix
            found += result.diagnostics
        }
        let texts = pageResults.map(\.text)
        found += nearDuplicates(portal, texts: texts, threshold: settings.duplicateThreshold)
        found += languageCoverage(portal)
        let diagnostics = withConfiguredSeverities(found, settings: settings)
        return Findings(diagnostics: diagnostics, lix: lix, sharedFacts: facts.sharedFacts,
                        texts: textsBySource ?? Self.textsBySource(portal, texts: texts))
    }

    /// Each page's text by its source path, as the search index looks them up.
    static func textsBySource(_ portal: Portal, texts: [PageText]) -> [String: PageText] {
        var textsBySource: [String: PageText] = [:]
        textsBySource.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() { textsBySource[portal.pages[index].sourcePath] = text }
        return textsBySource
    }

    /// Each check's finding with the severity `portal.yaml` gives its rule; dropped when the rule is off.
    static func withConfiguredSeverities(_ found: [Diagnostic], settings: CheckSettings) -> [Diagnostic] {
        found.compactMap { diagnostic in
            guard CheckSettings.defaults.contains(where: { $0.rule == diagnostic.rule }) else { return diagnostic }
            guard let severity = settings.severity(of: diagnostic.rule) else { return nil }
            var adjusted = diagnostic
            adjusted.severity = severity
            return adjusted
        }
    }

    private static func staleness(_ portal: Portal, today: ISODate) -> [Diagnostic] {
        portal.pages.indices.compactMap { index in
            guard !portal.pages[index].isTranslation,
                  let reason = Staleness.isStale(updated: portal.pages[index].updated, reviewBy: portal.pages[index].reviewBy, today: today,
                                                 staleAfterMonths: portal.configuration.staleAfterMonths) else { return nil }
            return .warning("page \(reason.message)", at: SourceLocation(path: portal.pages[index].sourcePath), rule: "stale-content")
        }
    }

    /// The checks of one page body: its findings, its LIX (nil without words) and its text; `hida serve` runs
    /// them again for a page whose text was edited.
    static func pageCheck(_ page: Page, settings: CheckSettings) -> PageResult {
        pageCheck(page, body: MarkdownDocument.parse(page.body, options: .portal), settings: settings)
    }

    /// The checks of a body already parsed with `.portal` options.
    static func pageCheck(_ page: Page, body document: MarkdownDocument, settings: CheckSettings) -> PageResult {
        var diagnostics: [Diagnostic] = []
        for finding in ContentAccessibility.findings(in: document, language: page.language) {
            diagnostics.append(.warning(finding.message, at: SourceLocation(path: page.sourcePath, line: page.bodyFirstLine + finding.line - 1, column: finding.column), rule: finding.rule))
        }
        let text = PageText(document)
        let score = Readability.lix(utf8: text.plainTextUTF8)
        let measured = score.words > 0 ? score.value : nil
        if score.words >= 30, score.value > settings.lixMax {
            diagnostics.append(.warning(
                "hard to read: LIX \(Int(score.value.rounded())) is above \(Int(settings.lixMax.rounded())) (\(score.words) words in \(score.sentences) sentence\(score.sentences == 1 ? "" : "s"); use shorter sentences and words)",
                at: SourceLocation(path: page.sourcePath, line: page.bodyFirstLine, column: 1), rule: "readability"))
        }
        return (diagnostics, measured, text)
    }

    /// Pages of different agencies that say nearly the same, so editors can merge them or link them.
    private static func nearDuplicates(_ portal: Portal, texts: [PageText], threshold: Double) -> [Diagnostic] {
        let detector = NearDuplicateDetector(threshold: threshold)
        // Shingles of the plain text, so that link addresses and Markdown syntax do not count as shared words.
        let pairs = detector.pairs(utf8: portal.pages.indices.filter { !portal.pages[$0].isTranslation }.map { (id: $0, utf8: texts[$0].plainTextUTF8) })
        return pairs.compactMap { pair in
            let (a, b) = (portal.pages[pair.a], portal.pages[pair.b])
            guard a.agency != b.agency else { return nil }
            let percent = Int((pair.similarity * 100).rounded())
            return .warning(
                "\(percent) % of this page's text is also in \(b.sourcePath); merge them or let one link to the other",
                at: SourceLocation(path: a.sourcePath), rule: "near-duplicate")
        }
    }

    /// Per agency: how many pages lack a translation into each further portal language.
    private static func languageCoverage(_ portal: Portal) -> [Diagnostic] {
        let others = portal.configuration.languages.dropFirst()
        guard !others.isEmpty else { return [] }
        // Page numbers per agency, read in place: filtering `portal.pages` would copy every page once per agency.
        var originalsOfAgency: [String: [Int]] = [:]
        for index in portal.pages.indices where !portal.pages[index].isTranslation {
            originalsOfAgency[portal.pages[index].agency, default: []].append(index)
        }
        return portal.agencies.compactMap { agency in
            let originals = originalsOfAgency[agency.id] ?? []
            guard !originals.isEmpty else { return nil }
            let missing = others.map { language in
                (language, originals.filter { portal.translations[portal.pages[$0].key]?[language] == nil }.count)
            }.filter { $0.1 > 0 }
            guard !missing.isEmpty else { return nil }
            let parts = missing.map { "\($0.1) of \(originals.count) pages have no \(Language.nativeName($0.0).lowercased()) (\($0.0)) translation" }
            return .info(parts.joined(separator: "; "), at: SourceLocation(path: agency.sourcePath), rule: "language-coverage")
        }
    }
}
