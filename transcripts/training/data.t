# Data sets from the session's generator: moons (0/1 or −1/+1 labels), spirals, blobs,
# xor's truth table, a regression problem with its true weights, a split, the optimizer test
# functions, and the errors for impossible sizes.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> m = moons(8, noise = 0)
m = moons(8, noise=0): 8 samples, 2 features, 2 classes (0…1); .X, .y, .size,
    .features, .classes
gb> m.X
[[ 0.5,          0.866025   ],
 [ 1.5,         -0.366025   ],
 [-1,            1.22465e-16],
 [ 2,            0.5        ],
 [-0.5,          0.866025   ],
 [ 1,            0          ],
 [ 0.5,         -0.366025   ],
 [ 0,            0.5        ]]
gb> m.y
[0, 1, 0, 1, 0, 0, 1, 1]
gb> moons(8, noise = 0, signed = true).y
[-1, 1, -1, 1, -1, -1, 1, 1]
gb> mm = moons(60);
gb> plot scatter(mm.X, mm.y) size 40, 8
2 ┤                            ● class 0
  │                            ○ class 1
  │        ●  ●●●●●
  │      ● ●●●    ●●●
  │      ●●  ○○ ○    ●    ○○
0 ┤       ●     ○ ○○ ● ○○○○○
  │               ○○○○○○
  │
  └┬───────────┬───────────┬───────────┬
   -2          0           2           4
gb> sp = spirals(5, classes = 2, noise = 0)
sp = spirals(5, classes=2, noise=0): 10 samples, 2 features, 2 classes (0…1);
    .X, .y, .size, .features, .classes
gb> sp.y
[0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
gb> blobs(6, centers = 2).y
[0, 0, 0, 1, 1, 1]
gb> x = xor(4, noise = 0)
x = xor(4, noise=0): 4 samples, 2 features, 2 classes (0…1); .X, .y, .size,
    .features, .classes
gb> x.X
[[0, 0],
 [0, 1],
 [1, 0],
 [1, 1]]
gb> x.y
[0, 1, 1, 0]
gb> r = regression(200, features = 2, noise = 0.1)
r = linear_regression(200, features=2, noise=0.1): 200 samples, 2 features,
    real-valued targets; .X, .y, .size, .features, .w, .b
true w = [0.134022, -1.88755], b = 0.683518
gb> r.w
[0.134022, -1.88755]
gb> fit = linear(2, 1); fo = adam(fit, lr = 0.1);
gb> train fit on r with fo for 200 steps
train Linear(2 → 1) (3 parameters)
  on linear_regression(200, features=2, noise=0.1) (200 samples), full batch,
  loss mse, Adam lr 0.1
step  20/200  loss 0.201911
step  40/200  loss 0.0753854
step  60/200  loss 0.0103792
step  80/200  loss 0.0112131
step 100/200  loss 0.0104746
step 120/200  loss 0.0103201
step 140/200  loss 0.0103098
step 160/200  loss 0.0103096
step 180/200  loss 0.0103096
step 200/200  loss 0.0103096
done: 200 steps, loss 0.0103096; plot history to see it
gb> param(fit, "weight")
[[0.122931, -1.89654]]
gb> param(fit, "bias")
[0.689804]
gb> r.b
0.683518
gb> s = split(moons(10), 0.3)
s = split into .train: moons(10, noise=0.1) (train): 7 samples, 2 features,
    2 classes (0…1)
       and .val: moons(10, noise=0.1) (validation): 3 samples, 2 features,
           2 classes (0…1)
gb> s.train.size
7
gb> s.val.y
[1, 0, 0]
gb> p = [1.0, 1.0]
p = [1, 1]
gb> rosenbrock(p)
0
gb> ravine([2, 1], kappa = 10)
7
gb> saddle([1, 2])
-3
gb> cubic(-2)
-8
gb> moons(0)
error: moons: the number of samples must be at least 1, got 0
  moons(0)
  ^
gb> split(moons(1), 0.5)
error: split: a validation fraction of 0.5 of 1 samples leaves no training
samples
  split(moons(1), 0.5)
  ^
gb> xor(4, noise = -1)
error: xor: noise must be a finite number >= 0, got -1
  xor(4, noise = -1)
  ^
gb> spirals(3, classes = 0)
error: spirals: the number of classes must be at least 1, got 0
  spirals(3, classes = 0)
  ^
