/// A rule that changes an optimizer's learning rate as training goes on, PyTorch's
/// `torch.optim.lr_scheduler`.
///
/// Made from an optimizer, a schedule remembers its learning rate as the base rate γ₀ and
/// starts at epoch 0 without changing it. Each ``step()`` advances the epoch by one and writes
/// the new rate into the optimizer, so the next optimizer step uses it (PyTorch's order:
/// `optimizer.step()` then `scheduler.step()`, once per epoch or per iteration).
public protocol LearningRateSchedule: AnyObject {
    /// PyTorch's class name: "StepLR", "ExponentialLR"; "InverseTimeLR" has no PyTorch class.
    var name: String { get }
    /// The optimizer whose learning rate this schedule sets.
    var optimizer: any Optimizer { get }
    /// The optimizer's learning rate when the schedule was made (PyTorch's `base_lrs`).
    var baseLearningRate: Double { get }
    /// How many times ``step()`` has run (PyTorch's `last_epoch`).
    var epoch: Int { get }
    /// The rate the schedule last set (PyTorch's `get_last_lr()`).
    var currentLearningRate: Double { get }
    /// The schedule's own settings, in a fixed order.
    var hyperparameters: [(name: String, value: HyperparameterValue)] { get }
    /// Advances one epoch and sets the optimizer's learning rate.
    func step()
}
