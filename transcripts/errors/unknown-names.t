# Unknown names suggest the nearest one; reserved and builtin names cannot be bound;
# the session keeps its variables after every error.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> learning_rate = 0.1
learning_rate = 0.1
gb> learnig_rate * 2
error: unknown name 'learnig_rate'; did you mean learning_rate?
  learnig_rate * 2
  ^
gb> reluu(1)
error: unknown name 'reluu'; did you mean relu?
  reluu(1)
  ^
gb> sigmod(0)
error: unknown name 'sigmod'; did you mean sigmoid?
  sigmod(0)
  ^
gb> undefined_thing
error: unknown name 'undefined_thing'
  undefined_thing
  ^
gb> relu = 3
error: relu is a builtin function; choose another name (see :help relu)
  relu = 3
  ^
gb> repeat = 2
error: repeat is a reserved word; choose another name
  repeat = 2
  ^
gb> :sed 3
error: unknown command :sed; did you mean :seed? (see :help)
  :sed 3
  ^
gb> :hlep
error: unknown command :hlep; did you mean :help? (see :help)
  :hlep
  ^
gb> W = ones(2)
W = [1, 1]
gb> W.shap
error: tensors have no attribute .shap; did you mean .shape? (they have .shape,
.T, .grad, .ndim, .size, .value)
  W.shap
  ^
gb> W.grad
error: no gradient here yet: run backward on a value computed from this one
  W.grad
  ^
gb> grad nope
error: unknown name 'nope'
  grad nope
       ^
gb> learning_rate
0.1
