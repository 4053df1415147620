/// One node of a parsed template; nodes with a body are followed by it and store where it ends.
enum TemplateNode: Sendable {
    /// Template bytes written as they are.
    case text(Range<Int>)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw only for trusted HTML); an empty path is `{{.}}`.
    case variable(VariableReference, trusted: Bool)
    /// `{{#name}}` or `{{^name}}`; the body is the nodes up to `bodyEnd`.
    case section(VariableReference, inverted: Bool, bodyEnd: Int, isStandalone: Bool)
    /// `{{> name}}`, rendered with the current context.
    case partial(Inclusion)
    /// `{{< name}}…{{/name}}`: a layout, with the blocks this body fills (block name → node index).
    case parent(Inclusion, filledBlocks: [String: Int], bodyEnd: Int)
    /// `{{$name}}default{{/name}}`: a place a page can fill.
    case block(name: String, bodyEnd: Int, indentation: [UInt8], isStandalone: Bool, position: SourcePosition)
}
