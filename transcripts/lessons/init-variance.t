# The init-variance lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/init-variance.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson init-variance --auto
Initialisation and the variance of activations (about 35 min; notes 002, 001,
004)
Lecture 002 asks how to choose the first weights of a network, and answers with
a variance argument: pick the spread of the weights so that the spread of the
activations neither grows nor shrinks from layer to layer. This lesson redoes
that argument, checks each formula by sampling, and then watches 10-layer
networks under seven initialisations, PyTorch's default among them.
── Step 1 of 9: The variance of a product ──
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
✎ Exercise 1 of 8: With E[x] = 0, E[w] = 0, Var(w) = 0.01 and Var(x) = 4, what
is Var(w·x)?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.01 * 4
✓ right
Var(w·x) = Var(w)·Var(x) = 0.04 when both have mean 0: the assumption the rest
of the argument makes.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 9: Var(y) = n · Var(w) · Var(x) ──
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
✎ Exercise 2 of 8: A layer has n = 400 inputs of variance 1. What standard
deviation must the weights have for the outputs to have variance 1?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> sqrt(1 / 400)
✓ right
Var(w) = 1/400, so std = 1/20 = 0.05. The wider the layer, the smaller each
weight.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 9: Ten layers deep ──
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
✎ Exercise 3 of 8: With N(0, 1) weights in this 10-layer tanh network, which is
true?
  1. the activations vanish with depth
  2. the units saturate, and the gradients grow towards the first layer
  3. every layer gets about the same gradient
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Activations pinned near ±1, and gradients three orders of magnitude larger at
block 1 than at block 10: too large an initialisation makes the gradients
explode, not vanish. The variance argument's factor n·Var(w) = 100 is far from
1.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 9: LeCun and Xavier for tanh ──
Two variances matter. Forward, Var(w) = 1/fanᵢₙ keeps the activations' variance:
the rule of the previous step, LeCun's initialisation (1998). Backward, the
gradient reaching a layer's input is a sum over its fanₒᵤₜ outputs, so Var(w) =
1/fanₒᵤₜ would keep the gradients' variance. Xavier (Glorot & Bengio, 2010)
cannot have both when the two fans differ and takes their compromise, Var(w) =
2/(fanᵢₙ + fanₒᵤₜ). For the square layers here the three agree:
  gb> 2 / (100 + 100) == 1 / 100
  1
What differs is the gain: tanh is flatter than the identity away from 0
(tanh'(u) < 1), so each layer loses a little spread, and PyTorch multiplies the
standard deviation by `gain("tanh")` = 5/3 to make up for it. `init = xavier` in
`mlp` takes the gain of its activation; `init = lecun` has gain 1:
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
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh,
      init = lecun);
  gb> layer_stats(net, X)
  block  layers                    mean          std       ‖grad W‖
      1  Linear(100 → 100) + Tanh  0.0108304     0.627722  0.245106
      2  Linear(100 → 100) + Tanh  0.00315419    0.481901  0.202808
      3  Linear(100 → 100) + Tanh  0.00719968    0.404025  0.227132
      4  Linear(100 → 100) + Tanh  -0.000721851  0.355451  0.188968
      5  Linear(100 → 100) + Tanh  -0.00559676   0.324043  0.201201
      6  Linear(100 → 100) + Tanh  0.00251057    0.304376  0.192063
      7  Linear(100 → 100) + Tanh  0.000292503   0.286672  0.201599
      8  Linear(100 → 100) + Tanh  1.59972e-05   0.267689  0.229679
      9  Linear(100 → 100) + Tanh  -0.00132374   0.247351  0.219194
     10  Linear(100 → 1)           0.0103968     0.266025  0.185657
  gb> gain("tanh")
  1.66667
Xavier with its gain keeps tanh's activations steady. LeCun without a gain lets
them shrink slowly, layer after layer: the effect of the gain, not of the
formula.

Lecture 001 lists LeCun's initialisation as the one "for convolutions". It is
not tied to convolutions: it is the 1/fanᵢₙ rule for any layer, and above it
runs a fully connected network. Xavier and Kaiming apply to convolutions just as
well, with fanᵢₙ = input channels × kernel size. (LeCun's initialisation is the
one self-normalising SELU networks ask for.)
✎ Exercise 4 of 8: A tanh layer has fan_in = 300 and fan_out = 100. What is
Xavier's Var(w), without the gain?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 2 / (300 + 100)
✓ right
2/400 = 0.005, between LeCun's 1/300 (forward) and 1/100 (backward).
(:next goes on; the prompt is yours to experiment)
── Step 5 of 9: Kaiming for ReLU ──
Kaiming (He et al., 2015) notes that ReLU zeroes half of a symmetric input,
which halves E[y²], so it doubles the weights' variance: Var(w) = 2/fanᵢₙ, a
gain of √2. To see what the gain is for, the first network below uses Xavier
with gain 1, as the original paper has it, under ReLU:
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = relu,
      init = xavier_uniform(gain = 1));
  gb> layer_stats(net, X)
  block  layers                    mean        std        ‖grad W‖
      1  Linear(100 → 100) + ReLU  0.397712    0.5841     0.0385949
      2  Linear(100 → 100) + ReLU  0.282315    0.403273   0.100804
      3  Linear(100 → 100) + ReLU  0.200002    0.297731   0.160028
      4  Linear(100 → 100) + ReLU  0.147119    0.212183   0.238642
      5  Linear(100 → 100) + ReLU  0.105071    0.157799   0.28966
      6  Linear(100 → 100) + ReLU  0.0805988   0.114851   0.295604
      7  Linear(100 → 100) + ReLU  0.0598518   0.091462   0.279981
      8  Linear(100 → 100) + ReLU  0.035366    0.0569969  0.415056
      9  Linear(100 → 100) + ReLU  0.0225598   0.0360216  0.466369
     10  Linear(100 → 1)           0.00617663  0.0216792  0.380664
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = relu,
      init = kaiming);
  gb> layer_stats(net, X)
  block  layers                    mean       std       ‖grad W‖
      1  Linear(100 → 100) + ReLU  0.570765   0.829716  0.839027
      2  Linear(100 → 100) + ReLU  0.535303   0.8136    2.15486
      3  Linear(100 → 100) + ReLU  0.530486   0.782051  3.33272
      4  Linear(100 → 100) + ReLU  0.715557   0.93358   3.93374
      5  Linear(100 → 100) + ReLU  0.558318   0.857008  5.42205
      6  Linear(100 → 100) + ReLU  0.647673   0.862025  7.08214
      7  Linear(100 → 100) + ReLU  0.605388   0.914757  8.01928
      8  Linear(100 → 100) + ReLU  0.631539   0.894437  8.91558
      9  Linear(100 → 100) + ReLU  0.730958   0.996936  9.61216
     10  Linear(100 → 1)           -0.105595  0.606618  11.2979
  gb> plot hist(activation(net, X, 9))
  histogram of 20000 values in 10 bins
  [0, 0.639416)       │███████████████████████████████████████████████████ 12334
  [0.639416, 1.27883) │███████████▋                                        2802
  [1.27883, 1.91825)  │████████▉                                           2146
  [1.91825, 2.55767)  │█████▌                                              1344
  [2.55767, 3.19708)  │███▏                                                758
  [3.19708, 3.8365)   │█▌                                                  365
  [3.8365, 4.47591)   │▊                                                   168
  [4.47591, 5.11533)  │▎                                                   55
  [5.11533, 5.75475)  │▏                                                   25
  [5.75475, 6.39416]  │                                                    3
  gb> mean(activation(net, X, 9) == 0)
  0.44115
Under ReLU, Xavier without a gain loses about a factor √2 of standard deviation
per layer, because ReLU halves E[y²]; Kaiming's √2 gain puts it back, and the
histogram shows ReLU's outputs at layer 9: the first bar holds the zeros, about
half of all outputs (the last line counts them), and the rest spread out as in
the first layer. The lecture's rule: Xavier for symmetric activations, Kaiming
for ReLU.
✎ Exercise 5 of 8: What is Kaiming's standard deviation (normal, fan_in mode,
ReLU) for a layer with 50 inputs?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> sqrt(2 / 50)
✓ right
√(2/50) = 0.2. gradbook's kaiming_normal(out, 50) draws with this standard
deviation.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 9: Per example, Kaiming's gradients do not vanish ──
Look again at the ‖grad W‖ column of the Kaiming table: it falls more than
tenfold from block 10 to block 1. Read naively, Kaiming's gradients still
vanish. They do not: that column is the gradient of the batch's mean output, an
average over 200 examples, while the variance argument is about one example at a
time. `grad_stats` shows both, and the root mean square of the gradient with
respect to each block's output, the signal the backward pass carries:
  gb> grad_stats(net, X)
  block  ‖grad W‖ batch  ‖grad W‖ per example  rms ∂out/∂h
      1  0.839027        10.5498               0.154221
      2  2.15486         10.328                0.153531
      3  3.33272         10.2182               0.150539
      4  3.93374         9.82918               0.137935
      5  5.42205         11.4514               0.15347
      6  7.08214         11.4574               0.159375
      7  8.01928         11.4185               0.151054
      8  8.91558         11.6263               0.162906
      9  9.61216         11.6241               0.155286
     10  11.2979         12.0748               1
  gb> sqrt(200)
  14.1421
Per example the weight gradients are about the same size in every block, and so
is the backward signal: what Kaiming promises. The batch's gradient is shorter
because the examples disagree. Block 1's gradient for example i is the outer
product of the backward signal and the input xᵢ, and 200 independent random
inputs point in 200 different directions: their average is about 1/√(200) as
long as each of them. At block 10 the gradient is the ReLU outputs of block 9,
all ≥ 0, which point roughly the same way and add up instead of cancelling. A
single training step uses the batch's mean, so the lower layers do move more
slowly per step; that is cancellation between examples, not a vanishing signal.
✎ Exercise 6 of 8: With 800 examples instead of 200 in the batch, what happens
to block 1's ‖grad W‖ batch, roughly?
  1. it stays the same
  2. it halves
  3. it shrinks four times
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
√800/√200 = 2: four times the examples cancel twice as much. The per-example
column does not change.
(:next goes on; the prompt is yours to experiment)
── Step 7 of 9: PyTorch's default ──
Lectures 001 and 004 say not to worry, since torch's default initialisation is
fine. The default of `nn.Linear` (gradbook's `init = default`) draws the weights
and the biases from U(-1/√(fanᵢₙ), 1/√(fanᵢₙ)), whose variance is 1/(3 fanᵢₙ): a
third of LeCun's. Under ReLU each layer then multiplies the variance by 100 ·
1/300 · 1/2 = 1/6:
  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1,
      act = relu);
  gb> layer_stats(net, X)
  block  layers                    mean       std          ‖grad W‖
      1  Linear(100 → 100) + ReLU  0.235467   0.341765     0.000212476
      2  Linear(100 → 100) + ReLU  0.0988382  0.146577     0.000855395
      3  Linear(100 → 100) + ReLU  0.0562085  0.0702504    0.0017369
      4  Linear(100 → 100) + ReLU  0.0264574  0.0401623    0.0024929
      5  Linear(100 → 100) + ReLU  0.029002   0.0401984    0.00451243
      6  Linear(100 → 100) + ReLU  0.0281806  0.0370658    0.0116326
      7  Linear(100 → 100) + ReLU  0.0285199  0.0347188    0.0269197
      8  Linear(100 → 100) + ReLU  0.0286625  0.0375478    0.0736076
      9  Linear(100 → 100) + ReLU  0.0305956  0.0377346    0.198981
     10  Linear(100 → 1)           -0.045364  9.02422e-05  0.485793
The spread falls for a few layers and then stops: the biases, of variance 1/300
each, hold it at a floor. The pre-activation variance a settles where a = a/6 +
1/300, and the std of a ReLU of N(0, a) is √(a (1/2 - 1/(2π))):
  gb> a = (1 / 300) / (1 - 1 / 6)
  a = 0.004
  gb> sqrt(a * (1 / 2 - 1 / (2 * pi)))
  0.036924
PyTorch, run the same way (`scripts/reference/init_variance_measurements.txt`),
shows the same fall. So the claim holds for shallow networks, two or three
layers, where the shrinking has no room to matter, and for networks with batch
normalisation, which restores the spread at every layer. For a deep stack of
plain ReLU layers it does not hold: choose Kaiming.
✎ Exercise 7 of 8: With PyTorch's default init, Var(w) = 1/(3·fan_in). Ignoring
the biases, by what factor does one ReLU layer of width 100 multiply the
variance of the activations?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 100 * (1 / 300) / 2
✓ right
100 · 1/300 · 1/2 = 1/6 per layer, so the spread shrinks by √6 ≈ 2.45 per layer
until the biases stop it.
(:next goes on; the prompt is yours to experiment)
── Step 8 of 9: The symmetry problem ──
The lecture's first option, a constant, fails for a different reason: every
neuron of a layer starts identical, receives the identical gradient, and so
stays identical forever. The layer might as well have one neuron. Look at the
three rows of the first layer's weight gradient:
  gb> net = mlp(2, 3, 1, act = tanh, init = constant(0.5));
  gb> loss = mean(net(randn(16, 2)))
  loss = -0.0412803
  gb> backward loss
  backward loss: gradients on net (4 of its 4 parameter tensors)
  gb> W = param(net, "0.weight");
  gb> W.grad
  [[-0.025384,    0.00605828],
   [-0.025384,    0.00605828],
   [-0.025384,    0.00605828]]
Every row is the same, so after any gradient step every row of `W` is the same
too. With all zeros it is worse: tanh(0) = 0, and no gradient reaches the hidden
weights at all.

Lecture 004 adds that in practice it works anyway, "because of accumulated
error": rounding would break the tie. It does not. The three rows compute the
same operations on the same numbers, so they round the same way. Train the
network for 200 steps and compare the rows:
  gb> data = moons(100, noise = 0.1);
  gb> opt = sgd(net, lr = 0.1);
  gb> train net on data with opt for 200 steps loss bce_with_logits;
  gb> accuracy(net(data.X), data.y)
  0.8
  gb> W
  [[ 0.538038, -0.696607],
   [ 0.538038, -0.696607],
   [ 0.538038, -0.696607]]
  gb> max(abs(W[0] - W[1])) + max(abs(W[1] - W[2]))
  0
The network learned something, and its three hidden units are still one unit:
the difference is exactly 0. Random initialisation exists to break the symmetry;
the variance argument decides how random.
✎ Exercise 8 of 8: Why is initialising all weights to the same constant bad,
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
── Step 9 of 9: Recap ──
  • Var(wx) = E[x]² Var(w) + E[w]² Var(x) + Var(w) Var(x); with zero means,
    Var(w) Var(x).
  • Under independence and zero means, Var(y) = n · Var(w) · Var(x): keep n ·
    Var(w) ≈ 1.
  • Too small a spread makes activations and gradients vanish; too large
    saturates tanh and makes the gradients explode towards the input.
  • LeCun, 1/fanᵢₙ, is the forward rule for any layer, not only convolutions;
    Xavier, 2/(fanᵢₙ + fanₒᵤₜ), with gain 5/3, suits tanh; Kaiming, 2/fanᵢₙ,
    suits ReLU.
  • Judge gradients per example: the batch's mean gradient of a lower layer is
    shorter because examples cancel, not because the signal vanishes.
  • PyTorch's default shrinks a deep ReLU stack's activations to a floor: fine
    for shallow networks or with batch normalisation, not for ten plain layers.
  • A constant keeps every neuron identical, before training and after it:
    rounding does not break the tie; random initialisation does.
(:next finishes the lesson)
── Initialisation and the variance of activations: done ──
Exercises: 8 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
