/// HTML blocks both the overview and the agency pages use: key figures, charts with their tables, page lists.
enum ReportSections {
    /// Opens a section with an h2 that the page's contents list links to.
    static func sectionStart(id: String, title: String) -> String {
        "<section id=\"\(id)\" class=\"report-section\" aria-labelledby=\"\(id)-overskrift\">\n<h2 id=\"\(id)-overskrift\">\(ReportEscaping.markup(title))</h2>\n"
    }

    static let sectionEnd = "</section>\n"

    /// Key figures as a description list of label → value (values are trusted HTML).
    static func keyFigures(_ figures: [(label: String, value: String)]) -> String {
        var html = "<dl class=\"key-figures\">\n"
        for figure in figures {
            html += "<div><dt>\(ReportEscaping.markup(figure.label))</dt><dd>\(figure.value)</dd></div>\n"
        }
        return html + "</dl>\n"
    }

    /// A chart beside (or, on narrow screens, above) the table with the same numbers.
    /// Wide tables go under the chart instead of beside it.
    static func chartWithTable(chart: String, legend: [(label: String, cssClass: String)] = [], table: ReportHTMLTable, isTableWide: Bool = false) -> String {
        guard !table.rows.isEmpty else { return table.html() }
        var html = "<div class=\"chart-with-table\(isTableWide ? " stacked" : "")\">\n<div class=\"chart-box\">\n" + chart
        if !legend.isEmpty {
            html += "<ul class=\"legend\">\n"
            for entry in legend {
                html += "<li><span class=\"swatch \(entry.cssClass)\" aria-hidden=\"true\"></span>\(ReportEscaping.markup(entry.label))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</div>\n" + table.html() + "</div>\n"
    }

    /// The LIX histogram of `values` with its table.
    static func lixDistribution(_ values: [Double], id: String, scope: String) -> String {
        let distribution = LixDistribution(values)
        let bands = LixDistribution.bands
        let histogram = SVGHistogram(
            id: "\(id)-diagram",
            title: "LIX-fordeling for \(scope): antall sider per LIX-intervall",
            bins: zip(bands, distribution.counts).map { SVGHistogram.Bin(label: $0.shortLabel, count: $1) })
        var rows = zip(bands, distribution.counts).map { band, count in
            [ReportEscaping.markup(band.label), ReportEscaping.markup(band.meaning), ReportFormatting.count(count)]
        }
        if distribution.unusable > 0 {
            rows.append(["uten gyldig verdi", "–", ReportFormatting.count(distribution.unusable)])
        }
        let table = ReportHTMLTable(
            id: "\(id)-tabell",
            caption: "LIX-fordeling for \(scope) (nedre grense er med i intervallet)",
            columns: [.init(title: "LIX"), .init(title: "Lesbarhet"), .init(title: "Sider", isNumeric: true)],
            rows: values.isEmpty ? [] : rows,
            emptyText: "Ingen sider med LIX-verdi.")
        let intro = "<p>LIX måler hvor tung en tekst er: lange setninger og lange ord gir høyere tall. Under 40 er lett å lese for de fleste.</p>\n"
        return intro + chartWithTable(chart: histogram.svg(), table: table)
    }

    /// The content-accessibility findings per rule as a bar chart with its table.
    static func accessibilityFindings(_ findings: [String: Int], id: String, scope: String) -> String {
        let rules = orderedRules(findings)
        let total = ReportFormatting.total(rules.map { max(0, findings[$0] ?? 0) })
        guard total > 0 else {
            return "<p class=\"empty\">Ingen funn fra innholdskontrollene for tilgjengelighet.</p>\n"
        }
        let chart = SVGBarChart(
            id: "\(id)-diagram",
            title: "Tilgjengelighetsfunn for \(scope) per regel",
            bars: rules.map { rule in
                let count = findings[rule] ?? 0
                return .init(label: ReportVocabulary.ruleName(rule), segments: [.init(value: Double(count), cssClass: "bar-warning")],
                             valueText: "\(count)")
            })
        let table = ReportHTMLTable(
            id: "\(id)-tabell",
            caption: "Tilgjengelighetsfunn for \(scope) per regel",
            columns: [.init(title: "Regel"), .init(title: "Regel-id"), .init(title: "WCAG"), .init(title: "Funn", isNumeric: true)],
            rows: rules.map { rule in
                let criterion = ReportVocabulary.successCriterion(rule).map { "\($0.number) \($0.name)" } ?? "–"
                return [ReportEscaping.markup(ReportVocabulary.ruleName(rule)), "<code>\(ReportEscaping.markup(rule))</code>",
                        ReportEscaping.markup(criterion), ReportFormatting.count(findings[rule] ?? 0)]
            })
        return chartWithTable(chart: chart.svg(), table: table)
    }

    /// The known rules in their fixed order, then any other rules with findings in alphabetical order.
    static func orderedRules(_ findings: [String: Int]) -> [String] {
        let known = ReportVocabulary.accessibilityRules
        return known + findings.keys.filter { !known.contains($0) }.sorted()
    }

    /// A page's title with its portal address under it.
    static func pageCell(_ page: PageReport) -> String {
        "\(ReportEscaping.markup(page.title))<br><code class=\"page-url\">\(ReportEscaping.markup(page.url))</code>"
    }

    /// The rules that fired on a page as "name (count)" items, worst first, or "–".
    static func findingsCell(_ findings: [String: Int]) -> String {
        let fired = findings.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard !fired.isEmpty else { return "–" }
        return "<ul class=\"cell-list\">" + fired.map { rule, count in
            "<li>\(ReportEscaping.markup(ReportVocabulary.ruleName(rule))) (\(count))</li>"
        }.joined() + "</ul>"
    }

    /// The translations of a page as language names, or "ingen".
    static func translationsCell(_ translations: [String]) -> String {
        translations.isEmpty ? "ingen" : ReportEscaping.markup(translations.map(ReportVocabulary.languageName).joined(separator: ", "))
    }

    /// "Ja" for stale pages, shown with a marker class, otherwise "Nei".
    static func staleCell(_ isStale: Bool) -> String {
        isStale ? "<span class=\"flag-stale\">Ja</span>" : "Nei"
    }

    /// A list of sentences, or a paragraph saying there are none.
    static func sentenceList(_ sentences: [String], emptyText: String) -> String {
        guard !sentences.isEmpty else { return "<p class=\"empty\">\(ReportEscaping.markup(emptyText))</p>\n" }
        return "<ul class=\"sentences\">\n" + sentences.map { "<li>\(ReportEscaping.markup($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// The coverage of each non-default language as percentage bars with the table of counts.
    static func languageCoverage(agencies: [AgencyReport], languages: [String], paths: ReportAgencyPaths?, id: String, scope: String, linkPrefix: String) -> String {
        let others = Array(languages.dropFirst())
        guard !others.isEmpty else { return "<p class=\"empty\">Portalen har bare ett språk.</p>\n" }
        var bars: [SVGBarChart.Bar] = []
        for agency in agencies {
            for language in others {
                let translated = agency.translated[language] ?? 0
                let percent = ReportFormatting.percentValue(translated, of: agency.pageCount) ?? 0
                let label = agencies.count == 1 ? ReportVocabulary.languageName(language) : "\(agency.name), \(ReportVocabulary.languageName(language))"
                bars.append(.init(label: label, segments: [.init(value: percent, cssClass: "bar-primary")],
                                  valueText: ReportFormatting.percent(translated, of: agency.pageCount)))
            }
        }
        let chart = SVGBarChart(id: "\(id)-diagram", title: "Andel sider oversatt til \(others.map(ReportVocabulary.languageName).joined(separator: " og ")) for \(scope)",
                                bars: bars, maximum: 100, showsTrack: true)
        var columns: [ReportHTMLTable.Column] = [.init(title: "Etat"), .init(title: "Sider", isNumeric: true)]
        for language in others {
            columns.append(.init(title: "På \(ReportVocabulary.languageName(language))", isNumeric: true))
            columns.append(.init(title: "Andel \(ReportVocabulary.languageName(language))", isNumeric: true))
        }
        let rows = agencies.enumerated().map { index, agency in
            var row = [agencyLink(agency, path: paths?.paths[index], linkPrefix: linkPrefix), ReportFormatting.count(agency.pageCount)]
            for language in others {
                let translated = agency.translated[language] ?? 0
                row.append(ReportFormatting.count(translated))
                row.append(ReportFormatting.percent(translated, of: agency.pageCount))
            }
            return row
        }
        let table = ReportHTMLTable(id: "\(id)-tabell", caption: "Oversatte sider for \(scope)", columns: columns, rows: rows)
        return chartWithTable(chart: chart.svg(), legend: [("Oversatt", "bar-primary"), ("Ikke oversatt", "bar-track")], table: table,
                              isTableWide: others.count > 1)
    }

    /// The agency's name, linked to its report page when a path is given.
    static func agencyLink(_ agency: AgencyReport, path: String?, linkPrefix: String) -> String {
        guard let path else { return ReportEscaping.markup(agency.name) }
        return "<a href=\"\(ReportEscaping.markup(linkPrefix + path))\">\(ReportEscaping.markup(agency.name))</a>"
    }
}
