/// Decodes HTML entity and numeric character references.
enum EntityDecoder {
    /// Name (without `&` and `;`) to UTF-8 replacement, built once from the generated table.
    static let table: [ArraySlice<UInt8>: [UInt8]] = {
        var result: [ArraySlice<UInt8>: [UInt8]] = [:]
        result.reserveCapacity(2200)
        let packed = Array(packedEntityTable.utf8)
        var i = 0
        while i < packed.count {
            var colon = i
            while colon < packed.count && packed[colon] != UInt8(ascii: ":") { colon += 1 }
            var end = colon
            while end < packed.count && packed[end] != UInt8(ascii: ";") { end += 1 }
            var value: [UInt8] = []
            var code: UInt32 = 0
            var j = colon + 1
            while j <= end {
                if j == end || packed[j] == UInt8(ascii: ",") {
                    UTF8Encoding.append(code, to: &value)
                    code = 0
                } else {
                    code = code << 4 | ASCII.hexValue(packed[j])
                }
                j += 1
            }
            result[ArraySlice(packed[i..<colon])] = value
            i = end + 1
        }
        return result
    }()

    static let longestName = 32

    /// Decodes a reference starting just after `&` at `start`; returns the bytes and the index after `;`.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> ([UInt8], Int)? {
        guard start < end else { return nil }
        if p[start] == UInt8(ascii: "#") {
            var i = start + 1
            var value: UInt32 = 0
            var digits = 0
            if i < end && (p[i] | 0x20) == UInt8(ascii: "x") {
                i += 1
                while i < end && ASCII.isHexDigit(p[i]) && digits < 7 {
                    value = value << 4 | ASCII.hexValue(p[i])
                    digits += 1
                    i += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while i < end && ASCII.isDigit(p[i]) && digits < 8 {
                    value = value * 10 + UInt32(p[i] - 48)
                    digits += 1
                    i += 1
                }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard i < end && p[i] == UInt8(ascii: ";") else { return nil }
            var bytes: [UInt8] = []
            UTF8Encoding.append(value, to: &bytes)
            return (bytes, i + 1)
        }
        var i = start
        while i < end && i - start <= longestName && ASCII.isAlphanumeric(p[i]) { i += 1 }
        guard i > start, i < end, p[i] == UInt8(ascii: ";") else { return nil }
        guard let value = table[ArraySlice(UnsafeBufferPointer(rebasing: p[start..<i]))] else { return nil }
        return (value, i + 1)
    }

    /// Appends `p[start..<end]` with backslash escapes and entities resolved (for destinations, titles, info strings).
    static func appendUnescaped(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to output: inout [UInt8]) {
        var i = start
        while i < end {
            let c = p[i]
            if c == ASCII.backslash && i + 1 < end && ASCII.isPunctuation(p[i + 1]) {
                output.append(p[i + 1])
                i += 2
            } else if c == UInt8(ascii: "&"), let (bytes, next) = decode(p, from: i + 1, end: end) {
                output.append(contentsOf: bytes)
                i = next
            } else {
                output.append(c)
                i += 1
            }
        }
    }

    /// Appends `p[start..<end]` with entities (but not backslash escapes) resolved.
    static func appendEntityDecoded(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to output: inout [UInt8]) {
        var i = start
        while i < end {
            let c = p[i]
            if c == UInt8(ascii: "&"), let (bytes, next) = decode(p, from: i + 1, end: end) {
                output.append(contentsOf: bytes)
                i = next
            } else {
                output.append(c)
                i += 1
            }
        }
    }
}
