/// A value a template can show: text is escaped, trusted HTML is a distinct case.
public enum TemplateValue: Sendable, Equatable {
    /// Plain text, always HTML-escaped when rendered.
    case text(String)
    /// Trusted HTML, written raw only under `{{{ }}}` and escaped under `{{ }}`.
    case html(String)
    /// Trusted HTML as UTF-8 bytes, as a Markdown renderer makes it: written as it is, without being turned into a
    /// `String` (which checks every byte) only to be turned back into bytes. Escaped under `{{ }}` like `html`.
    case htmlUTF8([UInt8])
    /// A flag: true renders a section once, false skips it.
    case bool(Bool)
    /// A whole number: non-zero renders a section once, zero skips it.
    case number(Int)
    /// A list: a section renders once per item with the item on top of the context stack.
    case list([TemplateValue])
    /// Named fields, looked up by `{{name}}` and `{{a.b}}`.
    case object(TemplateObject)
    /// No value: renders nothing and skips sections.
    case null
}
