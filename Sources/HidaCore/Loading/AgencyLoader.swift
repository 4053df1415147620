/// Reads the agency profiles (`agencies/<id>/_agency.md`).
enum AgencyLoader {
    static let knownKeys = ["name", "url", "org_number", "email", "phone"]

    static func load(_ inventory: ContentInventory, configuration: PortalConfiguration) -> ([Agency], [Diagnostic]) {
        var agencies: [Agency] = []
        var diagnostics: [Diagnostic] = []
        for id in inventory.agencyFolders.keys.sorted() {
            let folder = inventory.agencyFolders[id] ?? id
            if !Identifier.isValid(id) {
                diagnostics.append(.error(
                    "agency folder \"\(id)\" must be lowercase letters, digits and hyphens (e.g. \"\(Identifier.suggestion(for: id))\")",
                    at: SourceLocation(path: folder), rule: "invalid-id"))
            }
            let profiles = inventory.agencyProfiles[id] ?? []
            guard let main = profiles.first(where: { $0.language == nil }) else {
                let firstFile = inventory.agencyPages[id]?.first?.path ?? folder
                diagnostics.append(.error(
                    "agency folder \"\(id)\" has no _agency.md, so its pages are left out (every agency needs a profile with its name and organisation number; try: hida new agency \(id))",
                    at: SourceLocation(path: firstFile), rule: "missing-agency-profile"))
                continue
            }
            var (agency, found) = loadProfile(main, id: id)
            diagnostics += found
            for translation in profiles where translation.language != nil {
                let language = translation.language!
                guard configuration.languages.contains(language) else {
                    diagnostics.append(unlistedLanguage(language, path: translation.path, configuration: configuration))
                    continue
                }
                let (translated, translationDiagnostics) = loadProfile(translation, id: id)
                diagnostics += translationDiagnostics
                agency.description.values[language] = translated.description.text(in: language)
                for (key, value) in translated.name.values where key != "*" || agency.name.values[language] == nil {
                    agency.name.values[key == "*" ? language : key] = value
                }
            }
            agencies.append(agency)
        }
        return (agencies, diagnostics)
    }

    private static func loadProfile(_ file: ContentInventory.MarkdownFile, id: String) -> (Agency, [Diagnostic]) {
        let document = FrontMatterDocument.read(file.path)
        var reader = FieldReader(path: file.path, root: document.root)
        var agency = Agency(
            id: id, sourcePath: file.path, name: LocalizedString(all: id), url: nil, organisationNumber: nil,
            email: nil, phone: nil, description: LocalizedString(), descriptionFirstLine: document.bodyFirstLine)
        if let nameNode = reader.node("name") {
            if let text = nameNode.string {
                agency.name = LocalizedString(all: text)
            } else if !nameNode.entries.isEmpty {
                agency.name = LocalizedString(Dictionary(nameNode.entries.compactMap { entry in entry.value.string.map { (entry.key, $0) } }, uniquingKeysWith: { first, _ in first }))
            } else {
                reader.invalid(nameNode, "\"name\" must be a text or a map per language (nb: …, nn: …, en: …)")
            }
        } else if file.language == nil {
            reader.missing("name", what: "the agency's name")
        }
        if let url = reader.text("url") {
            if url.value.hasPrefix("https://") || url.value.hasPrefix("http://") {
                agency.url = url.value
            } else {
                reader.add(.error("\"url\" must be a web address starting with https:// (got \"\(url.value)\")", at: url.location, rule: "invalid-url"))
            }
        }
        if file.language == nil, !reader.has("org_number") {
            reader.add(.warning(
                "no org_number: without the organisation number, search engines and the open data API cannot tell which legal body publishes these pages",
                at: SourceLocation(path: file.path), rule: "missing-org-number"))
        }
        if let number = reader.text("org_number") {
            let digits = number.value.filter { $0 != " " }
            if OrganisationNumber.isValid(digits) {
                agency.organisationNumber = digits
            } else {
                reader.add(.error(
                    "\"\(number.value)\" is not a valid organisation number (9 digits with a mod-11 check digit; see brreg.no)",
                    at: number.location, rule: "invalid-org-number"))
            }
        }
        agency.email = reader.text("email")?.value
        agency.phone = reader.text("phone")?.value
        reader.reportUnknownKeys(allowed: knownKeys)
        agency.description = LocalizedString([file.language ?? "*": document.body])
        return (agency, document.diagnostics + reader.diagnostics)
    }

    static func unlistedLanguage(_ language: String, path: String, configuration: PortalConfiguration) -> Diagnostic {
        .error(
            "translation into \"\(language)\", which is not one of the portal's languages (\(configuration.languages.joined(separator: ", ")))",
            at: SourceLocation(path: path), rule: "unknown-language")
    }
}
