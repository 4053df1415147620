/// A block that can still take lines, with the state its continuation rules need.
struct OpenBlock {
    let node: Int32
    /// The parent's last child before this block was added, so the block can be taken out again.
    var previousSibling: Int32 = NodeRecord.none
    /// List items: the marker's indent and the width up to the content.
    var markerOffset = 0
    var padding = 0
    /// Fenced code: the fence character, its length and its indent.
    var fenceCharacter: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    /// HTML blocks: which of the seven start conditions opened it.
    var htmlBlockKind = 0

    init(_ node: Int32, previousSibling: Int32 = NodeRecord.none) {
        self.node = node
        self.previousSibling = previousSibling
    }
}
