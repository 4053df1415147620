import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished child process: its exit status and what the kernel measured for it alone.
struct ChildRun {
    var exitStatus: Int32
    var wallSeconds: Double
    var userSeconds: Double
    var systemSeconds: Double
    /// Peak resident set size from `wait4`'s rusage, in KiB (Linux reports `ru_maxrss` in KiB).
    var peakResidentKiB: Int
}

/// Starts programs with `posix_spawn` and reaps them with `wait4`, so that each run's
/// peak memory is its own (RUSAGE_CHILDREN would only give the maximum over all children so far).
enum ChildProcess {
    /// Runs `executable` with `arguments`, stdout and stderr sent to the given files, and waits for it.
    static func run(_ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null",
                    stderrPath: String = "/dev/null") -> ChildRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var argv = ([executable] + arguments).map { strdup($0) }
        argv.append(nil)
        var environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") }
        environment.append(nil)
        defer {
            argv.forEach { free($0) }
            environment.forEach { free($0) }
        }

        let started = monotonicSeconds()
        var pid: pid_t = 0
        let spawnError = posix_spawn(&pid, executable, &actions, nil, argv, environment)
        guard spawnError == 0 else {
            printError("hida-bench: cannot start \(executable): \(String(cString: strerror(spawnError)))")
            return nil
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { return nil }
        }
        let wall = monotonicSeconds() - started
        // WIFEXITED / WEXITSTATUS are macros Swift does not import; decode the status word by hand.
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(
            exitStatus: exitStatus,
            wallSeconds: wall,
            userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6,
            peakResidentKiB: Int(usage.ru_maxrss)
        )
    }

    /// Runs a command and returns its standard output as text (for version strings and the like).
    static func capture(_ executable: String, _ arguments: [String]) -> String? {
        let path = NSTemporaryDirectory() + "hida-bench-capture-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let run = run(executable, arguments, stdoutPath: path, stderrPath: path), run.exitStatus == 0,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Seconds on a monotonic clock.
    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
