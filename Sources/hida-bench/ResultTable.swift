/// Prints results as Markdown table rows, one metric per line, so they can be pasted into docs.
struct ResultTable {
    /// What the first column counts: corpus pages, or log rows for the usage benchmark.
    let firstColumn: String
    private var headerPrinted = false

    init(firstColumn: String = "pages") {
        self.firstColumn = firstColumn
    }

    /// Prints one metric: the corpus size, its name, the median and every run.
    mutating func row(_ pages: String, _ metric: String, _ value: String, _ detail: String = "") {
        if !headerPrinted {
            print("| \(firstColumn) | metric | median | runs / note |")
            print("|---:|---|---:|---|")
            headerPrinted = true
        }
        print("| \(pages) | \(metric) | \(value) | \(detail) |")
    }

    /// Prints a timing metric in seconds with every run listed.
    mutating func seconds(_ pages: String, _ metric: String, _ values: [Double], note: String = "") {
        let runs = values.map { decimals($0) }.joined(separator: " ")
        row(pages, metric + " (s)", decimals(median(values)), note.isEmpty ? runs : "\(runs); \(note)")
    }

    /// Prints a peak-memory metric in MiB.
    mutating func mebibytes(_ pages: String, _ metric: String, _ kibibytes: [Int]) {
        let values = kibibytes.map { Double($0) / 1024 }
        row(pages, metric + " (MiB)", decimals(median(values), 1), values.map { decimals($0, 1) }.joined(separator: " "))
    }

    /// Prints a ratio with the target beside it.
    mutating func ratio(_ pages: String, _ metric: String, _ value: Double, target: Double) {
        row(pages, metric, decimals(value), "target ≤ \(decimals(target, 2)): " + (value <= target ? "met" : "NOT met"))
    }
}
