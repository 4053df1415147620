/// The overview page, `index.html`: portal totals, every agency, charts, the worst pages and shared facts.
struct ReportIndexPage {
    var data: EditorialReportData
    var paths: ReportAgencyPaths

    /// The page as an HTML document.
    func html() -> String {
        let sections: [ReportHTMLPage.Section] = [
            .init(id: "nokkeltall", label: "Nøkkeltall"),
            .init(id: "etater", label: "Etatene"),
            .init(id: "sprak", label: "Språkdekning"),
            .init(id: "lesbarhet", label: "Lesbarhet (LIX)"),
            .init(id: "tilgjengelighet", label: "Tilgjengelighetsfunn"),
            .init(id: "rett-forst", label: "Sider å rette først"),
            .init(id: "fakta", label: "Delte faktaopplysninger"),
        ]
        var body = ReportSections.sectionStart(id: "nokkeltall", title: "Nøkkeltall") + keyFigures() + ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "etater", title: "Etatene") + agencyOverview() + ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "sprak", title: "Språkdekning")
        body += ReportSections.languageCoverage(agencies: data.agencies, languages: data.languages, paths: paths,
                                                id: "sprak", scope: "alle etater", linkPrefix: "")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "lesbarhet", title: "Lesbarhet (LIX)")
        body += ReportSections.lixDistribution(data.agencies.flatMap(\.lix), id: "lix", scope: "hele portalen")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "tilgjengelighet", title: "Tilgjengelighetsfunn")
        body += ReportSections.accessibilityFindings(portalFindings(), id: "funn", scope: "hele portalen")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "rett-forst", title: "Sider å rette først") + worstPages() + ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "fakta", title: "Delte faktaopplysninger") + sharedFacts() + ReportSections.sectionEnd
        let introduction = "<p class=\"lead\">Status for innholdet i \(ReportEscaping.markup(data.portalTitle)) per \(ReportEscaping.markup(data.date)): "
            + "utdaterte sider, lesbarhet, språkdekning og tilgjengelighetsfunn for hver etat.</p>\n"
        return ReportHTMLPage(
            title: "Redaksjonsrapport", portalTitle: data.portalTitle, date: data.date, rootPrefix: "",
            breadcrumbs: [], sections: sections, introduction: introduction, body: body
        ).html()
    }

    private func keyFigures() -> String {
        let totals = data.totals
        var figures: [(label: String, value: String)] = [
            ("Sider", ReportFormatting.count(totals.pages)),
            ("Etater", ReportFormatting.count(totals.agencies)),
            ("Utdaterte sider", "\(ReportFormatting.count(totals.stalePages)) <span class=\"figure-note\">(\(ReportFormatting.percent(totals.stalePages, of: totals.pages)))</span>"),
            ("Feil", ReportFormatting.count(totals.errors)),
            ("Advarsler", ReportFormatting.count(totals.warnings)),
            ("Motstridende fakta", ReportFormatting.count(totals.conflicts)),
            ("Nesten like sider", ReportFormatting.count(totals.duplicates)),
            ("Tilgjengelighetsfunn", ReportFormatting.count(totals.accessibilityFindings)),
        ]
        for language in orderedLanguages() {
            let count = totals.pagesPerLanguage[language] ?? 0
            figures.append(("Sider på \(ReportVocabulary.languageName(language))",
                            "\(ReportFormatting.count(count)) <span class=\"figure-note\">(\(ReportFormatting.percent(count, of: totals.pages)))</span>"))
        }
        return ReportSections.keyFigures(figures)
    }

    /// The portal's languages first, then any other language the totals mention.
    private func orderedLanguages() -> [String] {
        data.languages + data.totals.pagesPerLanguage.keys.filter { !data.languages.contains($0) }.sorted()
    }

    private func agencyOverview() -> String {
        let chart = SVGBarChart(
            id: "etater-diagram",
            title: "Sider per etat, delt i oppdaterte og utdaterte",
            bars: data.agencies.map { agency in
                let stale = min(max(0, agency.stalePages), max(0, agency.pageCount))
                return .init(label: agency.name,
                             segments: [.init(value: Double(max(0, agency.pageCount) - stale), cssClass: "bar-primary"),
                                        .init(value: Double(stale), cssClass: "bar-stale")],
                             valueText: "\(agency.pageCount) sider, \(agency.stalePages) utdatert")
            })
        let others = Array(data.languages.dropFirst())
        var columns: [ReportHTMLTable.Column] = [
            .init(title: "Etat"), .init(title: "Sider", isNumeric: true), .init(title: "Utdaterte", isNumeric: true),
            .init(title: "Andel utdatert", isNumeric: true),
        ]
        columns += others.map { .init(title: "Oversatt til \(ReportVocabulary.languageName($0))", isNumeric: true) }
        columns += [.init(title: "Median LIX", isNumeric: true), .init(title: "Tilgjengelighetsfunn", isNumeric: true),
                    .init(title: "Motstridende fakta", isNumeric: true), .init(title: "Nesten like sider", isNumeric: true)]
        let rows = data.agencies.enumerated().map { index, agency in
            var row = [ReportSections.agencyLink(agency, path: paths.paths[index], linkPrefix: ""),
                       ReportFormatting.count(agency.pageCount), ReportFormatting.count(agency.stalePages),
                       ReportFormatting.percent(agency.stalePages, of: agency.pageCount)]
            row += others.map { ReportFormatting.percent(agency.translated[$0] ?? 0, of: agency.pageCount) }
            row += [ReportFormatting.lix(ReportIndexPage.median(agency.lix)),
                    ReportFormatting.count(ReportFormatting.total(agency.accessibilityFindings.values)),
                    ReportFormatting.count(agency.conflicts.count), ReportFormatting.count(agency.duplicates.count)]
            return row
        }
        let table = ReportHTMLTable(id: "etater-tabell", caption: "Etatene med sider, utdatert innhold og funn", columns: columns, rows: rows,
                                    emptyText: "Rapporten har ingen etater.")
        return ReportSections.chartWithTable(chart: chart.svg(), legend: [("Oppdatert", "bar-primary"), ("Utdatert", "bar-stale")], table: table,
                                              isTableWide: true)
    }

    private func portalFindings() -> [String: Int] {
        var findings: [String: Int] = [:]
        for agency in data.agencies {
            for (rule, count) in agency.accessibilityFindings { findings[rule] = ReportFormatting.total([findings[rule] ?? 0, count]) }
        }
        return findings
    }

    private func worstPages() -> String {
        let rows = data.worstPages.map { page in
            let agency = paths.path(forID: page.agency).map { "<a href=\"\(ReportEscaping.markup($0))\">\(ReportEscaping.markup(paths.name(forID: page.agency)))</a>" }
                ?? ReportEscaping.markup(paths.name(forID: page.agency))
            return [ReportSections.pageCell(page), agency, ReportFormatting.lix(page.lix), ReportSections.staleCell(page.isStale),
                    ReportFormatting.count(page.errors), ReportFormatting.count(page.warnings), ReportSections.findingsCell(page.findings)]
        }
        let table = ReportHTMLTable(
            id: "rett-forst-tabell", caption: "De sidene som trenger mest arbeid, de verste først",
            columns: [.init(title: "Side"), .init(title: "Etat"), .init(title: "LIX", isNumeric: true), .init(title: "Utdatert"),
                      .init(title: "Feil", isNumeric: true), .init(title: "Advarsler", isNumeric: true), .init(title: "Funn")],
            rows: rows, emptyText: "Ingen sider trenger retting.")
        return table.html()
    }

    private func sharedFacts() -> String {
        let table = ReportHTMLTable(
            id: "fakta-tabell", caption: "Faktaopplysninger som flere sider oppgir med samme verdi",
            columns: [.init(title: "Opplysning"), .init(title: "Verdi"), .init(title: "Sider", isNumeric: true), .init(title: "Kildefiler")],
            rows: data.sharedFacts.map { fact in
                ["<code>\(ReportEscaping.markup(fact.key))</code>", ReportEscaping.markup(fact.value), ReportFormatting.count(fact.paths.count),
                 "<ul class=\"cell-list\">" + fact.paths.map { "<li><code>\(ReportEscaping.markup($0))</code></li>" }.joined() + "</ul>"]
            },
            emptyText: "Ingen faktaopplysninger er delt mellom flere sider.")
        return "<p>Når en slik verdi endres, må alle sidene oppdateres samtidig.</p>\n" + table.html()
    }

    /// The median of the finite values, nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
