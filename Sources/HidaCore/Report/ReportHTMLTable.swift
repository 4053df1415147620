/// A data table with a caption, column headers and a row header per row, in a keyboard-scrollable wrapper.
struct ReportHTMLTable {
    /// A column header; numeric columns are right-aligned.
    struct Column {
        var title: String
        var isNumeric: Bool = false
    }

    /// Unique within the page; the caption gets `<id>-tittel`.
    var id: String
    var caption: String
    var columns: [Column]
    /// Trusted HTML per cell; the first cell of each row becomes its `<th scope="row">`.
    var rows: [[String]]
    /// Text shown instead of the table when there are no rows.
    var emptyText: String = "Ingen."

    /// The table in its scroll wrapper, or a paragraph with `emptyText` when there are no rows.
    func html() -> String {
        guard !rows.isEmpty else {
            return "<p class=\"empty\">\(ReportEscaping.markup(emptyText))</p>\n"
        }
        let captionID = "\(id)-tittel"
        var html = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"\(captionID)\">\n"
        html += "<table id=\"\(id)\">\n<caption id=\"\(captionID)\">\(ReportEscaping.markup(caption))</caption>\n<thead>\n<tr>"
        for column in columns {
            html += "<th scope=\"col\"\(column.isNumeric ? " class=\"numeric\"" : "")>\(ReportEscaping.markup(column.title))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric = index < columns.count && columns[index].isNumeric ? " class=\"numeric\"" : ""
                html += index == 0 ? "<th scope=\"row\"\(numeric)>\(cell)</th>" : "<td\(numeric)>\(cell)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }
}
