# The optimizers, losses and initialisers train.t and optimizers.t do not show, with numbers worked by hand in the review (e.g. AdamW: 1·(1 − 0.1·0.01) − 0.1 = 0.899; Adamax: m = 0.1·g, u = |g| + ε, so w − (0.1/(1 − 0.9))·m/u ≈ w − 0.1·sign(g) = [0.9, −1.9]).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> w = [1.0, -2.0]
w = [1, -2]
gb> opt = adagrad(w, lr = 0.5)
opt = Adagrad(lr=0.5, lr_decay=0, weight_decay=0, initial_accumulator_value=0,
    eps=1e-10) on w; 0 steps taken
gb> backward sum(w^2); step opt; opt.state
Adagrad after 1 step:
parameter  state  value
w          sum    [4, 16]
w          step   1
gb> w = [1.0, -2.0]; opt = adadelta(w)
opt = Adadelta(lr=1, rho=0.9, eps=1e-06, weight_decay=0) on w; 0 steps taken
gb> backward sum(w^2); step opt; w
[0.996838, -1.99684]
gb> w = [1.0, -2.0]; opt = adamw(w, lr = 0.1)
opt = AdamW(lr=0.1, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01,
    amsgrad=false, decoupled_weight_decay=true) on w; 0 steps taken
gb> backward sum(w^2); step opt; w
[0.899, -1.898]
gb> w = [1.0, -2.0]; opt = nadam(w, lr = 0.1)
opt = NAdam(lr=0.1, betas=(0.9, 0.999), eps=1e-08, weight_decay=0,
    momentum_decay=0.004, decoupled_weight_decay=false) on w; 0 steps taken
gb> backward sum(w^2); step opt; opt.state
NAdam after 1 step:
parameter  state       value
w          exp_avg     [0.2, -0.4]
w          exp_avg_sq  [0.004, 0.016]
w          mu_product  0.450073
w          step        1
gb> w = [1.0, -2.0]; opt = adamax(w, lr = 0.1)
opt = Adamax(lr=0.1, betas=(0.9, 0.999), eps=1e-08, weight_decay=0) on w;
    0 steps taken
gb> backward sum(w^2); step opt; opt.state
Adamax after 1 step:
parameter  state    value
w          exp_avg  [0.2, -0.4]
w          exp_inf  [2, 4]
w          step     1
gb> w
[0.9, -1.9]
gb> p = [0.9, 0.2, 0.6]; t = [1, 0, 1]
t = [1, 0, 1]
gb> bce(p, t)
0.279777
gb> bce_with_logits([2.0, -1.0, 0.5], t)
0.304756
gb> cross_entropy([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], [0, 1])
0.31854
gb> cross_entropy([[2.0, 1.0, 0.1]], [3])
error: cross_entropy: target 0 is 3; class indices must be whole numbers from 0
to 2 for 3 classes
  cross_entropy([[2.0, 1.0, 0.1]], [3])
  ^
gb> net = mlp(2, 3, 1);
gb> l1(net) > 0
1
gb> :seed 1
seed 1
gb> kaiming_normal(3, 2)
[[-1.54522,  -0.199515],
 [-1.01365,   0.824407],
 [ 0.958297,  1.2128  ]]
gb> kaiming_uniform(3, 2, nonlinearity = "relu")
[[-1.48594,  -0.411589],
 [ 1.27185,   0.179128],
 [ 1.49847,   1.58385 ]]
gb> xavier_normal(3, 2)
[[-0.715285,  -1.28379  ],
 [ 0.661488,  -0.543445 ],
 [-0.258659,   0.0140556]]
gb> lecun_normal(3, 2)
[[ 0.199416,   0.0844777],
 [-0.788594,   0.0174749],
 [-0.569828,   0.786726 ]]
gb> net = mlp(2, 3, 1, act = tanh, init = lecun);
gb> layer(net, 0)
Linear(2 → 3): 9 parameters, training mode
parameter  shape   count
weight     [3, 2]      6
bias       [3]         3
