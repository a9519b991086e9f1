# The second-order lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/second-order.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson second-order --auto
Second-order methods: Newton and the Hessian (about 25 min; notes 003)
Every optimizer so far used first derivatives only. Notes 003 end their
optimisation part with second-order methods: approximate the function by its
second-order Taylor polynomial and jump to that polynomial's minimum. This
lesson does it in one dimension, then in several with the Hessian and a linear
solve, works notes 003's exercise (an analytic Hessian against a
finite-difference one), looks at saddle points, and ends with why deep learning
rarely does any of this.
── Step 1 of 6: Newton's method in one dimension ──
Near x, f(x + h) ≈ f(x) + f′(x)h + ½f″(x)h². The right side is smallest at h =
−f′(x)/f″(x), so Newton's step is

    x ← x - f'(x)/f''(x)

`f'(x)` and `f''(x)` differentiate your function symbolically. Take f(x) = x⁴ −
3x² + 2, whose minimum on the right is at √1.5, and start from 2. The model m is
the Taylor parabola at 2: it touches f there, and Newton's step jumps to its
bottom.
  gb> f(x) = x^4 - 3 * x^2 + 2
  f(x) = x^4 - 3 * x^2 + 2
  gb> m(x) = f(2) + f'(2) * (x - 2) + 0.5 * f''(2) * (x - 2)^2
  m(x) = f(2) + f'(2) * (x - 2) + 0.5 * f''(2) * (x - 2)^2
  gb> plot f(x), m(x) for x in 1..2.2 size 76, 12
  15 ┤ ⠒⠒ f(x)
     │ • m(x)
     │                                                                      ⣀•
  10 ┤                                                                  •••••
     │•                                                            ⢀•••••
     │ ••••••                                                 ••••••
   5 ┤      ••••••••                                   ••••••••
     │             ••••••••••••••         ••••••••••••••⠁
   0 ┤⣀⣀⣀⣀                  ⣀⣀⣀⣀⣀••••••••••⠒⠊⠉⠉⠁
     │    ⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉
     │
  -5 ┤
     └┬───────────┬───────────┬───────────┬──────────┬───────────┬───────────┬
      1          1.2         1.4         1.6        1.8          2         2.2
  gb> x = 2
  x = 2
  gb> x = x - f'(x) / f''(x)
  x = 1.52381
  gb> x - sqrt(1.5)
  0.299065
  gb> x = x - f'(x) / f''(x)
  x = 1.29465
  gb> x - sqrt(1.5)
  0.0699085
  gb> x = x - f'(x) / f''(x)
  x = 1.23003
  gb> x - sqrt(1.5)
  0.00528288
  gb> x = x - f'(x) / f''(x)
  x = 1.22478
  gb> x - sqrt(1.5)
  3.38406e-05
Near the minimum each error is roughly the square of the one before, times a
constant (the number of right digits doubles): that is quadratic convergence,
against gradient descent's constant factor per step.
✎ Exercise 1 of 5: Predict before computing: one Newton step on f(x) = 3(x − 2)²
from x = 10 lands where?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
f′(x) = 6(x − 2) and f″ = 6, so the step lands on x − (x − 2) = 2: on a
quadratic Newton's method lands on the minimum in one step, whatever the start.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: Newton in several dimensions ──
In n dimensions f′ becomes the gradient ∇f and f″ the Hessian H, the n×n matrix
of second derivatives ∂²f/∂xᵢ∂xⱼ. The step solves a linear system:

    H d = ∇f, w ← w - d

Notes 003 write it with the inverse, H⁻¹∇f; in practice one solves for d
(`solve`, an LU factorisation) and never forms H⁻¹, which costs more and loses
accuracy. `hessian(f, w)` differentiates f's formula twice, entry by entry;
`jacobian(f, w)` gives the gradient as a 1×n row. On Rosenbrock's valley from
(−1.5, 2):
  gb> q(x, y) = (1 - x)^2 + 100 * (y - x^2)^2
  q(x, y) = (1 - x)^2 + 100 * (y - x^2)^2
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> hessian(q, w)
  [[1902,  600],
   [ 600,  200]]
  gb> w = w - solve(hessian(q, w), jacobian(q, w)[0])
  w = [-1.45098, 2.10294]
  gb> w = w - solve(hessian(q, w), jacobian(q, w)[0])
  w = [0.204434, -2.6986]
  gb> w = w - solve(hessian(q, w), jacobian(q, w)[0])
  w = [0.205883, 0.0423856]
  gb> w = w - solve(hessian(q, w), jacobian(q, w)[0])
  w = [0.999667, 0.36924]
  gb> w = w - solve(hessian(q, w), jacobian(q, w)[0])
  w = [0.999669, 0.999339]
A few Newton steps go where 500 steps of SGD with momentum did not quite get
(lesson momentum). The second step jumps far out before the third comes back:
far from the minimum the quadratic model is poor, which is why practical Newton
methods limit the step.
✎ Exercise 2 of 5: Write one more Newton step yourself: bind w2 to the point
after a Newton step from w.
(a statement binding w2 answers; other lines are scratch work; :hint, :skip)
  gb> w2 = w - solve(hessian(q, w), jacobian(q, w)[0])
  w2 = [1, 1]
✓ right
w2 = w − H⁻¹∇f, computed with solve. At the minimum (1, 1) ∇f = 0, so the step
is zero and w2 is w.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Notes 003's exercise: analytic against finite differences ──
Notes 003 ask for the Hessian of f = x1·x4·(x1 + x2 + x3) + x3 at x0 = (1, 5, 5,
1), once analytically and once by finite differences. To keep lines short, write
a, b, c, d for x1, x2, x3, x4. One entry by hand with `derive`, first ∂f/∂a:
  gb> F(a, b, c, d) = a * d * (a + b + c) + c
  F(a, b, c, d) = a * d * (a + b + c) + c
  gb> derive F(a, b, c, d) wrt a
  1. definition of F: ∂/∂a[F(a, b, c, d)] = ∂/∂a[a·d·(a + b + c) + c]
  2. sum rule: ∂/∂a[a·d·(a + b + c) + c] = ∂/∂a[a·d·(a + b + c)]
  3. product rule: ∂/∂a[a·d·(a + b + c)] = d·(a + b + c) + a·d·∂/∂a[a + b + c]
  4. sum rule: ∂/∂a[a + b + c] = 1
  ∂/∂a[F(a, b, c, d)] = d·(a + b + c) + a·d
Differentiating that once more by a gives 2d, by d gives 2a + b + c, and so on
for every pair: the analytic Hessian is [[2d, d, d, 2a+b+c], [d, 0, 0, a], [d,
0, 0, a], [2a+b+c, a, a, 0]]. `hessian` does exactly this symbolically, entry by
entry; `numeric = true` takes central differences of the gradient instead, as
notes 003's second method asks.
  gb> a = 1; b = 5; c = 5; d = 1
  d = 1
  gb> A = [[2*d, d, d, 2*a+b+c], [d, 0, 0, a], [d, 0, 0, a], [2*a+b+c, a, a, 0]]
  A = [[ 2,  1,  1, 12],
       [ 1,  0,  0,  1],
       [ 1,  0,  0,  1],
       [12,  1,  1,  0]]
  gb> H = hessian(F, [1, 5, 5, 1])
  H = [[ 2,  1,  1, 12],
       [ 1,  0,  0,  1],
       [ 1,  0,  0,  1],
       [12,  1,  1,  0]]
  gb> Hn = hessian(F, [1, 5, 5, 1], numeric = true)
  Hn = [[ 2,  1,  1, 12],
        [ 1,  0,  0,  1],
        [ 1,  0,  0,  1],
        [12,  1,  1,  0]]
  gb> H - A
  [[0, 0, 0, 0],
   [0, 0, 0, 0],
   [0, 0, 0, 0],
   [0, 0, 0, 0]]
  gb> max(abs(Hn - H))
  7.57157e-11
The symbolic Hessian equals the analytic one exactly; the finite-difference one
differs by rounding only, far below the step size. That is notes 003's
conclusion ("similar results in both cases"), now with the size of the
difference.
✎ Exercise 3 of 5: Compute by hand the entry ∂²f/∂x1∂x4 at x0 = (1, 5, 5, 1).
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 2 * 1 + 5 + 5
✓ right
∂²f/∂x1∂x4 = 2x1 + x2 + x3 = 12 at x0, the corner entries of H.
Two remarks on the exercise's statement. Its bounds read 1 ⩽ x1x2x3x4 ⩽ 5; the
problem is HS071 (Hock and Schittkowski's problem 71, the example in Ipopt's
documentation), whose bounds are 1 ⩽ xᵢ ⩽ 5 for each variable. As written, the
start already breaks them, and they contradict the constraint x1x2x3x4 ⩾ 25:
  gb> 1 * 5 * 5 * 1
  25
And f on its own has no minimum: H has a direction of negative curvature, so
without the constraints Newton's step would head for a stationary point that is
not a minimum.
  gb> u = [1, 0, 0, -1]
  u = [1, 0, 0, -1]
  gb> u @ H @ u
  -22
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Saddle points ──
Where the gradient vanishes, a first-order method stops, whether the point is a
minimum or not. At a saddle the Hessian has eigenvalues of both signs: saddle(p)
= x² − y² has H = diag(2, −2) at the origin. SGD started exactly on the x axis
never sees the y direction and stalls at the saddle; a thousandth off the axis,
it escapes, slowly at first:
  gb> hessian(saddle, [0, 0], numeric = true)
  [[ 2,  0],
   [ 0, -2]]
  gb> p = [1.0, 0.0]
  p = [1, 0]
  gb> opt = sgd(p, lr = 0.1);
  gb> OnAxis = trajectory(opt, saddle, 40);
  gb> p = [1.0, 0.001]
  p = [1, 0.001]
  gb> opt = sgd(p, lr = 0.1);
  gb> OffAxis = trajectory(opt, saddle, 40);
  gb> contour x^2 - y^2 for x in -0.2..1.2, y in -0.5..1.8 \
  ..>   with OnAxis, OffAxis size 76, 14
  x^2 - y^2 over x in -0.2..1.2, y in -0.5..1.8
    │                                                             ░░░░░░░░░░░░
    │                                            ░░░░░░░░░░░░░░░░░░░░░░░░░░░░▒
    │░░░░░░░░░░2░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒
    │░░░░░░░░░░×░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒
  1 ┤░░░░░░░░░░×░░░░░░░░░░░░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓
    │▒▒▒▒▒▒▒▒▒▒×▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
    │▒▒▒▒▒▒▒▒▒▒×▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
    │▒▒▒▒▒▒▒▒▒▒×▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓███
    │▒▒▒▒▒▒▒▒▒▒×▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████
    │▒▒▒▒▒▒▒▒▒▒×▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████████
  0 ┤▓▓▓▓▓▓▓▒▒▒1××××─××─×─×──×──×───×─────×─────×────────×─────────S██████████
    │▓▓▓▓▓▓▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████████
    │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████████
    │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████
    └┬─────────┬─────────┬──────────┬─────────┬──────────┬─────────┬─────────┬
    -0.2       0        0.2        0.4       0.6        0.8        1       1.2
  " " below -2   "░" -2 to -1   "▒" -1 to 0   "▓" 0 to 1   "█" 1 and above
  S start; each path's end is its number
  1 • OnAxis: 41 points, ends at (0.000132923, 0)
  2 × OffAxis: 41 points, ends at (0.000132923, 1.46977)
✎ Exercise 4 of 5: SGD on saddle(p) starts at (1, 0). After many steps it is…
  1. at about (0, 0), and it stays there
  2. running off along y
  3. back at (1, 0)
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 1
✓ right
y stays exactly 0, so x shrinks by 1 − 2η per step to the saddle, where the
gradient vanishes. Any y ≠ 0 grows by 1 + 2η per step, which is how noise in SGD
gets it out.
Notes 003 call the zero of y = x³ the simplest saddle point. It is a stationary
point (f′(0) = 0) but an inflection point, not a saddle: there is only one
direction, f″(0) = 0, and the function rises on one side and falls on the other.
It does trap gradient descent in the same way: started to the right, the steps
shrink with the gradient 3x² and crawl towards 0; started to the left, they run
away.
  gb> k(x) = x^3
  k(x) = x^3
  gb> k'(0)
  0
  gb> k''(0)
  0
  gb> z = 0.5
  z = 0.5
  gb> repeat 100 { z -= 0.1 * 3 * z^2 }
  gb> z
  0.0304288
  gb> z = -0.5
  z = -0.5
  gb> repeat 20 { z -= 0.1 * 3 * z^2 }
  gb> z
  -inf
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Why practice uses quasi-Newton methods ──
For n parameters the Hessian has n² entries, and a Newton step solves an n×n
system, about n³ operations. micrograd's demo network is small, and a modest
network has millions of parameters:
  gb> net = mlp(2, 16, 16, 1)
  net = Sequential: 5 layers, 337 parameters, training mode
    0: Linear(2 → 16)
    1: ReLU
    2: Linear(16 → 16)
    3: ReLU
    4: Linear(16 → 1)
  parameter  shape     count
  0.weight   [16, 2]      32
  0.bias     [16]         16
  2.weight   [16, 16]    256
  2.bias     [16]         16
  4.weight   [1, 16]      16
  4.bias     [1]           1
  gb> 337^2
  113569
  gb> 1e6^2 * 8 / 1e12
  8
The middle line counts the entries of that network's Hessian; the last is the
Hessian of a million parameters in terabytes, at eight bytes a number.
Quasi-Newton methods build an approximation of H⁻¹ from gradients alone; L-BFGS,
which notes 003 name, keeps only the last few pairs of steps and gradient
changes, so its memory is a few times n. For large networks even that rarely
pays off against SGD and Adam.
✎ Exercise 5 of 5: How many entries does the Hessian of a network with 10000
parameters have?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 10000^2
✓ right
10⁸ entries for a network that is small by today's standards.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • Newton's step x ← x − f′/f″ jumps to the minimum of the local quadratic;
    near a minimum the error is squared at every step.
  • In n dimensions: solve H·d = ∇f and step w ← w − d; never form H⁻¹.
  • Notes 003's exercise: the symbolic Hessian equals the analytic one; the
    finite-difference one differs by rounding. Its bounds should read 1 ⩽ xᵢ ⩽ 5
    (HS071).
  • A saddle has Hessian eigenvalues of both signs; SGD stalls exactly on it and
    escapes off it. x³ at 0 is an inflection point, not a saddle.
  • n² Hessian entries push practice to quasi-Newton methods (L-BFGS) or to
    first-order ones.
(:next finishes the lesson)
── Second-order methods: Newton and the Hessian: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
