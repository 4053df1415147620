/// The shape of a front matter value; scalars stay text until a caller asks for a type.
enum YAMLValue: Sendable, Equatable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    /// Entries in the order written; keys are unique (a duplicate is reported and dropped).
    case mapping([YAMLEntry])
    /// An empty value: `key:` with nothing after it, or `-` alone.
    case null
}
