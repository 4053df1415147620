/// One node of a parsed template; nodes with a body are followed by it and store where it ends.
///
/// Nodes hold only numbers (tags' names and references live in the template's side tables), so the renderer reads
/// one without reference counting.
enum TemplateNode: Sendable {
    /// Template bytes written as they are.
    case text(Range<Int>)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw only for trusted HTML); the reference's index in
    /// `CompiledTemplate.references`.
    case variable(reference: Int, trusted: Bool)
    /// `{{#name}}` or `{{^name}}`; the body is the nodes up to `bodyEnd`.
    case section(reference: Int, inverted: Bool, bodyEnd: Int, isStandalone: Bool)
    /// `{{> name}}`, rendered with the current context; the index in `CompiledTemplate.inclusions`.
    case partial(inclusion: Int)
    /// `{{< name}}…{{/name}}`: a layout, with the blocks this body fills (`CompiledTemplate.fillings`).
    case parent(inclusion: Int, fillings: Int, bodyEnd: Int)
    /// `{{$name}}default{{/name}}`: a place a page can fill; the index in `CompiledTemplate.blocks`.
    case block(Int, bodyEnd: Int)
}
