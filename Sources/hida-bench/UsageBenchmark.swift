import Foundation
import HidaCore

/// `hida-bench --usage`: generates a page-view log, then loads it K times through `UsageStatistics.load`,
/// each time in a child process (this program with `--usage-child`), so that peak RSS is that load's own
/// and the generator's memory does not count.
struct UsageBenchmark {
    /// The issue's target for loading page views.
    static let targetRowsPerSecond = 2_000_000.0

    var rows: Int
    var sessions: Int
    var runs: Int
    var seed: Int
    var folder: String

    /// What one child reported about its load, plus what the kernel measured for the whole child.
    struct Sample {
        var process: ChildRun
        var loadSeconds: Double
        var loadCPUSeconds: Double
        var residentBeforeKiB: Int
        var values: [String: Int]
    }

    /// Generates the log and measures; returns the exit code.
    func run(table: inout ResultTable) -> Int32 {
        let generator = UsageLogGenerator(rows: rows, sessions: sessions, seed: UInt64(truncatingIfNeeded: seed))
        printError("hida-bench: writing \(rows) page-view rows (about \(sessions) sessions) into \(folder)/usage …")
        let started = ChildProcess.monotonicSeconds()
        guard let output = generator.write(into: folder) else { return 3 }
        guard Self.writePortal(output, to: folder + "/portal.txt") else { return 3 }
        printError("hida-bench: generated \(output.files.count) files, \(decimals(Double(output.bytes) / 1_048_576, 0)) MiB, in \(decimals(ChildProcess.monotonicSeconds() - started, 1)) s")
        guard let executable = Self.ownExecutable() else {
            printError("hida-bench: cannot find this program's own path to start the loads")
            return 3
        }
        var samples: [Sample] = []
        for run in 1...runs {
            printError("hida-bench: usage load run \(run)/\(runs)")
            let log = folder + "/child-\(run).txt"
            guard let process = ChildProcess.run(executable, ["--usage-child", folder], stdoutPath: log, stderrPath: log + ".err") else { return 3 }
            let text = (FileManager.default.contents(atPath: log)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            guard process.exitStatus == 0, let sample = Self.sample(process, text) else {
                printError("hida-bench: the usage load exited with \(process.exitStatus); see \(log).err")
                return 1
            }
            samples.append(sample)
        }
        report(samples, bytes: output.bytes, table: &table)
        return 0
    }

    private func report(_ samples: [Sample], bytes: Int, table: inout ResultTable) {
        let label = Self.grouped(rows)
        let first = samples[0].values
        let rowsRead = Double(first["rows"] ?? 0)
        let rates = samples.map { rowsRead / max($0.loadSeconds, 1e-9) }
        let rate = median(rates)
        table.row(label, "log", "\(decimals(Double(bytes) / 1_048_576, 0)) MiB",
                  "\(first["files"] ?? 0) files, \(Self.grouped(first["rows"] ?? 0)) rows, \(Self.grouped(first["sessions"] ?? 0)) sessions "
                      + "(\(Self.grouped(first["robotSessions"] ?? 0)) robots), \(Self.percent(first["matchedRows"] ?? 0, of: first["rows"] ?? 0)) % matched, "
                      + "\(Self.grouped(first["targetsSeen"] ?? 0)) targets, \(Self.grouped(first["pairs"] ?? 0)) pairs "
                      + "(\(Self.grouped(first["pairsAboveThreshold"] ?? 0)) ≥ 10 sessions), \(first["warnings"] ?? 0) warnings")
        table.seconds(label, "load wall time", samples.map(\.loadSeconds))
        table.seconds(label, "load CPU time (user+sys)", samples.map(\.loadCPUSeconds))
        table.row(label, "rows per second (M)", decimals(rate / 1e6, 2), rates.map { decimals($0 / 1e6, 2) }.joined(separator: " "))
        table.row(label, "ratio rows/s / 2 M target", decimals(rate / Self.targetRowsPerSecond, 2),
                  "target ≥ 1.00: " + (rate >= Self.targetRowsPerSecond ? "met" : "NOT met"))
        table.mebibytes(label, "peak RSS of the loading process", samples.map(\.process.peakResidentKiB))
        table.mebibytes(label, "RSS before loading (runtime, portal paths)", samples.map(\.residentBeforeKiB))
        let perSession = median(samples.map { Double($0.process.peakResidentKiB - $0.residentBeforeKiB) * 1024 })
            / Double(max(first["sessions"] ?? 0, 1))
        table.row(label, "load memory per session (bytes)", decimals(perSession, 0),
                  "(peak − before) / sessions; rows per session \(decimals(rowsRead / Double(max(first["sessions"] ?? 0, 1)), 1))")
    }

    /// Reads the `key value` lines a child prints.
    private static func sample(_ process: ChildRun, _ text: String) -> Sample? {
        var values: [String: Int] = [:]
        var seconds: Double?
        var cpu: Double?
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: 1)
            guard words.count == 2 else { continue }
            switch words[0] {
            case "seconds": seconds = Double(words[1])
            case "cpuSeconds": cpu = Double(words[1])
            default: if let value = Int(words[1]) { values[String(words[0])] = value }
            }
        }
        guard let seconds, let cpu, let before = values["residentBeforeKiB"] else { return nil }
        return Sample(process: process, loadSeconds: seconds, loadCPUSeconds: cpu, residentBeforeKiB: before, values: values)
    }

    /// `portal.txt`: one page path per line, then `alias<TAB>page` lines.
    private static func writePortal(_ output: UsageLogGenerator.Output, to path: String) -> Bool {
        var text = output.pagePaths.joined(separator: "\n") + "\n"
        for (alias, page) in output.aliases.sorted(by: { $0.key < $1.key }) { text += alias + "\t" + page + "\n" }
        return FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// The child side: loads `folder/usage` with the paths of `folder/portal.txt` and prints what it measured.
    static func runChild(folder: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: folder + "/portal.txt") else {
            printError("hida-bench: no \(folder)/portal.txt")
            return 3
        }
        var pagePaths: [String] = []
        var aliases: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2 { aliases[String(parts[0])] = String(parts[1]) } else { pagePaths.append(String(line)) }
        }
        let residentBefore = ownUsage().peakResidentKiB
        let cpuBefore = ownUsage().cpuSeconds
        let started = ChildProcess.monotonicSeconds()
        let report = UsageStatistics.load(folder: folder + "/usage", baseURL: UsageLogGenerator.baseURL,
                                          pagePaths: pagePaths, aliases: aliases)
        let seconds = ChildProcess.monotonicSeconds() - started
        let cpu = ownUsage().cpuSeconds - cpuBefore
        print("seconds \(seconds)")
        print("cpuSeconds \(cpu)")
        print("residentBeforeKiB \(residentBefore)")
        print("files \(report.files)")
        print("rows \(report.rows)")
        print("matchedRows \(report.matchedRows)")
        print("sessions \(report.sessions)")
        print("robotSessions \(report.robotSessions)")
        print("targetsSeen \(report.targetsSeen)")
        print("pairs \(report.pairs)")
        print("pairsAboveThreshold \(report.pairsAboveThreshold)")
        print("warnings \(report.diagnostics.count)")
        for line in report.infoLines { printError(line) }
        return 0
    }

    private static func ownUsage() -> (peakResidentKiB: Int, cpuSeconds: Double) {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return (Int(usage.ru_maxrss), cpu)
    }

    private static func ownExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return result
    }

    private static func percent(_ part: Int, of whole: Int) -> String {
        decimals(whole > 0 ? Double(part) * 100 / Double(whole) : 0, 1)
    }
}
