import Foundation

/// What one `hida-bench` invocation was asked to do.
struct BenchOptions {
    var pageCounts: [Int] = [1000]
    var runs = 3
    var seed = 7
    var compareWithHugo = false
    var markdownOnly = false
    var incremental = false
    var markdownMegabytes = 10
    var keepDirectory: String?
    var usageOnly = false
    var usageRows = 10_000_000
    var usageSessions: Int?
    /// Set in the child that `--usage` starts for each timed load.
    var usageChildFolder: String?

    static let usage = """
    usage: hida-bench [--pages N[,N…]] [--runs K] [--seed S] [--hugo] [--keep DIR]
           hida-bench --markdown [--pages N] [--runs K] [--megabytes M]
           hida-bench --incremental [--pages N] [--runs K]
           hida-bench --usage [--rows N] [--sessions S] [--runs K] [--seed S] [--keep DIR]

      --pages N      corpus size(s) in pages (default 1000); a comma list runs each size
      --runs K       builds per generator and size (default 3); medians are reported
      --seed S       corpus seed passed to gen_corpus.py (default 7)
      --hugo         also build the same texts with Hugo and print hida/Hugo ratios
      --keep DIR     write the sites into DIR and leave them there (default: a temporary folder)
      --markdown     time `hida markdown` against `cmark` on a file of about M MB (default 10)
                     made by concatenating the corpus's Markdown files
      --incremental  time `hida serve`'s rebuilds on a copy of the corpus: nothing changed, and one
                     page's text edited (page written, then search index), against the full build
      --usage        load a generated page-view log of N rows (default 10000000) with about
                     S sessions (default N/4) K times and print rows per second and peak memory

    Build everything first, one build at a time on this machine:
      flock /tmp/swift-build.lock swift build -c release --product hida
      flock /tmp/swift-build.lock swift build -c release --product hida-bench
      flock /tmp/swift-build.lock .build/release/hida-bench --pages 10000 --hugo
    """

    /// Reads the command line; returns nil (after printing why) when it cannot be understood.
    static func parse(_ arguments: [String]) -> BenchOptions? {
        var options = BenchOptions()
        var index = 0
        func value(_ name: String) -> String? {
            index += 1
            guard index < arguments.count else {
                printError("hida-bench: \(name) needs a value")
                return nil
            }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--pages":
                guard let text = value("--pages") else { return nil }
                let counts = text.split(separator: ",").compactMap { Int($0) }
                guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else {
                    printError("hida-bench: --pages wants positive whole numbers, got \"\(text)\"")
                    return nil
                }
                options.pageCounts = counts
            case "--runs":
                guard let text = value("--runs"), let runs = Int(text), runs > 0 else {
                    printError("hida-bench: --runs wants a positive whole number")
                    return nil
                }
                options.runs = runs
            case "--seed":
                guard let text = value("--seed"), let seed = Int(text) else {
                    printError("hida-bench: --seed wants a whole number")
                    return nil
                }
                options.seed = seed
            case "--megabytes":
                guard let text = value("--megabytes"), let megabytes = Int(text), megabytes > 0 else {
                    printError("hida-bench: --megabytes wants a positive whole number")
                    return nil
                }
                options.markdownMegabytes = megabytes
            case "--rows":
                guard let text = value("--rows"), let rows = Int(text), rows > 0 else {
                    printError("hida-bench: --rows wants a positive whole number")
                    return nil
                }
                options.usageRows = rows
            case "--sessions":
                guard let text = value("--sessions"), let sessions = Int(text), sessions > 0 else {
                    printError("hida-bench: --sessions wants a positive whole number")
                    return nil
                }
                options.usageSessions = sessions
            case "--usage": options.usageOnly = true
            case "--usage-child":
                guard let text = value("--usage-child") else { return nil }
                options.usageChildFolder = text
            case "--hugo": options.compareWithHugo = true
            case "--markdown": options.markdownOnly = true
            case "--incremental": options.incremental = true
            case "--keep":
                guard let text = value("--keep") else { return nil }
                options.keepDirectory = text
            case "--help", "-h":
                print(usage)
                exit(0)
            default:
                printError("hida-bench: unknown argument \"\(arguments[index])\"\n\(usage)")
                return nil
            }
            index += 1
        }
        return options
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
