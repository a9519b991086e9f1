import Tensors

extension Operation {
    /// One element from each row of a matrix: out[i] = a[i, columns[i]] (PyTorch's
    /// `a.gather(1, t)` flattened; the step inside cross-entropy that picks each sample's
    /// log-probability of its true class). The gradient puts g[i] at (i, columns[i]) and zeros
    /// elsewhere.
    ///
    /// The forward step throws, rather than traps, when `a` is not a matrix with one row per
    /// column index or an index is out of range.
    public static func pickColumns(_ columns: [Int]) -> Operation {
        Operation(
            name: "pick", formula: "a[i, t[i]] for each row i (t: the \(columns.count) chosen columns)",
            localDerivatives: ["1 at (i, t[i]), 0 elsewhere"],
            forward: { inputs in
                let a = inputs[0]
                try checkPick(a.shape, columns)
                let width = a.shape[1]
                return Tensor(columns.enumerated().map { row, column in a.scalars[row * width + column] })
            },
            gradient: .general { inputs, _, g in
                let shape = inputs[0].shape
                var scalars = [Double](repeating: 0, count: shape[0] * shape[1])
                for (row, column) in columns.enumerated() { scalars[row * shape[1] + column] = g.scalars[row] }
                return [try Tensor(shape: shape, scalars: scalars)]
            })
    }

    private static func checkPick(_ shape: [Int], _ columns: [Int]) throws {
        guard shape.count == 2 else {
            throw TensorError.rankMismatch(op: "pick", expected: "a matrix (rows × columns)", shape: shape)
        }
        guard shape[0] == columns.count else {
            throw TensorError.invalidArgument(op: "pick", "\(columns.count) column indices given for \(shape[0]) rows")
        }
        if let bad = columns.first(where: { $0 < 0 || $0 >= shape[1] }) {
            throw TensorError.invalidArgument(op: "pick", "column \(bad) is out of range for \(shape[1]) columns")
        }
    }
}

extension Variable {
    /// out[i] = self[i, columns[i]]; see ``Operation/pickColumns(_:)``.
    public func pickColumns(_ columns: [Int]) throws -> Variable {
        try Variable.apply(.pickColumns(columns), to: [self])
    }
}
