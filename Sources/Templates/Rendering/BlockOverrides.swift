/// The blocks filled by the pages and layouts around the template being rendered; the outermost filling wins.
struct BlockOverrides {
    /// Where a block's replacement content is, and the overrides that were in force where it was written.
    struct Override {
        var template: Int
        var blockNode: Int
        /// An index in `TemplateRenderer.scopes`, or `BlockOverrides.none`.
        var scope: Int
    }

    /// The scope number of a frame that no layout encloses.
    static let none = -1

    let blocks: [String: Override]
}
