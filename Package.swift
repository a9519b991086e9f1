// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: Functions, CKernels ← Tensors ← Autograd ← NN; Functions ← Symbolic;
// TermPlot stands alone. Functions is the registry of elementwise functions (activations);
// Notebook uses them all; Lessons and Transcript use Notebook; the executable uses everything.
// Nothing below Notebook prints or reads the terminal.
let package = Package(
    name: "gradbook",
    products: [
        .executable(name: "gradbook", targets: ["gradbook"]),
        .library(name: "Functions", targets: ["Functions"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Autograd", targets: ["Autograd"]),
        .library(name: "NN", targets: ["NN"]),
        .library(name: "Symbolic", targets: ["Symbolic"]),
        .library(name: "TermPlot", targets: ["TermPlot"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "Transcript", targets: ["Transcript"]),
        .library(name: "Lessons", targets: ["Lessons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        // The kernels are compiled with optimisation in debug builds too: the SIMD matrix product
        // is 4× slower than a plain loop without it, and `swift test` replays lessons that train
        // 10-layer networks. Tests still exercise the very code a release build runs.
        // Optimised in debug builds too, as Tensors: its kernels run inside every activation.
        .target(
            name: "Functions", dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(
            name: "Tensors",
            dependencies: ["Functions", "CKernels", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The matrix product's kernels, one per instruction set, chosen at run time (gemm.c).
        .target(name: "CKernels", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]),
        .target(name: "Autograd", dependencies: ["Functions", "Tensors"]),
        .target(name: "NN", dependencies: ["Functions", "Tensors", "Autograd"]),
        .target(
            name: "Symbolic", dependencies: ["Functions", .product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "TermPlot"),
        .target(name: "Notebook", dependencies: ["Functions", "Tensors", "Autograd", "NN", "Symbolic", "TermPlot"]),
        .target(name: "Transcript", dependencies: ["Notebook"]),
        // The lessons (lessons/*.md) are compiled in by the ShipLessons plugin.
        .target(name: "Lessons", dependencies: ["Notebook", "Tensors"], plugins: ["ShipLessons"]),
        .executableTarget(name: "LessonEmbedder"),
        .plugin(name: "ShipLessons", capability: .buildTool(), dependencies: ["LessonEmbedder"]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .executableTarget(
            name: "gradbook",
            dependencies: [
                "Notebook", "Transcript", "Lessons", "Tensors", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The micrograd demo on the engine alone, for profiling and for scripts/bench; not tested.
        .executableTarget(
            name: "gradbook-bench", dependencies: ["NN", "Autograd", "Tensors", "Functions"],
            path: "Benchmarks/MicrogradDemo"),
        // The matrix product's GFLOP/s on every kernel path, for BENCHMARKS.md; not tested.
        .executableTarget(name: "gradbook-matmul-bench", dependencies: ["Tensors"], path: "Benchmarks/MatrixProduct"),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "AutogradTests", dependencies: ["Autograd", "Tensors", "Functions"]),
        .testTarget(name: "NNTests", dependencies: ["NN", "Autograd", "Tensors", "Functions"]),
        .testTarget(name: "SymbolicTests", dependencies: ["Symbolic"]),
        .testTarget(name: "TermPlotTests", dependencies: ["TermPlot"], exclude: ["Goldens"]),
        .testTarget(
            name: "NotebookTests", dependencies: ["Notebook", "Functions", "Tensors", "Autograd", "NN", "Symbolic"]),
        .testTarget(name: "TranscriptTests", dependencies: ["Transcript", "Notebook", "Lessons"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Notebook"]),
        .testTarget(name: "GradbookTests", dependencies: ["gradbook"]),
    ],
    swiftLanguageModes: [.v6]
)
