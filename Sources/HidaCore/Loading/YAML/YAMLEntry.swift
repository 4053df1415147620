/// One `key: value` pair of a mapping, with the file position of its key.
struct YAMLEntry: Sendable, Equatable {
    var key: String
    var keyLine: Int
    var keyColumn: Int
    var value: YAMLNode
}
