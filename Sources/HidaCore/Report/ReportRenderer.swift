/// Placeholder until the real renderer lands: the report as JSON only.
enum ReportRenderer {
    static func render(_ data: EditorialReportData) -> [(path: String, contents: String)] {
        [("report.json", "{\"portal\": \"\(data.portalTitle)\"}\n")]
    }
}
