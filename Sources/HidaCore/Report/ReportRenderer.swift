/// Turns the editorial report's data into the files of a static dashboard: HTML pages, JSON and CSS.
enum ReportRenderer {
    /// Site-relative file paths (e.g. "index.html", "etater/nav.html", "report.json", "report.css") and their contents.
    static func render(_ data: EditorialReportData) -> [(path: String, contents: String)] {
        let paths = ReportAgencyPaths(data.agencies)
        var files: [(path: String, contents: String)] = [
            ("index.html", ReportIndexPage(data: data, paths: paths).html()),
        ]
        for (index, agency) in data.agencies.enumerated() {
            files.append((paths.paths[index], ReportAgencyPage(data: data, agency: agency).html()))
        }
        files.append(("report.json", data.json.text()))
        files.append(("report.css", ReportStylesheet.css))
        return files
    }
}
