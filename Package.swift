// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: hida → HidaCore → {Markdown, Templates} → ByteBuffer.
// The two libraries never import each other: rendered Markdown enters templates as trusted HTML.
// ByteBuffer is the growable output both renderers, and HidaCore's JSON writers, write into.
let package = Package(
    name: "Hida",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hida", targets: ["hida"]),
        .executable(name: "hida-bench", targets: ["hida-bench"]),
        .library(name: "HidaCore", targets: ["HidaCore"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Templates", targets: ["Templates"]),
    ],
    targets: [
        .target(name: "ByteBuffer"),
        .target(name: "Markdown", dependencies: ["ByteBuffer"]),
        .target(name: "Templates", dependencies: ["ByteBuffer"]),
        .target(name: "HidaCore", dependencies: ["ByteBuffer", "Markdown", "Templates"]),
        .executableTarget(name: "hida", dependencies: ["HidaCore", "Markdown"]),
        .executableTarget(name: "hida-bench", dependencies: ["HidaCore", "Markdown"]),
        .testTarget(name: "ByteBufferTests", dependencies: ["ByteBuffer"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        .testTarget(
            name: "HidaCoreTests",
            dependencies: ["HidaCore"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
