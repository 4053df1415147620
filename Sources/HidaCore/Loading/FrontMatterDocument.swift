/// A Markdown file split into its parsed front matter and its body, with every problem found on the way.
struct FrontMatterDocument {
    var root: YAMLNode?
    var body: String
    var bodyFirstLine: Int
    var diagnostics: [Diagnostic]

    static func read(_ path: String) -> FrontMatterDocument {
        guard let text = TextFile.read(path) else {
            return FrontMatterDocument(root: nil, body: "", bodyFirstLine: 1, diagnostics: [.error("cannot read file", at: SourceLocation(path: path), rule: "io-error")])
        }
        return parse(text, path: path)
    }

    static func parse(_ text: String, path: String) -> FrontMatterDocument {
        let split = FrontMatter.split(text, path: path)
        var diagnostics = split.diagnostics
        var root: YAMLNode?
        if diagnostics.isEmpty {
            let parsed = YAMLParser.parse(split.yaml, path: path, firstLine: split.yamlFirstLine)
            root = parsed.root
            diagnostics += parsed.diagnostics
        }
        return FrontMatterDocument(root: root, body: split.body, bodyFirstLine: split.bodyFirstLine, diagnostics: diagnostics)
    }
}
