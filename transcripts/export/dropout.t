# The PyTorch script :export torch writes for the statements of examples/export/dropout.gb (python3
# runs it; scripts/export_compare.py checks its losses against gradbook's).
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :seed 11
seed 11
gb> data = moons(100, noise = 0.2)
data = moons(100, noise=0.2): 100 samples, 2 features, 2 classes (0…1); .X, .y,
    .size, .features, .classes
gb> net = sequential(linear(2, 32), relu, dropout(0.2), linear(32, 1))
net = Sequential: 4 layers, 129 parameters, training mode
  0: Linear(2 → 32)
  1: ReLU
  2: Dropout(p=0.2)
  3: Linear(32 → 1)
parameter  shape    count
0.weight   [32, 2]     64
0.bias     [32]        32
3.weight   [1, 32]     32
3.bias     [1]          1
gb> opt = rmsprop(net, lr = 0.005)
opt = RMSprop(lr=0.005, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0,
    centered=false) on 0.weight, 0.bias, 3.weight, 3.bias; 0 steps taken
gb> train net on data with opt for 40 steps batch 25
train network (129 parameters) on moons(100, noise=0.2) (100 samples), batch 25,
  loss bce_with_logits, RMSprop lr 0.005
step  4/40  loss 0.480713  acc 0.92
step  8/40  loss 0.485537  acc 0.76
step 12/40  loss 0.383423  acc 0.88
step 16/40  loss 0.371048  acc 0.8
step 20/40  loss 0.318446  acc 0.84
step 24/40  loss 0.492081  acc 0.72
step 28/40  loss 0.28457  acc 0.92
step 32/40  loss 0.299305  acc 0.88
step 36/40  loss 0.304273  acc 0.76
step 40/40  loss 0.291299  acc 0.8
done: 40 steps, loss 0.291299, acc 0.8; plot history to see it
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
torch.manual_seed(11)
DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "FILE.json")))


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Run 1: train net on data with opt for 40 steps batch 25
# gradbook: data = moons(100, noise = 0.2)
# gradbook: net = sequential(linear(2, 32), relu, dropout(0.2), linear(32, 1))
# gradbook: opt = rmsprop(net, lr = 0.005)
net = nn.Sequential(
    nn.Linear(2, 32),  # 0
    nn.ReLU(),  # 1
    nn.Dropout(p=0.2),  # 2
    nn.Linear(32, 1),  # 3
)
net.load_state_dict({  # its parameters and running statistics before the run's first step
    "0.weight": torch.tensor([[-0.600160246304711, 0.6864370567594663], [-0.06850005415017713, 0.4671940733025125], [-0.4058903649538412, -0.17284015469398395], [0.6260595171568496, 0.5299649360460427], [0.019623149848926325, 0.46913294915359594], [0.2687193633457319, -0.045828969044756085], [-0.5146876269800671, 0.08072568537777369], [0.20446912658748817, -0.030531456851616845], [-0.02237740984244707, -0.45913305833691154], [0.026759905813172224, -0.6718838183784354], [0.192815953701164, -0.10962339480311623], [-0.5038074301615434, 0.13342226922040445], [0.37289511132362996, 0.5966398536106025], [0.5478113324585555, 0.1560177448373119], [0.30835467981301734, -0.6930138079257915], [0.6802401091579277, -0.08696830135403466], [0.21620133139165976, 0.5747078073829913], [0.3714786168826888, 0.17555187665572314], [-0.6124484948202635, -0.050008124533474474], [0.5302067720401423, 0.1536105943883841], [-0.07010173518762042, 0.35396959040402953], [0.5519274670876236, -0.33269736419716167], [-0.27961880006209766, -0.21675589627171693], [-0.04499272339974136, 0.5745645489363439], [0.4705125408053622, 0.08776641123423023], [0.25515076017245, 0.280022430862615], [-0.2439904739407418, -0.4640076773450829], [0.474180112926993, 0.36236123687472876], [-0.2241754494032504, 0.30100355420077796], [0.24559617739058204, 0.6391514049989399], [0.4568496910958594, 0.016210781288237386], [-0.2821549261837085, 0.2708964571321655]]),
    "0.bias": torch.tensor([-0.41924712651945717, -0.23160332616895468, 0.3532484478252227, -0.6262557609758417, -0.5288744860117018, -0.5764726324239182, -0.5724296265661633, -0.19547258775936893, 0.6716766513175869, -0.44112984927024074, 0.43448520082775977, -0.6559483765470792, -0.24313006769331447, 0.324406764769017, -0.20398743816810094, 0.10848112775567442, 0.5906327399628257, -0.20377496581668175, -0.0790085180251543, -0.3351722662579537, -0.4094032620000191, -0.22676370048568462, -0.47375055327600435, 0.1410030546434109, 0.6547617153064238, 0.35139279766305176, 0.5532449760809988, 0.006364710403356955, 0.04006647058053103, -0.009641311289451227, 0.08719838333371377, -0.1506156710788683]),
    "3.weight": torch.tensor([[0.12889535069759048, -0.03786551278736655, -0.14673346145634353, -0.08601225922315582, 0.10855362612320488, 0.040701151130294766, -0.05432163220873318, -0.07672217142505398, -0.14943298326483642, -0.12312310002506135, -0.07036176878285975, 0.05506555876408631, -0.16736225073708058, 0.0934687210669917, -0.04841647619136036, -0.17453034493420097, -0.16154984889080917, 0.15088863080058632, 0.001704733159424765, -0.08687856644024386, 0.018957035071845735, 0.06035403266853909, -0.035810631259947906, 0.1277178259334074, -0.027960454782263167, 0.053297923047921636, 0.0888823852749501, 0.1381351034847195, 0.01910839144582918, 0.10849156668872531, 0.0969922790424039, 0.08742689696474468]]),
    "3.bias": torch.tensor([-0.14910554127668257]),
})
opt = torch.optim.RMSprop(net.parameters(), lr=0.005, alpha=0.99, eps=1e-08, weight_decay=0.0, momentum=0.0, centered=False)
X = torch.tensor(DATA["run1.X"])  # the inputs of moons(100, noise=0.2)
y = torch.tensor(DATA["run1.y"])  # its targets
net.eval()  # the outputs before training, dropout off, must match gradbook's exactly
with torch.no_grad():
    compare("run 1 eval-mode outputs at the start", net(X).flatten().tolist(), DATA["run1.eval_outputs"])
# The rows of each step's mini-batch, as gradbook drew them (a fresh permutation per step).
batches = DATA["run1.batches"]
losses = []
net.train()
for step in range(40):
    xb, yb = X[batches[step]], y[batches[step]]
    out = net(xb)
    loss = F.binary_cross_entropy_with_logits(out.reshape(yb.shape), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())
# With dropout the masks differ from gradbook's, so these losses are alike, not equal.
compare("run 1 losses", losses, [0.6918112534126688, 0.6082403065145604, 0.5388875595041899, 0.4807127732411295, 0.44291684213005555, 0.4626105960058808, 0.5334288180773525, 0.4855368749995856, 0.37946347392444657, 0.4293568148501333, 0.5026290693320863, 0.3834227741376774, 0.31458378030816525, 0.29548920103924764, 0.35122200819264876, 0.37104790207874083, 0.2951542181503903, 0.23921967958444657, 0.26204939844513186, 0.31844630292527215, 0.25441595199838835, 0.3541193050332954, 0.47561693166782343, 0.4920813274440533, 0.2039834097698668, 0.4446288566279414, 0.2506913595252059, 0.2845702010579822, 0.3787634855912523, 0.23220395344236575, 0.41885484666504236, 0.29930457428562124, 0.2697214847025931, 0.23415702097424462, 0.29068975063985764, 0.3042727100294643, 0.4969233599532942, 0.2709113107733414, 0.31324455104305604, 0.2912988410136292])

(:export torch FILE.py writes the tensors named DATA[…] to FILE.json)
