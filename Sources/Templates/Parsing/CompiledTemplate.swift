/// A template parsed once: its bytes and the flat node array that renders them.
struct CompiledTemplate: Sendable {
    var name: String
    var path: String
    var bytes: [UInt8]
    var nodes: [TemplateNode]
}
