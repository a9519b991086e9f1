# trajectory records an optimizer's path in one statement; contour overlays several, with levels log.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> w = [-1.5, 2.0]
w = [-1.5, 2]
gb> opt = sgd(w, lr = 0.001, momentum = 0.9);
gb> Momentum = trajectory(opt, rosenbrock, 300);
gb> Momentum.end
[0.815198, 0.66372]
gb> w
[0.815198, 0.66372]
gb> Momentum.values[300]
0.0342203
gb> v = [-1.5, 2.0]
v = [-1.5, 2]
gb> opt = adam(v, lr = 0.05);
gb> Adam = trajectory(opt, rosenbrock, 300);
gb> contour (1 - x)^2 + 100 * (y - x^2)^2 for x in -2..2, y in -1..3 with Momentum, Adam levels log size 70, 14
(1 - x)^2 + 100 * (y - x^2)^2 over x in -2..2, y in -1..3
 3 ┤▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓
   │▓▓▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓▓
   │▓▓▓▓▓▓▓░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓
 2 ┤▓▓▓▓▓▓▓▓S××•▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓
   │▓▓▓▓▓▓▓▓▓•×××▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░▓▓▓▓▓▓▓▓▓▓
   │▓▓▓▓▓▓▓▓▓▓▓▓×××▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░░▓▓▓▓▓▓▓▓▓▓▓
   │▓▓▓▓▓▓▓▓▓▓▓▓▓▓×××▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░ ░░▓▓▓▓▓▓▓▓▓▓▓▓▓
 1 ┤▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓××××▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░ ░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   │█▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░××××░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░•••1░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█
   │██▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░×××××░░░░░░░░░░░░•••••░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██
 0 ┤████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░×2••••••••••••░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████
   │█████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓░░░░▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓█████
   │██████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓██████
-1 ┤████████▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓████████
   └┬───────────────┬────────────────┬───────────────┬───────────────┬
    -2              -1               0               1               2
" " below 0.1   "░" 0.1 to 10   "▓" 10 to 1000   "█" 1000 and above
S start; each path's end is its number
1 • Momentum: 301 points, ends at (0.815198, 0.66372)
2 × Adam: 301 points, ends at (-0.309328, 0.0977022)
gb> u = [-1.5, 2.0]
u = [-1.5, 2]
gb> opt = sgd(u, lr = 0.1);
gb> trajectory(opt, rosenbrock, 50)
path of 6 points from (-1.5, 2) to (3.09785e+156, 3.63382e+104)
(stopped before step 6: f = inf is not finite)
4e+104 ┤ ⠒⠒ path, in order
       │                                                      ⢀⡠
       │                                                  ⢀⡠⠔⠊⠁
       │                                              ⢀⡠⠔⠊⠁
3e+104 ┤                                          ⢀⡠⠔⠊⠁
       │                                      ⢀⡠⠔⠊⠁
       │                                   ⣀⠤⠊⠁
       │                               ⣀⠤⠒⠉
2e+104 ┤                           ⣀⠤⠒⠉
       │                       ⣀⠤⠒⠉
       │                   ⣀⠤⠒⠉
1e+104 ┤               ⢀⡠⠔⠊
       │           ⢀⡠⠔⠊⠁
       │       ⢀⡠⠔⠊⠁
       │   ⢀⡠⠔⠊⠁
     0 ┤⡠⠔⠊⠁
       └┬─────────────────┬─────────────────┬────────────────┬─────────────────┬
        0               1e+156            2e+156           3e+156         4e+156
gb> trajectory(opt, 3, 10)
error: trajectory takes a function such as f (defined by f(x) = …) or
rosenbrock, got a number
  trajectory(opt, 3, 10)
  ^
gb> contour x * y for x in 0..1, y in 0..1 levels cubic
error: levels takes log or linear: contour f(x, y) for x in a..b, y in c..d
levels log
  contour x * y for x in 0..1, y in 0..1 levels cubic
  ^
