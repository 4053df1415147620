import Foundation

/// Every file under `Content/`, sorted into what the contract says may be there; anything else is reported.
struct ContentInventory: Sendable {
    /// A Markdown file with its language taken from its name: `<name>.md` or `<name>.<lang>.md`.
    struct MarkdownFile: Sendable, Equatable {
        /// Relative to the working folder, for diagnostics and reading.
        var path: String
        /// Relative to its section (agency folder, `journeys/`, `topics/`), without the language and `.md`.
        var name: String
        /// Nil for the default language.
        var language: String?
    }

    var configurationPath: String?
    var vocabularyPath: String?
    /// Agency id → its profile files (`_agency.md`, `_agency.<lang>.md`).
    var agencyProfiles: [String: [MarkdownFile]] = [:]
    /// Agency id → its page files.
    var agencyPages: [String: [MarkdownFile]] = [:]
    var agencyFolders: [String: String] = [:]
    var journeys: [MarkdownFile] = []
    var topicIntroductions: [MarkdownFile] = []
    var usageFiles: [String] = []
    /// Relative to `Content/media/`, with the full path to copy from.
    var mediaFiles: [(relative: String, path: String)] = []
    var diagnostics: [Diagnostic] = []

    /// Where the LOS vocabulary is (CONTRACT: `Content/vocabulary/los.rdf`), whether or not it is there.
    static func vocabularyPath(in contentDirectory: String) -> String {
        contentDirectory + "/vocabulary/los.rdf"
    }

    /// Walks `contentDirectory` in sorted order so that everything downstream is deterministic.
    static func scan(contentDirectory: String) -> ContentInventory {
        var inventory = ContentInventory()
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            inventory.diagnostics.append(.error(
                "content folder \"\(contentDirectory)\" not found (run hida in the portal's folder, or pass --content DIR)",
                at: nil, rule: "content-missing"))
            return inventory
        }
        // The agencies' folders hold nearly every file, so each is listed, sorted and sorted out on its own, on all
        // cores: listing 120 000 files on one core left the other idle at the start of every build.
        let agencies = FileWalker.entries(of: contentDirectory + "/agencies", statFiles: false).folders
        let agencyInventories = Parallel.map(agencies) { agency in
            var part = ContentInventory()
            let prefix = "agencies/" + agency + "/"
            for relative in FileWalker.files(under: contentDirectory + "/agencies/" + agency) {
                part.classify(prefix + relative, contentDirectory: contentDirectory)
            }
            return part
        }
        let listedApart = Set(agencies.map { "agencies/" + $0 })
        for relative in FileWalker.files(under: contentDirectory, skipsFolder: listedApart.contains) {
            inventory.classify(relative, contentDirectory: contentDirectory)
        }
        for part in agencyInventories { inventory.add(part) }
        return inventory
    }

    /// Takes in what another inventory found in other folders.
    private mutating func add(_ other: ContentInventory) {
        configurationPath = configurationPath ?? other.configurationPath
        vocabularyPath = vocabularyPath ?? other.vocabularyPath
        agencyProfiles.merge(other.agencyProfiles) { $0 + $1 }
        agencyPages.merge(other.agencyPages) { $0 + $1 }
        agencyFolders.merge(other.agencyFolders) { first, _ in first }
        journeys += other.journeys
        topicIntroductions += other.topicIntroductions
        usageFiles += other.usageFiles
        mediaFiles += other.mediaFiles
        diagnostics += other.diagnostics
    }

    /// The inventory of a few files only (relative to `contentDirectory`): what `hida serve` reads again after an edit.
    static func of(_ relativePaths: [String], contentDirectory: String) -> ContentInventory {
        var inventory = ContentInventory()
        for relative in relativePaths.sorted(by: { $0.precedesInByteOrder($1) }) {
            inventory.classify(relative, contentDirectory: contentDirectory)
        }
        return inventory
    }

    private mutating func classify(_ relative: String, contentDirectory: String) {
        let path = contentDirectory + "/" + relative
        let parts = Self.segments(of: relative)
        switch parts.first {
        case "portal.yaml" where parts.count == 1:
            configurationPath = path
        case "vocabulary" where parts == ["vocabulary", "los.rdf"]:
            vocabularyPath = path
            assert(path == Self.vocabularyPath(in: contentDirectory))
        case "agencies" where parts.count >= 3:
            classifyAgencyFile(parts: parts, path: path)
        case "journeys" where parts.count == 2:
            if let file = Self.markdownFile(path: path, name: parts[1]) {
                journeys.append(file)
            } else {
                stray(path, hint: "journeys/ holds only <journey>.md and <journey>.<lang>.md files")
            }
        case "topics" where parts.count == 2:
            if let file = Self.markdownFile(path: path, name: parts[1]) {
                topicIntroductions.append(file)
            } else {
                stray(path, hint: "topics/ holds only <los-slug>.md files")
            }
        case "usage" where parts.count == 2 && parts[1].hasSuffix(".csv"):
            usageFiles.append(path)
        case "media" where parts.count >= 2:
            mediaFiles.append((relative: parts.dropFirst().joined(separator: "/"), path: path))
        default:
            stray(path, hint: Self.hint(for: parts))
        }
    }

    private mutating func classifyAgencyFile(parts: [String], path: String) {
        let agency = parts[1]
        agencyFolders[agency] = agencyFolders[agency] ?? (path.components(separatedBy: "/agencies/")[0] + "/agencies/" + agency)
        let fileName = parts[parts.count - 1]
        guard var file = Self.markdownFile(path: path, name: fileName) else {
            stray(path, hint: "agency folders hold Markdown pages (.md); images and files belong in Content/media/")
            return
        }
        let folders = parts.dropFirst(2).dropLast()
        file.name = (folders + [file.name]).joined(separator: "/")
        if file.name == "_agency" {
            agencyProfiles[agency, default: []].append(file)
        } else {
            agencyPages[agency, default: []].append(file)
        }
    }

    /// The non-empty parts between slashes, found on the UTF-8 bytes: a build lists every content file.
    private static func segments(of path: String) -> [String] {
        var parts: [String] = []
        var start = path.utf8.startIndex
        for index in path.utf8.indices where path.utf8[index] == UInt8(ascii: "/") {
            if start < index { parts.append(String(path[start ..< index])) }
            start = path.utf8.index(after: index)
        }
        if start < path.endIndex { parts.append(String(path[start...])) }
        return parts
    }

    private mutating func stray(_ path: String, hint: String?) {
        var message = "unexpected file \"\(path)\""
        if let hint { message += " (\(hint))" }
        diagnostics.append(.error(message, at: SourceLocation(path: path), rule: "stray-file"))
    }

    /// Splits `name.md` / `name.lang.md`; nil for anything that is not Markdown.
    /// On the UTF-8 bytes: `.`, `m`, `d` and the language letters are ASCII, so byte positions are character positions.
    static func markdownFile(path: String, name fileName: String) -> MarkdownFile? {
        let bytes = fileName.utf8
        guard bytes.count > 3, bytes.suffix(3).elementsEqual(".md".utf8) else { return nil }
        let stemEnd = bytes.index(bytes.endIndex, offsetBy: -3)
        let stem = fileName[..<stemEnd]
        if let dot = stem.utf8.lastIndex(of: UInt8(ascii: ".")), dot != stem.startIndex {
            let language = stem.utf8[stem.utf8.index(after: dot)...]
            if (2...3).contains(language.count), language.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
                return MarkdownFile(path: path, name: String(stem[..<dot]), language: String(stem[stem.utf8.index(after: dot)...]))
            }
        }
        return MarkdownFile(path: path, name: String(stem), language: nil)
    }

    private static func hint(for parts: [String]) -> String? {
        switch parts.first {
        case "agencies": "pages go in agencies/<agency>/, not directly in agencies/"
        case "usage": "usage/ holds only .csv files"
        case "vocabulary": "the vocabulary is vocabulary/los.rdf"
        default: "Content/ holds portal.yaml, vocabulary/, agencies/, journeys/, topics/, usage/ and media/"
        }
    }
}
