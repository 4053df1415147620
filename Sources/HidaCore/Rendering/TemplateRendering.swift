import Templates

/// Renders a theme template, turning a template mistake into a diagnostic that points into the theme.
enum TemplateRendering {
    static func render(_ name: String, _ value: TemplateValue, context: RenderContext) -> (String?, [Diagnostic]) {
        do {
            return (try context.theme.templates.render(name, value, strict: true), [])
        } catch {
            return (nil, [.error(error.message, at: SourceLocation(path: error.path, line: error.line, column: error.column), rule: error.rule)])
        }
    }
}
