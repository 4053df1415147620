/// A template parsed once: its bytes, the flat node array that renders them, and the tags' details the nodes
/// refer to by index.
struct CompiledTemplate: Sendable {
    var name: String
    var path: String
    var bytes: [UInt8]
    var nodes: [TemplateNode]
    var references: [VariableReference] = []
    var inclusions: [Inclusion] = []
    /// Per layout tag, the blocks its body fills: block name → node index.
    var fillings: [[String: Int]] = []
    var blocks: [BlockTag] = []
}
