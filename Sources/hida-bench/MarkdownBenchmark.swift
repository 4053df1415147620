import Foundation

/// Times `hida markdown` against Debian's `cmark` on the same large file.
struct MarkdownBenchmark {
    var file: String
    var toolbox: Toolbox
    var cmark: String
    var runs: Int

    /// One variant's median wall time and peak memory.
    struct Result {
        var label: String
        var runs: [ChildRun]
    }

    /// Runs `cmark FILE`, `hida markdown --commonmark FILE` and `hida markdown FILE`, `runs` times each, interleaved.
    func measure() -> [Result]? {
        let variants: [(String, String, [String])] = [
            ("cmark", cmark, [file]),
            ("hida markdown --commonmark", toolbox.hida, ["markdown", "--commonmark", file]),
            ("hida markdown (portal: GFM, escape HTML)", toolbox.hida, ["markdown", file]),
        ]
        var results = variants.map { Result(label: $0.0, runs: []) }
        // One warm-up each fills the page cache so that the first timed run does not pay for the disk.
        for (_, executable, arguments) in variants { _ = ChildProcess.run(executable, arguments) }
        for run in 1...runs {
            printError("hida-bench: markdown run \(run)/\(runs)")
            for (index, variant) in variants.enumerated() {
                guard let result = ChildProcess.run(variant.1, variant.2), result.exitStatus == 0 else {
                    printError("hida-bench: \(variant.0) failed on \(file)")
                    return nil
                }
                results[index].runs.append(result)
            }
        }
        return results
    }
}
