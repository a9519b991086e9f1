# :export's refusals: nothing to export, no network, no framework, and no file writes in a
# replayed transcript; a session with only a network exports it as it is now.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :export torch
error: nothing to export: the session is empty. Make a network (net = mlp(2, 16,
1)) and train it (train net on moons(100) with adam(net) for 100 steps), then
:export torch FILE.py
  :export torch
  ^
gb> x = 1
x = 1
gb> :export torch
error: nothing to export: the session has no network. Make one (net = mlp(2, 16,
1)) and train it with train net on DATA with OPT for N steps, then :export torch
FILE.py
  :export torch
  ^
gb> :export
error: :export takes a framework and a file: :export torch file.py (PyTorch is
the one framework it writes)
  :export
  ^
gb> :export onnx model.onnx
error: :export takes a framework and a file: :export torch file.py (PyTorch is
the one framework it writes)
  :export onnx model.onnx
  ^
gb> :export! torch
error: :export! needs the file to replace: :export! torch file.py
  :export! torch
  ^
gb> :export torch model.py
error: :export writes no files in a replayed transcript: input from elsewhere
must not overwrite your files; run it at your own prompt
  :export torch model.py
  ^
gb> net = sequential(linear(2, 2), tanh);
gb> :export torch
# PyTorch script exported by gradbook (:export torch). Run it with: python3 THIS_FILE.py
# It rebuilds the session's networks, train runs and training loops from the same numbers:
# the parameters before the first step, the data and each step's mini-batch rows are
# written below.
# Each run and loop prints how far its per-step losses are from the ones gradbook computed;
# a network, optimizer or schedule used again goes on as the same torch object.
#
# Everything in the session is exported.

import torch
from torch import nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)  # gradbook computes in float64
# Only dropout draws random numbers here; its masks come from torch's own generator,
# seeded as the gradbook session was, so they differ from gradbook's.
torch.manual_seed(0)


def compare(what, ours, gradbooks):
    """Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists."""
    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)
    print(f"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values")


# ------------------------------------------------------------------------------
# Network net, as it is now in the session
# gradbook: net = sequential(linear(2, 2), tanh)
net = nn.Sequential(
    nn.Linear(2, 2),  # 0
    nn.Tanh(),  # 1
)
net.load_state_dict({  # its parameters and running statistics as they are now
    "0.weight": torch.tensor([[0.14320750714337982, 0.3504054820849928], [-0.5614145149885545, -0.11796085738336182]]),
    "0.bias": torch.tensor([0.329507204931643, 0.7067510162965664]),
})

