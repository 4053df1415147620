import Markdown

/// Ids of agencies, journeys and slugs: lowercase `[a-z0-9-]+`, because they become URL segments.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }

    /// What the id would be if written correctly: Norwegian letters folded, everything else hyphenated.
    static func suggestion(for id: String) -> String {
        let slug = Slug.make(id)
        return slug.isEmpty ? "my-id" : slug
    }
}
