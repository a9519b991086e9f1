// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: Tensors ← Autograd ← Notebook ← gradbook.
// Nothing below Notebook prints or reads the terminal.
let package = Package(
    name: "gradbook",
    products: [
        .executable(name: "gradbook", targets: ["gradbook"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "Autograd", targets: ["Autograd"]),
        .library(name: "Notebook", targets: ["Notebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(name: "Tensors", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "Autograd", dependencies: ["Tensors"]),
        .target(name: "Notebook", dependencies: ["Tensors", "Autograd"]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .executableTarget(
            name: "gradbook",
            dependencies: [
                "Notebook", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "AutogradTests", dependencies: ["Autograd", "Tensors"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "GradbookTests", dependencies: ["gradbook"]),
    ],
    swiftLanguageModes: [.v6]
)
