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
        for relative in FileWalker.files(under: contentDirectory) {
            inventory.classify(relative, contentDirectory: contentDirectory)
        }
        return inventory
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
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.first {
        case "portal.yaml" where parts.count == 1:
            configurationPath = path
        case "vocabulary" where parts == ["vocabulary", "los.rdf"]:
            vocabularyPath = path
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

    private mutating func stray(_ path: String, hint: String?) {
        var message = "unexpected file \"\(path)\""
        if let hint { message += " (\(hint))" }
        diagnostics.append(.error(message, at: SourceLocation(path: path), rule: "stray-file"))
    }

    /// Splits `name.md` / `name.lang.md`; nil for anything that is not Markdown.
    static func markdownFile(path: String, name fileName: String) -> MarkdownFile? {
        guard fileName.hasSuffix(".md"), fileName.count > 3 else { return nil }
        let stem = String(fileName.dropLast(3))
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
            let language = String(stem[stem.index(after: dot)...])
            if (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                return MarkdownFile(path: path, name: String(stem[..<dot]), language: language)
            }
        }
        return MarkdownFile(path: path, name: stem, language: nil)
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
