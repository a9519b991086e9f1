# Help where people look for it: ?name and name? (IPython, Julia), help(name) points to :help, :help finds a topic by one of its words, and help text wraps to the width.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> ?relu
relu(x)    (activations)
  The rectified linear unit.
  relu(x) = max(0, x);  relu′(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch)
  example:
    gb> relu([-1, 0, 2])
    [0, 0, 2]
gb> relu?
relu(x)    (activations)
  The rectified linear unit.
  relu(x) = max(0, x);  relu′(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch)
  example:
    gb> relu([-1, 0, 2])
    [0, 0, 2]
gb> help(relu)
error: help is a meta command here, not a function: :help relu (or ?relu) shows
relu's entry
  help(relu)
  ^
gb> help
error: help is a meta command here, not a function: :help NAME (or ?NAME) shows
one entry, :help alone lists everything
  help
  ^
gb> :help layers
layers and networks
  linear(in=from weight, out=from weight, bias=true, init=default, weight=none)
                                     A fully connected layer (PyTorch's
                                     nn.Linear): weight [out, in], bias [out].
  dropout(p=0.5)                     Inverted dropout (nn.Dropout): in training
                                     each element is zeroed with probability p —
                                     the DROP probability — and the survivors
                                     are scaled by 1/(1 − p), so nothing changes
                                     at eval time, where the layer is the
                                     identity.
  batchnorm1d(features, eps=1e-05, momentum=0.1, affine=true)
                                     Batch normalisation over a batch (N,
                                     features) (nn.BatchNorm1d).
  sequential(layers…)                Layers applied in order (nn.Sequential); an
                                     activation builtin (sigmoid, tanh, relu,
                                     leaky_relu, elu, softplus, gelu) becomes an
                                     activation layer.
  mlp(sizes…, act=relu, init=default)
                                     A multi-layer perceptron: linear layers of
                                     the given sizes with act between them and
                                     none after the last (raw scores, as
                                     micrograd's MLP).
  param(net, name)                   The parameter called name ("0.weight"), the
                                     very tensor the network uses: backward
                                     fills its grad, gradcheck can check it, an
                                     optimizer updates it in place.
  buffer(net, name)                  A buffer — state that is not trained — by
                                     name: batchnorm1d's running_mean,
                                     running_var and num_batches_tracked
                                     ("1.running_mean" inside a network).
  layer(net, index)                  Layer index (from 0) of a sequential
                                     network, shared with it: bn = layer(net, 1)
                                     then bn.running_mean, or layer(net, 0)(X)
                                     for the output of the first layer alone.
  layer_stats(net, X)                Runs the batch X through a sequential
                                     network block by block (a block: a linear
                                     layer and what follows it up to the next
                                     one) and tables each block's output mean
                                     and standard deviation, and the norm of the
                                     gradient that reaches its weight from the
                                     mean of the network's output.
  activation(net, X, k)              The outputs of block k (from 1) of a
                                     sequential network for the batch X: after
                                     the k-th linear layer and the layers that
                                     follow it (its activation).
  grad_stats(net, X)                 The gradients a sequential network's blocks
                                     get, two ways: for the batch X as a whole
                                     (‖grad W‖ of the batch, as layer_stats
                                     shows: the gradient of the mean output),
                                     and for each example of X alone, run as a
                                     batch of one (the mean of the examples'
                                     ‖grad W‖, and the root mean square of the
                                     gradient with respect to the block's output
                                     h).
  train net | train net on DATA with OPT for N steps [batch B] [loss L] [val
      DATA]
                                     Alone: training mode for net and every
                                     layer in it (dropout active, batchnorm uses
                                     and updates batch statistics).
  eval net                           Evaluation mode for net and every layer in
                                     it (PyTorch's net.eval()): dropout becomes
                                     the identity and batchnorm normalises with
                                     its running statistics.
gb> :help and
and is in several topics: :help shapes and indexing, :help instruments: derivations and checks, :help layers and networks, :help optimizers and schedules
gb> :width 60
width 60
gb> ?sigmoid
sigmoid(x)    (activations)
  The logistic function; saturates for large |x|, so its
  gradient vanishes there.
  σ(x) = 1/(1 + e⁻ˣ);  σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4
  example:
    gb> sigmoid([-4, 0, 4])
    [0.0179862, 0.5, 0.982014]
gb> :help data
data sets
  moons(n=100, noise=0.1, signed=false)
      Two interleaving half circles (scikit-learn's
      make_moons), labels 0/1, or −1/+1 with signed = true
      for the hinge loss: micrograd's demo is moons(100,
      noise = 0.1, signed = true).
  spirals(n=100, classes=3, noise=0.2)
      classes interleaved spiral arms of n points each
      (CS231n's example): linearly inseparable, labels
      0…classes−1, for cross_entropy.
  blobs(n=100, centers=3, features=2, std=1)
      Gaussian clusters around centres drawn in [−10,
      10]^features (scikit-learn's make_blobs), labelled by
      centre 0…centers−1.
  xor(n=100, noise=0.1, signed=false)
      The XOR problem: sample k at corner k mod 4 of the
      truth table plus noise; xor(4, noise = 0) is the truth
      table no single linear layer can separate.
  regression(n=100, features=1, noise=0.1)
      A noisy linear regression problem: true weights w and
      bias b drawn N(0, 1) (kept as .w and .b), X standard
      normal, y = X·w + b + noise·ε.
  split(data, fraction=0.2)
      A random split (the session's generator) into .train
      and .val, as scikit-learn's train_test_split:
      ⌈fraction·N⌉ samples for validation.
  dataset(X, y)
      A data set from inputs X (N, d) and targets y (N
      values), so that train's on and val clauses take data
      built in the session: augmented copies
      (dataset(concat(X, X + 0.1 * randn(N, d), axis = 0),
      concat(y, y, axis = 0))), a subset, or numbers of your
      own.
gb> :help hist
hist(t, bins=10, round_edges=false, title=none, xlabel=none,
    ylabel=none) (plots)
  A histogram of all the elements of t: equal-width bins
  from the smallest to the largest (or, with round_edges =
  true, at round numbers), each with its count. Draw it with
  plot hist(t), or print it on its own.
  bin i holds edgeᵢ ≤ v < edgeᵢ₊₁ (the last also its right
      edge), as numpy.histogram
  bins = 10: how many bins, from 1 to 200 (with round_edges:
    at most this many)
  round_edges = false: edges at round numbers (multiples of
    1, 2 or 5 times a power of ten) covering the data, the
    smallest such step that needs at most bins bins
  title = none: a line centred over the plot, cut with …
    when longer than the width
  xlabel = none: names the x axis, under its ticks (a
    histogram's values, a bar chart's labels: over the left
    column)
  ylabel = none: names the y axis, above it (a histogram's
    counts, a bar chart's values: over the bars)
  example:
    gb> hist([0.3, 1.2, 1.9, 2.4, 2.5, 3.1, 3.3, 4.8, 5.6], bins = 6, round_edges = true, title = "nine values", xlabel = "value", ylabel = "count")
                          nine values
    histogram of 9 values in 6 round bins
    value   count
    [0, 1) │███████████████████████                        1
    [1, 2) │██████████████████████████████████████████████ 2
    [2, 3) │██████████████████████████████████████████████ 2
    [3, 4) │██████████████████████████████████████████████ 2
    [4, 5) │███████████████████████                        1
    [5, 6] │███████████████████████                        1
