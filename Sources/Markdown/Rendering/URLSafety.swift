/// Recognises destinations that could run script when followed.
enum URLSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeDataPrefixes = ["image/png", "image/gif", "image/jpeg", "image/webp"].map { Array($0.utf8) }

    /// True for `javascript:`, `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG and WebP images.
    static func isUnsafe(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        // Browsers ignore leading whitespace and control characters, and tabs or
        // newlines inside the scheme, so compare on the cleaned, lowercased scheme.
        var i = 0
        while i < url.count && url[i] <= ASCII.space { i += 1 }
        // Every dangerous scheme starts with j, v, f or d, so one byte decides for most destinations.
        guard i < url.count else { return false }
        let first = ASCII.lowercased(url[i])
        guard first == UInt8(ascii: "j") || first == UInt8(ascii: "v") || first == UInt8(ascii: "f")
            || first == UInt8(ascii: "d")
        else { return false }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(24)
        while i < url.count && cleaned.count < 24 {
            let c = url[i]
            if c != ASCII.tab && c != ASCII.newline && c != ASCII.carriageReturn {
                cleaned.append(ASCII.lowercased(c))
            }
            i += 1
        }
        for scheme in dangerousSchemes where cleaned.starts(with: scheme) {
            if scheme.count == 5 {  // data:
                let rest = cleaned.dropFirst(5)
                if safeDataPrefixes.contains(where: { rest.starts(with: $0) }) { return false }
            }
            return true
        }
        return false
    }
}
