extension EditorialReportData {
    /// The whole report as JSON, fields in model order and dictionary keys sorted.
    var json: ReportJSON {
        .object([
            ("portalTitle", .string(portalTitle)),
            ("date", .string(date)),
            ("languages", .array(languages.map(ReportJSON.string))),
            ("totals", totals.json),
            ("agencies", .array(agencies.map(\.json))),
            ("worstPages", .array(worstPages.map(\.json))),
            ("sharedFacts", .array(sharedFacts.map(\.json))),
        ])
    }
}

extension ReportTotals {
    var json: ReportJSON {
        .object([
            ("pages", .integer(pages)),
            ("agencies", .integer(agencies)),
            ("errors", .integer(errors)),
            ("warnings", .integer(warnings)),
            ("stalePages", .integer(stalePages)),
            ("conflicts", .integer(conflicts)),
            ("duplicates", .integer(duplicates)),
            ("accessibilityFindings", .integer(accessibilityFindings)),
            ("pagesPerLanguage", .sortedObject(pagesPerLanguage, ReportJSON.integer)),
        ])
    }
}

extension AgencyReport {
    var json: ReportJSON {
        .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("organisationNumber", organisationNumber.map(ReportJSON.string) ?? .null),
            ("url", .string(url)),
            ("pageCount", .integer(pageCount)),
            ("stalePages", .integer(stalePages)),
            ("lix", .array(lix.map(ReportJSON.number))),
            ("translated", .sortedObject(translated, ReportJSON.integer)),
            ("accessibilityFindings", .sortedObject(accessibilityFindings, ReportJSON.integer)),
            ("conflicts", .array(conflicts.map(ReportJSON.string))),
            ("duplicates", .array(duplicates.map(ReportJSON.string))),
            ("pages", .array(pages.map(\.json))),
        ])
    }
}

extension PageReport {
    var json: ReportJSON {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("url", .string(url)),
            ("agency", .string(agency)),
            ("updated", .string(updated)),
            ("lix", lix.map(ReportJSON.number) ?? .null),
            ("isStale", .boolean(isStale)),
            ("errors", .integer(errors)),
            ("warnings", .integer(warnings)),
            ("findings", .sortedObject(findings, ReportJSON.integer)),
            ("translations", .array(translations.map(ReportJSON.string))),
        ])
    }
}

extension SharedFactReport {
    var json: ReportJSON {
        .object([
            ("key", .string(key)),
            ("value", .string(value)),
            ("paths", .array(paths.map(ReportJSON.string))),
        ])
    }
}
