# The PyTorch script :export torch writes for micrograd's demo as one train statement
# (the statements of examples/export/micrograd-train.gb): the session's loss function L is written with torch.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 1337
seed 1337
gb> data = moons(100, noise = 0.1, signed = true)
data = moons(100, noise=0.1): 100 samples, 2 features, labels −1/+1; .X, .y,
    .size, .features, .classes
gb> net = mlp(2, 16, 16, 1, act = relu, init = "micrograd")
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
gb> opt = sgd(net, lr = 0.5)
opt = SGD(lr=0.5, momentum=0, dampening=0, weight_decay=0,
    nesterov=false) on 0.weight, 0.bias, 2.weight, 2.bias, 4.weight, 4.bias;
    0 steps taken
gb> L(scores, y) = hinge(scores, y) + 1e-4 * l2(net)
L(scores, y) = hinge(scores, y) + 0.0001 * l2(net)
gb> train net on data with opt for 100 steps loss L
train network (337 parameters) on moons(100, noise=0.1) (100 samples),
  full batch, loss L, SGD lr 0.5
step  10/100  loss 0.25939  acc 0.89
step  20/100  loss 0.139829  acc 0.95
step  30/100  loss 0.0983771  acc 0.95
step  40/100  loss 0.0635598  acc 0.98
step  50/100  loss 0.0348823  acc 1
step  60/100  loss 0.0216904  acc 1
step  70/100  loss 0.0205389  acc 1
step  80/100  loss 0.0173183  acc 1
step  90/100  loss 0.0166583  acc 1
step 100/100  loss 0.0161917  acc 1
done: 100 steps, loss 0.0161917, acc 1; plot history to see it
gb> :export torch
# PyTorch script exported by gradbook (:export torch). Run it with: python3 THIS_FILE.py
# It rebuilds the session's networks, train runs and training loops from the same numbers:
# the parameters before the first step, the data and each step's mini-batch rows are
# written below (the large ones in FILE.json, next to this file).
# Each run and loop prints how far its per-step losses are from the ones gradbook computed;
# a network, optimizer or schedule used again goes on as the same torch object.
#
# Everything in the session is exported.

import json
import os
import torch
from torch import nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)  # gradbook computes in float64
# Only dropout draws random numbers here; its masks come from torch's own generator,
# seeded as the gradbook session was, so they differ from gradbook's.
torch.manual_seed(1337)
DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "FILE.json")))


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Run 1: train net on data with opt for 100 steps loss L
# gradbook: data = moons(100, noise = 0.1, signed = true)
# gradbook: net = mlp(2, 16, 16, 1, act = relu, init = "micrograd")
# gradbook: opt = sgd(net, lr = 0.5)
net = nn.Sequential(
    nn.Linear(2, 16),  # 0
    nn.ReLU(),  # 1
    nn.Linear(16, 16),  # 2
    nn.ReLU(),  # 3
    nn.Linear(16, 1),  # 4
)
net.load_state_dict({  # its parameters and running statistics before the run's first step
    "0.weight": torch.tensor([[-0.06417128554800366, 0.47447692000269637], [0.3394988882882626, 0.9956405777531505], [-0.9959344590161046, 0.5613553326823515], [-0.7310117518029273, 0.4196400910594451], [0.8451029241054007, 0.7824478973416389], [0.7132806375127843, -0.8438075465015316], [0.5725055104332784, 0.5430320073483994], [0.6161930616530436, -0.19912080747039695], [0.08315374871597303, -0.9447394071630739], [0.8788192604610736, -0.07349329438012764], [-0.033399255657711846, 0.07128317937857509], [-0.45334682962370776, -0.7349853499717274], [0.47913147023997094, -0.22162261566624153], [-0.8903968879356701, -0.48154028944259], [0.5323479950126278, -0.24560577400412087], [-0.3459501864731396, 0.12998193457446705]]),
    "0.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "2.weight": torch.tensor(DATA["run1.2.weight"]),
    "2.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "4.weight": torch.tensor([[0.21999463414953135, -0.28980851443927524, -0.3671109644109698, 0.16703778168538141, -0.5510873785785995, 0.03932840986783703, 0.6106625416871607, 0.7912606451016506, 0.5224826360642454, -0.5486996177195169, -0.6421146035024963, 0.9462421268557071, 0.5529914042740678, 0.8740548898532783, 0.3474589599126974, 0.07819567479802392]]),
    "4.bias": torch.tensor([0.0]),
})
opt = torch.optim.SGD(net.parameters(), lr=0.5, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False)
X = torch.tensor(DATA["run1.X"])  # the inputs of moons(100, noise=0.1)
y = torch.tensor(DATA["run1.y"])  # its targets
losses = []
net.train()
for step in range(100):
    xb, yb = X, y  # the whole set each step
    out = net(xb)
    loss = torch.relu(1 - yb * out.reshape(yb.shape)).mean() + 0.0001 * sum((p ** 2).sum() for p in net.parameters())  # L(scores, y) = hinge(scores, y) + 0.0001 * l2(net)
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())
compare("run 1 losses", losses, DATA["run1.losses"])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
