import Templates

/// Renders a theme template, turning a template mistake into a diagnostic that points into the theme.
enum TemplateRendering {
    /// The page as UTF-8, the form the output sink writes, so that no page is decoded into a `String` and back.
    static func render(_ name: String, _ value: TemplateValue, context: RenderContext) -> ([UInt8]?, [Diagnostic]) {
        do {
            return (try context.theme.templates.renderUTF8(name, value, strict: true), [])
        } catch {
            return (nil, [.error(error.message, at: SourceLocation(path: error.path, line: error.line, column: error.column), rule: error.rule)])
        }
    }
}
