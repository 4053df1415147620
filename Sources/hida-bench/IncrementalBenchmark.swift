import Foundation
import HidaCore

/// `--incremental`: what `hida serve` does between two saves, timed in this process on a copy of the corpus and
/// compared with the full build it starts from (issue 10: an edited page available in ≤ 5 % of a full build,
/// a rebuild with nothing changed in ≤ 2 %).
struct IncrementalBenchmark {
    let corpus: Corpus
    let toolbox: Toolbox
    let runs: Int
    let workDirectory: String

    struct Results {
        var fullBuild: Double
        var unchanged: [Double] = []
        var pageAvailable: [Double] = []
        var withSearchIndex: [Double] = []
    }

    func measure() -> Results? {
        let content = workDirectory + "/Content"
        try? FileManager.default.removeItem(atPath: content)
        do {
            try FileManager.default.copyItem(atPath: corpus.content, toPath: content)
        } catch {
            print("hida-bench: cannot copy the corpus: \(error.localizedDescription)")
            return nil
        }
        let options = BuildOptions(contentDirectory: content, themesDirectory: toolbox.packageRoot + "/Themes",
                                   outputDirectory: workDirectory + "/Site")
        let builder = PreviewBuilder(options: options)
        printError("hida-bench: full build of \(corpus.pageCount) pages for the incremental runs")
        let first = builder.rebuild()
        guard first.report.published else {
            print("hida-bench: the corpus did not build (\(first.report.errorCount) errors)")
            return nil
        }
        var results = Results(fullBuild: first.totalSeconds)
        guard let page = FileManager.default.enumerator(atPath: content + "/agencies")?
            .compactMap({ $0 as? String }).sorted().first(where: { $0.hasSuffix(".md") && !$0.hasSuffix("_agency.md") && !$0.dropLast(3).contains(".") })
        else { return nil }
        let path = content + "/agencies/" + page
        for run in 1 ... runs {
            printError("hida-bench: incremental run \(run) of \(runs)")
            let unchanged = builder.rebuild()
            guard unchanged.outcome == .unchanged else { return nil }
            results.unchanged.append(unchanged.totalSeconds)
            guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
            handle.seekToEndOfFile()
            handle.write(Data("\nEn ny setning i redigering nummer \(run), med ordet redigeringsprøve\(run).\n".utf8))
            handle.closeFile()
            let edited = builder.rebuild()
            guard case .pages = edited.outcome, edited.report.published else {
                print("hida-bench: the edit of \(page) did not take the page-only path (\(edited.outcome))")
                return nil
            }
            results.pageAvailable.append(edited.pagesSeconds)
            results.withSearchIndex.append(edited.totalSeconds)
        }
        return results
    }
}
