# The PyTorch script :export torch writes for micrograd's demo (the statements of
# examples/micrograd-demo.gb): its loop is written by hand, so the export lists it and leaves it out.
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
gb> :time repeat 100 { scores = net(X); loss = hinge(scores, y) + 1e-4 * l2(net); losses[k] = loss; accs[k] = accuracy(scores, y); zero opt; backward loss; set_lr(opt, 1.0 - 0.9 * k / 100); step opt; k = k + 1 }
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
# It rebuilds the session's networks and train runs from the same numbers: the parameters
# before the first step, the data and each step's mini-batch rows are written below
# (the large ones in FILE.json, next to this file).
# Each run prints how far its per-step losses are from the ones gradbook computed.
#
# Not exported (PyTorch has no counterpart here, or the script would not be plain PyTorch):
#   - repeat 100 { scores = net(X); loss = hinge(scores, y) + 1e-4 * l2(net); losses[k] = loss; accs[k] =… (a loop written by hand is not translated)
#   - stack(arange(0, 100, 10), losses[0:100:10], accs[0:100:10], axis = 1)
#   - hinge(net(X), y) + 1e-4 * l2(net)
#   - accuracy(net(X), y)

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
# Network net, as it is now in the session
# gradbook: net = mlp(2, 16, 16, 1, act = relu, init = "micrograd")
net = nn.Sequential(
    nn.Linear(2, 16),  # 0
    nn.ReLU(),  # 1
    nn.Linear(16, 16),  # 2
    nn.ReLU(),  # 3
    nn.Linear(16, 1),  # 4
)
net.load_state_dict({  # its parameters and running statistics as they are now
    "0.weight": torch.tensor([[-0.03469123942509732, 0.35668669265742026], [0.9207028983189146, 0.7870703990333635], [-1.4438743222074695, 0.7844692489429234], [-0.8889820748037243, 0.26923695375927553], [0.5886138386960037, 0.7836718883560583], [0.8402038112555376, -0.6585706802049475], [-0.1492232059969521, 0.6438931186442873], [0.6414792792122632, -0.48124956603568597], [-0.4493282287804515, -0.7079018497848395], [0.9262633297800753, -0.5534458721526915], [-0.16330358945206258, -0.12858599716371033], [-0.670396672361226, -0.6043104752892425], [1.0215787621584216, -0.863587279286789], [-0.5273429348744461, -0.5457017449008765], [0.07362876406628012, -0.1266626439930799], [-0.40764593079302247, 0.02798445391011829]]),
    "0.bias": torch.tensor([-0.20519224339190417, -0.40075342416961185, -0.3096438042626509, -0.16266730523375228, -0.6005546837497392, -0.1456343075045999, -0.6601092544656744, -0.5600368105920261, 0.7288875597648719, -0.882582343883085, -0.26663171024426163, 0.6725322143505711, -0.15615035945503017, -0.3554150876593404, -0.38755962561814966, -0.019277395355613302]),
    "2.weight": torch.tensor(DATA["net.2.weight"]),
    "2.bias": torch.tensor([0.22622293925035494, 0.18935718637303478, 0.3719342266767228, 0.18228147714413548, -0.03712779994222648, -0.05731119939357422, -0.004782299642941919, 0.4134061577389083, 0.11662049662627232, 0.03580176401986083, -0.3160764563942012, -0.48925420692891197, 0.45968589543815264, -0.45362159652681483, -0.1340601070969267, -0.37099052092325613]),
    "4.weight": torch.tensor([[0.3380652642369412, -0.7588737042290798, -1.0855584061223296, 0.5160731366446858, -0.4852990975154091, 0.06790029504722543, 0.26206385577349645, 1.2091960953372758, 0.7097509116348362, -0.7235845026183498, -0.6953144258997461, 0.5468571941178044, 0.7636771881667834, 0.860747989841127, 0.07518531961440524, 0.42014729841873266]]),
    "4.bias": torch.tensor([-0.1807336504422439]),
})

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
