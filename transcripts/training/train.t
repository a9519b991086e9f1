# train: micrograd's demo (moons, an MLP with micrograd's own init, SGD, hinge loss with an
# L2 term as a session function) with its ten progress lines and history; minibatches and a
# validation split; a schedule; and the stops: a loss that overflows, wrong shapes, a batch
# of one through batchnorm, data holding nan (said before any step, not blamed on the rate).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> data = moons(100, noise = 0.1, signed = true)
data = moons(100, noise=0.1): 100 samples, 2 features, labels −1/+1; .X, .y,
    .size, .features, .classes
gb> net = mlp(2, 16, 16, 1, act = relu, init = "micrograd");
gb> opt = sgd(net, lr = 0.5)
opt = SGD(lr=0.5, momentum=0, dampening=0, weight_decay=0,
    nesterov=false) on 0.weight, 0.bias, 2.weight, 2.bias, 4.weight, 4.bias;
    0 steps taken
gb> L(scores, y) = hinge(scores, y) + 1e-4 * l2(net)
L(scores, y) = hinge(scores, y) + 0.0001 * l2(net)
gb> train net on data with opt for 100 steps loss L
train network (337 parameters) on moons(100, noise=0.1) (100 samples),
  full batch, loss L, SGD lr 0.5
step  10/100  loss 0.263388  acc 0.85
step  20/100  loss 0.212263  acc 0.93
step  30/100  loss 0.150428  acc 0.94
step  40/100  loss 0.11294  acc 1
step  50/100  loss 0.042642  acc 1
step  60/100  loss 0.0533466  acc 0.99
step  70/100  loss 0.0360075  acc 0.99
step  80/100  loss 0.024242  acc 0.99
step  90/100  loss 0.0249692  acc 0.99
step 100/100  loss 0.0202557  acc 1
done: 100 steps, loss 0.0202557, acc 1; plot history to see it
gb> accuracy(net(data.X), data.y)
1
gb> history
training history: 100 steps of SGD on moons(100, noise=0.1)
loss 1.36262 → 0.0202557 (lowest 0.0165047 at step 96); acc 0.46 → 1
plot history draws the losses; .loss, .accuracy, .val_loss,
    .val_accuracy and .lr give them per step
gb> plot history size 60, 10
2 ┤                                          ⠒⠒ history loss
  │
  │⣸
  │⢹
  │⢸
1 ┤ ⡇
  │ ⡇
  │ ⡇
  │ ⠑⠒⠒⠤⠤⠤⠤⠤⠤⢄⣀⣀⣀⣀⣀⡀ ⡀ ⢀ ⢠
0 ┤                ⠈⠉⠘⠑⠊⠓⠃⠣⠒⠢⠤⠤⠤⠔⠤⠔⠤⠤⠤⠤⠤⠤⡠⢄⣀⡠⠤⣀⣀⣀⡠⣀⢄⣀⣀⣀⣀⣀⣀⣀⡀
  └┬──────────┬──────────┬───────────┬──────────┬──────────┬
   0          20         40          60         80       100
gb> s = split(moons(200, noise = 0.2), 0.25)
s = split into .train: moons(200, noise=0.2) (train): 150 samples, 2 features,
    2 classes (0…1)
       and .val: moons(200, noise=0.2) (validation): 50 samples, 2 features,
           2 classes (0…1)
gb> n2 = mlp(2, 16, 2, init = kaiming)
n2 = Sequential: 3 layers, 82 parameters, training mode
  0: Linear(2 → 16)
  1: ReLU
  2: Linear(16 → 2)
parameter  shape    count
0.weight   [16, 2]     32
0.bias     [16]        16
2.weight   [2, 16]     32
2.bias     [2]          2
gb> o2 = adam(n2, lr = 0.01)
o2 = Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=false,
    decoupled_weight_decay=false) on 0.weight, 0.bias, 2.weight, 2.bias;
    0 steps taken
gb> train n2 on s with o2 for 50 steps batch 32
train network (82 parameters) on moons(200, noise=0.2) (train) (150 samples),
  batch 32, loss cross_entropy, Adam lr 0.01
step  5/50  loss 0.465593  acc 0.875  val_loss 0.485803  val_acc 0.8
step 10/50  loss 0.447544  acc 0.78125  val_loss 0.407301  val_acc 0.82
step 15/50  loss 0.259008  acc 0.9375  val_loss 0.388126  val_acc 0.82
step 20/50  loss 0.222505  acc 0.9375  val_loss 0.387259  val_acc 0.82
step 25/50  loss 0.218648  acc 0.90625  val_loss 0.393988  val_acc 0.8
step 30/50  loss 0.268473  acc 0.875  val_loss 0.400447  val_acc 0.8
step 35/50  loss 0.168686  acc 0.90625  val_loss 0.40012  val_acc 0.8
step 40/50  loss 0.194573  acc 0.90625  val_loss 0.387887  val_acc 0.8
step 45/50  loss 0.147113  acc 0.9375  val_loss 0.386237  val_acc 0.8
step 50/50  loss 0.167714  acc 0.9375  val_loss 0.389557  val_acc 0.8
done: 50 steps, loss 0.167714, acc 0.9375, val_loss 0.389557, val_acc 0.8;
  plot history to see it
gb> history.val_accuracy[49]
0.8
gb> n3 = mlp(2, 8, 1); o3 = sgd(n3, lr = 0.2); sched = step_lr(o3, step_size = 20, gamma = 0.5);
gb> train n3 on regression(50, features = 2, noise = 0.1) with sched for 40 steps
train network (33 parameters) on linear_regression(50, features=2, noise=0.1)
  (50 samples), full batch, loss mse, SGD lr 0.2 with StepLR
step  4/40  loss 0.259532  lr 0.2
step  8/40  loss 0.552791  lr 0.2
step 12/40  loss 0.881899  lr 0.2
step 16/40  loss 0.528066  lr 0.2
step 20/40  loss 0.287422  lr 0.2
step 24/40  loss 0.0218373  lr 0.1
step 28/40  loss 0.0198703  lr 0.1
step 32/40  loss 0.018218  lr 0.1
step 36/40  loss 0.01681  lr 0.1
step 40/40  loss 0.0156051  lr 0.1
done: 40 steps, loss 0.0156051; plot history to see it
gb> n4 = mlp(1, 1); o4 = sgd(n4, lr = 1e200)
o4 = SGD(lr=1e+200, momentum=0, dampening=0, weight_decay=0,
    nesterov=false) on 0.weight, 0.bias; 0 steps taken
gb> train n4 on [[1], [2]], [1, 2] with o4 for 5 steps
train network (2 parameters) on X, y (2 samples), full batch, loss mse,
  SGD lr 1e+200
step 1/5  loss 0.191787
error: loss became inf at step 2 of 5; training stopped with the parameters as
after step 1. Likely cause: a learning rate too high for this problem (lr =
1e+200), so that updates overshoot and grow; or the log of 0 in a loss on
probabilities (bce: use bce_with_logits on raw scores)
  train n4 on [[1], [2]], [1, 2] with o4 for 5 steps
  ^
gb> o4.steps
1
gb> train net on spirals(10) with opt for 3 steps
error: spirals(10, classes=3, noise=0.2) has 3 classes but the network gives 1
score per sample; for cross_entropy end it with 3 outputs, one per class (mlp(…,
3))
  train net on spirals(10) with opt for 3 steps
  ^
gb> bnet = sequential(linear(2, 4), batchnorm1d(4), relu, linear(4, 1)); bo = sgd(bnet, lr = 0.1);
gb> train bnet on data with bo for 3 steps batch 1
error: train stopped at step 1 of 3: BatchNorm1d(4) needs more than 1 value per
channel when training, got shape [1, 4]; use a bigger batch, or eval mode to
normalise with the running statistics
  train bnet on data with bo for 3 steps batch 1
  ^
gb> train net on data with opt
error: train needs a number of steps: train net on DATA with OPT for N steps
[batch B] [loss L] [val DATA]
  train net on data with opt
  ^
gb> train net on [[0.5, 1], [nan, 2]], [1, -1] with opt for 5 steps
error: the training inputs hold nan at row 1, column 0 (the only value that is
not finite); no step was taken: the loss would be nan from the start, whatever
the learning rate. Remove or replace those values first
  train net on [[0.5, 1], [nan, 2]], [1, -1] with opt for 5 steps
  ^
