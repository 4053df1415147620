/// Turns the destinations authors write into site URLs, and says which ones lead nowhere.
struct LinkResolver: Sendable {
    let portal: Portal
    let layout: SiteLayout
    /// Every path the build writes, for checking site-absolute links.
    let sitePaths: Set<String>
    /// Each page's site path, by index into `portal.pages`; page lists use them too, since they show every page
    /// several times per language.
    let pagePaths: [String]
    /// `portal.pagesBySource`, looked up by a target's bytes.
    private let sources: SourcePathTable
    private let defaultLanguageColumn: Int?

    init(portal: Portal, layout: SiteLayout, sitePaths: Set<String>) {
        self.portal = portal
        self.layout = layout
        self.sitePaths = sitePaths
        pagePaths = portal.pages.indices.map { layout.pagePath(slug: portal.pages[$0].slug, language: portal.pages[$0].language) }
        sources = SourcePathTable(portal.pagesBySource, languages: portal.configuration.languages)
        defaultLanguageColumn = portal.configuration.languages.firstIndex(of: portal.configuration.defaultLanguage)
    }

    enum Outcome: Equatable {
        case keep
        case replace(String)
        case broken(String)
    }

    /// `sourcePath` is the Markdown file holding the link; `language` the language it is rendered in.
    func resolve(_ destination: String, from sourcePath: String, language: String) -> Outcome {
        if destination.isEmpty || destination.hasPrefix("#") { return .keep }
        if Self.hasScheme(destination) { return .keep }
        let (path, fragment) = Self.splitFragment(destination)
        if path.hasPrefix("/") {
            return checkSiteAbsolute(path, fragment: fragment)
        }
        let targetBytes = Self.target(of: path, from: sourcePath)
        if path.hasSuffix(".md") {
            guard let source = targetBytes.withUnsafeBufferPointer({ sources.source(at: $0) }) else {
                let target = String(decoding: targetBytes, as: UTF8.self)
                return .broken("link to \"\(destination)\", but \(target) is not a page\(suggestion(for: target))")
            }
            let inLanguage = sources.languages.firstIndex(of: language).flatMap { sources.page(ofSource: source, language: $0) }
            guard let index = inLanguage ?? defaultLanguageColumn.flatMap({ sources.page(ofSource: source, language: $0) }) else {
                return .broken("link to \"\(destination)\", a page that is not published (a draft?)")
            }
            return .replace(fragment.map { pagePaths[index] + "#" + $0 } ?? pagePaths[index])
        }
        let target = String(decoding: targetBytes, as: UTF8.self)
        if let media = target.range(of: "/media/") {
            let mediaPath = String(target[media.lowerBound...])
            if portal.mediaFiles.contains(where: { "/media/" + $0.relative == mediaPath }) {
                return .replace(mediaPath + (fragment.map { "#" + $0 } ?? ""))
            }
        }
        return .broken("link to \"\(destination)\" leads nowhere (link to another page's .md file, to /media/…, or to a full https:// address)")
    }

    private func checkSiteAbsolute(_ path: String, fragment: String?) -> Outcome {
        let decoded = path.percentDecoded ?? path
        if sitePaths.contains(decoded) { return .keep }
        if !decoded.hasSuffix("/"), sitePaths.contains(decoded + "/") {
            return .replace(path + "/" + (fragment.map { "#" + $0 } ?? ""))
        }
        return .broken("link to \"\(path)\", which is not a page of this portal")
    }

    private func suggestion(for target: String) -> String {
        let candidates = portal.pagesBySource.keys.sorted()
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let names = candidates.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        guard let match = Suggestions.closest(to: name, among: names), let index = names.firstIndex(of: match) else { return "" }
        return " (did you mean \(candidates[index])?)"
    }

    /// The UTF-8 of `path` read from the folder of the file `sourcePath`, with `.` and `..` resolved: every page links
    /// to others this way, so the two are joined and looked up as bytes rather than as strings.
    static func target(of path: String, from sourcePath: String) -> [UInt8] {
        var joined: [UInt8] = []
        var source = sourcePath, path = path
        source.withUTF8 { source in
            path.withUTF8 { path in
                joined.reserveCapacity(source.count + path.count + 1)
                if let slash = source.lastIndex(of: UInt8(ascii: "/")) {
                    joined.append(contentsOf: UnsafeBufferPointer(rebasing: source[..<slash]))
                } else {
                    joined.append(UInt8(ascii: "."))
                }
                joined.append(UInt8(ascii: "/"))
                joined.append(contentsOf: path)
            }
        }
        return joined.withUnsafeBufferPointer(normalized)
    }

    /// Whether the destination starts with a URI scheme (`https:`, `mailto:`): letters, digits, `+`, `-` and `.`
    /// up to the first colon.
    static func hasScheme(_ destination: String) -> Bool {
        var schemeLength = 0
        for byte in destination.utf8 {
            if byte == UInt8(ascii: ":") { return schemeLength > 0 }
            let isSchemeByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2B || byte == 0x2D || byte == 0x2E
            guard isSchemeByte else { return false }
            schemeLength += 1
        }
        return false
    }

    static func splitFragment(_ destination: String) -> (String, String?) {
        let utf8 = destination.utf8
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[utf8.index(after: hash)...]))
    }

    /// The path with `.` and `..` segments resolved textually; the content tree is known, so no file system access is
    /// needed.
    private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        func isParent(_ part: Range<Int>) -> Bool { part.count == 2 && bytes[part.lowerBound] == dot && bytes[part.lowerBound + 1] == dot }
        // The kept segments, on the stack: every link of every page comes through here.
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count + 1) { parts in
            var count = 0
            var start = 0
            for end in 0 ... bytes.count where end == bytes.count || bytes[end] == slash {
                let part = start ..< end
                start = end + 1
                if part.isEmpty || part.count == 1 && bytes[part.lowerBound] == dot {
                    // An empty first segment is the root of an absolute path; other empty and `.` segments go.
                    if count == 0 && part.isEmpty { parts[0] = part; count = 1 }
                } else if isParent(part) {
                    if count > 0, !parts[count - 1].isEmpty, !isParent(parts[count - 1]) { count -= 1 } else { parts[count] = part; count += 1 }
                } else {
                    parts[count] = part
                    count += 1
                }
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            for index in 0 ..< count {
                if index > 0 { output.append(slash) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[parts[index]]))
            }
            return output
        }
    }
}

extension String {
    /// Percent-decoding without Foundation bridging; invalid sequences are kept as written.
    var percentDecoded: String? {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let high = Self.hexValue(iterator[iterator.startIndex]), let low = Self.hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
