/// A run of nodes being rendered; frames live on an explicit stack so template nesting never deepens the call stack.
///
/// A frame holds only numbers (its indentation, overrides and list are kept by the renderer), so pushing, reading
/// and popping one costs no reference counting.
struct RenderFrame {
    /// What to do when the frame's nodes are done.
    enum Exit {
        case none
        case popContext
        /// Renders the body again for the next item of `TemplateRenderer.lists[list]`.
        case nextItem(list: Int, index: Int, bodyStart: Int)
    }

    var template: Int
    var cursor: Int
    var end: Int
    /// Whitespace prepended to each rendered template line (standalone partials and blocks): an index in
    /// `TemplateRenderer.indentations`, 0 for none.
    var indentation: Int
    /// The blocks filled around this frame: an index in `TemplateRenderer.scopes`, or `BlockOverrides.none`.
    var overrides: Int
    /// How many partials and layouts enclose this frame.
    var inclusionDepth: Int
    var exit: Exit = .none
}
