# The PyTorch script :export torch writes for the statements of examples/export/spirals-cross-entropy.gb (python3
# runs it; scripts/export_compare.py checks its losses against gradbook's).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 3
seed 3
gb> data = spirals(50, classes = 3)
data = spirals(50, classes=3, noise=0.2): 150 samples, 2 features,
    3 classes (0…2); .X, .y, .size, .features, .classes
gb> net = mlp(2, 32, 32, 3, act = tanh)
net = Sequential: 5 layers, 1251 parameters, training mode
  0: Linear(2 → 32)
  1: Tanh
  2: Linear(32 → 32)
  3: Tanh
  4: Linear(32 → 3)
parameter  shape     count
0.weight   [32, 2]      64
0.bias     [32]         32
2.weight   [32, 32]   1024
2.bias     [32]         32
4.weight   [3, 32]      96
4.bias     [3]           3
gb> opt = sgd(net, lr = 0.1, momentum = 0.9)
opt = SGD(lr=0.1, momentum=0.9, dampening=0, weight_decay=0,
    nesterov=false) on 0.weight, 0.bias, 2.weight, 2.bias, 4.weight, 4.bias;
    0 steps taken
gb> train net on data with opt for 100 steps loss cross_entropy
train network (1251 parameters) on spirals(50, classes=3, noise=0.2)
  (150 samples), full batch, loss cross_entropy, SGD lr 0.1
step  10/100  loss 0.924737  acc 0.58
step  20/100  loss 0.750377  acc 0.553333
step  30/100  loss 0.746954  acc 0.526667
step  40/100  loss 0.718268  acc 0.546667
step  50/100  loss 0.707132  acc 0.546667
step  60/100  loss 0.68946  acc 0.56
step  70/100  loss 0.667038  acc 0.56
step  80/100  loss 0.629615  acc 0.62
step  90/100  loss 0.570729  acc 0.68
step 100/100  loss 0.491003  acc 0.733333
done: 100 steps, loss 0.491003, acc 0.733333; plot history to see it
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
torch.manual_seed(3)
DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "FILE.json")))


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Run 1: train net on data with opt for 100 steps loss cross_entropy
# gradbook: data = spirals(50, classes = 3)
# gradbook: net = mlp(2, 32, 32, 3, act = tanh)
# gradbook: opt = sgd(net, lr = 0.1, momentum = 0.9)
net = nn.Sequential(
    nn.Linear(2, 32),  # 0
    nn.Tanh(),  # 1
    nn.Linear(32, 32),  # 2
    nn.Tanh(),  # 3
    nn.Linear(32, 3),  # 4
)
net.load_state_dict({  # its parameters and running statistics before the run's first step
    "0.weight": torch.tensor([[-0.4036615312225189, 0.22576876974943805], [-0.0660214039139817, 0.5598714628265941], [-0.2508818019661852, 0.5932555579919506], [0.07714826895968896, -0.23397096134797102], [-0.022061283739368664, -0.25633532507329854], [-0.06584014055266108, 0.3569813357537329], [0.33032978781639744, -0.030371148944679627], [-0.0997679052721856, -0.2075780583227736], [0.012801988739538528, -0.6183850698559006], [0.4759956846866532, -0.07162381329654133], [0.23291108948783945, -0.5395657909748148], [-0.5600452859379879, -0.1519131291453405], [0.3952811689898813, -0.06972620067919133], [0.5330319925187902, -0.044810509338912397], [0.6751327727208064, 0.5675995329378337], [-0.442270475608897, -0.5374358945996454], [-0.36803336744282306, -0.3472426466186114], [0.4270201075999315, 0.09630574841173367], [-0.6340028846910433, 0.3814433179880329], [-0.08936936027728648, 0.4745133494968691], [0.19971927659979216, 0.6683489275964146], [0.6423252974010468, 0.2481131048508185], [-0.5147067151544651, -0.04639625736036057], [0.3152564097292111, 0.5343540063415223], [-0.3204242810939318, -0.034443576547572796], [-0.5786182005220654, -0.6791409053988268], [0.3110344545334206, 0.3548111554005863], [0.32487501102945593, 0.698376498404547], [0.4232128713268365, 0.016721720426722153], [-0.061504586680201645, -0.33408988674300133], [-0.5614718868062659, -0.07644001128165956], [-0.5211072655398068, -0.26698413273117994]]),
    "0.bias": torch.tensor([0.030722163040963757, 0.3812992233797612, -0.6087553483761894, -0.417422059753821, -0.13341444724054963, 0.2834493134222864, 0.28059769245648924, 0.21887331060041149, 0.6055156998352589, -0.11437394336132056, -0.6333556907625206, 0.5979815234029358, 0.3490782507171941, -0.17683606506382488, 0.5240657383909981, 0.48706321372181116, 0.20466991787793276, 0.1935395485806315, -0.198948268175678, 0.6846664886541074, -0.5672638252612454, -0.14865027309108514, -0.43508244888153647, -0.1680862338461293, 0.5135769843331437, -0.48293816683056345, 0.032093431024666885, -0.07657088021092529, -0.5023619164060915, -0.14206714237892026, 0.008921428486024174, -0.02856184369576753]),
    "2.weight": torch.tensor(DATA["run1.2.weight"]),
    "2.bias": torch.tensor([-0.0902214585440132, 0.08111699317134552, -0.09178125190079917, 0.06222856624501, 0.17592755075738487, -0.16422369753547406, 0.1714907364797582, 0.023491293955070047, -0.04860489301334653, -0.09213188432213948, 0.026653446331282, -0.0699818848998173, -0.0668871325126993, -0.09548165900702274, 0.046525171502530854, -0.06938841917847541, 0.12525623015266146, 0.07290228266354681, -0.09858649344715947, 0.062252063764265536, -0.1661746180119636, -0.0023355977637224135, 0.17497334054058156, -0.17478156144830043, -0.03852698015140732, -0.047881307643187904, -0.055135232031826784, -0.1328119350003361, -0.10058576418795523, 0.0664745130021451, -0.15960947284400342, 0.12457930395273464]),
    "4.weight": torch.tensor(DATA["run1.4.weight"]),
    "4.bias": torch.tensor([0.03228375306690989, -0.05320690433187571, -0.028033368977751383]),
})
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=False)
X = torch.tensor(DATA["run1.X"])  # the inputs of spirals(50, classes=3, noise=0.2)
y = torch.tensor(DATA["run1.y"])  # its targets
losses = []
net.train()
for step in range(100):
    xb, yb = X, y  # the whole set each step
    out = net(xb)
    loss = F.cross_entropy(out, yb.long())
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())
compare("run 1 losses", losses, DATA["run1.losses"])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
