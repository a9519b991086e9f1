# The activations side by side on the same inputs, softplus′ = σ except above 20, where PyTorch (and gradbook) pass the gradient 1, and gelu (exact, as PyTorch's default) everywhere relu works.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = [-25, -2, 0, 2, 25]
x = [-25, -2, 0, 2, 25]
gb> relu(x)
[0, 0, 0, 2, 25]
gb> leaky_relu(x, 0.1)
[-2.5, -0.2, 0, 2, 25]
gb> elu(x)
[-1, -0.864665, 0, 2, 25]
gb> softplus(x)
[1.38879e-11, 0.126928, 0.693147, 2.12693, 25]
gb> sigmoid(x)
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
gb> tanh(x)
[-1, -0.964028, 0, 0.964028, 1]
gb> backward sum(softplus(x))
backward sum(softplus(x)): gradients on x
gb> grad x
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
gb> sigmoid(x)
[1.38879e-11, 0.119203, 0.5, 0.880797, 1]
gb> gelu(x)
[0, -0.0455003, 0, 1.9545, 25]
gb> zero x; backward sum(gelu(x)); grad x
[-1.91348e-135, -0.0852318, 0.5, 1.08523, 1]
gb> derive gelu(x) at x = 0.7
1. gelu′: d/dx[gelu(x)] = 0.5·(1 + erf(x/√2)) + x·exp(−x²/2)/√(2·π)
d/dx[gelu(x)] = (1 + erf(x/√2))/2 + x·exp(−x²/2)/√(2·π)
at x = 0.7:
  symbolic            0.976614
  autograd            0.976614
  central difference  0.976614 (h = 1e-06)
  ✓ all three agree (autograd within 1e-09, central difference within 1e-05, relative)
gb> net = mlp(2, 3, 1, act = gelu); layer(net, 1)
GELU: no parameters, training mode
gb> sequential(linear(2, 2), softplus)
Sequential: 2 layers, 6 parameters, training mode
  0: Linear(2 → 2)
  1: Softplus
parameter  shape   count
0.weight   [2, 2]      4
0.bias     [2]         2
