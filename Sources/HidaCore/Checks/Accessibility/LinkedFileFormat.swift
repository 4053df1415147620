/// A document format that a link may point to, which the link text should name (WCAG 2.4.4, and the
/// Norwegian guidance on linking to documents: say the format and size, e.g. "Skjema (PDF, 200 kB)").
struct LinkedFileFormat: Sendable, Equatable {
    /// The name an author writes in the link text: `PDF`, `Word`.
    var name: String
    /// "a" or "an", as the name is spoken ("an Excel file", "a PDF file").
    var article: String = "a"
    /// Lowercase words in a link text that count as naming the format.
    var names: Set<String>

    /// The format a destination's file extension shows, ignoring query and fragment; nil for other links.
    static func of(destination: String) -> LinkedFileFormat? {
        // On bytes: every link of every page comes here, and most have no file extension at all.
        let utf8 = destination.utf8
        let end = utf8.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? utf8.endIndex
        guard let dot = utf8[..<end].lastIndex(of: UInt8(ascii: ".")),
              !utf8[dot..<end].contains(UInt8(ascii: "/")) else { return nil }
        let fileExtension = utf8[utf8.index(after: dot)..<end]
        // Every format has a three- or four-letter extension; the `.md` of links between pages stops here.
        guard (3 ... 4).contains(fileExtension.count) else { return nil }
        return byExtension[String(Substring(fileExtension)).lowercased()]
    }

    static let byExtension: [String: LinkedFileFormat] = {
        let pdf = LinkedFileFormat(name: "PDF", names: ["pdf"])
        let word = LinkedFileFormat(name: "Word", names: ["word", "doc", "docx"])
        let excel = LinkedFileFormat(name: "Excel", article: "an", names: ["excel", "xls", "xlsx"])
        let openDocument = LinkedFileFormat(name: "ODT", article: "an", names: ["odt", "opendocument"])
        let powerPoint = LinkedFileFormat(name: "PowerPoint", names: ["powerpoint", "ppt", "pptx"])
        let zip = LinkedFileFormat(name: "ZIP", names: ["zip"])
        return ["pdf": pdf, "doc": word, "docx": word, "xls": excel, "xlsx": excel, "odt": openDocument,
                "ppt": powerPoint, "zip": zip]
    }()
}
