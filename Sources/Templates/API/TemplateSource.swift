/// One template's text, the name other templates and callers use for it, and its path for diagnostics.
public struct TemplateSource: Sendable, Equatable {
    /// The name used by `render` and by `{{> name}}` / `{{< name}}`, e.g. "pages/page" or "partials/header".
    public var name: String
    /// Where the template came from, shown in diagnostics, e.g. "Themes/felles/templates/pages/page.html".
    public var path: String
    /// The template text.
    public var text: String

    /// Creates a source; `path` defaults to the name.
    public init(name: String, path: String? = nil, text: String) {
        self.name = name
        self.path = path ?? name
        self.text = text
    }
}
