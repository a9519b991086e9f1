# The regularisation lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/regularisation.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson regularisation --auto
Overfitting and regularisation (about 35 min; notes 000, 002, 004, 001)
Lecture 001 calls overfitting "the most frequent problem of neural networks",
and lecture 004 describes it: the quality on the training set grows, and much
faster than on validation. This lesson makes a network overfit on purpose, then
tries the remedies the notes list: stopping early, the L2 penalty (weight
decay), the L1 penalty, and dropout.
── Step 1 of 6: A large network on a small noisy data set ──
Sixty noisy moons, half of them held out for validation, and a network with far
more parameters than 30 points need:
  gb> data = moons(60, noise = 0.35);
  gb> parts = split(data, 0.5);
  gb> net = mlp(2, 64, 64, 1, act = relu);
  gb> net.count
  4417
  gb> opt = adam(net, lr = 0.01);
  gb> train net on parts with opt for 300 steps loss bce_with_logits;
  gb> plot history
    2 ┤ ⠒⠒ history loss
      │ • history val_loss                                               •••••••
      │                                               ••••••••••••••••••••
      │                                ••••••••••••••••
  1.5 ┤                     •••••••••••
      │                 •••••
      │               •••
      │              ••
    1 ┤            ••
      │            •
      │•          •
  0.5 ┤••        ••
      │ •⠲•••••••
      │  ••⠙••••
      │      ⠈⠲⡀
    0 ┤        ⠈⠓⠢⠤⢤⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
      └┬───────────┬───────────┬───────────┬───────────┬───────────┬───────────┬
       0           50         100         150         200         250        300
  gb> history.loss[-1]
  0.000102719
  gb> history.val_loss[-1]
  1.83702
The training loss falls to almost 0: the network has learned the 30 training
points, noise included. The validation loss falls for a few steps, then climbs
and keeps climbing. That widening gap is overfitting.
✎ Exercise 1 of 5: Train the same network for 3000 steps instead of 300. What
happens to the validation loss, most likely?
  1. it comes back down, as the training loss did
  2. it stays high or climbs further
  3. it becomes exactly 0
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Past the best step, every step fits noise of the training points more closely;
nothing in the training loss pulls the network towards the validation points.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: Early stopping ──
The simplest remedy is to keep the network from the step where the validation
loss was lowest. `history` keeps the loss of every step (`argmin` counts from
0):
  gb> best = argmin(history.val_loss)
  best = 9
  gb> min(history.val_loss)
  0.305752
Lecture 000 describes regularisation as constraints on the solution, on the
model and on the data. Early stopping is the cheapest constraint on the
solution: it costs nothing but a validation set, and it works with any of the
remedies below.
✎ Exercise 2 of 5: How many times larger is the final validation loss than the
best one? Compute it from history.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> history.val_loss[-1] / min(history.val_loss)
✓ right
The network at the last step is several times worse on new data than it was at
its best step.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: The L2 penalty is SGD's weight decay ──
Lecture 004 notes that L2 regularisation goes by the name weight decay. The L2
penalty adds α·Σw² to the loss, whose gradient is 2α·w; SGD's `weight_decay` λ
adds λ·w to the gradient. With λ = 2α they are the same update, number for
number. Run both from the same start on a small function:
  gb> f(w) = sum((w - [3, -1])^2)
  f(w) = sum((w - [3, -1])^2)
  gb> w1 = [1.5, -2.0];
  gb> w2 = [1.5, -2.0];
  gb> o1 = sgd(w1, lr = 0.1, weight_decay = 0.2);
  gb> o2 = sgd(w2, lr = 0.1);
  gb> repeat 20 { zero o1; backward f(w1); step o1 }
  gb> repeat 20 { zero o2; backward f(w2) + 0.1 * l2(w2); step o2 }
  gb> w1
  [2.71875, -0.916671]
  gb> max(abs(w1 - w2))
  0
Exactly the same. PyTorch's Adam also adds λw to the gradient, so `adam(…,
weight_decay)` is the L2 penalty too; AdamW instead shrinks the weights apart
from the adaptive step, which is a different update (the adaptive lesson of part
1 shows why that matters):
  gb> a1 = [1.5, -2.0];
  gb> a2 = [1.5, -2.0];
  gb> a3 = [1.5, -2.0];
  gb> p1 = adam(a1, lr = 0.1, weight_decay = 0.2);
  gb> p2 = adam(a2, lr = 0.1);
  gb> p3 = adamw(a3, lr = 0.1, weight_decay = 0.2);
  gb> repeat 20 { zero p1; backward f(a1); step p1 }
  gb> repeat 20 { zero p2; backward f(a2) + 0.1 * l2(a2); step p2 }
  gb> repeat 20 { zero p3; backward f(a3); step p3 }
  gb> max(abs(a1 - a2))
  0
  gb> max(abs(a3 - a2))
  0.4627
On the overfitting network, an L2 penalty keeps the weights small, and the
validation loss ends much lower than without it:
  gb> net = mlp(2, 64, 64, 1, act = relu);
  gb> opt = adam(net, lr = 0.01);
  gb> L(s, y) = bce_with_logits(s, y) + 1e-3 * l2(net)
  L(s, y) = bce_with_logits(s, y) + 0.001 * l2(net)
  gb> train net on parts with opt for 300 steps loss L;
  gb> history.val_loss[-1]
  0.951206
✎ Exercise 3 of 5: SGD with lr = 0.1 and weight_decay = 0.2, on a weight whose
loss gradient is 0: by what factor does one step multiply the weight?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1 - 0.1 * 0.2
✓ right
1 − lr·λ = 0.98: the weight decays by 2% per step, hence the name.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: L1 and sparsity, shown honestly ──
Lecture 000 says that in linear models a penalty on the weights selects
features: the L1 penalty λ·Σ|w| is said to make weights exactly 0. Try it on a
regression with ten features of which only two matter (y = 3x₁ - 2x₂ + noise),
with plain SGD on the penalised loss. `l1(…)` is this penalty on weights;
`l1_loss(ŷ, y)`, the mean absolute error, is a loss on predictions and another
thing altogether.
  gb> X = randn(100, 10);
  gb> wt = [[3, -2, 0, 0, 0, 0, 0, 0, 0, 0]];
  gb> y = X @ wt.T + 0.5 * randn(100, 1);
  gb> m = linear(10, 1);
  gb> W = param(m, "weight");
  gb> o = sgd(m, lr = 0.05);
  gb> repeat 500 { zero o; backward mse(m(X), y) + 0.3 * l1(W); step o }
  gb> W
  [[ 2.87839,    -1.8042,     -0.00419212, -0.00704937, -0.00754162,
    -0.0077284,   0.0142052,   0.0027653,   0.00803576,  0.0185859 ]]
  gb> sum(W == 0)
  0
The eight useless weights are small, but not one is 0. The gradient of |w| is
sign(w), a step of fixed size lr·λ, so a weight near 0 jumps across it from side
to side and never lands on it. The step that does give zeros is the proximal
one: a gradient step on the loss alone, then the soft threshold `softshrink(w,
lr·λ)`, which moves each weight lr·λ towards 0 and stops at 0 those that would
cross it:
  gb> P(w) = softshrink(w, 0.05 * 0.3)
  P(w) = softshrink(w, 0.05 * 0.3)
  gb> m = linear(10, 1);
  gb> W = param(m, "weight");
  gb> o = sgd(m, lr = 0.05);
  gb> repeat 500 { zero o; backward mse(m(X), y); step o; m.weight = P(W) }
  gb> W
  [[2.88143, -1.80631, 0, 0, 0, 0, 0, 0, 0, 0]]
  gb> sum(W == 0)
  8
Now the useless weights are exactly 0 and the two that matter survive: that is
the sparsity L1 is known for (it is how lasso solvers work). Both loops minimise
the same penalised loss; only the proximal step shows its zeros. Now write the
threshold yourself, for this v:
  gb> v = [0.4, -0.05, 0.02, -1]
  v = [0.4, -0.05, 0.02, -1]
✎ Exercise 4 of 5: Write the soft threshold without softshrink: bind z to v
moved t = 0.1 towards 0, stopping at 0. Use clamp.
(a statement binding z answers; other lines are scratch work; :hint, :skip)
  gb> z = v - clamp(v, -0.1, 0.1)
  z = [0.3, 0, 0, -0.9]
✓ right
v − clamp(v, −t, t) = [0.3, 0, 0, −0.9]: what softshrink(v, 0.1) computes.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Dropout ──
Lecture 004 calls dropout the main regularisation technique. The same large
network with a dropout layer after each hidden layer, on the same data:
  gb> h1 = sequential(linear(2, 64), relu, dropout(0.5));
  gb> h2 = sequential(linear(64, 64), relu, dropout(0.5));
  gb> net = sequential(h1, h2, linear(64, 1));
  gb> opt = adam(net, lr = 0.01);
  gb> train net on parts with opt for 300 steps loss bce_with_logits;
  gb> history.loss[-1]
  0.112061
  gb> history.val_loss[-1]
  0.705723
The training loss no longer reaches 0 and the validation loss ends lower: the
gap between them shrinks. Lecture 004 also describes dropout as an ensemble:
every training step uses another thinned network, and eval mode stands for their
average. Average many training-mode passes and compare with the eval-mode
output:
  gb> Xv = parts.val.X;
  gb> train net;
  gb> s = zeros(30, 1);
  gb> repeat 200 { s += net(Xv) }
  gb> eval net;
  gb> mean(abs(s / 200 - net(Xv))) / mean(abs(net(Xv)))
  0.0510479
Close, not equal: the two differ by a few per cent of the outputs' size, on
average. For a linear layer after dropout the average would be exact (inverted
dropout keeps E[d(x)] = x); the ReLU between the layers makes eval mode an
approximation of the ensemble, a good one.
✎ Exercise 5 of 5: In eval mode, a dropout layer…
  1. drops units with probability p, as in training
  2. is the identity
  3. multiplies by 1 − p
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Inverted dropout scales by 1/(1 − p) during training, so eval mode has nothing
left to do.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • Overfitting: the training loss keeps falling while the validation loss turns
    and climbs.
  • Early stopping keeps the step with the lowest validation loss.
  • The L2 penalty α·Σw² and SGD's weight_decay λ = 2α are the same update;
    Adam's weight_decay is L2 too, AdamW's decoupled decay is not.
  • A subgradient step on λ·Σ|w| leaves weights jittering near 0; the proximal
    step, softshrink(w, lr·λ) after the gradient step, gives exact zeros.
  • Dropout narrows the gap between training and validation, and eval mode
    approximates the average of the thinned networks.
(:next finishes the lesson)
── Overfitting and regularisation: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
