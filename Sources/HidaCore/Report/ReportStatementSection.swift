/// The agency's content-accessibility findings worded for its accessibility statement (tilgjengelighetserklæring).
struct ReportStatementSection {
    var agency: AgencyReport
    var date: String

    /// One breached success criterion with the rules behind it.
    struct Breach {
        var criterion: ReportVocabulary.SuccessCriterion
        var rules: [String]
    }

    /// The success criteria with findings, in WCAG number order, each with its rules in the report's rule order.
    func breaches() -> [Breach] {
        var breaches: [Breach] = []
        for rule in ReportSections.orderedRules(agency.accessibilityFindings) where (agency.accessibilityFindings[rule] ?? 0) > 0 {
            guard let criterion = ReportVocabulary.successCriterion(rule) else { continue }
            if let index = breaches.firstIndex(where: { $0.criterion == criterion }) {
                breaches[index].rules.append(rule)
            } else {
                breaches.append(Breach(criterion: criterion, rules: [rule]))
            }
        }
        return breaches.sorted { $0.criterion.number < $1.criterion.number }
    }

    /// The section body: instructions, then one block per breached criterion to copy into the statement.
    func html() -> String {
        let name = ReportEscaping.markup(agency.name)
        let breaches = breaches()
        guard !breaches.isEmpty else {
            return "<p>Hida fant ingen innholdsfeil hos \(name) som må oppgis i tilgjengelighetserklæringen. "
                + "Kontrollen dekker bare teksten på portalsidene; sjekk også bilder, skjemaer og filer manuelt.</p>\n"
        }
        var html = "<p>Teksten i rammen kan limes inn i tilgjengelighetserklæringen til \(name), under punktet om innhold som ikke er universelt utformet. "
            + "Den bygger på automatiske kontroller \(ReportEscaping.markup(date)) og dekker ikke alt en manuell test finner.</p>\n"
        html += "<div class=\"statement\">\n"
        for breach in breaches {
            let criterion = breach.criterion
            html += "<h3>\(ReportEscaping.markup(criterion.number)) \(ReportEscaping.markup(criterion.name)) (nivå \(ReportEscaping.markup(criterion.level)))</h3>\n"
            for rule in breach.rules {
                let pages = agency.pages.filter { ($0.findings[rule] ?? 0) > 0 }
                let count = agency.accessibilityFindings[rule] ?? 0
                html += "<p>\(ReportEscaping.markup(ReportVocabulary.statementSentence(rule, count: count, pages: pages.count)))</p>\n"
                if !pages.isEmpty {
                    html += "<ul>\n" + pages.map { page in
                        "<li>\(ReportEscaping.markup(page.title)) (\(ReportEscaping.markup(page.url)))</li>\n"
                    }.joined() + "</ul>\n"
                }
            }
        }
        html += "<p>Vi retter feilene fortløpende og oppdaterer erklæringen når de er rettet.</p>\n"
        return html + "</div>\n"
    }
}
