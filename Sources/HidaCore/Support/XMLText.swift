/// Escaping for XML text and attribute values (sitemap, feeds).
enum XMLText {
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
