/// One piece of a template: a run of text or a tag, with standalone-line whitespace already removed.
struct TemplateToken: Sendable {
    enum Kind: Sendable, Equatable {
        case text
        case variable
        case trustedVariable
        case sectionOpen
        case invertedSectionOpen
        case close
        case partial
        case parent
        case blockOpen
    }

    var kind: Kind
    /// The text bytes, or the tag's trimmed name.
    var bytes: Range<Int>
    /// Where the tag's `{{` is; unused for text.
    var position: SourcePosition
    /// Whether the tag stood alone on its line, which was removed.
    var isStandalone: Bool = false
    /// The whitespace before a standalone partial, layout or empty block, prepended to each line it renders.
    var indentation: Range<Int>? = nil
}
