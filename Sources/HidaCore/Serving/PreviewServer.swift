import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `hida serve`: builds, serves `Site/` on 127.0.0.1 and rebuilds when `Content/` or `Themes/` change.
///
/// A deliberately small HTTP/1.0-style server (GET and HEAD, one request per connection): it is for an editor's preview, never for production.
public final class PreviewServer: @unchecked Sendable {
    let options: BuildOptions
    let port: UInt16
    let log: @Sendable (String) -> Void
    private let builder: PreviewBuilder
    private let state = NSLock()
    private var listener: Int32 = -1
    private var stopped = false

    private var isStopped: Bool { state.withLock { stopped } }

    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.log = log
        builder = PreviewBuilder(options: options)
    }

    /// Ends `run()`: the listening socket is closed and the watcher stops (used by tests; Ctrl-C does it for users).
    public func stop() {
        let socket = state.withLock { () -> Int32 in
            stopped = true
            return listener
        }
        if socket >= 0 { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    /// Runs until stopped; returns an exit code only when the server cannot start, 0 after `stop()`.
    public func run() -> Int32 {
        rebuild()
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { log("hida serve: cannot open a socket"); return 3 }
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            log("hida serve: port \(port) is in use or not allowed (try --port 8081)")
            close(listener)
            return 3
        }
        state.withLock { self.listener = listener }
        log("hida: serving \(options.outputDirectory)/ at http://127.0.0.1:\(port)/ – rebuilding on changes (Ctrl-C stops)")
        Thread.detachNewThread { [self] in watchForChanges() }
        while !isStopped {
            let connection = accept(listener, nil, nil)
            if connection < 0 { continue }
            DispatchQueue.global().async { [self] in
                respond(on: connection)
                close(connection)
            }
        }
        close(listener)
        return 0
    }

    /// Rebuilds what changed; says nothing when nothing did.
    private func rebuild() {
        let rebuild = builder.rebuild()
        guard rebuild.outcome != .unchanged else { return }
        let report = rebuild.report
        let printer = DiagnosticPrinter()
        for diagnostic in report.diagnostics where diagnostic.severity != .info { log(printer.render(diagnostic)) }
        let outcome: String
        switch (rebuild.outcome, report.exitCode == 0 && report.published) {
        case (_, false): outcome = "build failed; still serving the previous site"
        case (.pages(let paths), true):
            outcome = "rebuilt \(paths.count == 1 ? paths[0] : "\(paths.count) pages") in \(String(format: "%.3f", rebuild.pagesSeconds)) s, search index in \(String(format: "%.2f", rebuild.totalSeconds - rebuild.pagesSeconds)) s"
        default: outcome = "rebuilt \(report.pageCount) pages in \(String(format: "%.2f", rebuild.totalSeconds)) s"
        }
        log("hida: \(outcome) – \(DiagnosticPrinter.summary(report))")
    }

    /// Asks the builder twice a second: a look at the files' times and sizes is cheap next to any build.
    private func watchForChanges() {
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            if isStopped { return }
            rebuild()
        }
    }

    private func respond(on connection: Int32) {
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = recv(connection, &buffer, buffer.count, 0)
        guard count > 0 else { return }
        let request = String(decoding: buffer[0..<count], as: UTF8.self)
        let parts = request.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "GET" || parts[0] == "HEAD" else {
            send(connection, status: "405 Method Not Allowed", type: "text/plain", body: Array("Only GET and HEAD\n".utf8), includeBody: true)
            return
        }
        let target = String(parts[1].split(separator: "?", maxSplits: 1).first ?? "/")
        let (status, path) = resolve(target)
        let body = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? Array("Not found\n".utf8)
        send(connection, status: status, type: Self.contentType(path), body: body, includeBody: parts[0] == "GET")
    }

    private func resolve(_ target: String) -> (String, String) {
        let decoded = target.percentDecoded ?? target
        let root = options.outputDirectory
        if decoded.split(separator: "/").contains("..") { return ("404 Not Found", root + "/404.html") }
        var path = root + decoded
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = (path.hasSuffix("/") ? path : path + "/") + "index.html"
        }
        if FileManager.default.fileExists(atPath: path) { return ("200 OK", path) }
        return ("404 Not Found", root + "/404.html")
    }

    private func send(_ connection: Int32, status: String, type: String, body: [UInt8], includeBody: Bool) {
        let header = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        var bytes = Array(header.utf8)
        if includeBody { bytes += body }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "txt": "text/plain; charset=utf-8"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
