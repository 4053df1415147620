/// One complete report page: the shared head, header, breadcrumbs, contents list and footer around a body.
struct ReportHTMLPage {
    /// A step of the breadcrumb trail; the last step is the current page and has no link.
    struct Crumb {
        var label: String
        var href: String?
    }

    /// A link in the "På denne siden" list to a section of the page.
    struct Section {
        var id: String
        var label: String
    }

    var title: String
    var portalTitle: String
    var date: String
    /// "" for pages at the root, "../" for pages one folder down; prefixes every link to report files.
    var rootPrefix: String
    var breadcrumbs: [Crumb]
    var sections: [Section]
    /// Trusted HTML placed between the h1 and the sections.
    var introduction: String
    /// Trusted HTML of the sections.
    var body: String

    /// The page as an HTML5 document.
    func html() -> String {
        let escapedTitle = ReportEscaping.markup(title)
        let escapedPortal = ReportEscaping.markup(portalTitle)
        var html = """
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:">
        <meta name="color-scheme" content="light dark">
        <title>\(escapedTitle) – redaksjonsrapport for \(escapedPortal)</title>
        <link rel="stylesheet" href="\(rootPrefix)report.css">
        </head>
        <body>
        <a class="skip-link" href="#innhold">Hopp til hovedinnholdet</a>
        <header class="site-header">
        <p class="site-name"><a href="\(rootPrefix)index.html">Redaksjonsrapport</a> <span class="portal-name">\(escapedPortal)</span></p>
        </header>

        """
        html += breadcrumbNavigation()
        html += "<main id=\"innhold\" tabindex=\"-1\">\n<h1>\(escapedTitle)</h1>\n"
        html += introduction
        html += contentsNavigation()
        html += body
        html += """
        </main>
        <footer class="site-footer">
        <p>Laget av Hida fra kontrollen \(ReportEscaping.markup(date)). Tallene gjelder innholdet slik det var da, og automatiske kontroller finner ikke alle feil.</p>
        <p><a href="\(rootPrefix)report.json">Alle tallene som JSON</a></p>
        </footer>
        </body>
        </html>

        """
        return html
    }

    private func breadcrumbNavigation() -> String {
        guard !breadcrumbs.isEmpty else { return "" }
        var html = "<nav class=\"breadcrumbs\" aria-label=\"Brødsmulesti\">\n<ol>\n"
        for crumb in breadcrumbs {
            let label = ReportEscaping.markup(crumb.label)
            if let href = crumb.href {
                html += "<li><a href=\"\(ReportEscaping.markup(href))\">\(label)</a></li>\n"
            } else {
                html += "<li><span aria-current=\"page\">\(label)</span></li>\n"
            }
        }
        return html + "</ol>\n</nav>\n"
    }

    private func contentsNavigation() -> String {
        guard !sections.isEmpty else { return "" }
        var html = "<nav class=\"contents\" aria-labelledby=\"innhold-tittel\">\n"
        html += "<h2 id=\"innhold-tittel\">På denne siden</h2>\n<ul>\n"
        for section in sections {
            html += "<li><a href=\"#\(ReportEscaping.markup(section.id))\">\(ReportEscaping.markup(section.label))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }
}
