# dataset(X, y) for augmented copies (rotated and jittered) and for val; an optimizer over layer(net, 2) trains the head and leaves the rest frozen.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> X = [[1, 0], [0, 2], [-1, 0], [0, -2]];
gb> y = [1, 0, 1, 0];
gb> rot(X, t) = X @ [[cos(t), sin(t)], [-sin(t), cos(t)]]
rot(X, t) = X @ [[cos(t), sin(t)], [-sin(t), cos(t)]]
gb> A = dataset(concat(X, rot(X, pi / 2), X + 0.1 * randn(4, 2), axis = 0), concat(y, y, y, axis = 0))
A = dataset(X, y): 12 samples, 2 features, 2 classes (0…1); .X, .y, .size,
    .features, .classes
gb> A.X
[[ 1,            0          ],
 [ 0,            2          ],
 [-1,            0          ],
 [ 0,           -2          ],
 [ 6.12323e-17,  1          ],
 [-2,            1.22465e-16],
 [-6.12323e-17, -1          ],
 [ 2,           -1.22465e-16],
 [ 0.998104,    -0.135593   ],
 [-0.0403721,    2.02334    ],
 [-0.837489,    -0.000256869],
 [-0.102125,    -2.02327    ]]
gb> net = mlp(2, 4, 1);
gb> head = param(net, "2.weight") + 0;
gb> body = param(net, "0.weight") + 0;
gb> o = sgd(layer(net, 2), lr = 0.5);
gb> train net on A with o for 20 steps loss bce_with_logits val dataset(X, y);
gb> max(abs(param(net, "0.weight") - body))
0
gb> max(abs(param(net, "2.weight") - head)) > 0
1
gb> dataset([[0, 0], [1, 1]], [1, 0, 1])
error: dataset(X, y): inputs must be [N, d] and targets [N], got [2, 2] and [3]
  dataset([[0, 0], [1, 1]], [1, 0, 1])
  ^
