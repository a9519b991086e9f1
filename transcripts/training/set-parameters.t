# Setting a layer's parameters and buffers in place (bn.weight = …, param(net, "0.weight") = …, buffer(…) = …), what cannot be set, and batchnorm1d(momentum = "none"): the running mean is the plain average of the batches.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> net = sequential(linear(2, 3), batchnorm1d(3), relu, linear(3, 1));
gb> W = param(net, "0.weight");
gb> param(net, "0.weight") = [[1, 0], [0, 1], [1, 1]]
param(net, "0.weight") = [[1, 0],
                          [0, 1],
                          [1, 1]]
gb> W
[[1, 0],
 [0, 1],
 [1, 1]]
gb> param(net, "0.bias") = 0
param(net, "0.bias") = [0, 0, 0]
gb> param(net, "3.weight") *= 2;
gb> bn = layer(net, 1);
gb> bn.weight = [1, 2, 3]
bn.weight = [1, 2, 3]
gb> bn.running_mean = [0.5, 0, -0.5]
bn.running_mean = [0.5, 0, -0.5]
gb> buffer(net, "1.running_var") = [1, 4, 9]
buffer(net, "1.running_var") = [1, 4, 9]
gb> bn
BatchNorm1d(3): 6 parameters, training mode
parameter  shape  count
weight     [3]        3
bias       [3]        3
buffer               shape  value
running_mean         [3]    [0.5, 0, -0.5]
running_var          [3]    [1, 4, 9]
num_batches_tracked  []     0
gb> bn.weight = [1, 2]
error: BatchNorm1d(3): weight has shape [3], got [2]
  bn.weight = [1, 2]
              ^
gb> bn.training = false
error: cannot set .training of BatchNorm1d(3): settable are .weight, .bias,
.running_mean, .running_var, .num_batches_tracked
  bn.training = false
  ^
gb> opt = sgd(net, lr = 0.1);
gb> opt.lr = 0.5
error: cannot set .lr of the optimizer: only a layer's parameters and buffers
can be set (bn.weight = …); set_lr(opt, lr) changes an optimizer's rate
  opt.lr = 0.5
  ^
gb> cum = batchnorm1d(2, momentum = "none");
gb> cum([[1, 2], [3, 6]]);
gb> cum([[0, 0], [2, 2]]);
gb> cum.running_mean
[1.5, 2.5]
gb> mean([[1, 2], [3, 6]], axis = 0) / 2 + mean([[0, 0], [2, 2]], axis = 0) / 2
[1.5, 2.5]
gb> cum.num_batches_tracked
2
