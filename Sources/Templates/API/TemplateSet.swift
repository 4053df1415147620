/// A set of templates parsed once, that include each other by name and render many times from any thread.
///
/// The language is logic-less Mustache: `{{name}}`, `{{a.b}}` and `{{.}}` (always escaped), `{{{name}}}` (raw only
/// for `.html` values), sections `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`, comments `{{! … }}`, partials
/// `{{> name}}`, and layouts `{{< layout}}{{$block}}…{{/block}}{{/layout}}` filling the layout's `{{$block}}default{{/block}}`.
/// There are no lambdas and no set-delimiter tags.
public struct TemplateSet: Sendable {
    private let templates: [CompiledTemplate]
    private let indexByName: [String: Int]
    private let tables: RenderTables

    /// Parses every template once; reports all errors of all templates (unclosed or mismatched sections at their
    /// opening tag, unknown partials and layouts, malformed tags), sorted by path, line and column.
    public init(_ sources: [TemplateSource]) throws(TemplateErrors) {
        var indexByName: [String: Int] = [:]
        var errors: [TemplateError] = []
        for (index, source) in sources.enumerated() {
            if let earlier = indexByName[source.name] {
                errors.append(TemplateError(
                    path: source.path, line: 0, column: 0,
                    message: "template name \"\(source.name)\" is already used by \(sources[earlier].path)",
                    rule: "duplicate-template"))
            } else {
                indexByName[source.name] = index
            }
        }
        var templates: [CompiledTemplate] = []
        templates.reserveCapacity(sources.count)
        for source in sources {
            let parsed = TemplateParser.parse(source, templateIndex: indexByName)
            templates.append(parsed.template)
            errors.append(contentsOf: parsed.errors)
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        self.templates = templates
        self.indexByName = indexByName
        tables = RenderTables(templates)
    }

    /// The names of all templates, sorted.
    public var names: [String] {
        indexByName.keys.sorted()
    }

    /// Whether a template with this name exists.
    public func contains(_ name: String) -> Bool {
        indexByName[name] != nil
    }

    /// Renders the named template with `context` as the outermost context; thread-safe.
    /// In strict mode an unknown variable or section name throws an error at the tag's position.
    public func render(_ name: String, _ context: TemplateValue, strict: Bool = false) throws(TemplateError) -> String {
        String(decoding: try renderUTF8(name, context, strict: strict), as: UTF8.self)
    }

    /// Renders like `render` but returns the UTF-8 bytes, skipping the String conversion when writing files.
    public func renderUTF8(_ name: String, _ context: TemplateValue, strict: Bool = false) throws(TemplateError) -> [UInt8] {
        guard let index = indexByName[name] else {
            throw TemplateError(path: name, line: 0, column: 0, message: "unknown template \"\(name)\"", rule: "unknown-template")
        }
        var renderer = TemplateRenderer(templates: templates, tables: tables, isStrict: strict)
        return try renderer.render(index, context: context)
    }
}
