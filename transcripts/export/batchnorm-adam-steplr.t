# The PyTorch script :export torch writes for the statements of examples/export/batchnorm-adam-steplr.gb (python3
# runs it; scripts/export_compare.py checks its losses against gradbook's).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 7
seed 7
gb> data = moons(200, noise = 0.1)
data = moons(200, noise=0.1): 200 samples, 2 features, 2 classes (0…1); .X, .y,
    .size, .features, .classes
gb> net = sequential(linear(2, 16), batchnorm1d(16), relu, linear(16, 16), batchnorm1d(16), relu, linear(16, 1))
net = Sequential: 7 layers, 401 parameters, training mode
  0: Linear(2 → 16)
  1: BatchNorm1d(16)
  2: ReLU
  3: Linear(16 → 16)
  4: BatchNorm1d(16)
  5: ReLU
  6: Linear(16 → 1)
parameter  shape     count
0.weight   [16, 2]      32
0.bias     [16]         16
1.weight   [16]         16
1.bias     [16]         16
3.weight   [16, 16]    256
3.bias     [16]         16
4.weight   [16]         16
4.bias     [16]         16
6.weight   [1, 16]      16
6.bias     [1]           1
buffer                 shape  value
1.running_mean         [16]   [0, 0, 0, 0, …]
1.running_var          [16]   [1, 1, 1, 1, …]
1.num_batches_tracked  []     0
4.running_mean         [16]   [0, 0, 0, 0, …]
4.running_var          [16]   [1, 1, 1, 1, …]
4.num_batches_tracked  []     0
gb> opt = adam(net, lr = 0.01)
opt = Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0,
    amsgrad=false, decoupled_weight_decay=false) on 0.weight, 0.bias, 1.weight,
    1.bias, 3.weight, … (10 in all); 0 steps taken
gb> sched = step_lr(opt, step_size = 20, gamma = 0.5)
sched = StepLR(step_size=20, gamma=0.5) of Adam: epoch 0, lr 0.01 (base 0.01)
gb> train net on data with sched for 60 steps batch 32
train network (401 parameters) on moons(200, noise=0.1) (200 samples), batch 32,
  loss bce_with_logits, Adam lr 0.01 with StepLR
step  6/60  loss 0.458711  acc 0.9375  lr 0.01
step 12/60  loss 0.298153  acc 0.96875  lr 0.01
step 18/60  loss 0.282679  acc 0.90625  lr 0.01
step 24/60  loss 0.262944  acc 0.90625  lr 0.005
step 30/60  loss 0.240437  acc 0.90625  lr 0.005
step 36/60  loss 0.176574  acc 0.9375  lr 0.005
step 42/60  loss 0.156466  acc 0.96875  lr 0.0025
step 48/60  loss 0.229586  acc 0.9375  lr 0.0025
step 54/60  loss 0.156175  acc 0.96875  lr 0.0025
step 60/60  loss 0.123563  acc 1  lr 0.0025
done: 60 steps, loss 0.123563, acc 1; plot history to see it
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
torch.manual_seed(7)
DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "FILE.json")))


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Run 1: train net on data with sched for 60 steps batch 32
# gradbook: data = moons(200, noise = 0.1)
# gradbook: net = sequential(linear(2, 16), batchnorm1d(16), relu, linear(16, 16), batchnorm1d(16), relu, linea…
# gradbook: opt = adam(net, lr = 0.01)
# gradbook: sched = step_lr(opt, step_size = 20, gamma = 0.5)
net = nn.Sequential(
    nn.Linear(2, 16),  # 0
    nn.BatchNorm1d(16, eps=1e-05, momentum=0.1),  # 1
    nn.ReLU(),  # 2
    nn.Linear(16, 16),  # 3
    nn.BatchNorm1d(16, eps=1e-05, momentum=0.1),  # 4
    nn.ReLU(),  # 5
    nn.Linear(16, 1),  # 6
)
net.load_state_dict({  # its parameters and running statistics before the run's first step
    "0.weight": torch.tensor([[0.056983191077091155, -0.26657952953566244], [-0.4172800719716001, 0.38582651106061083], [-0.21261743576738723, 0.2542880245904874], [0.040670805572960766, -0.24355681565449294], [-0.010466977099112929, 0.2625365015122292], [0.26560287475515476, -0.3390467071573129], [0.17590010372882126, -0.6746763475751772], [-0.5801492456641855, -0.09106658039800286], [0.18067253384624837, 0.5375739602660564], [0.021793123588028096, 0.05621899266373753], [0.2353751152235748, -0.6111979869269726], [-0.533456421224936, -0.5434859772530304], [0.04584625139460374, 0.6321533043179902], [0.6203461394390922, 0.5988297425382677], [0.3280288484734949, 0.19217167362476806], [0.5114873556409868, 0.680485711277245]]),
    "0.bias": torch.tensor([0.39234958139774867, -0.27287565406375797, 0.5895446395580488, -0.6407348743267843, 0.08211267760100127, 0.6554638260134735, -0.5783479357157248, -0.11196867856011306, 0.43643617989730865, 0.30618995343639743, 0.49846659843542485, -0.2490698244783744, 0.49399408183097493, -0.08810540065212547, 0.5921894349733103, -0.22416523553372875]),
    "1.weight": torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
    "1.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "3.weight": torch.tensor(DATA["run1.3.weight"]),
    "3.bias": torch.tensor([0.029219371809346695, -0.0027392696520794346, -0.21311691493078827, -0.24159720874417334, -0.04591129527897592, -0.0532487867863663, 0.14211918603156382, 0.18767717724676425, 0.06963741667731105, -0.22189931818478997, 0.01783158822622799, -0.020161224781389986, 0.03746660672494917, -0.16744401901209283, 0.06726837247973694, -0.1692786492309788]),
    "4.weight": torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
    "4.bias": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "6.weight": torch.tensor([[-0.09156565099343267, -0.0694772602874415, 0.21595319502363333, 0.17862775106764325, -0.12572677739568028, 0.019869873514822695, 0.19969991250099875, 0.013024715690834215, -0.16165537085606452, 0.15744772507411456, -0.12579061231109173, 0.21577422161816287, 0.18115506794823574, -0.11269137512535082, 0.2417597945552105, 0.2206862064426052]]),
    "6.bias": torch.tensor([-0.16796932773968332]),
    "1.running_mean": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "1.running_var": torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
    "1.num_batches_tracked": torch.tensor(0),
    "4.running_mean": torch.tensor([0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    "4.running_var": torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
    "4.num_batches_tracked": torch.tensor(0),
})
opt = torch.optim.Adam(net.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=20, gamma=0.5)
X = torch.tensor(DATA["run1.X"])  # the inputs of moons(200, noise=0.1)
y = torch.tensor(DATA["run1.y"])  # its targets
# The rows of each step's mini-batch, as gradbook drew them (a fresh permutation per step).
batches = DATA["run1.batches"]
losses = []
net.train()
for step in range(60):
    xb, yb = X[batches[step]], y[batches[step]]
    out = net(xb)
    loss = F.binary_cross_entropy_with_logits(out.reshape(yb.shape), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
    losses.append(loss.item())
compare("run 1 losses", losses, [0.815575660416402, 0.6859039178560873, 0.5852855570272396, 0.5268631391686325, 0.4893582271739373, 0.458710518839509, 0.4478906099706608, 0.4123544923814137, 0.4107677381687876, 0.34346301538835733, 0.3941139752335126, 0.2981532842317558, 0.35280429130019203, 0.37464197459043375, 0.26747188158504565, 0.28490954671070795, 0.35016457434678194, 0.2826785819013357, 0.21644423438413782, 0.2566241371757766, 0.23375835065099393, 0.29222494359070134, 0.2854185074492447, 0.2629436102840054, 0.2666768821734806, 0.20913505257542625, 0.2608900492914654, 0.2527849880571076, 0.2588961065001956, 0.2404374473902291, 0.2374006770213338, 0.2311517318136737, 0.17957509691496698, 0.21213543398916154, 0.19836725306170402, 0.17657361903913865, 0.1838464725039381, 0.3132537711288269, 0.16376302851094895, 0.17682094884859856, 0.13469767945832858, 0.15646594356635102, 0.1497814579153781, 0.1765134437273417, 0.15197970460901064, 0.18785607968287743, 0.1734778834514899, 0.22958638731019132, 0.1712745607671337, 0.14344812660334064, 0.25819705625582495, 0.168269749095535, 0.1407659576042943, 0.1561752244730338, 0.3290533607049942, 0.12837103525587362, 0.1269572866590057, 0.16706380419667108, 0.2087249254570636, 0.12356287373109252])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
