# Layers and networks at the prompt: structure and parameter tables, parameters and
# buffers by name, dropout in training and eval mode, batchnorm's running statistics, and
# the errors a learner meets (wrong shapes, a batch of one in training).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> net = mlp(2, 4, 1, act = tanh, init = xavier)
net = Sequential: 3 layers, 17 parameters, training mode
  0: Linear(2 → 4)
  1: Tanh
  2: Linear(4 → 1)
parameter  shape   count
0.weight   [4, 2]      8
0.bias     [4]         4
2.weight   [1, 4]      4
2.bias     [1]         1
gb> net.parameters
parameter  shape   count  gradient
0.weight   [4, 2]      8  none
0.bias     [4]         4  none
2.weight   [1, 4]      4  none
2.bias     [1]         1  none
total                 17
gb> param(net, "2.weight")
[[1.29817, 1.52945, -1.40839, -1.58025]]
gb> W = param(net, "0.weight");
gb> loss = sum(net([[1, 2], [3, -1]])); backward loss
backward loss: gradients on W, net (4 of its 4 parameter tensors)
gb> W.grad
[[ 3.85543,  -1.06671 ],
 [ 0.147599,  0.26862 ],
 [-2.79988,   0.929745],
 [-3.89867,  -2.38596 ]]
gb> net([[1, 2, 3]])
error: Linear(2 → 4) expects 2 features on the last axis, shape [N, 2] or [2],
got shape [1, 3]
  net([[1, 2, 3]])
  ^
gb> l = linear(weight = [[1, 2], [3, 4]], bias = [0.5, -0.5])
l = Linear(2 → 2): 6 parameters, training mode
parameter  shape   count
weight     [2, 2]      4
bias       [2]         2
gb> l([[1, 1]])
[[3.5, 6.5]]
gb> d = dropout(0.5)
d = Dropout(p=0.5): no parameters, training mode
gb> d(ones(2, 6))
[[2, 0, 2, 2, 0, 2],
 [0, 2, 2, 2, 2, 0]]
gb> eval d
d: eval mode (dropout off, batchnorm uses its running statistics)
gb> d(ones(2, 6))
[[1, 1, 1, 1, 1, 1],
 [1, 1, 1, 1, 1, 1]]
gb> bn = batchnorm1d(2)
bn = BatchNorm1d(2): 4 parameters, training mode
parameter  shape  count
weight     [2]        2
bias       [2]        2
buffer               shape  value
running_mean         [2]    [0, 0]
running_var          [2]    [1, 1]
num_batches_tracked  []     0
gb> bn([[1, 2], [3, 6], [5, 7]])
[[-1.22474,  -1.38873 ],
 [ 0,         0.46291 ],
 [ 1.22474,   0.925819]]
gb> bn.buffers
buffer               shape  value
running_mean         [2]    [0.3, 0.5]
running_var          [2]    [1.3, 1.6]
num_batches_tracked  []     1
gb> bn([[0, 0]])
error: BatchNorm1d(2) needs more than 1 value per channel when training, got
shape [1, 2]; use a bigger batch, or eval mode to normalise with the running
statistics
  bn([[0, 0]])
  ^
gb> eval bn
bn: eval mode (dropout off, batchnorm uses its running statistics)
gb> bn([[0, 0]])
[[-0.263116, -0.395283]]
gb> net2 = sequential(linear(2, 3), batchnorm1d(3), relu, dropout(0.2), linear(3, 1))
net2 = Sequential: 5 layers, 19 parameters, training mode
  0: Linear(2 → 3)
  1: BatchNorm1d(3)
  2: ReLU
  3: Dropout(p=0.2)
  4: Linear(3 → 1)
parameter  shape   count
0.weight   [3, 2]      6
0.bias     [3]         3
1.weight   [3]         3
1.bias     [3]         3
4.weight   [1, 3]      3
4.bias     [1]         1
buffer                 shape  value
1.running_mean         [3]    [0, 0, 0]
1.running_var          [3]    [1, 1, 1]
1.num_batches_tracked  []     0
gb> buffer(net2, "1.running_var")
[1, 1, 1]
gb> layer(net2, 1)
BatchNorm1d(3): 6 parameters, training mode
parameter  shape  count
weight     [3]        3
bias       [3]        3
buffer               shape  value
running_mean         [3]    [0, 0, 0]
running_var          [3]    [1, 1, 1]
num_batches_tracked  []     0
gb> param(net2, "1.wieght")
error: Sequential(Linear(2 → 3), BatchNorm1d(3), ReLU, Dropout(p=0.2), Linear(3
→ 1)) has no parameter 1.wieght; did you mean 1.weight? it has 0.weight, 0.bias,
1.weight, 1.bias, 4.weight, 4.bias
  param(net2, "1.wieght")
  ^
gb> xavier_uniform(3, 2, gain = gain("tanh"))
[[-1.19687,  -0.957515],
 [-0.339444,  0.784188],
 [ 1.45094,  -1.68583 ]]
gb> uniform(-1, 1)
uniform(-1, 1): U(low, high); pass it as init = …, or call it on a shape
gb> mlp(2, 16, 16, 1, init = "micrograd").count
337
