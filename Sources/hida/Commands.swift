import Foundation
import HidaCore
import Markdown

/// One function per command: read the arguments, call HidaCore, print, return the exit code.
enum Commands {
    static func build(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.build); return 0 }
        let quiet = arguments.flag("--quiet")
        let verbose = arguments.flag("--verbose")
        let keepGoing = arguments.flag("--keep-going")
        guard var options = buildOptions(&arguments, command: "build") else { return 2 }
        options.keepGoing = keepGoing
        options.freesModelAfterRun = false
        let started = DispatchTime.now().uptimeNanoseconds
        let report = SiteBuilder(options: options, progress: quiet ? nil : Console.progressLine).build()
        Console.clearProgressLine()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        printDiagnostics(report, quiet: quiet, verbose: verbose, format: .text)
        if verbose {
            for timing in report.timings { Console.error(String(format: "  %-8@ %7.3f s", timing.phase as NSString, timing.seconds)) }
        }
        if !report.leftOut.isEmpty {
            Console.error("hida: --keep-going left out \(report.leftOut.count) file(s) with errors: \(report.leftOut.joined(separator: ", "))")
        }
        let outcome = report.published ? "built \(report.pageCount) pages (\(report.fileCount) files) into \(options.outputDirectory)/" : "build failed; \(options.outputDirectory)/ was left as it was"
        Console.error(String(format: "hida: %@ in %.2f s – %@", outcome, seconds, DiagnosticPrinter.summary(report)))
        return report.exitCode
    }

    static func check(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.check); return 0 }
        let strict = arguments.flag("--strict")
        let agency = arguments.option("--agency")
        let formatName = arguments.option("--format") ?? "text"
        guard let format = DiagnosticPrinter.Format(rawValue: formatName) else {
            Console.error("hida check: unknown format \"\(formatName)\" (use text or json)")
            return 2
        }
        guard var options = buildOptions(&arguments, command: "check") else { return 2 }
        if let agency {
            guard FileManager.default.fileExists(atPath: "\(options.contentDirectory)/agencies/\(agency)") else {
                return usage(["there is no agency folder \(options.contentDirectory)/agencies/\(agency)"], command: "check")
            }
            options.agency = agency
        }
        options.freesModelAfterRun = false
        let report = SiteBuilder(options: options).check()
        printDiagnostics(report, quiet: false, verbose: true, format: format)
        if format == .text {
            Console.error("hida: checked \(report.pageCount) pages – \(DiagnosticPrinter.summary(report))")
        }
        if strict && report.exitCode == 0 && report.warningCount > 0 { return 1 }
        return report.exitCode
    }

    static func report(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.report); return 0 }
        let destination = arguments.option("--output") ?? "Report"
        guard var options = buildOptions(&arguments, command: "report") else { return 2 }
        options.outputDirectory = destination
        let report = SiteBuilder(options: options).report(into: destination)
        printDiagnostics(report, quiet: true, verbose: false, format: .text)
        if report.published {
            Console.error("hida: wrote the editorial report (\(report.fileCount) files) to \(destination)/ – \(DiagnosticPrinter.summary(report)) in the content; open \(destination)/index.html")
            return report.internalFailure ? 3 : 0
        }
        Console.error("hida: could not write the report – \(DiagnosticPrinter.summary(report))")
        return report.internalFailure ? 3 : 1
    }

    static func serve(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.serve); return 0 }
        let portText = arguments.option("--port") ?? "8080"
        guard let port = UInt16(portText) else {
            Console.error("hida serve: --port must be a number from 1 to 65535")
            return 2
        }
        _ = arguments.flag("--quiet")
        _ = arguments.flag("--verbose")
        guard let options = buildOptions(&arguments, command: "serve") else { return 2 }
        let server = PreviewServer(options: options, port: port) { line in Console.error(line) }
        return server.run()
    }

    static func new(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.new); return 0 }
        let content = arguments.option("--content") ?? "Content"
        let title = arguments.option("--title")
        let topic = arguments.option("--topic")
        let name = arguments.option("--name")
        let orgNumber = arguments.option("--org-number")
        let positionals = arguments.positionals()
        guard arguments.problems.isEmpty else { return usage(arguments.problems, command: "new") }
        let request: Scaffold.Request
        switch (positionals.first, positionals.count) {
        case ("page", 3): request = .page(agency: positionals[1], slug: positionals[2], title: title, topic: topic)
        case ("journey", 2): request = .journey(id: positionals[1], title: title)
        case ("agency", 2): request = .agency(id: positionals[1], name: name, organisationNumber: orgNumber)
        default:
            Console.error(Help.new)
            return 2
        }
        switch Scaffold.create(request, contentDirectory: content) {
        case .success(let path):
            Console.error("hida: created \(path)")
            return 0
        case .failure(let problem):
            Console.error("hida new: \(problem.message)")
            return problem.isUsage ? 2 : 3
        }
    }

    static func markdown(_ arguments: Arguments) -> Int32 {
        var arguments = arguments
        if arguments.flag("--help") { print(Help.markdown); return 0 }
        let unsafe = arguments.flag("--unsafe")
        let commonMark = arguments.flag("--commonmark")
        let files = arguments.positionals()
        guard arguments.problems.isEmpty, files.count <= 1 else { return usage(arguments.problems + (files.count > 1 ? ["give at most one FILE"] : []), command: "markdown") }
        let input: [UInt8]
        if let file = files.first, file != "-" {
            guard let contents = Console.readFile(file) else {
                Console.error("hida markdown: cannot read \(file)")
                return 3
            }
            input = contents
        } else {
            input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var options = commonMark ? MarkdownOptions.commonMark : MarkdownOptions.portal
        options.rawHTML = unsafe ? .trust : .escape
        options.allowUnsafeURLs = unsafe
        let document = MarkdownDocument.parse(utf8: input, options: options)
        document.withHTML { Console.output($0) }
        return 0
    }

    // MARK: - Shared

    private static func buildOptions(_ arguments: inout Arguments, command: String) -> BuildOptions? {
        var options = BuildOptions()
        if let value = arguments.option("--content") { options.contentDirectory = value }
        if let value = arguments.option("--themes") { options.themesDirectory = value }
        if let value = arguments.option("--output") { options.outputDirectory = value }
        if let value = arguments.option("--base-url") {
            guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
                _ = usage(["--base-url must start with https:// or http://"], command: command)
                return nil
            }
            options.baseURL = value
        }
        options.includeDrafts = arguments.flag("--drafts")
        let rest = arguments.positionals()
        if !rest.isEmpty { _ = usage(arguments.problems + ["unexpected argument \(rest[0])"], command: command); return nil }
        guard arguments.problems.isEmpty else { _ = usage(arguments.problems, command: command); return nil }
        return options
    }

    private static func usage(_ problems: [String], command: String) -> Int32 {
        for problem in problems { Console.error("hida \(command): \(problem)") }
        Console.error("run \"hida \(command) --help\" for the options")
        return 2
    }

    private static func printDiagnostics(_ report: BuildReport, quiet: Bool, verbose: Bool, format: DiagnosticPrinter.Format) {
        let printer = DiagnosticPrinter(format: format, colour: Console.stderrIsTerminal && format == .text)
        // By index, so that the diagnostics left out (13 000 warnings under --quiet at 10 000 pages) are not copied.
        for index in report.diagnostics.indices {
            let severity = report.diagnostics[index].severity
            if quiet && severity != .error { continue }
            if !verbose && severity == .info { continue }
            Console.error(printer.render(report.diagnostics[index]))
        }
    }
}
