/// The compact tag the parser and renderers switch on; `MarkdownNode.Kind` is its public face.
enum NodeType: UInt8 {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    case text, softBreak, lineBreak, code, inlineHTML, emphasis, strong, strikethrough, link, image

    /// True for node types that sit at block level.
    var isBlock: Bool { rawValue <= NodeType.tableCell.rawValue }
}
