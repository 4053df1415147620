/// Helpers for LOS URIs: scheme normalisation and the `kind/slug` path inside them.
enum LOSURI {
    /// The prefix every published LOS concept URI starts with.
    static let base = "https://psi.norge.no/los/"

    /// The `https://` form of a URI; `http://` references are common in the wild.
    ///
    /// Only the scheme is case-folded; a trailing `/` is dropped so that `…/ord/barnetrygd/` matches too.
    static func canonical(_ uri: String) -> String {
        // Nearly every URI in the file is already canonical; skip the copy for those.
        let utf8 = uri.utf8
        if utf8.starts(with: httpsPrefix) && utf8.last != UInt8(ascii: "/") { return uri }
        var bytes = Array(utf8)
        while let last = bytes.last, last == UInt8(ascii: "/") { bytes.removeLast() }
        if hasPrefixIgnoringASCIICase(bytes, "http://") {
            bytes.replaceSubrange(0..<7, with: Array("https://".utf8))
        } else if hasPrefixIgnoringASCIICase(bytes, "https://") {
            bytes.replaceSubrange(0..<8, with: Array("https://".utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let httpsPrefix = Array("https://".utf8)

    /// Whether a reference looks like an absolute `http`/`https` URI.
    static func isHTTPURI(_ reference: String) -> Bool {
        let bytes = Array(reference.utf8.prefix(8))
        return hasPrefixIgnoringASCIICase(bytes, "http://") || hasPrefixIgnoringASCIICase(bytes, "https://")
    }

    /// The path after `/los/` (`ord/barnetrygd`), or the last two segments for URIs outside LOS.
    static func path(of uri: String) -> String {
        let bytes = Array(uri.utf8)
        let marker = Array("/los/".utf8)
        if let start = firstRange(of: marker, in: bytes) {
            return String(decoding: bytes[start.upperBound...], as: UTF8.self)
        }
        let slash = UInt8(ascii: "/")
        var separatorsSeen = 0
        var index = bytes.endIndex
        while index > bytes.startIndex {
            index -= 1
            if bytes[index] == slash {
                separatorsSeen += 1
                if separatorsSeen == 2 { return String(decoding: bytes[(index + 1)...], as: UTF8.self) }
            }
        }
        return uri
    }

    /// The last path segment of a URI or path.
    static func slug(of uriOrPath: String) -> String {
        let utf8 = uriOrPath.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return uriOrPath }
        return String(uriOrPath[utf8.index(after: slash)...])
    }

    /// The first path segment of a path: `ord` in `ord/barnetrygd`.
    static func firstSegment(of path: String) -> String {
        let bytes = Array(path.utf8)
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return path }
        return String(decoding: bytes[..<slash], as: UTF8.self)
    }

    private static func hasPrefixIgnoringASCIICase(_ bytes: [UInt8], _ prefix: String) -> Bool {
        let prefixBytes = Array(prefix.utf8)
        guard bytes.count >= prefixBytes.count else { return false }
        for (offset, expected) in prefixBytes.enumerated() {
            var byte = bytes[offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != expected { return false }
        }
        return true
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return start..<(start + needle.count)
            }
        }
        return nil
    }
}
