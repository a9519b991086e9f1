# The PyTorch script :export torch writes for the statements of examples/export/continued-training.gb:
# two train runs and a loop written by hand with one Adam optimizer and one StepLR schedule, made
# once and carried forward (python3 runs it; scripts/export_compare.py checks its losses).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 5
seed 5
gb> data = moons(200, noise = 0.1)
data = moons(200, noise=0.1): 200 samples, 2 features, 2 classes (0…1); .X, .y,
    .size, .features, .classes
gb> net = mlp(2, 16, 16, 1, act = tanh)
net = Sequential: 5 layers, 337 parameters, training mode
  0: Linear(2 → 16)
  1: Tanh
  2: Linear(16 → 16)
  3: Tanh
  4: Linear(16 → 1)
parameter  shape     count
0.weight   [16, 2]      32
0.bias     [16]         16
2.weight   [16, 16]    256
2.bias     [16]         16
4.weight   [1, 16]      16
4.bias     [1]           1
gb> opt = adam(net, lr = 0.02)
opt = Adam(lr=0.02, betas=(0.9, 0.999), eps=1e-08, weight_decay=0,
    amsgrad=false, decoupled_weight_decay=false) on 0.weight, 0.bias, 2.weight,
    2.bias, 4.weight, 4.bias; 0 steps taken
gb> sched = step_lr(opt, step_size = 15, gamma = 0.5)
sched = StepLR(step_size=15, gamma=0.5) of Adam: epoch 0, lr 0.02 (base 0.02)
gb> train net on data with sched for 20 steps batch 32
train network (337 parameters) on moons(200, noise=0.1) (200 samples), batch 32,
  loss bce_with_logits, Adam lr 0.02 with StepLR
step  2/20  loss 0.678401  acc 0.71875  lr 0.02
step  4/20  loss 0.54101  acc 1  lr 0.02
step  6/20  loss 0.405216  acc 1  lr 0.02
step  8/20  loss 0.480336  acc 0.71875  lr 0.02
step 10/20  loss 0.352593  acc 0.8125  lr 0.02
step 12/20  loss 0.415443  acc 0.75  lr 0.02
step 14/20  loss 0.26578  acc 0.875  lr 0.02
step 16/20  loss 0.481333  acc 0.84375  lr 0.01
step 18/20  loss 0.449573  acc 0.78125  lr 0.01
step 20/20  loss 0.201086  acc 0.9375  lr 0.01
done: 20 steps, loss 0.201086, acc 0.9375; plot history to see it
gb> train net on data with sched for 20 steps batch 32
train network (337 parameters) on moons(200, noise=0.1) (200 samples), batch 32,
  loss bce_with_logits, Adam lr 0.01 with StepLR
step  2/20  loss 0.335227  acc 0.90625  lr 0.01
step  4/20  loss 0.159972  acc 0.9375  lr 0.01
step  6/20  loss 0.23196  acc 0.9375  lr 0.01
step  8/20  loss 0.3124  acc 0.90625  lr 0.01
step 10/20  loss 0.143234  acc 0.96875  lr 0.01
step 12/20  loss 0.422712  acc 0.8125  lr 0.005
step 14/20  loss 0.26175  acc 0.875  lr 0.005
step 16/20  loss 0.257954  acc 0.9375  lr 0.005
step 18/20  loss 0.330709  acc 0.84375  lr 0.005
step 20/20  loss 0.352909  acc 0.84375  lr 0.005
done: 20 steps, loss 0.352909, acc 0.84375; plot history to see it
gb> X = data.X; y = data.y;
gb> repeat 20 { loss = bce_with_logits(net(X), y); zero opt; backward loss; step opt, sched }
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
torch.manual_seed(5)
DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "FILE.json")))


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Run 1: train net on data with sched for 20 steps batch 32
# gradbook: data = moons(200, noise = 0.1)
# gradbook: net = mlp(2, 16, 16, 1, act = tanh)
# gradbook: opt = adam(net, lr = 0.02)
# gradbook: sched = step_lr(opt, step_size = 15, gamma = 0.5)
net = nn.Sequential(
    nn.Linear(2, 16),  # 0
    nn.Tanh(),  # 1
    nn.Linear(16, 16),  # 2
    nn.Tanh(),  # 3
    nn.Linear(16, 1),  # 4
)
net.load_state_dict({  # its parameters and running statistics before the run's first step
    "0.weight": torch.tensor([[-0.574837908115492, 0.4893956516660144], [0.3713602817265115, -0.1333362861637286], [0.09267176834552149, 0.057495102368533835], [-0.25939220122320344, 0.5272646427096827], [-0.4575069113233419, 0.06438022126102683], [-0.39246430740835564, 0.6739085459263271], [-0.6822929106806177, -0.6370136118608661], [-0.5076554442318333, -0.24448405382819627], [-0.1961806856453865, 0.5667096510896111], [0.5871352581303254, -0.07143923947230701], [-0.02500847822764185, 0.2635610140892076], [-0.22656998779502185, -0.6148511994509236], [0.38266383540632554, 0.18178565587044393], [-0.07643605412013466, -0.39725844347634], [-0.3681784812354457, -0.3350359403190491], [-0.015297673228303443, -0.527110261817469]]),
    "0.bias": torch.tensor([-0.21081331033959055, 0.3424026748223066, -0.527603693176872, -0.6995310603489678, -0.3711642295057742, 0.04809957106950513, -0.6509881210972154, -0.6667955826395374, 0.19869607825331514, -0.1840253058876845, 0.43409379035834195, 0.13935372360712595, -0.5996701343894744, -0.0803784374418618, 0.31952931295284537, -0.0917862361334697]),
    "2.weight": torch.tensor(DATA["run1.2.weight"]),
    "2.bias": torch.tensor([-0.022392179728628003, 0.17214374364644486, 0.20800423929132322, 0.022377222045011247, -0.10738037830961761, -0.07418536359724626, -0.025371153457660334, 0.2223372746986445, -0.1781286336933277, -0.008425351188314001, -0.10834433322257753, 0.22082317835353887, 0.18836142929811667, -0.046282456912362546, 0.24827864984718145, 0.2422505803335147]),
    "4.weight": torch.tensor([[-0.010028062699128315, 0.20958859698179852, -0.10460019670734033, -0.06398835042329054, 0.078265378093577, -0.16310272443273777, -0.021980995598508746, -0.21268078908727558, -0.006173866913976589, 0.2262453379576239, 0.04983114763890542, -0.2456188071191359, 0.18820513567139988, -0.1560764781202585, 0.11852307062542403, 0.1063037176746218]]),
    "4.bias": torch.tensor([0.1884236170356557]),
})
opt = torch.optim.Adam(net.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=15, gamma=0.5)
X = torch.tensor(DATA["run1.X"])  # the inputs of moons(200, noise=0.1)
y = torch.tensor(DATA["run1.y"])  # its targets
# The rows of each step's mini-batch, as gradbook drew them (a fresh permutation per step).
batches = DATA["run1.batches"]
losses = []
net.train()
for step in range(20):
    xb, yb = X[batches[step]], y[batches[step]]
    out = net(xb)
    loss = F.binary_cross_entropy_with_logits(out.reshape(yb.shape), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
    losses.append(loss.item())
compare("run 1 losses", losses, [0.754946973532464, 0.67840110389976, 0.6271444481695825, 0.5410099528997925, 0.5141556124600134, 0.405215947708648, 0.4626268831021373, 0.48033560847963785, 0.4462028472932213, 0.3525926694521677, 0.41977024398013063, 0.41544291891714724, 0.26127002486537876, 0.26578000643299704, 0.22040504040412393, 0.481333495782454, 0.21364243066197633, 0.44957299806611606, 0.2550765708680201, 0.20108638931655937])

# ------------------------------------------------------------------------------
# Run 2: train net on data with sched for 20 steps batch 32
# gradbook: data = moons(200, noise = 0.1)
# gradbook: net = mlp(2, 16, 16, 1, act = tanh)
# gradbook: opt = adam(net, lr = 0.02)
# gradbook: sched = step_lr(opt, step_size = 15, gamma = 0.5)
# net goes on from where the last section left it.
# opt goes on with its state (20 steps taken: moments, buffers and step counts carry on).
# sched goes on from epoch 20.
X = torch.tensor(DATA["run2.X"])  # the inputs of moons(200, noise=0.1)
y = torch.tensor(DATA["run2.y"])  # its targets
# The rows of each step's mini-batch, as gradbook drew them (a fresh permutation per step).
batches = DATA["run2.batches"]
losses = []
net.train()
for step in range(20):
    xb, yb = X[batches[step]], y[batches[step]]
    out = net(xb)
    loss = F.binary_cross_entropy_with_logits(out.reshape(yb.shape), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
    losses.append(loss.item())
compare("run 2 losses", losses, [0.13660408058254414, 0.3352272099873956, 0.10180356898750208, 0.1599723788504201, 0.09696610150976138, 0.2319595992472281, 0.2772514171553927, 0.3124004686565196, 0.21389950558094845, 0.14323380161813482, 0.07633591922351798, 0.4227123632424815, 0.5804010926964328, 0.26174991318919183, 0.26269941015147913, 0.2579535442593694, 0.4431041100843657, 0.33070915225645003, 0.21666213823681968, 0.35290941777843776])

# ------------------------------------------------------------------------------
# Loop 1, written by hand: repeat 20 { loss = bce_with_logits(net(X), y); zero opt; backward loss; step opt, sched }
# gradbook: data = moons(200, noise = 0.1)
# gradbook: net = mlp(2, 16, 16, 1, act = tanh)
# gradbook: opt = adam(net, lr = 0.02)
# gradbook: sched = step_lr(opt, step_size = 15, gamma = 0.5)
# gradbook: X = data.X
# gradbook: y = data.y
# net goes on from where the last section left it.
# opt goes on with its state (40 steps taken: moments, buffers and step counts carry on).
# sched goes on from epoch 40.
X = torch.tensor(DATA["loop1.X"])  # as gradbook had it when the loop started
y = torch.tensor(DATA["loop1.y"])  # as gradbook had it when the loop started
net.train()  # the mode gradbook's net was in
step_losses = []  # the value of each backward, to compare with gradbook's
for _ in range(20):
    loss = F.binary_cross_entropy_with_logits(net(X).reshape(y.shape), y)  # gradbook: loss = bce_with_logits(net(X), y)
    opt.zero_grad()  # gradbook: zero opt
    step_losses.append(loss.item())
    loss.backward()
    opt.step()
    sched.step()
compare("loop 1 losses", step_losses, [0.2958595879942946, 0.29289941597897645, 0.29000918791739644, 0.28730537028144754, 0.2848850312698673, 0.2828207450475318, 0.2819409362731095, 0.281169523999994, 0.2805068051163686, 0.2799500719710102, 0.27949397395009656, 0.279130937022704, 0.2788516245542588, 0.2786454223570577, 0.2785009305031449, 0.2784064441735551, 0.2783504060771396, 0.2783218140080782, 0.27831056908449664, 0.2783077531427834])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
