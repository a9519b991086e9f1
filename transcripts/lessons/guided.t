# Guided mode at the prompt: :lessons, a lesson started, a wrong answer, a hint, :next refused while an exercise is open, the right answer, :where, :skip, :back (answered steps are not asked again), an unknown lesson.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lessons
lessons (:lesson ID starts one)
activations       Activations and their gradients                 30 min  not started
backprop          Backprop by hand                                20 min  not started
batchnorm         BatchNorm, training vs inference                20 min  not started
derivative        The derivative from the limit                   20 min  not started
dropout           Dropout and its scaling                         15 min  not started
ensembles         Ensembles, augmentation and transfer            30 min  not started
gradient-descent  Gradient descent and when to stop               30 min  not started
init-variance     Initialisation and the variance of activations  35 min  not started
lr-schedules      Choosing and decaying the learning rate         25 min  not started
normalisation     Normalising inputs and activations              25 min  not started
regularisation    Overfitting and regularisation                  35 min  not started
gb> :next
error: no lesson is running; :lessons lists them, :lesson ID starts one
  :next
  ^
gb> :lesson dropout
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
(a choice's number answers; other lines run as scratch work; :hint, :skip)
gb> 1
✗ not choice 1: try again, :hint or :skip
gb> :hint
hint 1 of 1: PyTorch's p is the probability of dropping.
gb> :next
first answer the exercise at the prompt (or :hint, or :skip)
✎ Exercise 1 of 4: In PyTorch, nn.Dropout(p=0.2) in training mode…
  1. keeps each unit with probability 0.2 and divides by 0.2
  2. drops each unit with probability 0.2 and divides the survivors by 0.8
  3. drops each unit with probability 0.2 and multiplies the survivors by 0.8
(a choice's number answers; other lines run as scratch work; :hint, :skip)
gb> 2
✓ right
p = 0.2 drops a fifth of the units; the rest are divided by 1 − p = 0.8 so that
the expected output equals the input.
(:next goes on; the prompt is yours to experiment)
gb> :where
dropout: step 1 of 5, Three meanings of p
gb> :hint
no exercise is open
gb> :next
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
(a number or an expression answers; other lines run as scratch work; :hint,
:skip)
gb> :skip
the answer: 0.8 * 3 = 2.4
E[m·3] = 3·0.8 = 2.4: a fifth less than at test time, which vanilla dropout
repairs by multiplying by q at test time.
(:next goes on; the prompt is yours to experiment)
gb> :back
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
✓ right
p = 0.2 drops a fifth of the units; the rest are divided by 1 − p = 0.8 so that
the expected output equals the input.
(step 1 as it ran; nothing ran again. :next shows step 2)
gb> :next
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
the answer: 0.8 * 3 = 2.4
E[m·3] = 3·0.8 = 2.4: a fifth less than at test time, which vanilla dropout
repairs by multiplying by q at test time.
(back where you were; :next goes on)
gb> :lesson nope
error: no lesson 'nope'; the lessons are activations, backprop, batchnorm, derivative, dropout, ensembles, gradient-descent, init-variance, lr-schedules, normalisation, regularisation
  :lesson nope
  ^
