# Optimizers at the prompt: a bound tensor updated in place on Rosenbrock's valley, Adam's
# state after one step worked by hand (g = 2w: m = 0.1·g, v = 0.001·g²), a network's
# optimizer state under PyTorch's names, schedules and their rate, and errors.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> w = [1.0, -2.0]
w = [1, -2]
gb> opt = adam(w, lr = 0.1)
opt = Adam(lr=0.1, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=false,
    decoupled_weight_decay=false) on w; 0 steps taken
gb> backward sum(w^2)
backward sum(w^2): gradients on w
gb> step opt
Adam step 1: updated w
gb> w
[0.9, -1.9]
gb> opt.exp_avg
[0.2, -0.4]
gb> opt.exp_avg_sq
[0.004, 0.016]
gb> opt.state
Adam after 1 step:
parameter  state       value
w          exp_avg     [0.2, -0.4]
w          exp_avg_sq  [0.004, 0.016]
w          step        1
gb> p = [-1.5, 2.0]
p = [-1.5, 2]
gb> m = sgd(p, lr = 0.001, momentum = 0.9)
m = SGD(lr=0.001, momentum=0.9, dampening=0, weight_decay=0,
    nesterov=false) on p; 0 steps taken
gb> repeat 200 { f = rosenbrock(p); zero m; backward f; step m }
gb> p
[0.630272, 0.395393]
gb> rosenbrock(p)
0.137041
gb> m.momentum_buffer
[-3.33782, -4.21591]
gb> m.hyperparameters
hyperparameter  value
lr              0.001
momentum        0.9
dampening       0
weight_decay    0
nesterov        false
gb> net = mlp(2, 2, 1)
net = Sequential: 3 layers, 9 parameters, training mode
  0: Linear(2 → 2)
  1: ReLU
  2: Linear(2 → 1)
parameter  shape   count
0.weight   [2, 2]      4
0.bias     [2]         2
2.weight   [1, 2]      2
2.bias     [1]         1
gb> o = rmsprop(net, lr = 0.01, centered = true)
o = RMSprop(lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0,
    centered=true) on 0.weight, 0.bias, 2.weight, 2.bias; 0 steps taken
gb> loss = mse(net([[1, 2], [0, -1]]), [1, 0])
loss = 0.344305
gb> zero o
no gradients to clear
gb> backward loss
backward loss: gradients on net (4 of its 4 parameter tensors)
gb> step o
RMSprop step 1: updated 0.weight, 0.bias, 2.weight, 2.bias
gb> state(o, "2.bias")
state       value
square_avg  [6.71739e-05]
grad_avg    [-0.000819597]
step        1
gb> state(o, param(net, "0.weight"), "square_avg")
[[4.7474e-05,  0.000189896],
 [0,           7.53431e-06]]
gb> s = step_lr(o, step_size = 2, gamma = 0.5)
s = StepLR(step_size=2, gamma=0.5) of RMSprop: epoch 0, lr 0.01 (base 0.01)
gb> step s
StepLR epoch 1: lr 0.01
gb> step s
StepLR epoch 2: lr 0.005
gb> s.lr
0.005
gb> e = exponential_lr(sgd(net, lr = 1), 0.9)
e = ExponentialLR(gamma=0.9) of SGD: epoch 0, lr 1 (base 1)
gb> step e
ExponentialLR epoch 1: lr 0.9
gb> e
ExponentialLR(gamma=0.9) of SGD: epoch 1, lr 0.9 (base 1)
gb> t = inverse_time_lr(sgd(net, lr = 1), 0.5)
t = InverseTimeLR(k=0.5) of SGD: epoch 0, lr 1 (base 1)
gb> step t, t, t
InverseTimeLR epoch 1: lr 0.666667
InverseTimeLR epoch 2: lr 0.5
InverseTimeLR epoch 3: lr 0.4
gb> t.lr
0.4
gb> set_lr(o, 0.001)
0.001
gb> o
RMSprop(lr=0.001, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0,
    centered=true) on 0.weight, 0.bias, 2.weight, 2.bias; 1 step taken
gb> w -= 1
w = [-0.1, -2.9]
gb> step opt
Adam step 2: updated w
note: w now names another tensor (an assignment such as w -= … makes a new one); this optimizer updates the one it was made with
gb> sgd(w, nesterov = true)
error: SGD: nesterov needs momentum > 0 and dampening 0, got momentum 0.0 and
dampening 0.0
  sgd(w, nesterov = true)
  ^
gb> adam(3)
error: adam's argument 1 is a constant; bind it to a name first (w = [1.0, 2.0])
so that gradients reach it
  adam(3)
       ^
gb> opt.lr = 0.5
error: cannot set .lr of the optimizer: only a layer's parameters and buffers
can be set (bn.weight = …); set_lr(opt, lr) changes an optimizer's rate
  opt.lr = 0.5
  ^
