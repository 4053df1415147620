import Foundation
// TEMPORARY stub until the real engine lands.
public enum RawHTMLPolicy: Sendable { case escape, trust }
public struct MarkdownOptions: Sendable, Equatable {
    public var extensions: Bool; public var rawHTML: RawHTMLPolicy; public var allowUnsafeURLs: Bool; public var headingIDs: Bool
    public init(extensions: Bool, rawHTML: RawHTMLPolicy, allowUnsafeURLs: Bool, headingIDs: Bool) { self.extensions = extensions; self.rawHTML = rawHTML; self.allowUnsafeURLs = allowUnsafeURLs; self.headingIDs = headingIDs }
    public static let portal = MarkdownOptions(extensions: true, rawHTML: .escape, allowUnsafeURLs: false, headingIDs: true)
    public static let commonMark = MarkdownOptions(extensions: false, rawHTML: .trust, allowUnsafeURLs: true, headingIDs: false)
}
public enum LinkRewrite: Sendable, Equatable { case keep, replace(String), drop }
public struct MarkdownLink: Sendable, Equatable { public var destination: String; public var title: String?; public var text: String; public var isImage: Bool; public var isAutolink: Bool; public var line: Int; public var column: Int }
public struct MarkdownHeading: Sendable, Equatable { public var level: Int; public var text: String; public var id: String?; public var line: Int; public var column: Int }
public struct MarkdownRawHTML: Sendable, Equatable { public var line: Int; public var column: Int; public var isBlock: Bool; public var text: String }
public enum Slug { public static func make(_ text: String) -> String {
    var out = ""; var dash = false
    for s in text.lowercased().unicodeScalars {
        let m: String
        switch s { case "æ": m = "ae"; case "ø": m = "o"; case "å": m = "a"; default: m = (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))) ? String(s) : "" }
        if m.isEmpty { dash = !out.isEmpty } else { if dash { out += "-" }; dash = false; out += m }
    }
    return out
} }
public struct MarkdownDocument: Sendable {
    let source: String
    public var links: [MarkdownLink] = []
    public var headings: [MarkdownHeading] = []
    public var rawHTML: [MarkdownRawHTML] = []
    public var plainText: String { source }
    public static func parse(_ text: String, options: MarkdownOptions = .portal) -> MarkdownDocument {
        var d = MarkdownDocument(source: text)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "](") {
                let close = rest[open.upperBound...].firstIndex(of: ")") ?? rest.endIndex
                let col = line.distance(from: line.startIndex, to: open.lowerBound)
                d.links.append(MarkdownLink(destination: String(rest[open.upperBound..<close]), title: nil, text: "", isImage: false, isAutolink: false, line: i + 1, column: col + 1))
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
            }
            if line.hasPrefix("<") { d.rawHTML.append(MarkdownRawHTML(line: i + 1, column: 1, isBlock: true, text: String(line))) }
        }
        return d
    }
    public static func parse(utf8: [UInt8], options: MarkdownOptions = .portal) -> MarkdownDocument { parse(String(decoding: utf8, as: UTF8.self), options: options) }
    public func html(rewriteLink: ((MarkdownLink) -> LinkRewrite)? = nil) -> String {
        for link in links { _ = rewriteLink?(link) }
        return source.split(separator: "\n\n").map { "<p>" + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>" }.joined(separator: "\n")
    }
}
