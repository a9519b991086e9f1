# l1_loss (mean absolute error, not the l1 penalty on weights) and softshrink, the soft threshold that is the proximal step of an L1 penalty.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> p = [0.5, 2, -1];
gb> y = [1, 1, -1];
gb> l1_loss(p, y)
0.5
gb> mean(abs(p - y))
0.5
gb> l1(p)
3.5
gb> backward l1_loss(p, y)
backward l1_loss(p, y): gradients on p, y
gb> grad p
[-0.333333, 0.333333, 0]
gb> w = [-2, -0.3, 0, 0.1, 1.5];
gb> softshrink(w, 0.5)
[-1.5, 0, 0, 0, 1]
gb> sign_kept = w - clamp(w, -0.5, 0.5)
sign_kept = [-1.5, 0, 0, 0, 1]
gb> net = linear(3, 1);
gb> param(net, "weight") = softshrink(param(net, "weight"), 0.4)
param(net, "weight") = [[0, 0, -0.058393]]
