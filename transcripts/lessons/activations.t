# The activations lesson run with --auto: every step, each exercise answered with its own answer. Regenerate after editing lessons/activations.md and read the diff.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :lesson activations --auto
Activations and their gradients (about 30 min; notes 001, 004, 002)
An activation is what makes a network more than one matrix. Lectures 001 and 004
list the usual ones with their pros and cons: sigmoid saturates and is not
centred on zero, tanh is centred, ReLU is cheap but can die, Leaky ReLU cannot.
This lesson measures each claim: the values and the derivatives, side by side,
and what they do to the gradient a layer receives.
── Step 1 of 7: Sigmoid and tanh: where the tangent lies flat ──
Define the two as functions, so that `'` gives their derivatives, and plot all
four:
  gb> s(x) = sigmoid(x)
  s(x) = sigmoid(x)
  gb> t(x) = tanh(x)
  t(x) = tanh(x)
  gb> plot s(x), s'(x), t(x), t'(x) for x in -5..5
     1 ┤                                  ++++          ××××××××××××××××××××××××
       │                                ++    ++    ××××⠊⠉⠉
       │                               ++      ++×××⠁
       │                              +     ⣀⠤⠒⠉××
   0.5 ┤                            ++  ⢀⡠⠔⠊⠁  ×× ++
       │                           ++⡠⠴⠊⠁     ×    ++
       │                      ⣀⣀••••••••••••••••••••••••
       │••••••••••••••••••••••••+           ×          +••••••••••••••••••••••••
     0 ┤                                   ××
       │                                  ×
       │                                 ×
  -0.5 ┤                               ××
       │                              ××                                 ⠒⠒ s(x)
       │                            ×××                                  • s'(x)
       │                        ××××                                     × t(x)
    -1 ┤××××××××××××××××××××××××                                         + t'(x)
       └───────┬─────────────┬──────────────┬─────────────┬─────────────┬───────
               -4            -2             0             2             4
Both flatten out at the ends, so their derivatives go to 0. Lecture 001 takes x
= -100: there "the tangent practically lies flat".
  gb> s'(-100)
  3.72008e-44
That is the vanishing gradient: a unit whose input sits far out passes almost
nothing back. Lecture 001 goes on to say that tanh's gradient vanishes "even
more strongly". That is half true. Compare the two at 0 and at 5:
  gb> s'(0)
  0.25
  gb> t'(0)
  1
  gb> s'(5)
  0.00664806
  gb> t'(5)
  0.000181583
Near 0, tanh passes four times more gradient than the sigmoid (tanh'(0) = 1
against σ'(0) = 1/4), which is one reason it trains better. Far out, tanh
flattens faster: at 5 its derivative is much smaller than the sigmoid's. Which
of the two is "stronger" depends on where the inputs sit.
✎ Exercise 1 of 6: σ′(x) = σ(x)·(1 − σ(x)). Compute σ′(2) in the session.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> sigmoid(2) * (1 - sigmoid(2))
✓ right
σ(2) ≈ 0.881, so σ′(2) ≈ 0.881 · 0.119 ≈ 0.105: already less than half of σ′(0).
(:next goes on; the prompt is yours to experiment)
── Step 2 of 7: Not centred on zero ──
The sigmoid's outputs are all positive, and so are ReLU's. Their mean over
standard normal inputs:
  gb> z = randn(10000);
  gb> mean(sigmoid(z))
  0.496909
  gb> mean(relu(z))
  0.394094
  gb> mean(tanh(z))
  -0.00972339
Why it matters: the next layer's weight gradient for one example is the upstream
gradient times its inputs. If all the inputs are positive, every weight of a
unit gets a gradient of the same sign, so in one step they all grow or all
shrink together:
  gb> h = sigmoid(randn(1, 5))
  h = [[0.586451, 0.72453, 0.734116, 0.760112, 0.326132]]
  gb> v = randn(1, 5);
  gb> backward -3 * sum(h * v)
  backward -3 * sum(h * v): gradients on h, v
  gb> grad v
  [[-1.75935, -2.17359, -2.20235, -2.28034, -0.978395]]
The gradient on v has one sign throughout: gradient descent can only move the
five weights in the same direction at once, and has to zig-zag to reach a point
where some grow and some shrink. tanh's outputs have both signs, which is what
"centred" buys.
✎ Exercise 2 of 6: A layer's inputs are the outputs of a ReLU layer. For one
example, the gradients on one unit's weights…
  1. have random signs
  2. all share one sign (or are 0)
  3. are all 0
(a choice's number answers; other lines are scratch work; :hint, :skip)
  gb> 2
✓ right
One upstream number times inputs that are all ≥ 0: one sign for all, zeros where
the ReLU was off.
(:next goes on; the prompt is yours to experiment)
── Step 3 of 7: ReLU, Leaky ReLU and ELU ──
ReLU is the identity for positive inputs and 0 for negative ones; Leaky ReLU
keeps a small slope a on the left; ELU bends smoothly to −1:
  gb> r(x) = relu(x)
  r(x) = relu(x)
  gb> plot r(x), r'(x), leaky_relu(x, 0.1), elu(x) for x in -3..3
   3 ┤ ⠒⠒ r(x)                                                               ⡠××
     │ • r'(x)                                                            ××××
     │ × leaky_relu(x, 0.1)                                            ××××
     │ + elu(x)                                                    ⢀××××
   2 ┤                                                          ××××
     │                                                       ××××
     │                                                    ××××
     │                                                 ×××⠁
   1 ┤                                     •••••••••••••••••••••••••••••••••••••
     │                                     •     ×××
     │                                     • ××××
   0 ┤••••••••••••••••••••••••••••••••••••••××
     │×××××××××××××××××××××××××××××   +++++
     │                          ++++++
     │            ++++++++++++++
  -1 ┤+++++++++++++
     └┬───────────┬───────────┬────────────┬───────────┬───────────┬───────────┬
      -3          -2          -1           0           1           2           3
ReLU's derivative is exactly 1 on the right, so it never saturates there, and
exactly 0 on the left. Lecture 001 asks that a ≠ 1 for Leaky ReLU, "otherwise it
is linear": with a = 1 it is the identity.
  gb> x = [-2, -0.5, 0, 1, 3]
  x = [-2, -0.5, 0, 1, 3]
  gb> leaky_relu(x, 1) == x
  [1, 1, 1, 1, 1]
✎ Exercise 3 of 6: For x < 0, elu(x) = eˣ − 1. What is the derivative of elu at
x = −1? Check it with g(x) = elu(x) and g'(-1).
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> exp(-1)
✓ right
e⁻¹ ≈ 0.368: unlike ReLU, ELU still passes some gradient on the left, and tends
to 0 only far out.
(:next goes on; the prompt is yours to experiment)
── Step 4 of 7: A dead ReLU unit ──
Lecture 001 warns that a ReLU unit with a large negative bias dies at once.
Build a layer of three units whose first has bias −10, and train the network on
the moons:
  gb> W1 = randn(3, 2);
  gb> hidden = linear(weight = W1, bias = [-10, 0, 0]);
  gb> net = sequential(hidden, relu, linear(3, 1));
  gb> data = moons(200, noise = 0.1);
  gb> backward mean(net(data.X));
  gb> param(net, "0.weight").grad
  [[ 0,          0        ],
   [-0.246871,   0.0411014],
   [ 0.0357729, -0.0154137]]
  gb> max(hidden(data.X)[:, 0])
  -8.97325
The first row is exactly 0: its unit's input w · x - 10 is negative for every
example (the last line is the largest of them), so ReLU passes 0 forward and 0
back, so its weights get no gradient at all. Training cannot revive it:
  gb> before = param(net, "0.weight")[0]
  before = [0.153368, -1.42474]
  gb> opt = sgd(net, lr = 0.1);
  gb> train net on data with opt for 100 steps loss bce_with_logits;
  gb> param(net, "0.weight")[0] - before
  [0, 0]
Not one step moved it. Leaky ReLU keeps a slope a on the left, so a unit like
this still gets a little gradient and can come back; that is why lecture 001
suggests switching to it when ReLU units die.
✎ Exercise 4 of 6: With leaky_relu(x, 0.01) instead of ReLU, what is the
derivative of the activation for the dead unit's input u = −10?
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 0.01
✓ right
0.01: small, but not 0, so the gradient on its weights is not 0 either.
(:next goes on; the prompt is yours to experiment)
── Step 5 of 7: Without an activation, two layers are one ──
Lecture 001 says the point of an activation is the non-linearity. Without it,
two linear layers collapse into one whose weight is the product of theirs:
  gb> A = randn(4, 3);
  gb> B = randn(2, 4);
  gb> D = randn(1, 2);
  gb> X = randn(5, 3);
  gb> two = sequential(linear(weight = A), linear(weight = B));
  gb> one = linear(weight = B @ A);
  gb> max(abs(two(X) - one(X)))
  1.77636e-15
The difference is rounding. (With biases, the combined bias is B bA + bB.)
However many linear layers are stacked, the network can only draw a straight
boundary.
✎ Exercise 5 of 6: Bind C to the weight of the single layer equal to
linear(weight = A), then linear(weight = B), then linear(weight = D) (D is bound
above).
(a statement binding C answers; other lines are scratch work; :hint, :skip)
  gb> C = D @ B @ A
  C = [[-0.608173, -0.0499647, 0.951425]]
✓ right
C = D·B·A: y = x·Aᵀ·Bᵀ·Dᵀ = x·(D·B·A)ᵀ.
(:next goes on; the prompt is yours to experiment)
── Step 6 of 7: Softmax ──
For k classes, a network outputs k scores z, and softmax turns them into
probabilities:

    softmax(z)ᵢ = e^(zᵢ)/(Σⱼ₌₁ᵏ e^(zⱼ))

Lecture 002 prints the denominator as Σⱼ zⱼ, without the exponential: a slip.
Lecture 004's example, with both formulas:
  gb> z = [-1, 0, 3, 5]
  z = [-1, 0, 3, 5]
  gb> exp(z) / sum(exp(z))
  [0.0021657, 0.00588697, 0.118243, 0.873704]
  gb> softmax(z)
  [0.0021657, 0.00588697, 0.118243, 0.873704]
  gb> exp(z) / sum(z)
  [0.0525542, 0.142857, 2.86936, 21.2019]
The first two agree with lecture 004's numbers and add up to 1. The slip's
version does not even give probabilities: its entries exceed 1. One more trap is
large scores. e¹⁰⁰⁰ overflows, so the textbook formula gives not-a-number, while
`softmax` first subtracts the largest score, which changes nothing in the ratio:
  gb> big = [1000, 1001, 1002]
  big = [1000, 1001, 1002]
  gb> exp(big) / sum(exp(big))
  [nan, nan, nan]
  gb> softmax(big)
  [0.0900306, 0.244728, 0.665241]
  gb> softmax(big - max(big))
  [0.0900306, 0.244728, 0.665241]
✎ Exercise 6 of 6: What is softmax([0, log(3)])[1], the second probability? Work
it out before you check it.
(a number or an expression answers; other lines are scratch work; :hint, :skip)
  gb> 3 / 4
✓ right
3/(1 + 3) = 0.75. Adding the same number to both scores would not change it.
(:next goes on; the prompt is yours to experiment)
── Step 7 of 7: Recap ──
  • σ′ and tanh′ go to 0 away from 0: the gradient vanishes (σ′(−100) is about
    4·10⁻⁴⁴).
  • tanh′(0) = 1 is four times σ′(0) = 1/4, but far out tanh′ is the smaller:
    "tanh vanishes more" is true only for large inputs.
  • Sigmoid and ReLU outputs are positive, so one unit's weight gradients share
    a sign; tanh's are centred.
  • A ReLU unit that is off for every input gets exactly zero gradient and stays
    dead; Leaky ReLU keeps a slope a ≠ 1 (a = 1 is the identity).
  • Without activations, stacked linear layers are one linear layer (weights
    multiply).
  • softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ, computed after subtracting max(z).
(:next finishes the lesson)
── Activations and their gradients: done ──
Exercises: 6 right first time, 0 right on a later try, 0 with hints, 0 skipped.
You finished the lesson. :lessons lists the others.
