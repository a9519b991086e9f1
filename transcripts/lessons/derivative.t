# The derivative lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/derivative.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson derivative --auto
The derivative from the limit (about 20 min; notes 001)
Lecture 001 opens with one line of algebra: the slope of x² is the limit of the
slopes of ever shorter chords. This lesson does that limit with numbers, draws
the chords turning into the tangent, and then asks the practical question behind
every gradient check: if we cannot take h → 0 on a computer, which h should we
take?
── Step 1 of 6: The difference quotient ──
The slope of the chord (the secant) from x to x + h is the difference quotient

    ((x+h)² - x²)/h = (2xh + h²)/h = 2x + h

so as h shrinks it tends to 2x. Compute it at x₀ = 3 for shorter and shorter h:
  gb> f(x) = x^2
  f(x) = x^2
  gb> x0 = 3
  x0 = 3
  gb> q(h) = (f(x0 + h) - f(x0)) / h
  q(h) = (f(x0 + h) - f(x0)) / h
  gb> hs = [1, 0.1, 0.01, 0.001]
  hs = [1, 0.1, 0.01, 0.001]
  gb> q(hs)
  [7, 6.1, 6.01, 6.001]
  gb> q(hs) - 2 * x0
  [1, 0.1, 0.01, 0.001]
The second line is `hs` again: the quotient is exactly 2x₀ + h, and the error of
the secant's slope is h itself.
✎ Exercise 1 of 5: Predict before you run it: what is q(0.5), the slope of the
secant from 3 to 3.5?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> q(0.5)
✓ right
q(0.5) = 2·3 + 0.5. Type q(0.5) at the prompt to see the session agree.
Where the notes differ. Lecture 001 writes the left side of this limit as f(x).
The limit is the derivative f'(x), not the function: at x₀ the function, the
limit and gradbook's `f'` give
  gb> f(x0)
  9
  gb> q(1e-6)
  6
  gb> f'(x0)
  6
and only the last two agree.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: Secants turn into the tangent ──
Each secant through (x₀, f(x₀)) is the line with slope q(h). Draw two of them
with the parabola and the tangent, whose slope is f'(x₀):
  gb> sec(x, h) = f(x0) + q(h) * (x - x0)
  sec(x, h) = f(x0) + q(h) * (x - x0)
  gb> tangent(x) = f(x0) + f'(x0) * (x - x0)
  tangent(x) = f(x0) + f'(x0) * (x - x0)
  gb> plot f(x), sec(x, 2), sec(x, 0.5), tangent(x) for x in 1..5 size 72, 16
   30 ┤ ⠒⠒ f(x)
      │ • sec(x, 2)
      │ × sec(x, 0.5)                                                 ••••
      │ + tangent(x)                                            ••••••××××
   20 ┤                                                    ••••••×××××+++
      │                                              ••••••××××+++
      │                                         ••••••×××+
      │                                   ••••••××+
   10 ┤                             ×••••••+
      │                    ⢀⣀××••••••
      │         ⣀⣀⣀⡠⠤++×××••••••
    0 ┤⠤⠒⠒⠒⠒⠊⠉++××××••••••
      │++××××××••••••
      │××••••••
      │•••
  -10 ┤
      └┬────────────────┬───────────────┬────────────────┬───────────────┬
       1                2               3                4               5
The secant with h = 2 meets the parabola again at x₀ + 2; with h = 0.5 the
second point has moved closer, and the line has turned towards the tangent. In
the limit the two points merge.
✎ Exercise 2 of 5: Write the slope yourself from f: bind s to the slope of the
secant from x0 to x0 + 0.25.
(a statement binding s answers; other lines are scratch work; :hint, :skip)
  gb> s = (f(x0 + 0.25) - f(x0)) / 0.25
  s = 6.25
✓ right
The rise is f(x0 + 0.25) − f(x0), the run 0.25; the result is 2·x0 + 0.25, as
the algebra said.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Forward and central differences ──
The quotient above is the forward difference. Its error shrinks like h. The
central difference looks both ways,

    (f(x+h) - f(x-h))/2h = f'(x) + h²/6 f'''(x) + …

so its error shrinks like h². For x² the third derivative is 0, so the central
difference is exact but for rounding, whatever h:
  gb> c(h) = (f(x0 + h) - f(x0 - h)) / (2 * h)
  c(h) = (f(x0 + h) - f(x0 - h)) / (2 * h)
  gb> c(hs) - 2 * x0
  [0, 5.32907e-15, -1.27898e-13, -6.60805e-13]
What is left is rounding, and it grows as h shrinks: keep that in mind for
later. Take a function with every derivative, g(x) = e^(x) at 1, where the true
slope is e, and compare the errors:
  gb> g(x) = exp(x)
  g(x) = exp(x)
  gb> fwd(h) = abs((g(1 + h) - g(1)) / h - exp(1))
  fwd(h) = abs((g(1 + h) - g(1)) / h - exp(1))
  gb> ctr(h) = abs((g(1 + h) - g(1 - h)) / (2 * h) - exp(1))
  ctr(h) = abs((g(1 + h) - g(1 - h)) / (2 * h) - exp(1))
  gb> fwd(hs)
  [1.95249, 0.14056, 0.0136368, 0.00135959]
  gb> ctr(hs)
  [0.476246, 0.00453274, 4.53049e-05, 4.53047e-07]
✎ Exercise 3 of 5: Predict: when h goes from 0.01 to 0.001, by what factor does
the central difference's error shrink?
  1. about 10
  2. about 100
  3. about 1000
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
h is 10 times smaller, h² 100 times: ctr(0.01) / ctr(0.001) shows it. The
forward error falls only as h.
  gb> fwd(0.01) / fwd(0.001)
  10.0301
  gb> ctr(0.01) / ctr(0.001)
  100.001
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Too small an h: rounding ──
Algebra says smaller is better. The computer disagrees: g(1 + h) and g(1) are
stored to a relative precision ε (below as u), and their difference loses the
digits they share. Below some h this rounding error, which grows like ε/h, is
larger than the truncation error. On a log–log plot each error is a straight
line, and the total is a V:
  gb> plot fwd(h), ctr(h) for h in 1e-14..1 logx logy size 72, 16
        │
      1 ┤                                                              ⣠⠔⠉
        │                                                          ⢀⡠⠔⠊ ••
        │••                                                     ⣀⠤⠒⠁  ••
        │••⡗⡆⣆                                              ⢀⡠⠔⠋    ••
        │  ••••⣤⠋⡆⡀                                      ⣀⠴⠊⠁     •••
        │   •••••••• ⡀                                ⡤⠒⠉        ••
        │         ••••••                          ⣀⠤⠒⠉         ••
  1e-05 ┤           • •••••⡀⡀                 ⢀⡠⠔⠊⠁          ••
        │             •    ••••            ⣀⠤⠚⠁            ••
        │                     • ••⢀⡄⣀  ⢀⡠⠔⠉              ••
        │                      • •••••⠊⠁               •••
        │                             •• •           •••
        │                               ••••••      ••
  1e-10 ┤                                •  ••••••••             ⠒⠒ fwd(h)
        │                                       •••              • ctr(h)
        └──────────────────┬──────────────────────┬──────────────────────┬
                         1e-10                  1e-05                    1
Find the bottom of each V on a grid of powers of ten:
  gb> H = 10 ^ -arange(1, 15);
  gb> H[argmin(fwd(H))]
  1e-08
  gb> H[argmin(ctr(H))]
  1e-05
Theory agrees: balancing h against ε/h puts the forward difference's best h near
√ε, and balancing h² against ε/h puts the central difference's near ε^(1/3):
  gb> u = 2^-52
  u = 2.22045e-16
  gb> [u^(1/2), u^(1/3)]
  [1.49012e-08, 6.05545e-06]
✎ Exercise 4 of 5: Which h gives the smallest central-difference error on the
grid H?
  1. 1e-2
  2. 1e-5
  3. 1e-8
  4. 1e-11
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
H[argmin(ctr(H))] prints it: near u^(1/3). Smaller h lets rounding grow; larger
h lets truncation grow.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Why gradcheck uses eps = 1e-6 ──
`gradcheck` compares autograd's gradient with the central difference, with the
eps it prints as h: near the bottom of the central V, where both errors are
smallest. Its relative error then measures autograd, not the finite difference:
  gb> w = 1.0
  w = 1
  gb> y = exp(w)
  y = 2.71828
  gb> gradcheck y wrt w
  gradcheck y wrt w, eps = 1e-06
  autograd's gradient vs central differences (f(x + eps) − f(x − eps)) / 2·eps
  element  analytic  numeric  relative error  status
  w        2.71828   2.71828  6e-11           good
  counts: 1 good
  max relative error 6e-11 at w
  verdict: good — every relative error is at most 1e-7
  gb> ctr(1e-6)
  1.63457e-10
✎ Exercise 5 of 5: Bind c to the central difference of g at 1 with h = 1e-5
(write the quotient from g).
(a statement binding c answers; other lines are scratch work; :hint, :skip)
  gb> c = (g(1 + 1e-5) - g(1 - 1e-5)) / (2 * 1e-5)
  c = 2.71828
✓ right
It agrees with e = exp(1) far more closely than the forward difference at any h:
the bottom of the central V.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • The derivative is the limit of the difference quotient: for x² the quotient
    is 2x + h, so the limit is 2x. Lecture 001 labels that limit f(x); it is
    f'(x).
  • Secants through two points of the curve turn into the tangent as the points
    merge.
  • The forward difference's error falls like h, the central difference's like
    h².
  • Rounding error grows like ε/h, so the best h is not the smallest: about √ε
    for forward and ε^(1/3) for central differences, which is where gradcheck
    takes its eps.
(:next finishes the lesson)
── The derivative from the limit: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
