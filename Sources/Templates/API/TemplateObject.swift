/// The named fields of a template value: a page's dozen or so, looked up by every tag that names them.
///
/// The fields are kept in one array with a hash of each name, so a lookup compares integers and not strings.
/// A tag's name is hashed once, when the template is parsed; a `Dictionary` would hash it again at every level
/// of the context stack that a tag searches. Lookups search from the end, so a literal's repeated name keeps its
/// last value without the literal being searched for repeats as it is built.
public struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private struct Field: Sendable {
        var name: String
        var hash: UInt64
        var value: TemplateValue
    }

    private var fields: [Field] = []

    /// An object with the fields of `dictionary`.
    public init(_ dictionary: [String: TemplateValue]) {
        fields.reserveCapacity(dictionary.count)
        for (name, value) in dictionary {
            fields.append(Field(name: name, hash: Self.hash(name), value: value))
        }
    }

    /// A repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = elements.map { Field(name: $0.0, hash: Self.hash($0.0), value: $0.1) }
    }

    /// The number of distinct names.
    public var count: Int { Set(fields.map(\.name)).count }

    /// The value of the field `name`; setting `nil` removes the field.
    public subscript(name: String) -> TemplateValue? {
        get { value(of: name, hash: Self.hash(name)) }
        set {
            let hash = Self.hash(name)
            let index = fields.lastIndex { $0.hash == hash && $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): fields[index].value = value
            case (_?, nil): fields.removeAll { $0.hash == hash && $0.name == name }
            case (nil, let value?): fields.append(Field(name: name, hash: hash, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value of the field `name`, whose `hash(_:)` the caller already has.
    func value(of name: String, hash: UInt64) -> TemplateValue? {
        // By index, so that only the field found is copied; iterating the fields would copy (retain) each one.
        var index = fields.count
        while index > 0 {
            index -= 1
            if fields[index].hash == hash && fields[index].name == name { return fields[index].value }
        }
        return nil
    }

    /// Field order does not matter, as in a dictionary.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.fields.allSatisfy { rhs.value(of: $0.name, hash: $0.hash) == lhs.value(of: $0.name, hash: $0.hash) }
    }

    /// FNV-1a over the name's UTF-8 bytes: names are short and ASCII, so this is a few instructions per byte.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var name = name
        name.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
    }
}
