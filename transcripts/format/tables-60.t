# Text and tables at 60 columns: :vars, a network's summary and tables, an optimizer, gradcheck, explain, train's header and log, :lessons — laid out or broken between words, never split mid-word by the terminal.
#! gradbook seed=0 width=60 digits=6 charset=unicode colour=off
gb> x = -4; W = randn(2, 3); f(t) = t^2 * sin(t);
gb> data = moons(100, noise = 0.1, signed = true)
data = moons(100, noise=0.1): 100 samples, 2 features,
    labels −1/+1; .X, .y, .size, .features, .classes
gb> net = sequential(linear(2, 16), batchnorm1d(16), relu, linear(16, 1))
net = Sequential: 4 layers, 97 parameters, training mode
  0: Linear(2 → 16)
  1: BatchNorm1d(16)
  2: ReLU
  3: Linear(16 → 1)
parameter  shape    count
0.weight   [16, 2]     32
0.bias     [16]        16
1.weight   [16]        16
1.bias     [16]        16
3.weight   [1, 16]     16
3.bias     [1]          1
buffer                 shape  value
1.running_mean         [16]   [0, 0, 0, 0, …]
1.running_var          [16]   [1, 1, 1, 1, …]
1.num_batches_tracked  []     0
gb> opt = adam(net, lr = 0.01)
opt = Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08,
    weight_decay=0, amsgrad=false,
    decoupled_weight_decay=false) on 0.weight, 0.bias,
    1.weight, 1.bias, 3.weight, 3.bias; 0 steps taken
gb> :vars
name  kind       shape   value
W     tensor     [2, 3]  [[-0.018965, -1.35593, …
data  data set           moons(100, noise=0.1): 100 …
f     function           f(t) = t^2 * sin(t)
net   network            Sequential: 4 layers, 97 …
opt   optimizer          Adam(lr=0.01, betas=(0.9, 0.999), …
x     number     []      -4
gb> a_variable_with_a_rather_long_name = randn(4, 5);
gb> :vars
W
  kind:  tensor
  shape: [2, 3]
  value: [[-0.018965, -1.35593, -0.403721], [0.233351, …
a_variable_with_a_rather_long_name
  kind:  tensor
  shape: [4, 5]
  value: [[0.589533, -0.931723, -0.0366081, -0.816195, …
data
  kind:  data set
  value: moons(100, noise=0.1): 100 samples, 2 features, …
f
  kind:  function
  value: f(t) = t^2 * sin(t)
net
  kind:  network
  value: Sequential: 4 layers, 97 parameters, training …
opt
  kind:  optimizer
  value: Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08, …
x
  kind:  number
  shape: []
  value: -4
gb> net.parameters
parameter  shape    count  gradient
0.weight   [16, 2]     32  none
0.bias     [16]        16  none
1.weight   [16]        16  none
1.bias     [16]        16  none
3.weight   [1, 16]     16  none
3.bias     [1]          1  none
total                  97
gb> z = [-1, 0, 2]; gradcheck sum(relu(z) * abs(z)) wrt z
gradcheck sum(relu(z) * abs(z)) wrt z, eps = 1e-06
autograd's gradient vs central differences
  (f(x + eps) − f(x − eps)) / 2·eps
element  analytic  numeric      relative error  status
z[0]     0         0            0               good
z[1]     0         5.00044e-07  1               kink?
z[2]     4         4            2.9e-11         good
counts: 2 good, 1 kink?
max relative error 1 at z[1]
warning: the differences crossed or touched a kink of relu,
  abs (moving 1 of the 3 elements did; only they are judged
  as kinks): its derivative jumps there, so a finite
  difference measures neither side's slope (autograd takes
  one side, as PyTorch does)
verdict: inconclusive — errors above 1e-4, but a kink was
  crossed, where finite differences are unreliable; check
  again at a point away from the kink
gb> y = sum(tanh(W @ [1, 2, 3])); gradcheck y wrt W
gradcheck y wrt W, eps = 1e-06
autograd's gradient vs central differences
  (f(x + eps) − f(x − eps)) / 2·eps
element  analytic    numeric     relative error  status
W[0, 0]  0.00150579  0.00150579  5.5e-09         good
W[0, 1]  0.00301158  0.00301158  5.5e-09         good
W[0, 2]  0.00451738  0.00451738  5.5e-09         good
W[1, 0]  0.0038206   0.0038206   4e-10           good
W[1, 1]  0.00764119  0.00764119  4e-10           good
W[1, 2]  0.0114618   0.0114618   4e-10           good
counts: 6 good
max relative error 5.5e-09 at W[0, 0]
verdict: good — every relative error is at most 1e-7
gb> p = 2; q = -3; b = 1; s = q * p + b; e = tanh(s) * s; explain e
the graph of e: 4 operations, 3 leaves that gradients reach
e = n2 · s = 4.99955
├─ n2 = tanh(s) = -0.999909
│  └─ s = n1 + b = -5
│     ├─ n1 = q · p = -6
│     │  ├─ q = -3
│     │  └─ p = 2
│     └─ b = 1
└─ s ↑ (drawn above)
backprop by hand, from e back to the leaves:
[1] e = n2 · s   mul, value 4.99955
    ∂e/∂e = 1: backprop starts here
    → n2: ∂e/∂n2 = s = -5, passes 1 × (-5) = -5
    → s: ∂e/∂s = n2 = -0.999909,
        passes 1 × (-0.999909) = -0.999909
[2] n2 = tanh(s)   tanh, value -0.999909
    ∂e/∂n2 = -5, from e
    → s: ∂n2/∂s = 1 − tanh²(s) = 0.000181583,
        passes -5 × 0.000181583 = -0.000907916
[3] s = n1 + b   add, value -5
    ∂e/∂s = -0.999909 (from e) + (-0.000907916) (from n2)
        = -1.00082: the sum over its 2 uses
    → n1: ∂s/∂n1 = 1, passes -1.00082 × 1 = -1.00082
    → b: ∂s/∂b = 1, passes -1.00082 × 1 = -1.00082
[4] n1 = q · p   mul, value -6
    ∂e/∂n1 = -1.00082, from s
    → q: ∂n1/∂q = p = 2, passes -1.00082 × 2 = -2.00163
    → p: ∂n1/∂p = q = -3, passes -1.00082 × (-3) = 3.00245
gradients on the leaves
    (what backward e adds to their .grad):
    ∂e/∂q = -2.00163
    ∂e/∂p = 3.00245
    ∂e/∂b = -1.00082
gb> explain e for q
the graph of e: 4 operations, 3 leaves that gradients reach
e = n2 · s = 4.99955
├─ n2 = tanh(s) = -0.999909
│  └─ s = n1 + b = -5
│     ├─ n1 = q · p = -6
│     │  ├─ q = -3
│     │  └─ p = 2
│     └─ b = 1
└─ s ↑ (drawn above)
the chain rule as a sum over paths:
paths from e down to q: 2;
    ∂e/∂q = Σ over paths of the product of the local
    derivatives along the path
  e → n2 → s → n1 → q: ∂e/∂n2 · ∂n2/∂s · ∂s/∂n1 · ∂n1/∂q
      = (-5) · 0.000181583 · 1 · 2 = -0.00181583
  e → s → n1 → q: ∂e/∂s · ∂s/∂n1 · ∂n1/∂q
      = (-0.999909) · 1 · 2 = -1.99982
sum over the 2 paths = -2.00163
backprop (one walk over the graph) gives ∂e/∂q
    = -2.00163 ✓ the same
gb> train net on data with opt for 20 steps loss hinge batch 32
train network (97 parameters) on moons(100, noise=0.1)
  (100 samples), batch 32, loss hinge, Adam lr 0.01
step  2/20  loss 0.889218  acc 0.71875
step  4/20  loss 0.805445  acc 0.625
step  6/20  loss 0.722984  acc 0.71875
step  8/20  loss 0.60072  acc 0.84375
step 10/20  loss 0.605955  acc 0.8125
step 12/20  loss 0.431833  acc 0.875
step 14/20  loss 0.40496  acc 0.90625
step 16/20  loss 0.320136  acc 0.875
step 18/20  loss 0.335765  acc 0.8125
step 20/20  loss 0.305885  acc 0.84375
done: 20 steps, loss 0.305885, acc 0.84375;
  plot history to see it
gb> s2 = split(moons(200, noise = 0.2), 0.25); n2 = mlp(2, 8, 2); o2 = adam(n2, lr = 0.01); sched = step_lr(o2, step_size = 10);
gb> train n2 on s2 with sched for 20 steps batch 32
train network (42 parameters)
  on moons(200, noise=0.2) (train) (150 samples), batch 32,
  loss cross_entropy, Adam lr 0.01 with StepLR
step  2/20  loss 0.658344  acc 0.59375  val_loss 0.693287
  val_acc 0.46  lr 0.01
step  4/20  loss 0.649816  acc 0.53125  val_loss 0.667227
  val_acc 0.46  lr 0.01
step  6/20  loss 0.646043  acc 0.53125  val_loss 0.641413
  val_acc 0.62  lr 0.01
step  8/20  loss 0.619393  acc 0.6875  val_loss 0.61711
  val_acc 0.82  lr 0.01
step 10/20  loss 0.563739  acc 0.9375  val_loss 0.594381
  val_acc 0.78  lr 0.01
step 12/20  loss 0.570849  acc 0.9375  val_loss 0.59224
  val_acc 0.78  lr 0.001
step 14/20  loss 0.575816  acc 0.84375  val_loss 0.590147
  val_acc 0.78  lr 0.001
step 16/20  loss 0.587511  acc 0.78125  val_loss 0.588052
  val_acc 0.78  lr 0.001
step 18/20  loss 0.556595  acc 0.84375  val_loss 0.585965
  val_acc 0.78  lr 0.001
step 20/20  loss 0.587462  acc 0.78125  val_loss 0.583886
  val_acc 0.8  lr 0.001
done: 20 steps, loss 0.587462, acc 0.78125,
  val_loss 0.583886, val_acc 0.8; plot history to see it
gb> :lessons
lessons (:lesson ID starts one)
activations       Activations and their  30 min  not started
                  gradients
adaptive          Adaptive rates:        25 min  not started
                  Adagrad to AdamW
backprop          Backprop by hand       20 min  not started
batchnorm         BatchNorm, training    20 min  not started
                  vs inference
derivative        The derivative from    20 min  not started
                  the limit
dropout           Dropout and its        15 min  not started
                  scaling
ensembles         Ensembles,             30 min  not started
                  augmentation and
                  transfer
gradient-descent  Gradient descent and   30 min  not started
                  when to stop
init-variance     Initialisation and     35 min  not started
                  the variance of
                  activations
lr-schedules      Choosing and decaying  25 min  not started
                  the learning rate
momentum          Momentum and           20 min  not started
                  Nesterov's look-ahead
normalisation     Normalising inputs     25 min  not started
                  and activations
regularisation    Overfitting and        35 min  not started
                  regularisation
second-order      Second-order methods:  25 min  not started
                  Newton and the
                  Hessian
