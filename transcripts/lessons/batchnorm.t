# The batchnorm lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/batchnorm.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson batchnorm --auto
BatchNorm, training vs inference (about 20 min; notes 001)
Lecture 001 introduces Batch Normalisation as a layer that normalises each
feature over the current batch, then rescales it with two trained parameters.
This lesson computes it by hand, then follows what the lecture leaves out: the
running statistics a BatchNorm layer keeps for inference, why training and
inference give different outputs, and what happens to a batch of one.
── Step 1 of 7: Batch statistics ──
For a batch of n examples, each feature gets its own mean and variance, over the
batch:

    μB = 1/n Σⱼ₌₁ⁿ xB,j, σB² = 1/n Σⱼ₌₁ⁿ (xB,j - μB)²

Note the 1/n: the biased variance, which is what BatchNorm normalises with.
(gradbook's `var`, like PyTorch's, is unbiased by default, so we ask for
`unbiased = false`.)
  gb> X = randn(8, 3) * 2 + 5
  X = [[ 3.67804,  4.01286,  6.25863],
       [ 2.39154,  5.51909,  2.64464],
       [ 5.85319,  2.79099,  3.60881],
       [ 6.29099,  4.97325, 12.2219 ],
       [ 4.88618,  3.13409,  6.78543],
       [ 3.14252,  6.36391,  2.30301],
       [ 4.57059,  2.75069,  3.30408],
       [ 5.61666,  5.53832,  4.57459]]
  gb> mu = mean(X, axis = 0)
  mu = [4.55371, 4.3854, 5.21263]
  gb> s2 = var(X, axis = 0, unbiased = false)
  s2 = [1.67259, 1.72419, 9.29746]
  gb> xhat = (X - mu) / sqrt(s2 + 1e-5)
  xhat = [[-0.677093,  -0.283715,   0.343042 ],
          [-1.67184,    0.863379,  -0.842192 ],
          [ 1.00478,   -1.21424,   -0.525987 ],
          [ 1.3433,     0.447685,   2.29873  ],
          [ 0.257071,  -0.952951,   0.515812 ],
          [-1.09116,    1.50676,   -0.954233 ],
          [ 0.0130511, -1.24494,   -0.625923 ],
          [ 0.82189,    0.878018,  -0.209252 ]]
  gb> mean(xhat, axis = 0)
  [-1.38778e-17, 1.80411e-16, 3.33067e-16]
  gb> var(xhat, axis = 0, unbiased = false)
  [0.999994, 0.999994, 0.999999]
Each feature of `xhat` now has mean 0 and variance 1 (up to the ε= 10⁻⁵ that
keeps the division safe).
✎ Exercise 1 of 4: What is the biased variance σ²_B of a batch of one feature
with the values 1 and 3?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1
✓ right
((1 − 2)² + (3 − 2)²)/2 = 1. The unbiased variance would divide by n − 1 = 1 and
give 2.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 7: γ and β ──
Normalising every feature to mean 0 and variance 1 could take away something the
network needs, so the layer learns to undo it: zB,j = γ· x̃B,j + β, with γ and β
trained like weights. They start at 1 and 0, so a fresh layer outputs exactly
`xhat`:
  gb> bn = batchnorm1d(3)
  bn = BatchNorm1d(3): 6 parameters, training mode
  parameter  shape  count
  weight     [3]        3
  bias       [3]        3
  buffer               shape  value
  running_mean         [3]    [0, 0, 0]
  running_var          [3]    [1, 1, 1]
  num_batches_tracked  []     0
  gb> out = bn(X);
  gb> max(abs(out - xhat))
  0
✎ Exercise 2 of 4: Bind z to what the layer outputs for X if γ were 2 for every
feature and β were 1 (use xhat).
(a statement binding z answers; other lines are scratch work; :hint, :skip)
  gb> z = 2 * xhat + 1
  z = [[-0.354185,   0.43257,    1.68608  ],
       [-2.34368,    2.72676,   -0.684384 ],
       [ 3.00957,   -1.42849,   -0.0519731],
       [ 3.6866,     1.89537,    5.59747  ],
       [ 1.51414,   -0.905903,   2.03162  ],
       [-1.18232,    4.01352,   -0.908467 ],
       [ 1.0261,    -1.48987,   -0.251847 ],
       [ 2.64378,    2.75604,    0.581496 ]]
✓ right
z = 2·x̂ + 1: every feature now has mean 1 and standard deviation 2, whatever the
batch looked like.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 7: Running statistics ──
At inference there may be one example, or a batch that should not influence its
own normalisation. So while training, the layer keeps exponential moving
averages of the batch statistics, PyTorch's rule with momentum m = 0.1:

    μ̂ ← (1 - m) μ̂ + m μB, σ̂² ← (1 - m) σ̂² + m n/(n - 1) σB²

Two details trip people up. The running mean starts at 0 and the running
variance at 1. And the running variance is updated with the unbiased batch
variance, n/(n-1)σB², although the batch was normalised with the biased one. Our
call `bn(X)` above was one training step:
  gb> buffer(bn, "running_mean")
  [0.455371, 0.43854, 0.521263]
  gb> 0.1 * mu
  [0.455371, 0.43854, 0.521263]
  gb> buffer(bn, "running_var")
  [1.09115, 1.09705, 1.96257]
  gb> 0.9 + 0.1 * var(X, axis = 0)
  [1.09115, 1.09705, 1.96257]
✎ Exercise 3 of 4: If bn(X) ran once more on the same batch, what would the
running mean of the first feature become? Type a number or an expression.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.9 * 0.1 * mu[0] + 0.1 * mu[0]
✓ right
0.9·(0.1·μ) + 0.1·μ = 0.19·μ: the running mean creeps towards the batch mean,
10% of the remaining gap per step.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 7: Inference: eval mode ──
`eval bn` switches the layer to its running statistics, as PyTorch's
`bn.eval()`. Then the output no longer depends on the rest of the batch, and a
single example works:
  gb> eval bn
  bn: eval mode (dropout off, batchnorm uses its running statistics)
  gb> bn(X[0:1, :])
  [[3.08511, 3.41254, 4.09543]]
  gb> (X[0:1, :] - buffer(bn, "running_mean")) / sqrt(buffer(bn, "running_var")
      + 1e-5)
  [[3.08511, 3.41254, 4.09543]]
  gb> train bn
  bn: training mode (dropout active,
      batchnorm uses and updates batch statistics)
  gb> bn(X[0:1, :])  # error: a batch of one in training mode
  error: BatchNorm1d(3) needs more than 1 value per channel when training, got
  shape [1, 3]; use a bigger batch, or eval mode to normalise with the running
  statistics
    bn(X[0:1, :])  # error: a batch of one in training mode
    ^
In training mode a batch of one cannot be normalised (its variance is 0, and the
unbiased variance divides by zero), so the layer refuses, as PyTorch does.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 7: The train/eval mismatch ──
Early in training the running statistics are still near their starting values 0
and 1, far from the batch statistics the network was trained with. The same
batch then gives very different outputs in the two modes:
  gb> eval bn
  bn: eval mode (dropout off, batchnorm uses its running statistics)
  gb> max(abs(bn(X) - xhat))
  6.05336
  gb> train bn
  bn: training mode (dropout active,
      batchnorm uses and updates batch statistics)
  gb> repeat 60 { bn(X); }
  gb> eval bn
  bn: eval mode (dropout off, batchnorm uses its running statistics)
  gb> max(abs(bn(X) - xhat))
  0.1443
  gb> max(abs(bn(X) * sqrt(8 / 7) - xhat))
  0.00621559
After 60 steps on the same batch the running statistics have converged, and the
eval output is close to the training output. Close, not equal: the running
variance converged to the unbiased variance, while training normalised with the
biased one, so with n = 8 the eval outputs are smaller by a factor √(n/(n-1)) =
√(8/7); the last line undoes it. What remains is the part of the gap the running
mean still has to close, 0.9⁶¹ ≈ 0.2%.
✎ Exercise 4 of 4: A network with BatchNorm has trained for only 5 steps. Its
validation loss (eval mode) is much worse than its training loss on the same
data. The most likely reason:
  1. overfitting
  2. the running statistics have not caught up with the batch statistics yet
  3. γ and β are still 1 and 0
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
The running averages need tens of steps to forget their starting values 0 and 1;
until then eval mode normalises with the wrong statistics.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 7: BatchNorm's backward pass ──
BatchNorm's gradient is not per example: every output depends on the whole batch
through μ_B and σ²_B. Autograd handles it because the layer is built from
ordinary operations, and a central difference confirms it:
  gb> train bn
  bn: training mode (dropout active,
      batchnorm uses and updates batch statistics)
  gb> C = randn(8, 3);
  gb> loss = sum(bn(X) * C)
  loss = 0.699558
  gb> gradcheck loss wrt X
  gradcheck loss wrt X, eps = 1e-06
  autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
  24 elements checked; the 10 worst:
  element  analytic    numeric     relative error  status
  X[5, 2]  -0.0409298  -0.0409298  1.6e-08         good
  X[3, 0]  0.225316    0.225316    3.3e-09         good
  X[1, 0]  0.242113    0.242113    3.2e-09         good
  X[4, 2]  -0.102053   -0.102053   2.6e-09         good
  X[6, 2]  0.263704    0.263704    2.3e-09         good
  X[0, 0]  0.443906    0.443906    2e-09           good
  X[1, 2]  -0.255269   -0.255269   1.8e-09         good
  X[0, 2]  0.275208    0.275208    1.4e-09         good
  X[1, 1]  0.367242    0.367242    9.5e-10         good
  X[3, 2]  -0.102576   -0.102576   8.7e-10         good
  counts: 24 good
  max relative error 1.6e-08 at X[5, 2]
  verdict: good — every relative error is at most 1e-7
  gb> backward loss
  backward loss: gradients on C, X, bn (2 of its 2 parameter tensors)
  gb> sum(X.grad, axis = 0)
  [4.44089e-16, 2.22045e-16, 1.66533e-16]
The last line is a property worth remembering: the gradient with respect to the
input sums to 0 over the batch for each feature, because shifting a whole
feature by a constant changes nothing after the mean is subtracted.
(:next goes on; the prompt is yours to experiment)
── Step 7 of 7: Recap ──
  • Training normalises each feature with the batch mean and the biased batch
    variance, then applies γ and β.
  • Running statistics are moving averages with momentum 0.1: new = 0.9·old +
    0.1·batch, the variance from the unbiased estimate; they start at 0 and 1.
  • `eval` uses the running statistics, so single examples work; early in
    training the two modes disagree.
  • A batch of one cannot be normalised in training mode.
(:next finishes the lesson)
── BatchNorm, training vs inference: done ──
Exercises: 4 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
