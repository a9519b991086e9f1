import Autograd
import Tensors

/// What every optimizer's `step()` shares, so that each optimizer's file holds only its formula:
/// the parameters, one state per parameter (made at the parameter's first update, as PyTorch
/// makes it lazily, or up front), the count of steps, and the loop that checks every gradient
/// before changing anything, hands each parameter's scalars and state to the formula and writes
/// the parameter back in place.
struct OptimizerLoop<State> {
    private let list: OptimizedParameters
    private var states: [State?]
    private(set) var stepCount = 0

    /// `initialState`, when given, makes every parameter's state now (Adagrad's `sum` exists
    /// before the first step); otherwise ``step(optimizer:newState:_:)`` makes it lazily.
    init(_ parameters: [Variable], names: [String]?, optimizer: String, initialState: ((_ count: Int) -> State)? = nil)
        throws
    {
        list = try OptimizedParameters(parameters, names: names, optimizer: optimizer)
        states = list.variables.map { variable in initialState?(variable.value.count) }
    }

    var parameters: [Variable] { list.variables }
    var names: [String] { list.names }

    /// One step: for each parameter that has a gradient, `update(p, g, state)` on its scalars in
    /// row-major order (the state made by `newState(count)` the first time), p changed in place.
    /// Every gradient is checked before anything changes.
    mutating func step(
        optimizer: String, newState: (_ count: Int) -> State,
        _ update: (_ p: UnsafeMutableBufferPointer<Double>, _ g: [Double], _ state: inout State) -> Void
    ) throws {
        let gradients = try list.gradients(optimizer: optimizer)
        for (i, gradient) in gradients.enumerated() {
            // Read only: the gradient's own storage, never copied.
            guard let g = gradient else { continue }
            // Taken out of `states` while it changes, so that its arrays are not copied on write.
            var state = states[i].take() ?? newState(list.count(i))
            try list.update(i) { p in update(p, g, &state) }
            states[i] = state
        }
        stepCount += 1
    }

    /// Parameter `index`'s state as tensors under PyTorch's names, in the order `entries` gives
    /// them; empty before the state exists and for an index out of range.
    func state(at index: Int, _ entries: (State) -> [(name: String, value: StateEntry)]) -> [(
        name: String, value: Tensor
    )] {
        guard states.indices.contains(index), let state = states[index] else { return [] }
        return entries(state).map { name, value in
            switch value {
            case let .scalar(x): (name, Tensor(x))
            // The scalars came from this parameter, so they fit its shape.
            case let .elementwise(scalars): (name, (try? list.tensor(index, scalars)) ?? Tensor(scalars))
            }
        }
    }
}

/// One entry of an optimizer's per-parameter state.
enum StateEntry {
    /// One number per element of the parameter (`exp_avg`).
    case elementwise([Double])
    /// One number for the whole parameter (`step`).
    case scalar(Double)
}
