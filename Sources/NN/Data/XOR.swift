import Tensors

extension Dataset {
    /// The XOR problem: sample k sits at corner k mod 4 of the truth table, (0, 0) → 0,
    /// (0, 1) → 1, (1, 0) → 1, (1, 1) → 0, plus N(0, noise²) on each coordinate, drawn row by
    /// row. `xor(count: 4, noise: 0)` is the truth table itself: the classic set no single
    /// linear layer can separate.
    public static func xor(count: Int, noise: Double = 0.1, using random: inout RandomSource) throws -> Dataset {
        let name = "xor"
        try DatasetCheck.count(count, width: 2, "the number of samples", dataset: name)
        try DatasetCheck.nonNegative(noise, "noise", dataset: name)
        let corners: [(x: Double, y: Double, label: Double)] = [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
        var points: [Double] = []
        var labels: [Double] = []
        for k in 0..<count {
            let corner = corners[k % 4]
            let x = corner.x + noise * random.normal()
            let y = corner.y + noise * random.normal()
            points += [x, y]
            labels.append(corner.label)
        }
        return try Dataset(
            name: "xor(\(count), noise=\(NumberFormat().string(noise)))",
            inputs: Tensor(shape: [count, 2], scalars: points), targets: Tensor(labels))
    }
}
