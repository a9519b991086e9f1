# contour: a ravine with SGD+momentum's path over it (S start, E end).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> w = [-1.5, 1.5]
w = [-1.5, 1.5]
gb> opt = sgd(w, lr = 0.05, momentum = 0.5)
opt = SGD(lr=0.05, momentum=0.5, dampening=0, weight_decay=0,
    nesterov=false) on w; 0 steps taken
gb> P = zeros(21, 2);
gb> P[0] = w;
gb> k = 1
k = 1
gb> repeat 20 { loss = ravine(w); zero opt; backward loss; step opt; P[k] = w; k += 1 }
gb> contour 0.5 * (x^2 + 20 * y^2) for x in -2..2, y in -2..2 with path(P) size 60, 16
0.5 * (x^2 + 20 * y^2) over x in -2..2, y in -2..2
 2 ┤████████████████████████████████████████████████████████
   │▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
   │▓▓▓▓▓▓▓S░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▓▓▓▓▓▓▓
   │░░░░░░░│░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
 1 ┤       │
   │        │
   │        │    ─•
   │        │   •  •   ••• ••E
 0 ┤        •   ╱   ╲••   • ••
   │        ╲  •
   │         ╲╱
   │         •
-1 ┤░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░
   │▓▓▓▓▓▓▓░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▓▓▓▓▓▓▓
   │▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓
-2 ┤████████████████████████████████████████████████████████
   └┬─────────────┬─────────────┬─────────────┬────────────┬
    -2            -1            0             1            2
" " below 10   "░" 10 to 20   "▓" 20 to 30
"█" 30 and above
S start  • step  E end  (21 points)
