/// Escaping for the few bits of HTML the core writes itself (redirect pages); everything else goes through the templates.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            // Most titles, URLs and descriptions have nothing to escape: return them as they are.
            guard let first = bytes.firstIndex(where: { replacement(for: $0) != nil }) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in bytes[first...] {
                if let escaped = replacement(for: byte) { output += escaped.utf8 } else { output.append(byte) }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The entity that stands for `byte`, if it needs one; `XMLWriter` escapes with it too.
    static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
