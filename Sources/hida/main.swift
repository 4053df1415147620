import Foundation
import HidaCore
import Markdown

// The executable only reads arguments and prints; everything else lives in HidaCore.

let words = Array(CommandLine.arguments.dropFirst())
let exitCode: Int32
switch words.first {
case nil, "--help", "-h", "help":
    print(Help.overview)
    exitCode = words.isEmpty ? 2 : 0
case "--version", "-V":
    print(Help.version)
    exitCode = 0
case "build":
    exitCode = Commands.build(Arguments(Array(words.dropFirst())))
case "check":
    exitCode = Commands.check(Arguments(Array(words.dropFirst())))
case "report":
    exitCode = Commands.report(Arguments(Array(words.dropFirst())))
case "serve":
    exitCode = Commands.serve(Arguments(Array(words.dropFirst())))
case "new":
    exitCode = Commands.new(Arguments(Array(words.dropFirst())))
case "markdown":
    exitCode = Commands.markdown(Arguments(Array(words.dropFirst())))
case let other?:
    Console.error("hida: unknown command \"\(other)\" (commands: build, check, report, serve, new, markdown; see hida --help)")
    exitCode = 2
}
exit(exitCode)
