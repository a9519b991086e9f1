# The dropout lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/dropout.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson dropout --auto
Dropout and its scaling (about 15 min; notes 001, 003)
Dropout zeroes a random part of a layer's outputs at every training step, so
that no unit can rely on any other: the lecture calls it training all the
thinned networks at once, with shared weights. This lesson is about the one
number that makes it work, the scaling, and about the three conventions for its
parameter p that you will meet.
── Step 1 of 5: Three meanings of p ──
Lecture 001 says p is "the probability of zeroing a neuron", then writes the
training output as d(x) = 1/p m ∘ x with mᵢ ~ Ber(p). Those two do not fit
together: mᵢ = 1 with probability p, so p is the probability of keeping a unit,
and dividing by the keep probability is what keeps the scale. Notes 003 say so
in their code (`p = 0.5 # probability of keeping a unit active`). PyTorch, and
gradbook's `dropout`, use p for the probability of dropping, and scale the
survivors by 1/(1 - p).

This lesson writes q for the keep probability, so nothing is ambiguous: q = 1 −
p.
  gb> x = [1, 2, 3, 4]
  x = [1, 2, 3, 4]
  gb> q = 0.8
  q = 0.8
  gb> m = bernoulli(4, p = q)
  m = [1, 1, 1, 0]
  gb> m * x / q
  [1.25, 2.5, 3.75, 0]
✎ Exercise 1 of 4: In PyTorch, nn.Dropout(p=0.2) in training mode…
  1. keeps each unit with probability 0.2 and divides by 0.2
  2. drops each unit with probability 0.2 and divides the survivors by 0.8
  3. drops each unit with probability 0.2 and multiplies the survivors by 0.8
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
p = 0.2 drops a fifth of the units; the rest are divided by 1 − p = 0.8 so that
the expected output equals the input.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 5: Vanilla and inverted dropout ──
Notes 003 show two implementations. Vanilla dropout multiplies by the mask in
training and by q at test time. Inverted dropout divides by q in training and
does nothing at test time, which keeps prediction code free of dropout; it is
the one everybody uses.

Why the scaling: one unit's training output under inverted dropout is m x / q,
and

    E[(m x)/q] = (x E[m])/q = (x q)/q = x

so on average the next layer sees the same input in training as at test time.
Check it over 20000 masks, one per row:
  gb> X = ones(20000, 1) * x;
  gb> M = bernoulli(20000, 4, p = q);
  gb> mean(M * X / q, axis = 0)
  [0.999, 2.00625, 3.00281, 3.99075]
  gb> mean(M * X, axis = 0)
  [0.7992, 1.605, 2.40225, 3.1926]
The first line is close to x = [1, 2, 3, 4]; the second, vanilla dropout's
training output, is close to q·x. That is why vanilla dropout must multiply by q
at test time.
✎ Exercise 2 of 4: With q = 0.8, what is the expected training output of vanilla
dropout (no scaling) for an input of 3?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.8 * 3
✓ right
E[m·3] = 3·0.8 = 2.4: a fifth less than at test time, which vanilla dropout
repairs by multiplying by q at test time.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 5: The variance grows ──
Dropout keeps the mean and adds noise. For inverted dropout,

    Var((m x)/q) = (x² Var(m))/q² = (x² q (1 - q))/q² = x² (1 - q)/q

so the smaller the keep probability, the noisier the training signal (and the
stronger the regularisation).
  gb> var(M * X / q, axis = 0, unbiased = false)
  [0.250749, 0.990586, 2.24366, 4.02766]
  gb> x^2 * (1 - q) / q
  [0.25, 1, 2.25, 4]
✎ Exercise 3 of 4: For inverted dropout with q = 0.5, what is the variance of
the output for an input of 2?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 2^2 * (1 - 0.5) / 0.5
✓ right
4·0.5/0.5 = 4: with half the units dropped, the noise has the same size as the
signal squared.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 5: Train and eval mode ──
A dropout layer behaves differently in training and in evaluation, so a network
has a mode: `train net` and `eval net`, as PyTorch's `net.train()` and
`net.eval()`. In eval mode dropout is the identity:
  gb> drop = dropout(0.2)
  drop = Dropout(p=0.2): no parameters, training mode
  gb> drop(x)
  [1.25, 2.5, 0, 5]
  gb> eval drop
  drop: eval mode (dropout off, batchnorm uses its running statistics)
  gb> drop(x)
  [1, 2, 3, 4]
  gb> train drop
  drop: training mode (dropout active,
      batchnorm uses and updates batch statistics)
Forgetting the mode, or mixing conventions, breaks predictions quietly. A
network trained with inverted dropout and evaluated in training mode gives noisy
predictions; one evaluated with vanilla dropout's test-time rule (multiply by q)
gives outputs a fraction 1 − q too small:
  gb> mean(M * X / q, axis = 0) * q
  [0.7992, 1.605, 2.40225, 3.1926]
✎ Exercise 4 of 4: A network was trained with inverted dropout, q = 0.8. At test
time someone multiplies the activations by 0.8, as in vanilla dropout. The next
layer sees…
  1. the right values
  2. values 20% too small
  3. values 25% too large
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
The test-time input should be x; multiplying by 0.8 gives 0.8·x, 20% too small.
Each convention has one place for the scaling, never two.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 5: Recap ──
  • Lecture 001's p in 1/p m ∘ x is a keep probability; PyTorch's and gradbook's
    p is a drop probability, with survivors scaled by 1/(1 − p).
  • Inverted dropout scales in training so that E[d(x)] = x; vanilla dropout
    scales at test time.
  • The variance of a kept unit's output is x² (1 - q)/q: less keeping, more
    noise.
  • `eval net` makes dropout the identity; use it for every prediction.
(:next finishes the lesson)
── Dropout and its scaling: done ──
Exercises: 4 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
