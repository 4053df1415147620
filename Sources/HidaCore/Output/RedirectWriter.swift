/// Keeps old addresses working: an HTML redirect page at each alias, and a `_redirects` file for hosts that read one.
struct RedirectWriter {
    let portal: Portal
    let layout: SiteLayout

    /// Returns the number of files written.
    func write(into sink: some OutputSink) -> Int {
        var lines: [String] = []
        var count = 0
        // By index, so that the pages without aliases (nearly all) are not copied on the way.
        for index in portal.pages.indices where !portal.pages[index].aliases.isEmpty {
            let (slug, language, title) = (portal.pages[index].slug, portal.pages[index].language, portal.pages[index].title)
            let target = layout.pagePath(slug: slug, language: language)
            for alias in portal.pages[index].aliases {
                let path = SiteLayout.aliasPath(alias.value)
                sink.write(path, redirectPage(to: target, title: title, language: language))
                lines.append("\(alias.value) \(target) 301")
                count += 1
            }
        }
        sink.write("/_redirects", lines.sorted().joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
        return count + 1
    }

    private func redirectPage(to target: String, title: String, language: String) -> String {
        // The refresh and the visible link use the site path, so the redirect also works on previews and staging hosts;
        // the canonical link names the public address for search engines.
        let canonical = HTMLText.escape(layout.absoluteURL(target))
        let url = HTMLText.escape(target)
        let name = HTMLText.escape(title)
        return """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <title>\(name)</title>
        <meta name="robots" content="noindex">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="canonical" href="\(canonical)">
        <meta http-equiv="refresh" content="0; url=\(url)">
        </head>
        <body>
        <main><p><a href="\(url)">\(name)</a></p></main>
        </body>
        </html>

        """
    }
}
