# The init-variance lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/init-variance.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson init-variance --auto
Initialisation and the variance of activations (about 25 min; notes 002, 001)
Lecture 002 asks how to choose the first weights of a network, and answers with
a variance argument: pick the spread of the weights so that the spread of the
activations neither grows nor shrinks from layer to layer. This lesson redoes
that argument, checks each formula by sampling, and then watches 10-layer
networks under six initialisations.
── Step 1 of 6: The variance of a product ──
A neuron computes y = Σᵢ wᵢ xᵢ + b. Take one term, yᵢ = wᵢ xᵢ, with wᵢ and xᵢ
independent. Then

    Var(wᵢ xᵢ) = E[xᵢ]² Var(wᵢ) + E[wᵢ]² Var(xᵢ) + Var(wᵢ) Var(xᵢ)

(The lecture notes print the middle term as E[wᵢ]² + D(xᵢ); it is a product,
E[wᵢ]² · D(xᵢ), where D is the notes' name for the variance.) Check it by
sampling, with E[x] = 1, Var(x) = 4, E[w] = 0 and Var(w) = 0.25:
  gb> w = randn(100000) * 0.5;
  gb> x = randn(100000) * 2 + 1;
  gb> var(w * x)
  1.24282
  gb> 1^2 * 0.25 + 0^2 * 4 + 0.25 * 4
  1.25
✎ Exercise 1 of 5: With E[x] = 0, E[w] = 0, Var(w) = 0.01 and Var(x) = 4, what
is Var(w·x)?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.01 * 4
✓ right
Var(w·x) = Var(w)·Var(x) = 0.04 when both have mean 0: the assumption the rest
of the argument makes.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: Var(y) = n · Var(w) · Var(x) ──
Now add the n terms. Assume the weights and inputs are independent, all with
mean 0, the weights identically distributed and the inputs too. Then the
variances of the terms add:

    Var(y) = Σᵢ₌₁ⁿ Var(wᵢ xᵢ) = n · Var(w) · Var(x)

To keep Var(y) = Var(x) we need Var(w) = 1/n: LeCun's initialisation. With n =
100 inputs of variance 1 and weights of standard deviation 0.3, the output
variance should be 100 · 0.09 = 9:
  gb> n = 100
  n = 100
  gb> X = randn(500, n);
  gb> W = randn(n, 200) * 0.3;
  gb> var(X @ W)
  9.03407
✎ Exercise 2 of 5: A layer has n = 400 inputs of variance 1. What standard
deviation must the weights have for the outputs to have variance 1?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> sqrt(1 / 400)
✓ right
Var(w) = 1/400, so std = 1/20 = 0.05. The wider the layer, the smaller each
weight.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Ten layers deep ──
The same factor n · Var(w) multiplies the variance at every layer (ignoring the
activation for now), so after L layers it is raised to the power L: a little
above 1 explodes, a little below 1 vanishes. `layer_stats` runs a batch through
a network and shows each layer's activation spread, and the gradient that
reaches each layer's weights from the output:
  gb> X = randn(200, 100);
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh,
      init = normal(0, 0.01));
  gb> layer_stats(net, X)
  block  layers                    mean          std          ‖grad W‖
      1  Linear(100 → 100) + Tanh  -0.000369165  0.100446     4.10993e-10
      2  Linear(100 → 100) + Tanh  -0.000121494  0.0101105    4.44594e-10
      3  Linear(100 → 100) + Tanh  2.56773e-06   0.000997519  5.13878e-10
      4  Linear(100 → 100) + Tanh  1.07375e-06   9.68983e-05  5.15284e-10
      5  Linear(100 → 100) + Tanh  4.691e-08     9.67124e-06  5.88498e-10
      6  Linear(100 → 100) + Tanh  -1.20026e-08  9.73426e-07  5.97121e-10
      7  Linear(100 → 100) + Tanh  -1.32971e-09  9.84401e-08  6.53503e-10
      8  Linear(100 → 100) + Tanh  -1.17795e-10  9.68633e-09  6.8968e-10
      9  Linear(100 → 100) + Tanh  3.8902e-14    9.4869e-10   8.78108e-10
     10  Linear(100 → 1)           -3.65679e-12  5.53052e-11  9.80435e-10
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh,
      init = normal(0, 1));
  gb> layer_stats(net, X)
  block  layers                    mean          std       ‖grad W‖
      1  Linear(100 → 100) + Tanh  -0.00137425   0.960555  1555.76
      2  Linear(100 → 100) + Tanh  0.0120269     0.957752  614.188
      3  Linear(100 → 100) + Tanh  0.00783979    0.95735   265.544
      4  Linear(100 → 100) + Tanh  -0.000350828  0.957847  115.418
      5  Linear(100 → 100) + Tanh  -0.00960869   0.957434  49.0792
      6  Linear(100 → 100) + Tanh  -0.00408952   0.958275  20.534
      7  Linear(100 → 100) + Tanh  0.00011532    0.957181  8.55125
      8  Linear(100 → 100) + Tanh  -0.011278     0.958066  3.53767
      9  Linear(100 → 100) + Tanh  0.00234897    0.95806   1.53624
     10  Linear(100 → 1)           0.796515      8.52438   0.617653
With N(0, 0.01²) weights, n · Var(w) = 100 · 10⁻⁴ = 0.01: the standard deviation
of the activations shrinks tenfold per layer (the variance a hundredfold), and
the gradients that reach the weights are below 10⁻⁹: nothing learns.

With N(0, 1), n · Var(w) = 100: the pre-activations are around ±10, so tanh
saturates and almost every output sits near ±1 (a standard deviation near 1 is
the sign). A saturated unit hardly responds to its input, since tanh'(u) = 1 -
tanh²(u) ≈ 0: the lecture's paralysis of the network. The gradient column shows
the other side: going backwards each layer multiplies the gradient by its 100
large weights, more than the small tanh′ takes away, so the gradients grow
towards the first layer, by three orders of magnitude here. Saturated units and
exploding gradients: one step of gradient descent with a learning rate that
suits the last layer throws the first layers far away.
✎ Exercise 3 of 5: With N(0, 1) weights in this 10-layer tanh network, which is
true?
  1. the activations vanish with depth
  2. the units saturate, and the gradients grow towards the first layer
  3. every layer gets about the same gradient
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Activations pinned near ±1 and gradients about 2.4 times larger per layer going
back: the variance argument's factor n·Var(w) = 100 is far from 1.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Xavier for tanh, Kaiming for ReLU ──
Xavier (Glorot & Bengio) takes Var(w) = 2/(fanᵢₙ + fanₒᵤₜ), which keeps the
forward variance (1/fanᵢₙ) and the backward variance (1/fanₒᵤₜ) both near 1,
with a gain of 5/3 for tanh. Kaiming (He et al.) notes that ReLU zeroes half of
a symmetric input, which halves E[y²], so it doubles the weights' variance:
Var(w) = 2/fanᵢₙ, a gain of √2.

`init = xavier` and `init = kaiming` in `mlp` take the gain of its activation.
To see what the gain is for, the second network below uses Xavier with gain 1,
as the original paper has it, under ReLU:
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh,
      init = xavier);
  gb> layer_stats(net, X)
  block  layers                    mean         std       ‖grad W‖
      1  Linear(100 → 100) + Tanh  -0.00626712  0.760027  1.60753
      2  Linear(100 → 100) + Tanh  0.0044999    0.692784  1.29971
      3  Linear(100 → 100) + Tanh  0.00543754   0.67388   1.13791
      4  Linear(100 → 100) + Tanh  0.00479065   0.661601  1.00674
      5  Linear(100 → 100) + Tanh  0.000380854  0.658821  0.953513
      6  Linear(100 → 100) + Tanh  0.00412987   0.654671  0.870731
      7  Linear(100 → 100) + Tanh  0.000895858  0.64836   0.853947
      8  Linear(100 → 100) + Tanh  0.00498698   0.646587  0.850041
      9  Linear(100 → 100) + Tanh  -0.00554578  0.649853  0.833854
     10  Linear(100 → 1)           -0.0557249   1.30603   0.584295
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = relu,
      init = xavier_uniform(gain = 1));
  gb> layer_stats(net, X)
  block  layers                    mean       std        ‖grad W‖
      1  Linear(100 → 100) + ReLU  0.39587    0.585972   0.0494126
      2  Linear(100 → 100) + ReLU  0.27588    0.426451   0.152698
      3  Linear(100 → 100) + ReLU  0.232644   0.321831   0.252003
      4  Linear(100 → 100) + ReLU  0.178344   0.257865   0.373562
      5  Linear(100 → 100) + ReLU  0.135254   0.187942   0.413823
      6  Linear(100 → 100) + ReLU  0.0835909  0.133376   0.508189
      7  Linear(100 → 100) + ReLU  0.0735101  0.102437   0.569563
      8  Linear(100 → 100) + ReLU  0.0569993  0.0833184  0.622478
      9  Linear(100 → 100) + ReLU  0.0417235  0.0628093  0.864943
     10  Linear(100 → 1)           0.0977186  0.0296075  0.714915
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = relu,
      init = kaiming);
  gb> layer_stats(net, X)
  block  layers                    mean       std       ‖grad W‖
      1  Linear(100 → 100) + ReLU  0.566223   0.829581  0.740189
      2  Linear(100 → 100) + ReLU  0.553724   0.802222  1.72517
      3  Linear(100 → 100) + ReLU  0.476485   0.788817  2.09578
      4  Linear(100 → 100) + ReLU  0.565468   0.818901  3.31137
      5  Linear(100 → 100) + ReLU  0.63029    0.902272  4.78935
      6  Linear(100 → 100) + ReLU  0.605127   0.979888  7.09804
      7  Linear(100 → 100) + ReLU  0.621974   0.974897  9.31443
      8  Linear(100 → 100) + ReLU  0.707144   0.928768  10.9731
      9  Linear(100 → 100) + ReLU  0.712798   1.01684   12.0028
     10  Linear(100 → 1)           0.0823476  0.527293  11.397
  gb> plot hist(activation(net, X, 9))
  histogram of 20000 values in 10 bins
  [0, 0.705008)       │███████████████████████████████████████████████████ 12906
  [0.705008, 1.41002) │███████████▊                                        2985
  [1.41002, 2.11502)  │████████▏                                           2042
  [2.11502, 2.82003)  │████▏                                               1051
  [2.82003, 3.52504)  │██▏                                                 546
  [3.52504, 4.23005)  │█                                                   262
  [4.23005, 4.93506)  │▌                                                   122
  [4.93506, 5.64006)  │▎                                                   54
  [5.64006, 6.34507)  │▏                                                   19
  [6.34507, 7.05008]  │                                                    13
  gb> mean(activation(net, X, 9) == 0)
  0.45475
Xavier keeps tanh's activations steady. Under ReLU, Xavier without a gain loses
about a factor √2 of standard deviation per layer, because ReLU halves E[y²];
Kaiming's √2 gain puts it back, and the histogram shows ReLU's outputs at layer
9: the first bar holds the zeros, about half of all outputs (the last line
counts them), and the rest spread out as in the first layer. The lecture's rule:
Xavier for symmetric activations, Kaiming for ReLU.
✎ Exercise 4 of 5: What is Kaiming's standard deviation (normal, fan_in mode,
ReLU) for a layer with 50 inputs?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> sqrt(2 / 50)
✓ right
√(2/50) = 0.2. gradbook's kaiming_normal(out, 50) draws with this standard
deviation.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: The symmetry problem ──
The lecture's first option, a constant, fails for a different reason: every
neuron of a layer starts identical, receives the identical gradient, and so
stays identical forever. The layer might as well have one neuron. Look at two
rows of the first layer's weight gradient:
  gb> net = mlp(4, 3, 1, act = tanh, init = constant(0.5));
  gb> loss = mean(net(randn(16, 4)))
  loss = 0.0972898
  gb> backward loss
  backward loss: gradients on net (4 of its 4 parameter tensors)
  gb> W = param(net, "0.weight");
  gb> W.grad
  [[ 0.0743943, -0.0338002,  0.0214254,  0.0100434],
   [ 0.0743943, -0.0338002,  0.0214254,  0.0100434],
   [ 0.0743943, -0.0338002,  0.0214254,  0.0100434]]
Every row is the same, so after any number of gradient steps every row of `W` is
the same too. With all zeros it is worse: tanh(0) = 0, and no gradient reaches
the hidden weights at all. Random initialisation exists to break the symmetry;
the variance argument decides how random.
✎ Exercise 5 of 5: Why is initialising all weights to the same constant bad,
even a well-scaled one?
  1. the activations explode
  2. all neurons of a layer compute and learn the same thing
  3. the gradients are always zero
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Identical neurons get identical gradients, so gradient descent never tells them
apart.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • Var(wx) = E[x]² Var(w) + E[w]² Var(x) + Var(w) Var(x); with zero means,
    Var(w) Var(x).
  • Under independence and zero means, Var(y) = n · Var(w) · Var(x): keep n ·
    Var(w) ≈ 1.
  • Too small a spread vanishes, too large saturates tanh (and vanishes the
    gradients) or explodes.
  • Xavier, 2/(fanᵢₙ + fanₒᵤₜ), suits tanh; Kaiming, 2/fanᵢₙ, suits ReLU.
  • A constant keeps every neuron identical: random initialisation breaks the
    symmetry.
(:next finishes the lesson)
── Initialisation and the variance of activations: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
