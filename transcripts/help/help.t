# Help is part of the contract: the overview, the syntax page, entries with their
# live examples, a topic, and a misspelt name. A new builtin changes the overview:
# check the diff, then `gradbook replay --update transcripts/help/help.t`.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :help
gradbook: tensors, autograd and the maths of training. :help NAME shows one entry; :help syntax the language.
creating tensors                     zeros ones full eye arange linspace
randomness                           randn rand bernoulli randperm
elementwise maths                    exp log sqrt abs sin cos pow clamp erf
activations                          sigmoid tanh relu leaky_relu elu softplus
                                     gelu softmax log_softmax softshrink
reductions                           sum mean var std max min argmax argmin
shapes and indexing                  reshape flatten transpose permute concat
                                     stack
linear algebra                       matmul norm dot hessian jacobian solve inv
autograd                             detach
instruments: derivations and checks  derive gradcheck explain
plots                                hist scatter bar path plot contour
layers and networks                  linear dropout batchnorm1d sequential mlp
                                     param buffer layer layer_stats activation
                                     grad_stats train eval
initialisers                         uniform normal constant xavier_uniform
                                     xavier_normal kaiming_uniform
                                     kaiming_normal lecun_normal xavier kaiming
                                     lecun gain
losses                               mse bce bce_with_logits cross_entropy hinge
                                     l2 l1 accuracy l1_loss
optimizers and schedules             sgd adagrad rmsprop adadelta adam adamw
                                     nadam adamax set_lr state step_lr
                                     exponential_lr inverse_time_lr ravine
                                     rosenbrock saddle cubic trajectory step
data sets                            moons spirals blobs xor regression split
                                     dataset
constants                            pi e inf nan _ ans
commands                             backward grad zero repeat while
meta commands                        :help :vars :seed :digits :width :reset
                                     :load :save :save! :record :record! :quit
                                     :lessons :lesson :next :back :hint :skip
                                     :where :time :history :reset! :memory
                                     :export :export!
gb> :help syntax
x = 2.5                     bind a name (prints x = 2.5); a trailing ; prints nothing
_  ans                      the last value an expression on its own computed
W = [[1, 2], [3, 4]]        tensor literal; zeros(2, 3), randn(3, 2), arange(5), linspace(0, 1, 5)
a + b  a - b  a * b  a / b  elementwise, with NumPy broadcasting
a ^ b  -a                   power (right-associative; -x^2 is -(x^2)), negation
A @ B                       matrix product
a < b  a == b  …            comparisons give masks of 0 and 1
W[0, 1]  W[:, 0]  W[1:, ::2]   indexing and slicing (negative counts from the end)
W.shape  W.T  W.grad  W.ndim  W.size  W.value   attributes
reshape(W, 3, 2)            functions take the tensor first; there are no methods (W.reshape)
f(x) = x^2 * sin(x)         define a function (kept as a formula); call it as f(2)
sum(x, axis = 0)            keyword arguments
-6..6                       a range (closed interval)
backward y; grad x          gradients (see :help backward)
x -= 0.1 * x.grad           update outside the graph; also += *= /= and W[0] = 1
bn.weight = v  param(net, "0.weight") = W   set a parameter or buffer in place
repeat 100 { … }            a loop; Ctrl-C stops it between iterations
while norm(g) > 1e-6 { … }  a loop while the condition holds (at most 100000 times)
# comment                   a line ending in \ or inside ( [ { continues on the next
                            (inside ( or [, a blank line or a new statement ends it)
W.<Tab>  adam(net, l<Tab>   Tab completes by context: attributes, arguments (lr=),
                            names, :help topics, :lesson ids, :load file names
a<Up>  a<Down>              earlier entries that start with what is typed
gb> :help relu
relu(x)    (activations)
  The rectified linear unit.
  relu(x) = max(0, x);  relu′(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch)
  example:
    gb> relu([-1, 0, 2])
    [0, 0, 2]
gb> :help backward
backward y [with g]    (commands)
  Back-propagates from y: adds ∂y/∂v to v.grad for every v that y was computed
  from. y must be a number unless an upstream gradient g of y's shape is given.
  Gradients accumulate over calls, as in PyTorch; zero clears them.
  chain rule: ∂y/∂v = Σ over v's uses u of ∂y/∂u · ∂u/∂v
  example:
    gb> x = 3; y = x^2; backward y; grad x
    6
gb> :help softmax
softmax(x, axis=-1)    (activations)
  Exponentials normalised to sum to 1 along axis; computed as exp(x − max x) so
  large inputs cannot overflow.
  softmax(x)ᵢ = eˣⁱ / Σⱼ eˣʲ;  ∂softmaxᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ)
  example:
    gb> softmax([1000, 1001, 1002])
    [0.0900306, 0.244728, 0.665241]
gb> :help :seed
:seed [n]    (meta commands)
  Restarts the random generator from seed n (a whole number ≥ 0), so that what
  follows is reproducible; without n, shows the seed.
  example:
    gb> :seed 42
    seed 42
gb> :help vars
:vars    (meta commands)
  The session's variables and functions: name, kind, shape and a preview of the
  value.
gb> :help reductions
reductions
  sum(x, axis=none, keepdims=false)  The sum of all elements, or along one axis.
  mean(x, axis=none, keepdims=false) The mean of all elements, or along one
                                     axis.
  var(x, axis=none, unbiased=true, keepdims=false)
                                     The variance; unbiased (÷ n − 1) by default
                                     as in PyTorch, biased (÷ n) as BatchNorm
                                     uses when unbiased = false.
  std(x, axis=none, unbiased=true, keepdims=false)
                                     The standard deviation, √var (unbiased by
                                     default).
  max(x, axis=none, keepdims=false)  The largest element; its gradient is split
                                     evenly between ties (PyTorch's amax).
  min(x, axis=none, keepdims=false)  The smallest element; its gradient is split
                                     evenly between ties.
  argmax(x, axis=none, keepdims=false)
                                     The index of the first largest element (a
                                     flat index when axis is none); not
                                     differentiable.
  argmin(x, axis=none, keepdims=false)
                                     The index of the first smallest element;
                                     not differentiable.
gb> :help rleu
no help for rleu; did you mean relu? (:help lists everything)
gb> :help nothing_like_it
no help for nothing_like_it (:help lists everything)
