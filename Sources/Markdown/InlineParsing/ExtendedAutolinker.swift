/// GFM extended autolinks: `www.` domains, `http(s)://` URLs and e-mail addresses in text (GFM spec §6.9).
///
/// Runs after inline parsing over text outside links, like cmark-gfm's postprocessing pass.
struct ExtendedAutolinker {
    let storage: LiteralStorage

    /// A cheap pre-check so leaves without `@`, `:` or `www.` skip the pass.
    static func mayContainAutolink(_ subject: [UInt8]) -> Bool {
        subject.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let c = p[i]
                if c == UInt8(ascii: "@") || c == UInt8(ascii: ":") { return true }
                if c == UInt8(ascii: "w") && i + 3 < p.count && p[i + 1] == c && p[i + 2] == c
                    && p[i + 3] == UInt8(ascii: ".")
                {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    func process(_ leaf: MarkdownNode) {
    }
}
