/// The report file of each agency, `etater/<safe id>.html`, unique even when ids collide after cleaning.
struct ReportAgencyPaths {
    /// The file path of each agency, in the order of `EditorialReportData.agencies`.
    let paths: [String]
    private let indexByID: [String: Int]
    private let names: [String]

    init(_ agencies: [AgencyReport]) {
        var used: Set<String> = ["index"]
        var paths: [String] = []
        var indexByID: [String: Int] = [:]
        for (index, agency) in agencies.enumerated() {
            let base = ReportEscaping.fileName(agency.id)
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            paths.append("etater/\(name).html")
            if indexByID[agency.id] == nil { indexByID[agency.id] = index }
        }
        self.paths = paths
        self.indexByID = indexByID
        self.names = agencies.map(\.name)
    }

    /// The path of the agency with this id, nil when the report has no such agency.
    func path(forID id: String) -> String? {
        indexByID[id].map { paths[$0] }
    }

    /// The display name of the agency with this id, or the id itself when unknown.
    func name(forID id: String) -> String {
        indexByID[id].map { names[$0] } ?? id
    }
}
