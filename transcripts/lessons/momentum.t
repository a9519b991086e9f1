# The momentum lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/momentum.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson momentum --auto
Momentum and Nesterov's look-ahead (about 20 min; notes 003, 001, 004)
Plain gradient descent steps against the gradient and forgets it at once. In a
narrow valley that makes it bounce from wall to wall while it crawls along the
floor. Notes 003 and 004 cure this with a ball that keeps part of its velocity
(momentum), and with Nesterov's variant, which looks where the ball is going
before it computes the gradient. This lesson runs all three on the same valley,
draws their paths on one map, and checks lecture 001's formula.

`trajectory(opt, f, steps)` runs an optimizer's loop (zero, loss, backward,
step) on its one parameter and returns the path, start included; `contour … with
A, B, C` draws paths over a function's levels.
── Step 1 of 6: SGD zig-zags in a ravine ──
The ravine is f(x, y) = ½(x² + 20y²): twenty times steeper across (y) than along
(x). Its gradient is (x, 20y), so one SGD step with rate η multiplies x by 1 − η
and y by 1 − 20η. With η = 0.09 the y factor is negative: y changes sign at
every step.
  gb> w = [-1.8, 1.0]
  w = [-1.8, 1]
  gb> opt = sgd(w, lr = 0.09);
  gb> SGD = trajectory(opt, ravine, 30);
  gb> SGD.points[0:5]
  [[-1.8,      1      ],
   [-1.638,   -0.8    ],
   [-1.49058,  0.64   ],
   [-1.35643, -0.512  ],
   [-1.23435,  0.4096 ]]
  gb> [1 - 0.09, 1 - 20 * 0.09]
  [0.91, -0.8]
  gb> SGD.end
  [-0.106295, 0.00123794]
The rows are the first points of the path: x shrinks slowly, y flips and
shrinks. The rate is capped by the steep direction: for η above 2/20 the y
factor falls below −1.
✎ Exercise 1 of 5: Predict before running: SGD with lr = 0.11 on the same
ravine, from the same start, for 30 steps…
  1. converges, more slowly
  2. converges faster, since the rate is larger
  3. diverges along y, while x still shrinks
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 3
✓ right
|1 − 20·0.11| > 1, so y grows in size at every step, flipping sign, while x
still shrinks by 1 − 0.11 per step. Run the next block to see it.
  gb> w = [-1.8, 1.0]
  w = [-1.8, 1]
  gb> opt = sgd(w, lr = 0.11);
  gb> trajectory(opt, ravine, 30).end
  [-0.0545724, 237.376]
(:next goes on; the prompt is yours to experiment)
── Step 2 of 6: The heavy ball ──
Momentum keeps a velocity b, a running sum of past gradients, and steps along
it. In PyTorch's form (torch.optim.SGD, and gradbook's `sgd`):

    b ← μb + g, w ← w - ηb

Notes 003 call μ the friction ρ: each step the ball keeps the fraction μ of its
velocity. Across the ravine the gradients alternate in sign and cancel in b;
along it they agree and add up, so the ball speeds up where SGD crawled. It
needs a smaller η, since b is larger than g.
  gb> w = [-1.8, 1.0]
  w = [-1.8, 1]
  gb> opt = sgd(w, lr = 0.045, momentum = 0.6);
  gb> Momentum = trajectory(opt, ravine, 30);
  gb> Momentum.points[0:6]
  [[-1.8,      1      ],
   [-1.719,    0.1    ],
   [-1.59305, -0.53   ],
   [-1.44578, -0.431  ],
   [-1.29237,  0.0163 ],
   [-1.14216,  0.27001]]
  gb> Momentum.end
  [-0.0206408, -0.000203532]
  gb> [ravine(SGD.end), ravine(Momentum.end)]
  [0.00566468, 0.000213435]
Across the ravine the ball swings: y goes past zero and back, a slow spiral
rather than SGD's flip at every step. Along the ravine it gets much further than
SGD in the same 30 steps: the last line compares f at the two ends.
✎ Exercise 2 of 5: On a constant slope (g the same at every step) the velocity
settles where b = μb + g. With momentum 0.6, how many times larger than g is b
then?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 1 / (1 - 0.6)
✓ right
b = g/(1 − μ): on a long gentle slope momentum multiplies the rate by 1/(1 − μ),
which is why it needs a smaller η than SGD.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 6: Where lecture 001 differs ──
Lecture 001 writes momentum as

    gₜ = αgₜ₋₁ + η∇L, w ← w - ηgₜ

which applies the rate η twice: once inside the velocity and once in the step.
Unrolled, its gₜ is η times PyTorch's buffer, so each step moves by η²·b: the
lecture's update is PyTorch's with the rate η². The usual textbook form (CS231n,
which notes 003 follow) puts η in one place only, either inside the velocity (v
← μv + ηg, w ← w − v) or outside it as PyTorch does; the two give the same path
while η is constant. Check the lecture's form by hand against `sgd` with lr =
η²:
  gb> eta = 0.1
  eta = 0.1
  gb> alpha = 0.8
  alpha = 0.8
  gb> u = [-1.8, 1.0]
  u = [-1.8, 1]
  gb> v = zeros(2)
  v = [0, 0]
  gb> repeat 30 {
  ..>   zero u; backward ravine(u)
  ..>   v = alpha * v + eta * u.grad
  ..>   u -= eta * v
  ..> }
  gb> u
  [-0.346287, 0.00794376]
  gb> w = [-1.8, 1.0]
  w = [-1.8, 1]
  gb> opt = sgd(w, lr = eta^2, momentum = alpha);
  gb> trajectory(opt, ravine, 30).end
  [-0.346287, 0.00794376]
The two points agree: nothing is wrong with the idea, only the rate you read off
the formula is not the rate the optimizer uses.
✎ Exercise 3 of 5: Lecture 001's formula with η = 0.3 takes the same path as
PyTorch's sgd with which lr?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.3^2
✓ right
η·η = 0.3²: the lecture's update is PyTorch's with the rate squared.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 6: Nesterov's look-ahead ──
Nesterov's momentum takes the gradient where the velocity is about to carry the
point, not where it is. Lecture 001 writes it as m ← βm − γ∇f(w + βm), w ← w + m
(Sutskever's form). PyTorch rewrites it so that the gradient is taken at the
current point, with the same path up to a change of variables:

    b ← μb + g, w ← w - η(g + μb)
  gb> w = [-1.8, 1.0]
  w = [-1.8, 1]
  gb> opt = sgd(w, lr = 0.045, momentum = 0.6, nesterov = true);
  gb> Nesterov = trajectory(opt, ravine, 30);
  gb> Nesterov.points[0:6]
  [[-1.8,         1         ],
   [-1.6704,     -0.44      ],
   [-1.52097,    -0.1304    ],
   [-1.3669,      0.005536  ],
   [-1.21711,     0.00870976],
   [-1.07651,     0.0010614 ]]
  gb> contour 0.5 * (x^2 + 20 * y^2) for x in -2..0.5, y in -1.2..1.2 \
  ..>   with SGD, Momentum, Nesterov levels log size 76, 16
  0.5 * (x^2 + 20 * y^2) over x in -2..0.5, y in -1.2..1.2
       │██████████████████████████████████████████████████████████████████████
     1 ┤█████S██████████████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓│▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓▓│▓▓▓▓▓▓▓•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   0.5 ┤▓▓▓▓▓▓│▓▓▓▓▓▓▓╱╲▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓▓││▓▓▓▓▓╱▓╲▓▓▓▓▓•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓▓▓│▓▓▓▓▓╱▓▓╲▓▓▓▓╱──×──×░░░░•░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
       │▓▓▓▓▓▓▓×│▓▓▓╱▓▓──∘───∘───∘─░──░╱░╲─∘──∘─∘─×─×░─∘∘─×∘∘1∘×        ░░░░░░
     0 ┤▓▓▓▓▓▓▓▓│▓▓▓╱∘─▓▓╱╱░╱░░╲░░╱──∘──∘─×──×─░╲─∘─∘∘×××∘∘•∘∘∘3        ░░░░░░
       │▓▓▓▓▓▓▓▓││╱╱╱▓▓▓╱╲▓╱▓▓▓╲▓╱▓▓░•░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
       │▓▓▓▓▓▓▓▓▓∘╲╱▓──×▓▓╲╱▓▓▓▓•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
  -0.5 ┤▓▓▓▓▓▓▓▓▓│▓×─▓▓▓▓▓•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓▓▓▓▓▓╱▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │▓▓▓▓▓▓▓▓▓▓•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
    -1 ┤████████████████████████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
       │██████████████████████████████████████████████████████████████████████
       └┬─────────────┬─────────────┬─────────────┬─────────────┬────────────┬
        -2           -1.5           -1           -0.5           0          0.5
  " " below 0.1   "░" 0.1 to 1   "▓" 1 to 10   "█" 10 and above
  S start; each path's end is its number
  1 • SGD: 31 points, ends at (-0.106295, 0.00123794)
  2 × Momentum: 31 points, ends at (-0.0206408, -0.000203532)
  3 ∘ Nesterov: 31 points, ends at (-0.0326366, 9.5694e-19)
  gb> [ravine(SGD.end), ravine(Momentum.end), ravine(Nesterov.end)]
  [0.00566468, 0.000213435, 0.000532575]
SGD's points (•) bounce from wall to wall; the heavy ball (×) swings across the
floor and back; Nesterov's (∘) is on the floor after a few steps: the look-ahead
sees the far wall coming and brakes, which damps the swing across the ravine
(compare the y column of the two tables). Here the heavy ball still ends a
little lower, since it runs faster along the floor: the look-ahead trades a
little speed for stability.

Now write PyTorch's first Nesterov step yourself. At the first step PyTorch
starts the buffer at b = g, so the step is w − η(g + μg).
  gb> p = [-1.8, 1.0]
  p = [-1.8, 1]
  gb> backward ravine(p)
  backward ravine(p): gradients on p
  gb> g = p.grad
  g = [-1.8, 20]
✎ Exercise 4 of 5: Bind p1 to the point after one Nesterov step from p, with lr
0.045 and momentum 0.6, using g.
(a statement binding p1 answers; other lines are scratch work; :hint, :skip)
  gb> p1 = p - 0.045 * (g + 0.6 * g)
  p1 = [-1.6704, -0.44]
✓ right
p1 = p − 0.045·(g + 0.6·g) = p − 0.045·1.6·g; Nesterov.points[1] is the same
point.
  gb> Nesterov.points[1]
  [-1.6704, -0.44]
(:next goes on; the prompt is yours to experiment)
── Step 5 of 6: Rosenbrock's valley ──
The ravine is a quadratic; Rosenbrock's banana valley, f = (1 − x)² + 100(y −
x²)², is curved, flat along its floor and steep across it, with the minimum at
(1, 1). Here are 500 steps from (−1.5, 2) of SGD, Momentum, Nesterov and, as a
preview of the next lesson, Adam. The shading is logarithmic (`levels log`), so
the valley floor shows; on a linear scale the whole valley would share the
lowest shade with most of the map. The repository's tests check these paths
point by point against PyTorch's torch.optim.
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = sgd(w, lr = 0.001);
  gb> SGD = trajectory(opt, rosenbrock, 500);
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = sgd(w, lr = 0.001, momentum = 0.9);
  gb> Momentum = trajectory(opt, rosenbrock, 500);
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = sgd(w, lr = 0.001, momentum = 0.9, nesterov = true);
  gb> Nesterov = trajectory(opt, rosenbrock, 500);
  gb> w = [-1.5, 2.0]
  w = [-1.5, 2]
  gb> opt = adam(w, lr = 0.05);
  gb> Adam = trajectory(opt, rosenbrock, 500);
  gb> contour (1 - x)^2 + 100 * (y - x^2)^2 for x in -2..2, y in -1..3 \
  ..>   with SGD, Momentum, Nesterov, Adam levels log size 76, 18
  (1 - x)^2 + 100 * (y - x^2)^2 over x in -2..2, y in -1..3
   3 ┤▓▓▓▓▓░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓
     │▓▓▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓▓
     │▓▓▓▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓░░▓▓▓▓▓────────∘▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓
   2 ┤▓▓▓▓▓▓∘──S◆◆──∘▓▓▓▓───▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓×◆◆×▓────▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▓◆◆◆▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░ ░░▓▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓∘──◆1◆──∘▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓
     │▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓∘◆◆◆▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   1 ┤▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓─◆◆◆░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░∘23░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
     │█▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░◆◆◆░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░∘∘∘░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█
     │██▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░◆◆◆◆░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░◆4∘∘░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██
     │███▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░◆◆◆◆◆◆░░░░░░░░░░░◆◆◆◆◆░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓███
   0 ┤████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░◆◆◆◆◆◆◆◆◆◆◆◆∘░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████
     │█████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████
     │██████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████
     │████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████████
  -1 ┤█████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████████
     └┬─────────────────┬─────────────────┬─────────────────┬────────────────┬
      -2                -1                0                 1                2
  " " below 0.1   "░" 0.1 to 10   "▓" 10 to 1000   "█" 1000 and above
  S start; each path's end is its number
  1 • SGD: 501 points, ends at (-1.11287, 1.24637)
  2 × Momentum: 501 points, ends at (0.933476, 0.8711)
  3 ∘ Nesterov: 501 points, ends at (0.959444, 0.920366)
  4 ◆ Adam: 501 points, ends at (0.665244, 0.441564)
✎ Exercise 5 of 5: Predict, then check with the ends in the legend: after 500
steps, which of the three SGD variants is furthest from the minimum (1, 1)?
  1. SGD
  2. Momentum
  3. Nesterov
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 1
✓ right
SGD's steps are η times a gradient that is tiny on the floor, so it is still on
the left of the valley; the ball keeps its speed along the floor and gets close
to (1, 1).
  gb> [rosenbrock(SGD.end), rosenbrock(Momentum.end), \
  ..>  rosenbrock(Nesterov.end), rosenbrock(Adam.end)]
  [4.47045, 0.00443317, 0.00164756, 0.112159]
(:next goes on; the prompt is yours to experiment)
── Step 6 of 6: Recap ──
  • SGD's rate is capped by the steepest direction; in a ravine it zig-zags
    across and crawls along.
  • Momentum (the heavy ball, friction μ): b ← μb + g, w ← w − ηb. On a steady
    slope the step is 1/(1 − μ) times SGD's; across the ravine the alternating
    gradients cancel.
  • Nesterov takes the gradient at the look-ahead point; PyTorch's form is w ← w
    − η(g + μb).
  • Lecture 001's momentum applies η twice: it is PyTorch's momentum with the
    rate η².
  • `trajectory(opt, f, steps)` records a path; `contour … with A, B levels log`
    compares paths.
(:next finishes the lesson)
── Momentum and Nesterov's look-ahead: done ──
Exercises: 5 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
