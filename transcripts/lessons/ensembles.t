# The ensembles lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/ensembles.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson ensembles --auto
Ensembles, augmentation and transfer (about 30 min; notes 003, 000, 002)
Notes 003 end with three ways to do better when one trained network is not
enough: average several networks, make more data out of the data you have, and
start from a network trained on a bigger task. Each is tried here on small 2-D
problems where the effect can be measured.
── Step 1 of 4: Averaging independently trained networks ──
"One head is good, two are better, ten better still": notes 003 suggest training
several networks independently and averaging their outputs, for a gain of
"usually a couple of per cent". Five networks of the same shape, each from its
own random start, on 40 noisy moons, judged on 40 others:
  gb> data = moons(80, noise = 0.3);
  gb> parts = split(data, 0.5);
  gb> Xv = parts.val.X;
  gb> yv = parts.val.y;
  gb> member() = mlp(2, 32, 32, 1, act = relu)
  member() = mlp(2, 32, 32, 1, act = relu)
  gb> m1 = member(); o = adam(m1, lr = 0.01);
  gb> train m1 on parts.train with o for 150 steps loss bce_with_logits;
  gb> m2 = member(); o = adam(m2, lr = 0.01);
  gb> train m2 on parts.train with o for 150 steps loss bce_with_logits;
  gb> m3 = member(); o = adam(m3, lr = 0.01);
  gb> train m3 on parts.train with o for 150 steps loss bce_with_logits;
  gb> m4 = member(); o = adam(m4, lr = 0.01);
  gb> train m4 on parts.train with o for 150 steps loss bce_with_logits;
  gb> m5 = member(); o = adam(m5, lr = 0.01);
  gb> train m5 on parts.train with o for 150 steps loss bce_with_logits;
Each member's predicted probabilities on the validation set, and their average:
  gb> pr(m) = sigmoid(m(Xv))
  pr(m) = sigmoid(m(Xv))
  gb> vl(p) = bce(p, yv)
  vl(p) = bce(p, yv)
  gb> acc(p) = accuracy(p, yv, threshold = 0.5)
  acc(p) = accuracy(p, yv, threshold = 0.5)
  gb> pe = (pr(m1) + pr(m2) + pr(m3) + pr(m4) + pr(m5)) / 5;
  gb> [vl(pr(m1)), vl(pr(m2)), vl(pr(m3)), vl(pr(m4)), vl(pr(m5))]
  [1.08935, 0.807992, 0.809674, 0.686549, 0.934788]
  gb> vl(pe)
  0.604934
  gb> A = [acc(pr(m1)), acc(pr(m2)), acc(pr(m3)), acc(pr(m4)), acc(pr(m5))]
  A = [0.65, 0.825, 0.8, 0.825, 0.8]
  gb> mean(A)
  0.78
  gb> acc(pe)
  0.8
The average's validation loss is lower than every member's: each member is
confidently wrong on different points, and averaging cancels much of that. Its
accuracy beats the members' average accuracy but not the best members'. On a set
of 40 points one point is 2.5%, so differences of "a couple of per cent" are one
point either way; the loss is the clearer measure.
✎ Exercise 1 of 3: Why does averaging help most when the members are trained
independently, from different random starts?
  1. their errors are then partly independent and cancel in the average
  2. independent training makes each member more accurate
  3. averaging only works for networks of different shapes
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 1
✓ right
Five copies of one network average to that network. The gain comes from members
that are wrong in different places.
(:next goes on; the prompt is yours to experiment)
── Step 2 of 4: Data augmentation ──
Lecture 000 calls data augmentation the simplest regulariser: add copies of the
data under transformations that do not change the target. Here the target is
whether a point lies inside a circle, so a rotation keeps every label. 24
labelled points, and copies of them rotated by 1, 2, 3, 4 and 5 radians:
  gb> ring(n) = randn(n, 2) * 1.2
  ring(n) = randn(n, 2) * 1.2
  gb> inside(X) = sum(X^2, axis = 1) < 1.5
  inside(X) = sum(X^2, axis = 1) < 1.5
  gb> Xs = ring(24);
  gb> ys = inside(Xs);
  gb> Xt = ring(400);
  gb> V = dataset(Xt, inside(Xt));
  gb> rot(X, t) = X @ [[cos(t), sin(t)], [-sin(t), cos(t)]]
  rot(X, t) = X @ [[cos(t), sin(t)], [-sin(t), cos(t)]]
  gb> R = concat(rot(Xs, 1), rot(Xs, 2), rot(Xs, 3), axis = 0);
  gb> Xa = concat(Xs, R, rot(Xs, 4), rot(Xs, 5), axis = 0);
  gb> ya = concat(ys, ys, ys, ys, ys, ys, axis = 0);
  gb> Xa.shape
  [144, 2]
The same network trained on the 24 points, then on the 144:
  gb> net = mlp(2, 32, 32, 1, act = relu); o = adam(net, lr = 0.01);
  gb> train net on Xs, ys with o for 300 steps loss bce_with_logits val V;
  gb> plot history
    2 ┤ ⠒⠒ history loss
      │ • history val_loss                                              ••••••••
      │                                               •••••••••••••••••••
      │                                 •••••••••••••••
  1.5 ┤                         •••••••••
      │                     •••••
      │                  •••
      │               ••••
    1 ┤             •••
      │            ••
      │•••••    ••••
  0.5 ┤⠘⡄  ••••••
      │ ⠈⠲⢄⡀
      │    ⠙⠢⣄
      │       ⠙⠦⣀
    0 ┤         ⠈⠙⠒⠤⠤⢄⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
      └┬───────────┬───────────┬───────────┬───────────┬───────────┬───────────┬
       0           50         100         150         200         250        300
  gb> history.val_loss[-1]
  1.83925
  gb> history.val_accuracy[-1]
  0.7275
  gb> net = mlp(2, 32, 32, 1, act = relu); o = adam(net, lr = 0.01);
  gb> train net on Xa, ya with o for 300 steps loss bce_with_logits val V;
  gb> plot history
  0.8 ┤                                                       ⠒⠒ history loss
      │                                                       • history val_loss
      │⡆••
      │••••
  0.6 ┤⢱  •
      │⠸⡀  •
      │ ⠣⡀  ••
      │  ⠱⡀  ••
  0.4 ┤   ⠱⡀  ••
      │    ⠘⢆  ••
      │      ⠑⣄ ••
  0.2 ┤       ⠈⢦ ••
      │         ⠱⡀ ••
      │          ⠘⢆ ••••••••                        ••••••••••••••••••••••••••••
      │            ⠑⢄⡀   • ••••••••••••••••••••••••••
    0 ┤              ⠙⠒⠲⠤⠤⠤⠤⠤⠤⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
      └┬───────────┬───────────┬───────────┬───────────┬───────────┬───────────┬
       0           50         100         150         200         250        300
  gb> history.val_loss[-1]
  0.0864177
  gb> history.val_accuracy[-1]
  0.9625
Without augmentation the validation loss turns and climbs, as in the
regularisation lesson; with the rotated copies it keeps falling, and the
validation accuracy rises. The network was told nothing new about circles, only
that turning a point does not change its class.
✎ Exercise 2 of 3: Bind q to the first point, Xs[0:1], turned by a quarter turn,
with rot.
(a statement binding q answers; other lines are scratch work; :hint, :skip)
  gb> q = rot(Xs[0:1], pi / 2)
  q = [[0.487109, 2.11587]]
✓ right
rot(Xs[0:1], π/2): same distance from the centre, same label. For the moons a
rotation would change the classes: an augmentation must keep the target, and
which ones do depends on the task.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 4: Transfer: retrain only the head ──
Notes 003: with very little data, take a network trained on a big data set,
re-initialise its last layer and retrain only that layer; the first layers hold
the more general features. In miniature: a network learns the moons from 400
points. The new task has only 10 labelled points, noisier, and its classes are
named the other way round (label 1 for the upper moon):
  gb> A = moons(400, noise = 0.1);
  gb> net = mlp(2, 32, 32, 1, act = relu);
  gb> o = adam(net, lr = 0.01);
  gb> train net on A with o for 300 steps loss bce_with_logits;
  gb> history.accuracy[-1]
  1
  gb> b = moons(10, noise = 0.2);
  gb> B = dataset(b.X, 1 - b.y);
  gb> t = moons(400, noise = 0.2);
  gb> T = dataset(t.X, 1 - t.y);
  gb> accuracy(net(T.X), T.y)
  0.02
As it is, the network gets the new task almost entirely wrong. Re-initialise the
head, layer 4, and train it alone: an optimizer made from `layer(net, 4)`
updates that layer's parameters and nothing else, so the rest of the network
stays frozen:
  gb> body = param(net, "0.weight") + 0;
  gb> param(net, "4.weight") = 0.1 * randn(1, 32);
  gb> param(net, "4.bias") = 0;
  gb> o = sgd(layer(net, 4), lr = 0.1);
  gb> train net on B with o for 100 steps loss bce_with_logits;
  gb> max(abs(param(net, "0.weight") - body))
  0
  gb> accuracy(net(T.X), T.y)
  0.9825
The first layer did not move, and the head alone, trained on 10 points, solves
the new task. A fresh network of the same shape, all of whose parameters must be
learned from the same 10 points, does a little worse:
  gb> fresh = mlp(2, 32, 32, 1, act = relu);
  gb> o = adam(fresh, lr = 0.01);
  gb> train fresh on B with o for 300 steps loss bce_with_logits;
  gb> accuracy(fresh(T.X), T.y)
  0.9475
  gb> fresh.count
  1185
✎ Exercise 3 of 3: How many parameters does the optimizer made from layer(net,
4) update? Compute it from the layer.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> layer(net, 4).count
✓ right
32 weights and 1 bias: 33 numbers learned from 10 points, where the fresh
network must learn all of its own (fresh.count above).
(:next goes on; the prompt is yours to experiment)
── Step 4 of 4: Recap ──
  • An average of independently trained networks has a lower loss than its
    members: their errors are partly independent. Accuracy gains are small, as
    notes 003 say.
  • Data augmentation adds copies under transformations that keep the target
    (rotations for a circle, not for the moons) and keeps the validation loss
    from turning up.
  • Transfer: keep the trained body, re-initialise and retrain the head. An
    optimizer over `layer(net, k)` trains that layer alone; `param(net,
    "k.weight") = …` re-initialises it.
(:next finishes the lesson)
── Ensembles, augmentation and transfer: done ──
Exercises: 3 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
