/// Reads the editorial introductions to theme pages (`Content/topics/<los-slug>.md`).
enum TopicIntroductionLoader {
    static func load(_ inventory: ContentInventory, configuration: PortalConfiguration) -> ([TopicIntroduction], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var introductions: [TopicIntroduction] = []
        for file in inventory.topicIntroductions {
            let language = file.language ?? configuration.defaultLanguage
            guard configuration.languages.contains(language) else {
                diagnostics.append(AgencyLoader.unlistedLanguage(language, path: file.path, configuration: configuration))
                continue
            }
            let document = FrontMatterDocument.read(file.path)
            var reader = FieldReader(path: file.path, root: document.root)
            let title = reader.text("title")?.value
            _ = reader.date("updated")
            reader.reportUnknownKeys(allowed: ["title", "updated"])
            diagnostics += document.diagnostics + reader.diagnostics
            introductions.append(TopicIntroduction(slug: file.name, language: language, sourcePath: file.path, title: title, body: document.body, bodyFirstLine: document.bodyFirstLine))
        }
        return (introductions, diagnostics)
    }
}
