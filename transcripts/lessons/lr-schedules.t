# The lr-schedules lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/lr-schedules.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson lr-schedules --auto
Choosing and decaying the learning rate (about 25 min; notes 000, 003)
Notes 003 call the learning rate the most important hyperparameter, and lecture
000 ends with advice: try a known good rate, and use learning rate decay. This
lesson finds a rate by a sweep, sees why the best rate sits just below the rate
that diverges, draws the three decay schedules of notes 003, and measures what a
decay does to a noisy training run.
── Step 1 of 4: A sweep of rates ──
Run 50 steps of SGD on the ravine ½(x² + κ·y²) (κ = 20) for thirteen rates
spaced evenly on a log scale, and keep the loss at the end of each run:
  gb> rates = 10 ^ linspace(-3, 0, 13);
  gb> final = zeros(13); i = 0
  i = 0
  gb> repeat 13 {
  ..>   p = [2.0, 1.0]; opt = sgd(p, lr = rates[i])
  ..>   repeat 50 { f = ravine(p); zero opt; backward f; step opt }
  ..>   final[i] = ravine(p); i += 1
  ..> }
  gb> rates[argmin(final)]
  0.0562341
The losses of the largest rates are astronomically large (print `final` to see
them), so the plot clamps them at 10 to keep the valley readable; the rate axis
is logarithmic, as a sweep's should be:
  gb> plot clamp(final, max = 10) against rates logx logy size 72, 14
     10 ┤                                          ⢀⠏⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉
        │⣀                                         ⡸
        │ ⠉⠉⠒⠒⠤⠤⠤⢄⣀⣀⣀⡀                            ⢀⠇
      1 ┤            ⠈⠉⠉⠒⠒⠤⠤⣀⣀                    ⡸
        │                     ⠉⠑⠒⠤⣀⡀             ⢀⠇
        │                          ⠈⠑⠤⡀          ⡸
        │                             ⠈⠢⣀       ⢀⠇
    0.1 ┤                                ⠑⡄     ⡸
        │                                 ⠈⢆   ⢀⠇
        │                                   ⠣⡀ ⡸
   0.01 ┤                                    ⠑⣄⠇
        │                                     ⠈
        │
  0.001 ┤                                        ⠒⠒ clamp(final, max = 10)
        └┬────────────────────┬─────────────────────┬────────────────────┬
       0.001                 0.01                  0.1                   1
Loss falls as the rate grows, until a cliff: past it, the runs blow up.
✎ Exercise 1 of 6: The ravine's gradient is (x, κ·y), so along y a step
multiplies y by 1 − η·κ. Compute the largest rate for which that factor stays
within [−1, 1] (κ = 20).
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 2 / 20
✓ right
η = 2/κ. At that rate y flips sign for ever without shrinking; above it, y
grows. The best rate of the sweep is the largest one below this edge.
  gb> final[8]
  10.0001
  gb> rates[8]
  0.1
At the edge itself the y coordinate keeps its size, so the loss stays near
½·κ·y₀²: the run neither converges nor diverges.

Lecture 000 quotes a rule of thumb: 3e-4 for Adam. It is a start for Adam, not
an answer for SGD on another problem: here the best rate is found by the sweep,
and the slowest rate of the sweep ends far higher:
  gb> final[0] / min(final)
  511.551
(:next goes on; the prompt is yours to experiment)
── Step 2 of 4: Three schedules ──
Notes 003 list three ways to lower the rate as training goes on: step decay
(multiply by γ every few epochs), exponential decay and 1/t decay. gradbook has
them as PyTorch's `StepLR`, `ExponentialLR` and (PyTorch has no class for it)
`inverse_time_lr`. Each schedule wraps an optimizer; `step sched` advances one
epoch and `sched.lr` is the rate. Record 100 epochs of each:
  gb> w = [1.0]
  w = [1]
  gb> o1 = sgd(w, lr = 0.1); s1 = step_lr(o1, step_size = 30, gamma = 0.5)
  s1 = StepLR(step_size=30, gamma=0.5) of SGD: epoch 0, lr 0.1 (base 0.1)
  gb> o2 = sgd(w, lr = 0.1); s2 = exponential_lr(o2, 0.97)
  s2 = ExponentialLR(gamma=0.97) of SGD: epoch 0, lr 0.1 (base 0.1)
  gb> o3 = sgd(w, lr = 0.1); s3 = inverse_time_lr(o3, 0.05)
  s3 = InverseTimeLR(k=0.05) of SGD: epoch 0, lr 0.1 (base 0.1)
  gb> lrs = zeros(100, 3); t = 0
  t = 0
  gb> repeat 100 {
  ..>   lrs[t] = [s1.lr, s2.lr, s3.lr]
  ..>   step s1; step s2; step s3; t += 1
  ..> }
  gb> plot lrs[:, 0], lrs[:, 1], lrs[:, 2] size 72, 12
   0.1 ┤••⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⡇                                  ⠒⠒ lrs[:, 0]
       │ •••               ⡇                                  • lrs[:, 1]
       │   •••             ⡇                                  × lrs[:, 2]
       │    ××•••          ⢸
       │       ×••••       ⢸
       │         ×××•••    ⢸
  0.05 ┤             ××•••••⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠹⡀
       │                   ×•••••×××           ⡇
       │                         •••••••×××××××××××××⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
       │                                ••••••••••• ×××××××××××××××××××××
       │                                           ••••••••••••••••••••••⠂
     0 ┤
       └┬────────────┬────────────┬────────────┬────────────┬────────────┬
        0            20           40           60           80         100
✎ Exercise 2 of 6: Predict the step schedule's rate at epoch 45 (lrs[45, 0]): it
starts at 0.1 and halves every 30 epochs.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> lrs[45, 0]
✓ right
One halving has happened by epoch 45 (the next comes at 60), so the rate is
0.1·0.5.
✎ Exercise 3 of 6: 1/t decay is ηₜ = η₀/(1 + k·t). At which epoch t has it
halved, with k = 0.05?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1 / 0.05
✓ right
t = 1/k. Check it against the recording: lrs[20, 2] is half of lrs[0, 2].
✎ Exercise 4 of 6: Bind e to the exponential schedule's rate at epoch 10, from
its formula ηₜ = η₀·γᵗ (η₀ = 0.1, γ = 0.97), not from lrs.
(a statement binding e answers; other lines are scratch work; :hint, :skip)
  gb> e = 0.1 * 0.97^10
  e = 0.0737424
✓ right
ExponentialLR multiplies the rate by γ once per epoch, so after 10 epochs it is
η₀·γ¹⁰, the value recorded in lrs[10, 1].
Where the notes differ. Notes 003 write exponential decay as α = α₀·e^(−kt),
PyTorch as η₀·γᵗ. They are the same curve when γ = e^(−k); with the γ above, the
notes' k is
  gb> k = -log(0.97)
  k = 0.0304592
  gb> 0.1 * exp(-k * 10) - lrs[10, 1]
  1.38778e-17
Notes 003 also describe step decay as lowering the rate "0.1 times" every 20
epochs; read it as multiplying the rate by 0.1 (dividing by ten), which is
`gamma = 0.1`, PyTorch's default.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 4: What a decay does to a noisy run ──
In the gradient-descent lesson, SGD with one example per step kept bouncing at a
constant rate. Train the same linear model three times with one example per
step: a constant rate, an exponential decay and a 1/t decay. `val d` records the
loss on all the data after every step:
  gb> d = regression(200, features = 2, noise = 0.5);
  gb> m0 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> train m0 on d with sgd(m0, lr = 0.05) for 300 steps batch 1 val d;
  gb> h_const = history;
  gb> m1 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> decay1 = exponential_lr(sgd(m1, lr = 0.05), 0.99);
  gb> train m1 on d with decay1 for 300 steps batch 1 val d;
  gb> h_exp = history;
  gb> m2 = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> decay2 = inverse_time_lr(sgd(m2, lr = 0.05), 0.02);
  gb> train m2 on d with decay2 for 300 steps batch 1 val d;
  gb> h_inv = history;
  gb> plot h_const.val_loss, h_exp.val_loss, h_inv.val_loss logy size 72, 14
    2 ┤                                                ⠒⠒ h_const.val_loss
      │•                                               • h_exp.val_loss
  1.5 ┤•                                               × h_inv.val_loss
      │••
      │×•
    1 ┤×⡇•
      │×⢸•
      │ ×•
      │ ×•
  0.5 ┤ ×•
      │  •••  ⢠                                   ⣄⡀  ⣆
      │  ××••⢀⢾            ⡀                  ⣸  ⢰⠁⠧⡀⡆⣿⡀       ⣴
      │   ⡇×•×••••××• ⢀ ••••⢣  ⡀•× ⣀  ⢀⡀⡸⣤⣀⡄  ⡇⡇⣠⠞  ⣧⢻⠏⠱⠴⢤⣄ ⡀ ⣠⠃⢣⢀⢀ ⢀⣄⣠⢣⡤⡄
      │   ⠸⠋•••••••••••••××•••••••••••••••••••••••••••••••••••••••••••••••
      └┬──────────┬──────────┬──────────┬──────────┬──────────┬──────────┬
       0          50        100        150        200        250       300
✎ Exercise 5 of 6: Predict: over the last 50 steps, which run's full-data loss
is highest on average?
  1. the constant rate
  2. the exponential decay
  3. the 1/t decay
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 1
✓ right
At a constant rate the steps stay as large as the noise makes them, so the model
keeps jumping around the minimum; a decayed rate takes smaller and smaller
jumps.
The best this model can do is the least-squares fit, which full-batch gradient
descent reaches. Measure how far above it each run ends, on average over its
last 50 steps:
  gb> m = linear(2, 1, weight = [[0, 0]], bias = [0]);
  gb> train m on d with sgd(m, lr = 0.1) for 500 steps val d;
  gb> best = history.val_loss[499]
  best = 0.276393
  gb> excess(h) = mean(h.val_loss[250:]) - best
  excess(h) = mean(h.val_loss[250:]) - best
  gb> [excess(h_const), excess(h_exp), excess(h_inv)]
  [0.0453663, 0.00168772, 0.00208842]
A decay trades speed for precision: too fast a decay freezes the model before it
arrives (notes 003 warn of that), too slow a decay keeps the noise. The rate
that each step used is recorded:
✎ Exercise 6 of 6: `train` steps the schedule after every optimizer step, so
step t (counting from 1) used η₀·γ^(t−1). What rate did the exponential run use
at its last step, step 300 (η₀ = 0.05, γ = 0.99)?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> h_exp.lr[299]
✓ right
0.05·0.99²⁹⁹. h_exp.lr holds the rate of every step; h_exp.lr[0] is the first.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 4: Recap ──
  • Sweep the rate on a log scale; the best rate sits just below the edge where
    a direction of curvature λ diverges, η = 2/λ.
  • Step decay multiplies by γ every few epochs, exponential decay by γ every
    epoch (η₀·γᵗ, the notes' α₀·e^(−kt) with γ = e^(−k)), 1/t decay divides by 1
    + k·t.
  • With noisy gradients a constant rate keeps bouncing around the minimum; a
    decaying rate settles closer to it.
(:next finishes the lesson)
── Choosing and decaying the learning rate: done ──
Exercises: 6 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
