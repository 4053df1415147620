import Foundation

/// `hida new`: writes a starting file that passes `hida check` once its placeholders are replaced by real text.
public enum Scaffold {
    public enum Request: Sendable {
        case page(agency: String, slug: String, title: String?, topic: String?)
        case journey(id: String, title: String?)
        case agency(id: String, name: String?, organisationNumber: String?)
    }

    public struct Problem: Error, Sendable {
        public var message: String
        /// True when the request itself was wrong (exit code 2) rather than the file system (exit code 3).
        public var isUsage: Bool
    }

    /// The date written into new files; passed in by tests so that scaffolds are reproducible.
    public static func create(_ request: Request, contentDirectory: String, today: ISODate = .today) -> Result<String, Problem> {
        let (path, text): (String, String)
        switch request {
        case .page(let agency, let slug, let title, let topic):
            guard Identifier.isValid(agency), Identifier.isValid(slug) else {
                return .failure(Problem(message: "agency and slug must be lowercase letters, digits and hyphens (e.g. \(Identifier.suggestion(for: slug)))", isUsage: true))
            }
            guard FileManager.default.fileExists(atPath: "\(contentDirectory)/agencies/\(agency)/_agency.md") else {
                return .failure(Problem(message: "there is no agency \"\(agency)\" (create it first: hida new agency \(agency))", isUsage: true))
            }
            path = "\(contentDirectory)/agencies/\(agency)/\(slug).md"
            text = """
            ---
            title: \(quoted(title ?? "Tittel på siden"))
            description: Én eller to setninger om hva siden handler om.
            topics: [\(topic.map(quoted) ?? "tema/familie-og-barn")]
            updated: \(today)
            ---
            Skriv innholdet her, i klart språk. Start med det viktigste.

            ## Slik gjør du det

            1. Første steg.
            2. Neste steg.

            """
        case .journey(let id, let title):
            guard Identifier.isValid(id) else {
                return .failure(Problem(message: "a journey id must be lowercase letters, digits and hyphens (e.g. \(Identifier.suggestion(for: id)))", isUsage: true))
            }
            path = "\(contentDirectory)/journeys/\(id).md"
            let firstPage = firstPageSlug(contentDirectory: contentDirectory) ?? "side"
            text = """
            ---
            title: \(quoted(title ?? "Navn på livshendelsen"))
            description: Hva innbyggeren må gjøre, steg for steg.
            updated: \(today)
            steps:
              - id: forste-steg
                title: Det første du gjør
                pages: [\(firstPage)]
            ---
            En kort innledning til livshendelsen.

            """
        case .agency(let id, let name, let organisationNumber):
            guard Identifier.isValid(id) else {
                return .failure(Problem(message: "an agency id must be lowercase letters, digits and hyphens (e.g. \(Identifier.suggestion(for: id)))", isUsage: true))
            }
            if let organisationNumber, !OrganisationNumber.isValid(organisationNumber) {
                return .failure(Problem(message: "\"\(organisationNumber)\" is not a valid organisation number (9 digits with a mod-11 check digit)", isUsage: true))
            }
            path = "\(contentDirectory)/agencies/\(id)/_agency.md"
            text = """
            ---
            name: \(quoted(name ?? id))
            url: https://www.example.no/
            org_number: \(quoted(organisationNumber ?? "974760673"))
            ---
            Kort om etaten og hva den hjelper innbyggerne med.

            """
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            return .failure(Problem(message: "\(path) already exists; nothing was written", isUsage: true))
        }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            return .failure(Problem(message: "cannot write \(path): \(error.localizedDescription)", isUsage: false))
        }
        return .success(path)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func firstPageSlug(contentDirectory: String) -> String? {
        let inventory = ContentInventory.scan(contentDirectory: contentDirectory)
        for agency in inventory.agencyPages.keys.sorted() {
            if let file = inventory.agencyPages[agency]?.first(where: { $0.language == nil }) {
                return String(file.name.split(separator: "/").last ?? "")
            }
        }
        return nil
    }
}

extension ISODate {
    /// Today's date in UTC; used only for new files, never for the site's output.
    public static var today: ISODate {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return ISODate(year: components.year ?? 2026, month: components.month ?? 1, day: components.day ?? 1) ?? ISODate(daysSinceEpoch: 0)
    }
}
