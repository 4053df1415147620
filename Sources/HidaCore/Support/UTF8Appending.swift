import ByteBuffer

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` through a buffer pointer: appending a `String.UTF8View` goes byte by byte, and the
    /// writers of the search index, feeds and sitemap append millions of short pieces.
    mutating func append(utf8 text: String) {
        text.withUTF8Bytes { append(contentsOf: $0) }
    }
}
