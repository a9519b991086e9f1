# The PyTorch script :export torch writes for micrograd's demo (the statements of
# examples/micrograd-demo.gb): its loop written by hand becomes the same loop in PyTorch, which
# checks the value of each backward against gradbook's; what the loop only keeps is left out.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 1337
seed 1337
gb> data = moons(100, noise = 0.1, signed = true)
data = moons(100, noise=0.1): 100 samples, 2 features, labels −1/+1; .X, .y,
    .size, .features, .classes
gb> X = data.X;
gb> y = data.y;
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
gb> opt = sgd(net, lr = 1.0)
opt = SGD(lr=1, momentum=0, dampening=0, weight_decay=0,
    nesterov=false) on 0.weight, 0.bias, 2.weight, 2.bias, 4.weight, 4.bias;
    0 steps taken
gb> losses = zeros(100); accs = zeros(100); k = 0;
gb> :time repeat 100 { scores = net(X); loss = hinge(scores, y) + 1e-4 * l2(net); losses[k] = loss; accs[k] = accuracy(scores, y); zero opt; backward loss; set_lr(opt, 1.0 - 0.9 * k / 100); step opt; k += 1 }
time: [0-9.]+(e[-+][0-9]+)? ms (re)
gb> stack(arange(0, 100, 10), losses[0:100:10], accs[0:100:10], axis = 1)
[[ 0,          0.45422,    0.77     ],
 [10,          0.178392,   0.92     ],
 [20,          0.0964585,  0.95     ],
 [30,          0.055194,   0.98     ],
 [40,          0.0300486,  1        ],
 [50,          0.0405011,  0.99     ],
 [60,          0.0168385,  1        ],
 [70,          0.0141057,  1        ],
 [80,          0.0117687,  1        ],
 [90,          0.0106438,  1        ]]
gb> hinge(net(X), y) + 1e-4 * l2(net)
0.0105021
gb> accuracy(net(X), y)
1
gb> :export torch
# PyTorch script exported by gradbook (:export torch). Run it with: python3 THIS_FILE.py
# It rebuilds the session's networks, train runs and training loops from the same numbers:
# the parameters before the first step, the data and each step's mini-batch rows are
# written below (the large ones in FILE.json, next to this file).
# Each run and loop prints how far its per-step losses are from the ones gradbook computed;
# a network, optimizer or schedule used again goes on as the same torch object.
#
# Not exported (PyTorch has no counterpart here, or the script would not be plain PyTorch):
#   - stack(arange(0, 100, 10), losses[0:100:10], accs[0:100:10], axis = 1)
#   - hinge(net(X), y) + 1e-4 * l2(net)
#   - accuracy(net(X), y)
#   - loop 1: losses[k] = loss (left out: it changes nothing the loop trains with)
#   - loop 1: accs[k] = accuracy(scores, y) (left out: it changes nothing the loop trains with)

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
# Loop 1, written by hand: repeat 100 { scores = net(X); loss = hinge(scores, y) + 1e-4 * l2(net); losses[k] = loss; accs[k] =…
# gradbook: data = moons(100, noise = 0.1, signed = true)
# gradbook: X = data.X
# gradbook: y = data.y
# gradbook: net = mlp(2, 16, 16, 1, act = relu, init = "micrograd")
# gradbook: opt = sgd(net, lr = 1.0)
# gradbook: k = 0
net = nn.Sequential(
    nn.Linear(2, 16),  # 0
    nn.ReLU(),  # 1
    nn.Linear(16, 16),  # 2
    nn.ReLU(),  # 3
    nn.Linear(16, 1),  # 4
)
net.load_state_dict({  # its parameters and running statistics when the loop started
    "0.weight": torch.tensor([[-0.06417128554800366, 0.47447692000269637], [0.3394988882882626, 0.9956405777531505], [-0.9959344590161046, 0.5613553326823515], [-0.7310117518029273, 0.4196400910594451], [0.8451029241054007, 0.7824478973416389], [0.7132806375127843, -0.8438075465015316], [0.5725055104332784, 0.5430320073483994], [0.6161930616530436, -0.19912080747039695], [0.08315374871597303, -0.9447394071630739], [0.8788192604610736, -0.07349329438012764], [-0.033399255657711846, 0.07128317937857509], [-0.45334682962370776, -0.7349853499717274], [0.47913147023997094, -0.22162261566624153], [-0.8903968879356701, -0.48154028944259], [0.5323479950126278, -0.24560577400412087], [-0.3459501864731396, 0.12998193457446705]]),
    "0.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "2.weight": torch.tensor(DATA["loop1.2.weight"]),
    "2.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "4.weight": torch.tensor([[0.21999463414953135, -0.28980851443927524, -0.3671109644109698, 0.16703778168538141, -0.5510873785785995, 0.03932840986783703, 0.6106625416871607, 0.7912606451016506, 0.5224826360642454, -0.5486996177195169, -0.6421146035024963, 0.9462421268557071, 0.5529914042740678, 0.8740548898532783, 0.3474589599126974, 0.07819567479802392]]),
    "4.bias": torch.tensor([0.0]),
})
opt = torch.optim.SGD(net.parameters(), lr=1.0, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False)
X = torch.tensor(DATA["loop1.X"])  # as gradbook had it when the loop started
y = torch.tensor(DATA["loop1.y"])  # as gradbook had it when the loop started
k = 0.0  # as gradbook had it when the loop started
net.train()  # the mode gradbook's net was in
step_losses = []  # the value of each backward, to compare with gradbook's
for _ in range(100):
    scores = net(X)
    loss = torch.relu(1 - y * scores.reshape(y.shape)).mean() + 0.0001 * sum((p ** 2).sum() for p in net.parameters())  # gradbook: loss = hinge(scores, y) + 1e-4 * l2(net)
    # left out: losses[k] = loss
    # left out: accs[k] = accuracy(scores, y)
    opt.zero_grad()  # gradbook: zero opt
    step_losses.append(loss.item())
    loss.backward()
    opt.param_groups[0]["lr"] = 1.0 - 0.9 * k / 100.0  # gradbook: set_lr(opt, 1.0 - 0.9 * k / 100)
    opt.step()
    k += 1.0  # gradbook: k += 1
compare("loop 1 losses", step_losses, DATA["loop1.losses"])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
