import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds one corpus K times with Hida (and optionally Hugo), each build in its own child process.
struct BuildBenchmark {
    var corpus: Corpus
    var toolbox: Toolbox
    var runs: Int
    var workDirectory: String
    var hugo: String?

    /// What the Hida runs measured: the process numbers plus the phases Hida printed with `--verbose`.
    struct HidaSamples {
        var runs: [ChildRun] = []
        var phases: [String: [Double]] = [:]
        var phaseOrder: [String] = []
        var builtPages = 0
        var builtFiles = 0
    }

    /// Runs Hida and (when there is one) Hugo `runs` times, alternating, so that a disturbance on this shared
    /// machine hits both alike; nil when a build failed (the reason is printed).
    func measure() -> (hida: HidaSamples, hugo: [ChildRun], hugoFiles: Int)? {
        var samples = HidaSamples()
        var hugoRuns: [ChildRun] = []
        for run in 1...runs {
            // Before every pair of runs, not only the first: this machine pages out page cache left unread for a minute
            // (DAMON reclaim), and one Hida build of five read part of its content from disk (load 1.09 s, not 0.16 s).
            corpus.warmPageCache()
            guard runHida(run, into: &samples) else { return nil }
            if hugo != nil {
                guard let result = runHugo(run) else { return nil }
                hugoRuns.append(result)
            }
        }
        let hugoFiles = BuildBenchmark.countFiles(in: workDirectory + "/hugo-site")
        // The outputs moved aside stay until the harness exits: another corpus size measured after them must not
        // start within minutes of their files being freed either (see `setAside`).
        return (samples, hugoRuns, hugoFiles)
    }

    private var setAsideFolder: String { workDirectory + "/set-aside" }

    /// Moves a previous run's output out of the way instead of deleting it. On ext4 without a journal (this
    /// machine's disk) creating a file passes over every inode freed in the last minutes (up to five), so deleting
    /// 16 000 files right before a build made creating the next 16 000 the largest single cost of both
    /// generators (a quarter of Hida's samples in `perf`). A real rebuild does not start that way: `hida build`
    /// frees the old site only after the new one is in place. Everything moved aside is deleted when the harness
    /// exits, after the last corpus size.
    private func setAside(_ output: String) -> String? {
        guard FileManager.default.fileExists(atPath: output) else { return nil }
        try? FileManager.default.createDirectory(atPath: setAsideFolder, withIntermediateDirectories: true)
        let destination = setAsideFolder + "/" + UUID().uuidString
        try? FileManager.default.moveItem(atPath: output, toPath: destination)
        return destination
    }

    /// Waits until everything written so far is on disk. Each build writes 100 MB or more, which the kernel
    /// writes back up to half a minute later, on both cores: into the next run, which is the other generator's.
    /// Hida's runs, the shorter ones, took Hugo's writeback; Hugo's took Hida's smaller one.
    ///
    /// Then the files of the output just set aside leave the page cache (they are clean once synced). Kept there,
    /// the outputs of a few 100 000-page runs (2 GB each) filled the memory, and each later build paid for the kernel
    /// taking it back: `kswapd` used a core for a second or more of a 100 000-page build, and the corpus itself was
    /// pushed out and read from disk again.
    private func settle(droppingCacheOf setAside: String?) {
        sync()
        guard let setAside else { return }
        FilesUnderFolder.forEachOpened(under: setAside) { descriptor in
            _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED))
        }
    }

    private func runHida(_ run: Int, into samples: inout HidaSamples) -> Bool {
        let output = workDirectory + "/hida-site"
        let log = workDirectory + "/hida-build.log"
        settle(droppingCacheOf: setAside(output))
        printError("hida-bench: hida build \(corpus.pageCount) pages, run \(run)/\(runs)")
        guard let result = ChildProcess.run(toolbox.hida, [
            "build", "--content", corpus.content, "--themes", toolbox.packageRoot + "/Themes",
            "--output", output, "--quiet", "--verbose",
        ], stderrPath: log) else { return false }
        let stderr = (FileManager.default.contents(atPath: log)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard result.exitStatus == 0 else {
            printError("hida-bench: hida build exited with \(result.exitStatus); the last lines of \(log):")
            printError(stderr.split(separator: "\n").suffix(15).joined(separator: "\n"))
            return false
        }
        samples.runs.append(result)
        for line in stderr.split(separator: "\n") {
            if let (phase, seconds) = BuildBenchmark.phaseTiming(line) {
                if samples.phases[phase] == nil { samples.phaseOrder.append(phase) }
                samples.phases[phase, default: []].append(seconds)
            } else if let (pages, files) = BuildBenchmark.builtCounts(line) {
                samples.builtPages = pages
                samples.builtFiles = files
            }
        }
        return true
    }

    private func runHugo(_ run: Int) -> ChildRun? {
        guard let hugo else { return nil }
        let output = workDirectory + "/hugo-site"
        let log = workDirectory + "/hugo-build.log"
        settle(droppingCacheOf: setAside(output))
        printError("hida-bench: hugo build \(corpus.pageCount) pages, run \(run)/\(runs)")
        guard let result = ChildProcess.run(hugo, [
            "--source", corpus.hugoSite, "--destination", output, "--quiet",
            "--cacheDir", workDirectory + "/hugo-cache",
        ], stdoutPath: log, stderrPath: log + ".err") else { return nil }
        guard result.exitStatus == 0 else {
            printError("hida-bench: hugo exited with \(result.exitStatus); see \(log).err")
            return nil
        }
        return result
    }

    /// Reads a `  <phase> <seconds> s` line of `hida build --verbose`.
    static func phaseTiming(_ line: Substring) -> (String, Double)? {
        guard line.hasPrefix("  ") else { return nil }
        let words = line.split(separator: " ")
        guard words.count == 3, words[2] == "s", let seconds = Double(words[1]) else { return nil }
        return (String(words[0]), seconds)
    }

    /// Reads the page and file counts of `hida: built N pages (M files) into …`.
    static func builtCounts(_ line: Substring) -> (Int, Int)? {
        guard line.hasPrefix("hida: built ") else { return nil }
        let words = line.split(separator: " ")
        guard words.count > 4, let pages = Int(words[2]),
              let files = Int(words[4].drop(while: { $0 == "(" })) else { return nil }
        return (pages, files)
    }

    /// Counts regular files below a folder.
    static func countFiles(in folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var count = 0
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                count += 1
            }
        }
        return count
    }
}
