import ByteBuffer

/// Writes the feeds and the sitemap as UTF-8, escaping text and attribute values as it goes: built by string
/// interpolation, every piece of every entry was appended to a `String` on its own.
struct XMLWriter {
    /// The XML written so far, as UTF-8.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup, written as it is.
    mutating func raw(_ markup: String) { bytes.append(utf8: markup) }

    /// Text or an attribute value, with `& < > " '` replaced by entities.
    mutating func text(_ text: String) {
        text.withUTF8Bytes { source in
            var runStart = 0
            for index in 0 ..< source.count {
                // The five bytes that need an entity all come before `?`.
                guard source[index] < UInt8(ascii: "?"), let entity = HTMLText.replacement(for: source[index]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart ..< index]))
                bytes.append(utf8: entity)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
    }
}
