/// One agency's page, `etater/<id>.html`: its numbers, charts, pages, conflicts, duplicates and statement text.
struct ReportAgencyPage {
    var data: EditorialReportData
    var agency: AgencyReport

    /// The page as an HTML document.
    func html() -> String {
        let sections: [ReportHTMLPage.Section] = [
            .init(id: "nokkeltall", label: "Nøkkeltall"),
            .init(id: "sprak", label: "Språkdekning"),
            .init(id: "lesbarhet", label: "Lesbarhet (LIX)"),
            .init(id: "tilgjengelighet", label: "Tilgjengelighetsfunn"),
            .init(id: "sider", label: "Sidene"),
            .init(id: "konflikter", label: "Motstridende fakta"),
            .init(id: "duplikater", label: "Nesten like sider"),
            .init(id: "erklaering", label: "Til tilgjengelighetserklæringen"),
        ]
        let scope = agency.name
        var body = ReportSections.sectionStart(id: "nokkeltall", title: "Nøkkeltall") + keyFigures() + ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "sprak", title: "Språkdekning")
        body += ReportSections.languageCoverage(agencies: [agency], languages: data.languages, paths: nil, id: "sprak", scope: scope, linkPrefix: "")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "lesbarhet", title: "Lesbarhet (LIX)")
        body += ReportSections.lixDistribution(agency.lix, id: "lix", scope: scope)
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "tilgjengelighet", title: "Tilgjengelighetsfunn")
        body += ReportSections.accessibilityFindings(agency.accessibilityFindings, id: "funn", scope: scope)
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "sider", title: "Sidene") + pagesTable() + ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "konflikter", title: "Motstridende fakta")
        body += ReportSections.sentenceList(agency.conflicts, emptyText: "Ingen motstridende faktaopplysninger.")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "duplikater", title: "Nesten like sider")
        body += ReportSections.sentenceList(agency.duplicates, emptyText: "Ingen sider er nesten like sider fra andre etater.")
        body += ReportSections.sectionEnd
        body += ReportSections.sectionStart(id: "erklaering", title: "Til tilgjengelighetserklæringen")
        body += ReportStatementSection(agency: agency, date: data.date).html()
        body += ReportSections.sectionEnd
        let introduction = "<p class=\"lead\">Innholdet til \(ReportEscaping.markup(agency.name)) i \(ReportEscaping.markup(data.portalTitle)) per \(ReportEscaping.markup(data.date)).</p>\n"
        return ReportHTMLPage(
            title: agency.name, portalTitle: data.portalTitle, date: data.date, rootPrefix: "../",
            breadcrumbs: [.init(label: "Oversikt", href: "../index.html"), .init(label: agency.name, href: nil)],
            sections: sections, introduction: introduction, body: body
        ).html()
    }

    private func keyFigures() -> String {
        var figures: [(label: String, value: String)] = [
            ("Sider", ReportFormatting.count(agency.pageCount)),
            ("Utdaterte sider", "\(ReportFormatting.count(agency.stalePages)) <span class=\"figure-note\">(\(ReportFormatting.percent(agency.stalePages, of: agency.pageCount)))</span>"),
            ("Median LIX", ReportFormatting.lix(ReportIndexPage.median(agency.lix))),
            ("Tilgjengelighetsfunn", ReportFormatting.count(ReportFormatting.total(agency.accessibilityFindings.values))),
            ("Motstridende fakta", ReportFormatting.count(agency.conflicts.count)),
            ("Nesten like sider", ReportFormatting.count(agency.duplicates.count)),
        ]
        if let number = agency.organisationNumber {
            figures.append(("Organisasjonsnummer", "<span class=\"figure-text\">\(ReportEscaping.markup(number))</span>"))
        }
        figures.append(("Etatens side på portalen", "<code>\(ReportEscaping.markup(agency.url))</code>"))
        return ReportSections.keyFigures(figures)
    }

    private func pagesTable() -> String {
        let table = ReportHTMLTable(
            id: "sider-tabell", caption: "Sidene til \(agency.name), sortert etter tittel",
            columns: [.init(title: "Side"), .init(title: "Oppdatert"), .init(title: "LIX", isNumeric: true), .init(title: "Utdatert"),
                      .init(title: "Feil", isNumeric: true), .init(title: "Advarsler", isNumeric: true), .init(title: "Funn"),
                      .init(title: "Oversettelser")],
            rows: agency.pages.map { page in
                [ReportSections.pageCell(page), ReportEscaping.markup(page.updated), ReportFormatting.lix(page.lix),
                 ReportSections.staleCell(page.isStale), ReportFormatting.count(page.errors), ReportFormatting.count(page.warnings),
                 ReportSections.findingsCell(page.findings), ReportSections.translationsCell(page.translations)]
            },
            emptyText: "Etaten har ingen sider.")
        return table.html()
    }
}
