import ByteBuffer

/// The named fields of a template value: a page's dozen or so, looked up by every tag that names them.
///
/// The fields are kept in one array with a hash of each name, so a lookup compares integers and not strings.
/// A tag's name is hashed once, when the template is parsed; a `Dictionary` would hash it again at every level
/// of the context stack that a tag searches. Lookups search from the end, so a literal's repeated name keeps its
/// last value without the literal being searched for repeats as it is built.
public struct TemplateObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The fields as written, kept as the literal's own array: copying them into another array of fields retained
    /// every value once more and then released the literal's array, value by value, for every object a page builds.
    private var fields: [(String, TemplateValue)] = []
    /// `hash(_:)` of each field's name, by position.
    private var hashes: [UInt64] = []

    /// An object with the fields of `dictionary`.
    public init(_ dictionary: [String: TemplateValue]) {
        fields.reserveCapacity(dictionary.count)
        hashes.reserveCapacity(dictionary.count)
        for (name, value) in dictionary {
            fields.append((name, value))
            hashes.append(Self.hash(name))
        }
    }

    /// A repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = elements
        hashes = [UInt64](unsafeUninitializedCapacity: elements.count) { buffer, count in
            for index in elements.indices { buffer[index] = Self.hash(elements[index].0) }
            count = elements.count
        }
    }

    /// The number of distinct names.
    public var count: Int { Set(fields.map(\.0)).count }

    /// The value of the field `name`; setting `nil` removes the field.
    public subscript(name: String) -> TemplateValue? {
        get { value(of: name, hash: Self.hash(name)) }
        set {
            let hash = Self.hash(name)
            let index = fields.indices.last { hashes[$0] == hash && fields[$0].0 == name }
            switch (index, newValue) {
            case (let index?, let value?):
                fields[index].1 = value
            case (_?, nil):
                for index in fields.indices.reversed() where hashes[index] == hash && fields[index].0 == name {
                    fields.remove(at: index)
                    hashes.remove(at: index)
                }
            case (nil, let value?):
                fields.append((name, value))
                hashes.append(hash)
            case (nil, nil):
                break
            }
        }
    }

    /// The value of the field `name`, whose `hash(_:)` the caller already has.
    func value(of name: String, hash: UInt64) -> TemplateValue? {
        guard let index = position(of: name, hash: hash) else { return nil }
        return fields[index].1
    }

    /// Where the field `name` is, searched from the end. The hashes are read through a pointer: this scan runs for
    /// every object on the context stack below the one that has a tag's name, at every tag.
    private func position(of name: String, hash: UInt64) -> Int? {
        hashes.withUnsafeBufferPointer { hashes in
            var index = hashes.count
            while index > 0 {
                index -= 1
                // By index, so that no field is copied (retained) on the way.
                if hashes[index] == hash && fields[index].0 == name { return index }
            }
            return nil
        }
    }

    /// Field order does not matter, as in a dictionary.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.fields.indices.allSatisfy { index in
            rhs.value(of: lhs.fields[index].0, hash: lhs.hashes[index]) == lhs.value(of: lhs.fields[index].0, hash: lhs.hashes[index])
        }
    }

    /// FNV-1a over the name's UTF-8 bytes: names are short and ASCII, so this is a few instructions per byte.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        name.withUTF8Bytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
    }
}
