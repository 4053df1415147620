/// Turns a URL or path from a usage log into a portal site path (`/barnetrygd/`), so that the core's resolver can find its target.
///
/// Full URLs count only on the portal's own host (http or https, default ports); the query and fragment are dropped,
/// percent escapes decoded, `index.html` stripped and a missing trailing slash added unless the last segment has
/// a file extension (`/404.html`). When `base_url` has a path (`https://example.no/portal/`), that prefix is
/// removed from full URLs and from paths that start with it. Path case is kept: paths are case-sensitive.
struct UsageURLNormalizer: Sendable {
    /// Where a log entry points.
    enum Outcome: Equatable, Sendable {
        case sitePath(String)
        case otherHost
    }

    private let host: [UInt8]
    private let explicitPort: [UInt8]
    private let basePath: [UInt8]

    /// Reads the portal's `base_url`; an unparsable one leaves only paths and nothing matches as a full URL.
    init(baseURL: String) {
        let bytes = Array(baseURL.utf8)
        let parts = Self.splitAbsolute(bytes[...]) ?? (scheme: [], authority: [], path: Array("/".utf8))
        let (host, port) = Self.splitPort(parts.authority)
        self.host = host
        self.explicitPort = port
        var path = parts.path
        if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
        basePath = path
    }

    /// The normalized site path of `url`, or `.otherHost`.
    func normalize(_ url: String) -> Outcome {
        Array(url.utf8).withUnsafeBufferPointer { normalize($0) }
    }

    /// The normalized site path of `url` given as UTF-8 bytes, or `.otherHost`.
    func normalize(_ url: UnsafeBufferPointer<UInt8>) -> Outcome {
        var text = Self.trimmed(url)
        if let cut = text.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            text = text[..<cut]
        }
        var path: ArraySlice<UInt8>
        if let absolute = Self.splitAbsolute(text) {
            guard absolute.scheme == Array("http".utf8) || absolute.scheme == Array("https".utf8) else { return .otherHost }
            guard isPortalAuthority(absolute.authority, scheme: absolute.scheme) else { return .otherHost }
            path = absolute.path[...]
            path = stripBasePath(path)
        } else if text.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            // A scheme-relative URL (`//host/path`).
            guard let relative = Self.splitAbsolute(Array("http:".utf8)[...] + text) else { return .otherHost }
            guard isPortalAuthority(relative.authority, scheme: relative.scheme) else { return .otherHost }
            path = stripBasePath(relative.path[...])
        } else if Self.hasOtherScheme(text) {
            return .otherHost
        } else {
            path = text
            if path.first != UInt8(ascii: "/") { path = ([UInt8(ascii: "/")] + path)[...] }
            path = stripBasePath(path)
        }
        return .sitePath(Self.finishPath(Self.percentDecoded(path)))
    }

    private func isPortalAuthority(_ authority: [UInt8], scheme: [UInt8]) -> Bool {
        var authority = authority[...]
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        let (host, port) = Self.splitPort(Array(authority))
        guard !host.isEmpty, host == self.host else { return false }
        if port.isEmpty || port == explicitPort { return true }
        let defaultPort = scheme == Array("https".utf8) ? Array("443".utf8) : Array("80".utf8)
        return port == defaultPort && explicitPort.isEmpty
    }

    private func stripBasePath(_ path: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard basePath.count > 1, path.starts(with: basePath) else { return path }
        return path[(path.startIndex + basePath.count - 1)...]
    }

    /// Splits `scheme://authority/path` (scheme and host lowercased); nil when `text` has no `scheme://`.
    private static func splitAbsolute(_ text: ArraySlice<UInt8>) -> (scheme: [UInt8], authority: [UInt8], path: [UInt8])? {
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > text.startIndex else { return nil }
        let scheme = text[..<colon]
        guard scheme.allSatisfy(isSchemeByte), text[colon...].starts(with: Array("://".utf8)) else { return nil }
        let rest = text[(colon + 3)...]
        let slash = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
        let path = slash < rest.endIndex ? Array(rest[slash...]) : Array("/".utf8)
        return (lowercased(scheme), lowercased(rest[..<slash]), path)
    }

    private static func splitPort(_ authority: [UInt8]) -> (host: [UInt8], port: [UInt8]) {
        guard let colon = authority.lastIndex(of: UInt8(ascii: ":")),
              authority[(colon + 1)...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return (authority, []) }
        return (Array(authority[..<colon]), Array(authority[(colon + 1)...]))
    }

    private static func hasOtherScheme(_ text: ArraySlice<UInt8>) -> Bool {
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy(isSchemeByte)
    }

    /// Collapses repeated slashes, strips `index.html` and adds the trailing slash of a folder path.
    private static func finishPath(_ path: [UInt8]) -> String {
        let slash = UInt8(ascii: "/")
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(path.count + 1)
        for byte in path where !(byte == slash && collapsed.last == slash) { collapsed.append(byte) }
        if collapsed.first != slash { collapsed.insert(slash, at: 0) }
        let lastSlash = collapsed.lastIndex(of: slash) ?? 0
        let lastSegment = collapsed[(lastSlash + 1)...]
        if lastSegment.elementsEqual("index.html".utf8) {
            collapsed.removeSubrange((lastSlash + 1)...)
        } else if !lastSegment.isEmpty, !lastSegment.contains(UInt8(ascii: ".")) {
            collapsed.append(slash)
        }
        return String(decoding: collapsed, as: UTF8.self)
    }

    /// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as it is.
    private static func percentDecoded(_ path: ArraySlice<UInt8>) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(path.count)
        var index = path.startIndex
        while index < path.endIndex {
            let byte = path[index]
            if byte == UInt8(ascii: "%"), index + 2 < path.endIndex,
               let high = hexValue(path[index + 1]), let low = hexValue(path[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return decoded
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return Array(bytes[start ..< end])[...]
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
