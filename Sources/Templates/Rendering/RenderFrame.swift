/// A run of nodes being rendered; frames live on an explicit stack so template nesting never deepens the call stack.
struct RenderFrame {
    /// What to do when the frame's nodes are done.
    enum Exit {
        case none
        case popContext
        case nextItem(items: [TemplateValue], index: Int, bodyStart: Int)
    }

    var template: Int
    var cursor: Int
    var end: Int
    /// Whitespace prepended to each rendered template line (standalone partials and blocks).
    var indentation: [UInt8]
    var overrides: BlockOverrides?
    /// How many partials and layouts enclose this frame.
    var inclusionDepth: Int
    var exit: Exit = .none
}
