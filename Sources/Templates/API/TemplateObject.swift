/// The named fields of a template value: a page's dozen or so, looked up by every tag that names them.
///
/// The fields are kept in one array with a hash of each name, so a lookup compares integers and not strings.
/// A tag's name is hashed once, when the template is parsed; a `Dictionary` would hash it again at every level
/// of the context stack that a tag searches.
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
        fields.reserveCapacity(elements.count)
        for (name, value) in elements {
            self[name] = value
        }
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// The value of the field `name`; setting `nil` removes the field.
    public subscript(name: String) -> TemplateValue? {
        get { value(of: name, hash: Self.hash(name)) }
        set {
            let hash = Self.hash(name)
            let index = fields.firstIndex { $0.hash == hash && $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): fields[index].value = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append(Field(name: name, hash: hash, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value of the field `name`, whose `hash(_:)` the caller already has.
    func value(of name: String, hash: UInt64) -> TemplateValue? {
        for field in fields where field.hash == hash && field.name == name {
            return field.value
        }
        return nil
    }

    /// Field order does not matter, as in a dictionary.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.fields.count == rhs.fields.count && lhs.fields.allSatisfy { rhs.value(of: $0.name, hash: $0.hash) == $0.value }
    }

    /// FNV-1a over the name's UTF-8 bytes: names are short and ASCII, so this is a few instructions per byte.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
