/// Layers, initialisers, losses, optimizers, learning-rate schedules and data sets, each with
/// PyTorch's formulas, built on Autograd's `Variable`.
public enum NN {}
