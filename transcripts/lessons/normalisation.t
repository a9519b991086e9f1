# The normalisation lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/normalisation.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson normalisation --auto
Normalising inputs and activations (about 25 min; notes 000, 004, 001)
Lectures 000 and 004 ask to normalise the data before training: subtract each
feature's mean and bring the spreads to one scale, so that the gradient for one
feature is not much larger than for another. This lesson shows why on a loss
surface you can see, and then what batch normalisation, the same idea inside the
network, does to the range of learning rates that train.
── Step 1 of 5: Two features on different scales ──
A linear regression with two features: the first standard normal, the second 30
times wider and shifted by 50 (a sensor reading in other units, say). The target
is y = 2x₁ - 0.03x₂ plus a little noise:
  gb> X = randn(100, 2) * [1, 30] + [0, 50];
  gb> y = X @ [[2], [-0.03]] + 0.1 * randn(100, 1);
  gb> mean(X, axis = 0)
  [0.155197, 49.1392]
  gb> std(X, axis = 0)
  [0.977165, 28.5959]
Plain gradient descent on the mean squared error, recording the path of the two
weights, with the loss drawn on a log scale:
  gb> L(a, b) = mean((X[:, 0:1] * a + X[:, 1:2] * b - y)^2)
  L(a, b) = mean((X[:, 0:1] * a + X[:, 1:2] * b - y)^2)
  gb> w = [0.0, 0.0];
  gb> o = sgd(w, lr = 1e-4);
  gb> P = zeros(31, 2);
  gb> k = 1;
  gb> repeat 30 { zero o; backward mse(X @ w, y); step o; P[k] = w; k += 1 }
  gb> contour log(L(x, y)) for x in -1..3, y in -0.1..0.05 with P size 70, 14
  log(L(x, y)) over x in -1..3, y in -0.1..0.05
   0.05 ┤███████████████████████████████████████████████████████████████
        │███████████████████████████████████████████████████████████████
        │███████████████████████████████████████████████████████████████
        │█████████████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
      0 ┤██████████▓▓▓▓▓S▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
        │█████▓▓▓▓▓▓▓▓▓▓│▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
        │███▓▓▓▓▓▓▓▓▓▓▓▓E▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓
        │████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒░░░░   ░░░░▒▒▒▒▒▒▒▒▒▒
        │██████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓
  -0.05 ┤███████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
        │████████████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
        │██████████████████████████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
        │███████████████████████████████████████████████████████████████
   -0.1 ┤███████████████████████████████████████████████████████████████
        └┬──────────────┬───────────────┬───────────────┬──────────────┬
         -1             0               1               2              3
  " " below -4   "░" -4 to -2   "▒" -2 to 0   "▓" 0 to 2
  "█" 2 and above
  S start  • step  E end  (31 points)
  gb> w
  [0.011291, -0.0247472]
The valley is long and very narrow. Along its floor the first weight should
travel to 2, and it has barely moved. A larger rate does not help, because the
steep direction, the second feature's, sets the largest rate that does not
diverge:
  gb> w = [0.0, 0.0];
  gb> o = sgd(w, lr = 4e-4);
  gb> repeat 30 { zero o; backward mse(X @ w, y); step o }
  gb> mse(X @ w, y)
  1.59879e+12
✎ Exercise 1 of 4: Why does the first weight crawl at lr = 1e-4?
  1. its gradient is wrong
  2. its direction of the valley is flat, and the rate is limited by the steep
     direction
  3. SGD cannot learn two weights at once
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
The curvature along x₂ is thousands of times that along x₁; one learning rate
must suit both, so the flat direction gets a tiny step.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 5: Standardising ──
Subtract each feature's mean and divide by its standard deviation; centre the
target too, since the model has no bias:
  gb> Z = (X - mean(X, axis = 0)) / std(X, axis = 0);
  gb> yc = y - mean(y);
  gb> std(Z, axis = 0)
  [1, 1]
  gb> M(a, b) = mean((Z[:, 0:1] * a + Z[:, 1:2] * b - yc)^2)
  M(a, b) = mean((Z[:, 0:1] * a + Z[:, 1:2] * b - yc)^2)
  gb> v = [0.0, 0.0];
  gb> o = sgd(v, lr = 0.1);
  gb> Q = zeros(31, 2);
  gb> k = 1;
  gb> repeat 30 { zero o; backward mse(Z @ v, yc); step o; Q[k] = v; k += 1 }
  gb> contour log(M(x, y)) for x in -1..3, y in -2..1 with Q size 70, 14
  log(M(x, y)) over x in -1..3, y in -2..1
   1 ┤██████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     │███████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     │█████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     │███████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   0 ┤██████▓▓▓▓▓▓▓▓▓▓S──▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓
     │█████▓▓▓▓▓▓▓▓▓▓▓▓▓▓───•──▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓
     │████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓──•────•──•▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓
     │████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒─•──••─•▒░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒▓
     │████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒░••••E ░░░░░▒▒▒▒▒▒▒▒▒▒▓
  -1 ┤████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒░░░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▓
     │████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓
     │█████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓
     │██████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓
  -2 ┤███████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     └┬───────────────┬────────────────┬───────────────┬───────────────┬
      -1              0                1               2               3
  " " below -4   "░" -4 to -2   "▒" -2 to 0   "▓" 0 to 2
  "█" 2 and above
  S start  • step  E end  (31 points)
  gb> v
  [1.94869, -0.862823]
  gb> mse(Z @ v, yc)
  0.00912229
The levels are round, a rate a thousand times larger is safe, and 30 steps reach
the bottom. The weights are now per standard deviation of each feature; multiply
back to get the original ones:
  gb> v / std(X, axis = 0)
  [1.99423, -0.030173]
A new example must be standardised with the training mean and standard
deviation, not its own (a single example has no spread): the same rule batch
normalisation follows in eval mode.
  gb> xt = [[1, 80]]
  xt = [[1, 80]]
✎ Exercise 2 of 4: Bind zt to xt standardised with the mean and standard
deviation of X.
(a statement binding zt answers; other lines are scratch work; :hint, :skip)
  gb> zt = (xt - mean(X, axis = 0)) / std(X, axis = 0)
  zt = [[0.864545, 1.0792]]
✓ right
Then zt @ v (plus the mean of y) is the model's prediction for xt.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 5: The standard deviation, not the variance ──
Lecture 000 says normalising means "subtracting the mean and dividing by the
variance". Dividing by the variance does not give a common scale:
  gb> Xv = (X - mean(X, axis = 0)) / var(X, axis = 0);
  gb> std(Xv, axis = 0)
  [1.02337, 0.0349701]
A feature of standard deviation σ divided by σ² has standard deviation 1/σ: the
wide feature becomes narrow, and the two scales are as unequal as before, the
other way round. The unit spread comes from dividing by the standard deviation,
as in the previous step (and as batch normalisation does, with √(σ² + ε)).
✎ Exercise 3 of 4: A feature has standard deviation 5. After subtracting its
mean and dividing by its variance, what is its standard deviation?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1 / 5
✓ right
5/25 = 0.2 = 1/σ. Divided by the standard deviation instead, it would be 1.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 5: Batch normalisation and the learning rate ──
Lecture 004 says batch normalisation made training much faster because it
allowed higher learning rates without harm. Test it: the same 5-layer ReLU
network, with and without a `batchnorm1d` after each hidden linear layer,
trained with SGD at three rates on the moons. `plain()` and `normed()` build a
fresh network each time they are called:
  gb> data = moons(200, noise = 0.1);
  gb> plain() = mlp(2, 32, 32, 32, 32, 1, act = relu)
  plain() = mlp(2, 32, 32, 32, 32, 1, act = relu)
  gb> B(n) = sequential(linear(n, 32), batchnorm1d(32), relu)
  B(n) = sequential(linear(n, 32), batchnorm1d(32), relu)
  gb> normed() = sequential(B(2), B(32), B(32), B(32), linear(32, 1))
  normed() = sequential(B(2), B(32), B(32), B(32), linear(32, 1))
  gb> fit(n) = bce_with_logits(n(data.X), data.y)
  fit(n) = bce_with_logits(n(data.X), data.y)
Without batch normalisation:
  gb> net = plain(); opt = sgd(net, lr = 0.03);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> fit(net)
  0.669926
  gb> net = plain(); opt = sgd(net, lr = 0.3);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> fit(net)
  0.22967
  gb> net = plain(); opt = sgd(net, lr = 3);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> fit(net)
  0.696581
  gb> log(2)
  0.693147
With it:
  gb> net = normed(); opt = sgd(net, lr = 0.03);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> eval net; fit(net)
  0.0737119
  gb> net = normed(); opt = sgd(net, lr = 0.3);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> eval net; fit(net)
  0.0518369
  gb> net = normed(); opt = sgd(net, lr = 3);
  gb> train net on data with opt for 100 steps batch 32 loss bce_with_logits;
  gb> eval net; fit(net)
  0.00921617
The plain network gets going at one rate of the three: at 0.03 it crawls, and at
3 it is stuck near log 2, the loss of guessing one half for everything. With
batch normalisation every rate trains, and the largest trains best. Each layer's
inputs are standardised whatever the weights before it did, so a large step in
one layer does not throw the next one off its scale.
✎ Exercise 4 of 4: Which rate did best for the plain network, and which for the
network with batchnorm?
  1. 0.3 for both
  2. 0.3 without batchnorm, 3 with it
  3. 3 for both
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Without batchnorm only 0.3 gets anywhere in 100 steps; with it, the largest rate
is the fastest.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 5: Recap ──
  • Features on different scales make the loss a narrow valley: the steep
    direction caps the learning rate, and the flat one crawls.
  • Standardise each feature: subtract its mean, divide by its standard
    deviation (not the variance, which would give it a spread of 1/σ).
  • Batch normalisation standardises inside the network, batch by batch, and
    widens the range of learning rates that train.
(:next finishes the lesson)
── Normalising inputs and activations: done ──
Exercises: 4 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
