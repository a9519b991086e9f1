# The gradient-descent lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/gradient-descent.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson gradient-descent --auto
Gradient descent and when to stop (about 30 min; notes 001, 000)
Lecture 001 states gradient descent in one line and then asks when to stop it;
lecture 000 adds that the gradient of a mini-batch is noisy. This lesson runs
the update by hand, watches a step size that is too small, one that is right and
one that diverges, writes both stopping rules as loops that really stop, and
compares full-batch, mini-batch and stochastic descent.
── Step 1 of 6: The update ──
The gradient points uphill, so to go down we step against it, by a step size
(learning rate) η:
✎ Exercise 1 of 7: Lecture 001's quiz: which of these is the gradient descent
step?
  1. wᵗ = wᵗ + η∇Q(wᵗ⁻¹)
  2. wᵗ = wᵗ − η∇Q(wᵗ⁻¹)
  3. wᵗ = wᵗ⁻¹ + η∇Q(wᵗ⁻¹)
  4. wᵗ = wᵗ⁻¹ − η∇Q(wᵗ⁻¹)
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 4
✓ right
The new point wᵗ is the old point wᵗ⁻¹ minus η times the gradient at the old
point. The first two define wᵗ by itself; the third climbs.
The slide after the quiz prints the gradient as ∇Q wᵗ⁻¹; read it as ∇Q(wᵗ⁻¹),
the gradient at the previous point. One step by hand on Q(w) = (w - 3)², from 0:
  gb> Q(w) = (w - 3)^2
  Q(w) = (w - 3)^2
  gb> w = 0.0
  w = 0
  gb> eta = 0.1
  eta = 0.1
  gb> q = Q(w)
  q = 9
  gb> backward q
  backward q: gradients on w
  gb> w.grad
  -6
  gb> w -= eta * w.grad
  w = 0.6
`backward` puts Q'(w) in `w.grad`, and `w -= …` moves w outside the graph, as
`torch.no_grad()` does.
✎ Exercise 2 of 7: Take the next step yourself, on one line: recompute q from
the new w, backward, and update w.
(a statement binding w answers; other lines are scratch work; :hint, :skip)
  gb> q = Q(w); backward q; w -= eta * w.grad
  w = 1.08
✓ right
Here Q′(w) = 2(w − 3), so each step multiplies the distance to 3 by 1 − 2η:
after two steps w = 3 − 3(1 − 2η)².
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: Too small, right, too large ──
On this quadratic each step multiplies the distance to the minimum by 1 - 2η.
Run three step sizes side by side: `eta` holds one rate per element, and so does
`w`, so the three runs are one computation. `dist` records |w - 3| after every
step:
  gb> eta = [0.02, 0.4, 1.2]
  eta = [0.02, 0.4, 1.2]
  gb> w = zeros(3)
  w = [0, 0, 0]
  gb> dist = zeros(21, 3);
  gb> dist[0] = abs(w - 3);
  gb> t = 1
  t = 1
  gb> repeat 20 {
  ..>   q = sum(Q(w)); backward q; w -= eta * w.grad
  ..>   dist[t] = abs(w - 3); t += 1
  ..> }
  gb> dist[20]
  [1.32601, 3.15303e-14, 2510.05]
  gb> plot dist[:, 0], dist[:, 1], dist[:, 2] logy size 72, 14
        │                                                               ××
        │                               ××××××××××××××××××××××××××××××××
        │⣀⣀×××××××××××××××××××××××××××××⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⡀
      1 ┤•••••                                      ⠈⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉
        │     •••••••
        │            ••••••
        │                  ••••••
  1e-05 ┤                        •••••••
        │                               ••••••
        │                                     •••••••
  1e-10 ┤                                            ••••••
        │ ⠒⠒ dist[:, 0]                                    ••••••
        │ • dist[:, 1]                                           •••••••
        │ × dist[:, 2]                                                  ••
        └┬───────────────┬───────────────┬───────────────┬───────────────┬
         0               5               10              15             20
On a log scale a constant factor per step is a straight line: the small rate
falls slowly, the middle one fast, and the largest rises. The slopes are log|1 -
2η|:
  gb> abs(1 - 2 * eta)
  [0.96, 0.2, 1.4]
✎ Exercise 3 of 7: Predict before running: with η = 1 on Q(w) = (w − 3)²,
starting from 0, what does w do?
  1. it converges to 3
  2. it jumps between 0 and 6 for ever
  3. it moves further away at every step
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
1 − 2η = −1: the distance keeps its size and flips its sign. Run the cell below
to see it.
  gb> w = 0.0
  w = 0
  gb> repeat 3 { q = Q(w); backward q; w -= 1 * w.grad }
  gb> w
  6
✎ Exercise 4 of 7: Which η takes w from 0 to the minimum in exactly one step?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.5
✓ right
1 − 2η = 0 at η = 0.5 = 1/Q″: one Newton step. Larger rates overshoot; beyond
2/Q″ = 1 they diverge.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Stopping rules that stop ──
Lecture 001 gives two rules: stop when ‖wᵗ - wᵗ⁻¹‖ < ε, or when ‖∇Q(wᵗ)‖ < ε. A
`while` loop runs until its condition fails, so each rule is one loop. On a
two-dimensional bowl with its minimum at (3, −1):
  gb> P(w) = (w[0] - 3)^2 + 10 * (w[1] + 1)^2
  P(w) = (w[0] - 3)^2 + 10 * (w[1] + 1)^2
  gb> w = [0.0, 0.0]; eta = 0.04; eps = 1e-6; t = 0; dw = 1
  dw = 1
  gb> while dw >= eps {
  ..>   p = P(w); backward p
  ..>   w_old = w; w -= eta * w.grad
  ..>   dw = norm(w - w_old); t += 1
  ..> }
  gb> t
  150
  gb> norm(w - [3, -1])
  1.10993e-05
The loop stopped by itself after `t` steps. Now the gradient rule, from the same
start:
  gb> w = [0.0, 0.0]; t = 0; g = [1.0]
  g = [1]
  gb> while norm(g) >= eps {
  ..>   p = P(w); backward p; g = w.grad
  ..>   w -= eta * g; t += 1
  ..> }
  gb> t
  189
  gb> norm(w - [3, -1])
  4.29557e-07
The two rules are closer than they look: a step is wᵗ - wᵗ⁻¹ = -η∇Q(wᵗ⁻¹), so
the first rule is the second with ε/η in place of ε. It stopped earlier, when
the gradient was still about that size:
  gb> eps / eta
  2.5e-05
Your turn, in one dimension again, from a fresh start:
  gb> w = 0.0; g = 1
  g = 1
✎ Exercise 5 of 7: Write a while loop that runs gradient descent on Q(w) = (w −
3)² with η = 0.1 until |Q′(w)| < 1e-5 (bind g to w.grad in the loop, so the
condition sees it).
(a statement binding w answers; other lines are scratch work; :hint, :skip)
  gb> while abs(g) >= 1e-5 { q = Q(w); backward q; g = w.grad; w -= 0.1 * g }
✓ right
Q′(w) = 2(w − 3), so |Q′| < 1e-5 means w is within 5e-6 of 3.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Early stopping on a validation curve ──
Lecture 001 adds the rule used for networks: stop when the error stops falling.
Train a large network on 30 noisy points and watch the loss on 30 other points:
  gb> data = moons(60, noise = 0.35);
  gb> parts = split(data, 0.5);
  gb> net = mlp(2, 64, 64, 1, act = relu);
  gb> opt = adam(net, lr = 0.002);
  gb> train net on parts with opt for 300 steps;
  gb> plot history.loss, history.val_loss logy size 72, 12
     10 ┤
        │
        │                                •••••••••••••••••••••••••••••••••
      1 ┤•••⡀         ••••••••••••••••••••
        │  ••••••••••••
        │            ⠉⠉⠙⠒⠒⠢⠤⠤⣄⣀⣀⡀
    0.1 ┤                       ⠉⠉⠉⠒⠒⠲⠤⠤⢄⣀⣀⡀
        │                                  ⠉⠉⠉⠓⠒⠲⠤⠤⢄⣀⣀⡀
   0.01 ┤                                             ⠉⠉⠉⠓⠒⠒⠤⠤⠤⣀⣀⣀
        │                                                         ⠉⠉⠉⠒⠒⠒⠦⠤
        │ ⠒⠒ history.loss
  0.001 ┤ • history.val_loss
        └┬──────────┬─────────┬──────────┬──────────┬─────────┬──────────┬
         0          50       100        150        200       250       300
  gb> best = argmin(history.val_loss)
  best = 27
  gb> [history.val_loss[best], history.val_loss[299]]
  [0.417948, 2.40413]
The training loss falls all the way; the validation loss turns up after `best`
steps, as the network fits the noise. Early stopping keeps the weights from that
step.

Where the notes differ. Lecture 001 says to stop when the error on the test set
stops falling. Choosing the step by the test set makes the test set part of
training, and its error is then no longer an honest estimate: the curve above is
a validation set, held out from training, and the test set is used once, at the
end.
✎ Exercise 6 of 7: You stop training at the step where the validation loss was
lowest. The validation loss at that step is…
  1. an unbiased estimate of the loss on new data
  2. optimistic: the step was chosen to make it small
  3. pessimistic: early stopping hurts
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
The minimum of many noisy numbers is lower than their typical value, so report
the loss on a separate test set.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Full batch, mini-batch and SGD ──
Lecture 001's formulas for full-batch GD, stochastic GD and mini-batch GD are
the same; only the gradient differs: averaged over every example, over one
random example, or over a random batch. Train one linear model three ways from
the same start; `val d` records the loss on all the data after every step, so
the three curves measure the same thing:
  gb> d = regression(200, features = 2, noise = 0.5);
  gb> m1 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> train m1 on d with sgd(m1, lr = 0.05) for 100 steps val d;
  gb> h_full = history;
  gb> m2 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> train m2 on d with sgd(m2, lr = 0.05) for 100 steps batch 10 val d;
  gb> h_mini = history;
  gb> m3 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> train m3 on d with sgd(m3, lr = 0.05) for 100 steps batch 1 val d;
  gb> h_sgd = history;
  gb> plot h_full.val_loss, h_mini.val_loss, h_sgd.val_loss logy size 72, 14
  1.5 ┤                                                 ⠒⠒ h_full.val_loss
      │××                                               • h_mini.val_loss
      │• ×                                              × h_sgd.val_loss
    1 ┤⢸•××××
      │ •   ×
      │ •⡆  ×
      │  •• ×
      │   •  ×  ×
  0.5 ┤    •• ×××
      │    ⠈•••  ×
      │      ⢣••  ×                                                   ×
      │       ⠑⡄•• ××××   ×   ×××××××××××××          ×       ×××      ×××
      │        ⠈⠒⢄••••×××××× ×         ×   ×   ××    ××××××××   ××× ××  ×
      │           ⠉⠑⠒⠢•••••••••••••••••••••••••••••••••••••••••••••••••••⡀
      └┬────────────┬────────────┬─────────────┬────────────┬────────────┬
       0            20           40            60           80         100
✎ Exercise 7 of 7: Predict: over the last 50 steps, which run's full-data loss
varies most from step to step?
  1. full batch
  2. mini-batch of 10
  3. one example per step (SGD)
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 3
✓ right
One example's gradient is the noisiest estimate of the full gradient; a batch of
10 averages ten of them. The standard deviations below show it.
  gb> noise(h) = std(h.val_loss[50:])
  noise(h) = std(h.val_loss[50:])
  gb> [noise(h_full), noise(h_mini), noise(h_sgd)]
  [1.66214e-05, 0.00376051, 0.0304653]
The noise is the price of cheap steps: an SGD step costs one example instead of
200. A constant rate keeps the noise for ever; the lr-schedules lesson lowers
the rate to calm it.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • The step is wᵗ = wᵗ⁻¹ - η∇Q(wᵗ⁻¹), the gradient taken at the previous point.
  • On a quadratic each step multiplies the error by 1 - ηQ'': too small a rate
    crawls, too large a rate oscillates and then diverges.
  • `while` writes a stopping rule directly; ‖wᵗ - wᵗ⁻¹‖ < ε is ‖∇Q‖ < ε/η in
    disguise.
  • Early stopping watches a validation set, not the test set (lecture 001 says
    test).
  • Full-batch, mini-batch and stochastic GD share the formula; smaller batches
    give noisier steps.
(:next finishes the lesson)
── Gradient descent and when to stop: done ──
Exercises: 7 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
