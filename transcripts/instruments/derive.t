# derive: rules one step at a time, simplified forms as the lecture notes write them, the three-way check at a point, f' and f'' (a constant derivative takes the argument's shape), kinks, softplus's threshold 20, partial derivatives, errors.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> derive x^2 wrt x
1. power rule: d/dx[x²] = 2·x
d/dx[x²] = 2·x
gb> derive sigmoid(x) wrt x
1. sigmoid′: d/dx[σ(x)] = σ(x)·(1 − σ(x))
d/dx[σ(x)] = σ(x)·(1 − σ(x))
gb> derive tanh(x) wrt x
1. tanh′: d/dx[tanh(x)] = 1 − tanh²(x)
d/dx[tanh(x)] = 1 − tanh²(x)
gb> derive sin(x^2) wrt x at x = 1.5
1. chain rule, sin′(u) = cos(u): d/dx[sin(x²)] = cos(x²)·d/dx[x²]
2. power rule: d/dx[x²] = 2·x
d/dx[sin(x²)] = 2·x·cos(x²)
at x = 1.5:
  symbolic            -1.88452
  autograd            -1.88452
  central difference  -1.88452 (h = 1.5e-06)
  ✓ all three agree (autograd within 1e-09, central difference within 1e-05, relative)
gb> derive x^2 * sin(x) / (1 + x) wrt x
1. quotient rule: d/dx[x²·sin(x)/(1 + x)]
    = (d/dx[x²·sin(x)]·(1 + x) − x²·sin(x)·d/dx[1 + x])/(1 + x)²
2. product rule: d/dx[x²·sin(x)] = d/dx[x²]·sin(x) + x²·d/dx[sin(x)]
3. power rule: d/dx[x²] = 2·x
4. sin′: d/dx[sin(x)] = cos(x)
5. sum rule: d/dx[1 + x] = 1
d/dx[x²·sin(x)/(1 + x)]
    = ((2·x·sin(x) + x²·cos(x))·(1 + x) − x²·sin(x))/(1 + x)²
gb> f(x) = x^3 - 2 * x
f(x) = x^3 - 2 * x
gb> derive f(x) wrt x at x = 2
1. definition of f: d/dx[f(x)] = d/dx[x³ − 2·x]
2. sum rule: d/dx[x³ − 2·x] = d/dx[x³] − d/dx[2·x]
3. power rule: d/dx[x³] = 3·x²
4. constant factor: d/dx[2·x] = 2
d/dx[f(x)] = 3·x² − 2
at x = 2:
  symbolic            10
  autograd            10
  central difference  10 (h = 2e-06)
  ✓ all three agree (autograd within 1e-09, central difference within 1e-05, relative)
gb> f'(2)
10
gb> f''(2)
12
gb> sigmoid'(0)
0.25
gb> g(x) = f'(x) * 2
g(x) = f'(x) * 2
gb> g(1)
2
gb> f'''([1, 2, 3])
[6, 6, 6]
gb> derive relu(x) wrt x at x = 0
1. relu′: d/dx[relu(x)] = (1 if x > 0 else 0)
d/dx[relu(x)] = (1 if x > 0 else 0)
note: relu has a kink at 0, where its derivative does not exist; gradbook uses relu′(0) = 0, as PyTorch does
at x = 0:
  symbolic            0
  autograd            0
  central difference  0.5 (h = 1e-06)
  symbolic and autograd agree; the central difference does not: the central difference straddles the kink and averages the two sides
  here relu(x) is at its kink (x = 0): the derivative does not exist mathematically; the value uses relu′(0) = 0
gb> derive leaky_relu(x, 0.1) wrt x
1. leaky_relu′: d/dx[leaky_relu(x, 0.1)] = (1 if x > 0 else 0.1)
d/dx[leaky_relu(x, 0.1)] = (1 if x > 0 else 0.1)
note: leaky_relu has a kink at 0, where its derivative does not exist; gradbook uses leaky_relu′(0) = 0.1, as PyTorch does
gb> derive softplus(x) wrt x
1. softplus′: d/dx[softplus(x)] = (1 if x > 20 else σ(x))
d/dx[softplus(x)] = (1 if x > 20 else σ(x))
gb> 1 - softplus'([19, 25])
[5.6028e-09, 0]
gb> softplus''([19, 25])
[5.6028e-09, 0]
gb> derive exp(x * y) wrt x, y
1. chain rule, exp′(u) = exp(u): ∂/∂x[exp(x·y)] = exp(x·y)·∂/∂x[x·y]
2. constant factor: ∂/∂x[x·y] = y
∂/∂x[exp(x·y)] = y·exp(x·y)

1. chain rule, exp′(u) = exp(u): ∂/∂y[exp(x·y)] = exp(x·y)·∂/∂y[x·y]
2. constant factor: ∂/∂y[x·y] = x
∂/∂y[exp(x·y)] = x·exp(x·y)
gb> derive sum(x) wrt x
error: derive works on scalar formulas and cannot differentiate sum
symbolically; for tensors use explain (backprop step by step) or gradcheck
(autograd against central differences)
  derive sum(x) wrt x
         ^
gb> derive x^2 wrt
error: wrt needs a variable name: wrt x
  derive x^2 wrt
  ^
