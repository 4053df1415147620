/// The blocks filled by the pages and layouts around the template being rendered; the outermost filling wins.
final class BlockOverrides: Sendable {
    /// Where a block's replacement content is, and the overrides that were in force where it was written.
    struct Override: Sendable {
        var template: Int
        var blockNode: Int
        var scope: BlockOverrides?
    }

    let blocks: [String: Override]

    init(_ blocks: [String: Override]) {
        self.blocks = blocks
    }
}
