/// Collects what a check run found into the plain values the editorial report shows.
enum EditorialReportBuilder {
    static let accessibilityRules = ["image-alt", "vague-link-text", "heading-skip", "body-h1", "table-header", "file-link"]

    static func build(portal: Portal, diagnostics: [Diagnostic], findings: EditorialChecks.Findings, today: ISODate) -> EditorialReportData {
        let layout = SiteLayout(configuration: portal.configuration)
        let defaultLanguage = portal.configuration.defaultLanguage
        var byPath: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if let path = diagnostic.location?.path { byPath[path, default: []].append(diagnostic) }
        }
        func pageReport(_ index: Int) -> PageReport {
            let page = portal.pages[index]
            let found = byPath[page.sourcePath] ?? []
            var rules: [String: Int] = [:]
            for diagnostic in found where diagnostic.severity != .info { rules[diagnostic.rule, default: 0] += 1 }
            return PageReport(
                path: page.sourcePath, title: page.title, url: layout.pagePath(slug: page.slug, language: page.language),
                agency: page.agency, updated: page.updated.description, lix: findings.lix[index],
                isStale: found.contains { $0.rule == "stale-content" },
                errors: found.filter { $0.severity == .error }.count, warnings: found.filter { $0.severity == .warning }.count,
                findings: rules,
                translations: portal.languageVersions(of: page).map { portal.pages[$0].language }.filter { $0 != page.language })
        }
        let originals = portal.pages.indices.filter { !portal.pages[$0].isTranslation }
        let pageReports = Dictionary(uniqueKeysWithValues: originals.map { ($0, pageReport($0)) })
        let agencies: [AgencyReport] = portal.agencies
            .sortedNorwegian { $0.name.text(in: defaultLanguage) }
            .map { agency in
                let own = originals.filter { portal.pages[$0].agency == agency.id }
                let reports = own.compactMap { pageReports[$0] }.sortedNorwegian(by: \.title)
                var translated: [String: Int] = [:]
                for language in portal.configuration.languages {
                    translated[language] = own.filter { portal.translations[portal.pages[$0].key]?[language] != nil }.count
                }
                var accessibility: [String: Int] = [:]
                for report in reports {
                    for rule in accessibilityRules { accessibility[rule, default: 0] += report.findings[rule] ?? 0 }
                }
                let agencyPaths = Set(own.map { portal.pages[$0].sourcePath })
                let mentions = { (rule: String) in
                    diagnostics.filter { $0.rule == rule && agencyPaths.contains($0.location?.path ?? "") }.map { "\($0.location!.path): \($0.message)" }
                }
                return AgencyReport(
                    id: agency.id, name: agency.name.text(in: defaultLanguage), organisationNumber: agency.organisationNumber,
                    url: layout.sectionPath(.agency, agency.id, language: defaultLanguage), pageCount: own.count,
                    stalePages: reports.filter(\.isStale).count, lix: own.compactMap { findings.lix[$0] },
                    translated: translated, accessibilityFindings: accessibility,
                    conflicts: mentions("conflicting-fact"), duplicates: mentions("near-duplicate"), pages: reports)
            }
        let worst = pageReports.values
            .filter { $0.errors + $0.warnings > 0 }
            .sorted { ($0.errors * 10 + $0.warnings, $1.path) > ($1.errors * 10 + $1.warnings, $0.path) }
            .prefix(20)
        var perLanguage: [String: Int] = [:]
        for page in portal.pages { perLanguage[page.language, default: 0] += 1 }
        let totals = ReportTotals(
            pages: originals.count, agencies: portal.agencies.count,
            errors: diagnostics.filter { $0.severity == .error }.count, warnings: diagnostics.filter { $0.severity == .warning }.count,
            stalePages: pageReports.values.filter(\.isStale).count,
            conflicts: diagnostics.filter { $0.rule == "conflicting-fact" }.count,
            duplicates: diagnostics.filter { $0.rule == "near-duplicate" }.count,
            accessibilityFindings: diagnostics.filter { accessibilityRules.contains($0.rule) }.count,
            pagesPerLanguage: perLanguage)
        return EditorialReportData(
            portalTitle: portal.configuration.title, date: today.description, languages: portal.configuration.languages,
            totals: totals, agencies: agencies, worstPages: Array(worst),
            sharedFacts: findings.sharedFacts.map { SharedFactReport(key: $0.key, value: $0.value, paths: $0.locations.map(\.path)) })
    }
}
