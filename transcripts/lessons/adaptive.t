# The adaptive lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/adaptive.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson adaptive --auto
Adaptive rates: Adagrad to AdamW (about 25 min; notes 001, 003, 004)
Momentum fixes the direction; adaptive methods fix the size. They give every
coordinate its own rate, divided by the size of that coordinate's past
gradients, so steep and flat directions move at comparable speeds. This lesson
follows the family in order (Adagrad, RMSProp, Adadelta, Adam, NAdam) on
Rosenbrock's valley, looks inside Adam's state during its first steps, and ends
with the difference between Adam's `weight_decay` and AdamW.
── Step 1 of 7: Adagrad: a rate that only shrinks ──
Adagrad keeps, per coordinate, the sum s of all squared gradients so far and
divides the step by its root:

    s ← s + g², w ← w - η/(√s + ε) g

The effective rate η/(√s + ε) can only go down, since s only grows. Watch it on
Rosenbrock: after 10 steps, and after 500.
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = adagrad(w, lr = 0.5);
  gb> Early = trajectory(opt, rosenbrock, 10);
  gb> 0.5 / (sqrt(opt.sum) + 1e-10)
  [0.000787727, 0.00162011]
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = adagrad(w, lr = 0.5);
  gb> Adagrad = trajectory(opt, rosenbrock, 500);
  gb> 0.5 / (sqrt(opt.sum) + 1e-10)
  [0.000787074, 0.00161259]
The first steps, on the steep wall, filled s with huge squares; the rate never
recovers on the flat valley floor. Lecture 001 puts ε inside the root, √(G + ε);
PyTorch (and gradbook) add it outside, √s + ε. Either way ε only keeps the
division finite while s is zero.
✎ Exercise 1 of 4: Adagrad with lr 1 sees the gradients 3 and then 4 on one
coordinate. By what effective rate is the second gradient multiplied (ignore ε)?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1 / sqrt(3^2 + 4^2)
✓ right
η/√(3² + 4²) = 1/5 of η: the first gradient still weighs on the second step, and
on every later one.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 7: RMSProp: a moving average instead ──
RMSProp replaces the sum by an exponential moving average, so old gradients fade
and the rate can grow again on a flat stretch:

    v ← αv + (1 - α) g², w ← w - η/(√v + ε) g
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = rmsprop(w, lr = 0.01);
  gb> RMSProp = trajectory(opt, rosenbrock, 500);
  gb> RMSProp.end
  [0.010021, 2.15033e-05]
  gb> 0.01 / (sqrt(opt.square_avg) + 1e-8)
  [0.003407, 0.00779016]
The effective rates at the end are larger than Adagrad's above, though RMSProp
started with a rate fifty times smaller: the squares of the steep wall have
faded from its average.
✎ Exercise 2 of 4: Predict: after many steps with the same gradient g on a
coordinate, how far does RMSProp move that coordinate per step?
  1. about η·g, as SGD
  2. about η, whatever the size of g
  3. less and less, as Adagrad
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
v → g², so the step is η·g/|g|: its size is η whatever the slope. That is what
makes adaptive methods insensitive to the scale of the gradient.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 7: Adadelta: a rate with units ──
Adadelta goes one step further: it divides by the RMS of the gradients and
multiplies by the RMS of its own past updates, so that a step has the units of
the parameter, and PyTorch's default lr is 1:

    v ← ρv + (1 - ρ) g², Δ= √(u + ε)/√(v + ε) g, u ← ρu + (1 - ρ) Δ², w ← w - ηΔ
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = adadelta(w, lr = 1);
  gb> Adadelta = trajectory(opt, rosenbrock, 500);
  gb> Adadelta.points[0:4]
  [[-1.5,      2      ],
   [-1.49684,  2.00316],
   [-1.49367,  2.00633],
   [-1.49057,  2.00943]]
  gb> sqrt(1e-6 / (1 - 0.9))
  0.00316228
  gb> Adadelta.end
  [-0.99495, 1.00014]
With u = 0 at the start, the first update is about √ε/√(1 − ρ) per coordinate,
whatever the gradient (the second line): the steps start tiny and grow only as u
accumulates, so Adadelta is slow to get going. Notes 003 describe Adadelta as
Adam without momentum; that description fits RMSProp better: Adadelta's mark is
the ratio of two running RMS values, which neither RMSProp nor Adam has.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 7: Adam and its bias correction ──
Adam is momentum on the gradient (the first moment m, PyTorch's `exp_avg`)
divided by the root of a moving average of its square (the second moment v,
`exp_avg_sq`). Both start at zero, so in the first steps they are too small by
the factors 1 − β₁ᵗ and 1 − β₂ᵗ; Adam divides them out:

    m̂ = m/(1 - β₁ᵗ), v̂ = v/(1 - β₂ᵗ), w ← w - ηm̂/(√v̂ + ε)

One step on f = Σw², with the default betas 0.9 and 0.999:
  gb> w = [1.0, -2.0]
  w = [1, -2]
  gb> opt = adam(w, lr = 0.1);
  gb> backward sum(w^2)
  backward sum(w^2): gradients on w
  gb> g = w.grad
  g = [2, -4]
  gb> step opt
  Adam step 1: updated w
  gb> m = opt.exp_avg
  m = [0.2, -0.4]
  gb> v = opt.exp_avg_sq
  v = [0.004, 0.016]
  gb> w
  [0.9, -1.9]
m is a tenth of g and v a thousandth of g²: without the correction the first
step would be η·m/√v, too large by the factor below; with it, each coordinate
moves by η exactly.
  gb> (0.1 * g / sqrt(0.001 * g^2)) / (g / sqrt(g^2))
  [3.16228, 3.16228]
✎ Exercise 3 of 4: Write Adam's first step yourself: bind s to the
bias-corrected step η·m̂/(√v̂ + ε), with η = 0.1, ε = 1e-8, t = 1, from m and v.
(a statement binding s answers; other lines are scratch work; :hint, :skip)
  gb> s = 0.1 * (m / (1 - 0.9)) / (sqrt(v / (1 - 0.999)) + 1e-8)
  s = [0.1, -0.1]
✓ right
s = η·m̂/(√v̂ + ε) = η·sign(g) at the first step: [1, −2] − s is the w above.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 7: NAdam, and the family on one map ──
NAdam is Adam with Nesterov's look-ahead on the first moment (lecture 001:
"momentum by Nesterov"), and a momentum coefficient that warms up over the first
steps. Here are the adaptive methods on Rosenbrock's valley, 500 steps each from
(−1.5, 2), on logarithmic levels; Adagrad's path is the one run above.
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = adam(w, lr = 0.05);
  gb> Adam = trajectory(opt, rosenbrock, 500);
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = nadam(w, lr = 0.05);
  gb> NAdam = trajectory(opt, rosenbrock, 500);
  gb> contour (1 - x)^2 + 100 * (y - x^2)^2 for x in -2..2, y in -1..3 \
  ..>   with Adagrad, RMSProp, Adadelta, Adam, NAdam levels log size 76, 18
  (1 - x)^2 + 100 * (y - x^2)^2 over x in -2..2, y in -1..3
   3 ┤▓▓▓▓▓░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓
     │▓▓▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓▓
     │▓▓▓▓▓▓▓░░▓▓▓▓▓▓──•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓░░▓─────▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓
   2 ┤▓▓▓▓▓▓▓▓▓S▪▪▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▪▪░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▓▪▪▪▪▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░ ░░▓▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▓▪▪▪▪▪▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓×▪▪3▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   1 ┤▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░1▪▪░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     │█▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░▪▪▪░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░ ░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█
     │██▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░▪▪▪▪░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▪45░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██
     │███▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░▪▪▪▪▪◆░░░░░░░░░░░▪▪▪▪▪░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓███
   0 ┤████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▪▪▪▪▪▪2▪▪▪▪▪▪░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████
     │█████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████
     │██████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████
     │████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████████
  -1 ┤█████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████████
     └┬─────────────────┬─────────────────┬─────────────────┬────────────────┬
      -2                -1                0                 1                2
  " " below 0.1   "░" 0.1 to 10   "▓" 10 to 1000   "█" 1000 and above
  S start; each path's end is its number
  1 • Adagrad: 501 points, ends at (-0.975363, 0.957916)
  2 × RMSProp: 501 points, ends at (0.010021, 2.15033e-05)
  3 ∘ Adadelta: 501 points, ends at (-0.99495, 1.00014)
  4 ◆ Adam: 501 points, ends at (0.665244, 0.441564)
  5 ▪ NAdam: 501 points, ends at (0.671618, 0.450052)
  gb> [rosenbrock(Adagrad.end), rosenbrock(RMSProp.end), \
  ..>  rosenbrock(Adadelta.end), rosenbrock(Adam.end), rosenbrock(NAdam.end)]
  [3.90639, 0.980059, 3.99026, 0.112159, 0.107939]
Adagrad and Adadelta are still near the start of the valley floor: one has spent
its rate, the other has barely built its steps up. The repository's tests check
each of these paths point by point against PyTorch's torch.optim.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 7: Adam's weight_decay is not AdamW ──
Lecture 001 says Adam's `weight_decay` is implemented "a bit differently" from
AdamW's. The difference is large. Adam's weight_decay adds λw to the gradient
(an L2 penalty), and that then goes through the adaptive division: a big weight
gets a big gradient, divided by a big root, so every weight shrinks by about η
per step whatever its size. AdamW (decoupled decay) multiplies every weight by 1
− ηλ before Adam's step: each shrinks in proportion to its size.

Take a loss that is zero everywhere, so that only the decay acts, and w = [1,
100]:
✎ Exercise 4 of 4: Predict: after 50 steps with lr 0.1 and weight_decay 0.1,
which optimizer has shrunk the weight 100 more?
  1. Adam with weight_decay: it moves every weight by about η per step
  2. AdamW: it multiplies the weights by 1 − ηλ per step
  3. both the same: it is the same decay
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
Adam's L2 term is scaled away by the adaptive division: the weight 100 loses
about η per step. AdamW's factor takes a fixed fraction of it per step, far more
from a large weight.
  gb> zero_loss(p) = 0 * sum(p)
  zero_loss(p) = 0 * sum(p)
  gb> w = [1.0, 100.0]
  w = [1, 100]
  gb> opt = adam(w, lr = 0.1, weight_decay = 0.1);
  gb> L2 = trajectory(opt, zero_loss, 50);
  gb> w = [1.0, 100.0]
  w = [1, 100]
  gb> opt = adamw(w, lr = 0.1, weight_decay = 0.1);
  gb> Decoupled = trajectory(opt, zero_loss, 50);
  gb> L2.end
  [-0.00481815, 95.0306]
  gb> Decoupled.end
  [0.605006, 60.5006]
  gb> [1, 100] * (1 - 0.1 * 0.1)^50
  [0.605006, 60.5006]
  gb> plot L2.points[:, 1], Decoupled.points[:, 1] size 76, 12
  100 ┤••⠉⠉⠉⠉⠑⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⢄⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
      │  ••••••                                  ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠑⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠤⠤⠤⠤
      │        ••••••
   90 ┤              •••••
      │                   ••••••
      │                         •••••••
   80 ┤                                •••••
      │                                     •••••••
   70 ┤                                            •••••••
      │                                                   •••••••••
      │ ⠒⠒ L2.points[:, 1]                                         •••••••
   60 ┤ • Decoupled.points[:, 1]                                          ••••
      └┬─────────────┬─────────────┬─────────────┬─────────────┬─────────────┬
       0             10            20            30            40           50
The plot follows the weight 100 step by step: under Adam's L2 it loses about η
per step; under AdamW it loses the fraction ηλ of itself per step, which from a
weight this large is far more.

With L2 inside Adam, the small weight reached zero and the large one barely
moved; with AdamW both kept their ratio, shrinking by the same factor, (1 − ηλ)
to the 50th power. That is why decay in Adam should be decoupled: otherwise the
weights it should shrink most are shrunk least.
(:next goes on; the prompt is yours to experiment)
── Step 7 of 7: Recap ──
  • Adagrad divides by the root of the sum of squared gradients: its rate only
    shrinks.
  • RMSProp uses a moving average instead; a steady gradient gives steps of size
    about η.
  • Adadelta scales by the RMS of its own past updates over the RMS of the
    gradients.
  • Adam: momentum (exp_avg) over the root of exp_avg_sq, with bias correction
    so that the first steps are not too large; NAdam adds Nesterov's look-ahead.
  • Adam's weight_decay is L2 through the adaptive scaling; AdamW's decay is
    decoupled and proportional to the weight.
  • Lecture 001 puts ε inside Adagrad's root, PyTorch outside; notes 003's
    picture of Adadelta fits RMSProp.
(:next finishes the lesson)
── Adaptive rates: Adagrad to AdamW: done ──
Exercises: 4 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
