#!/usr/bin/env python3
"""Exports each example with `gradbook export torch`, runs the PyTorch script, and checks its
per-step losses against gradbook's: within 1e-10 relative for every train run and every loop
written by hand without dropout, and the eval-mode outputs before training for runs with
dropout (whose masks come from torch's generator, so their losses are only alike). The
examples cover micrograd's demo (a loop written by hand) and a training continued with the same
Adam optimizer and StepLR schedule over two runs and a loop.

    swift build && python3 scripts/export_compare.py [examples...]

Needs torch (pip install torch); the Swift tests never do. Prints one line per comparison and
exits 1 if any exact comparison misses the tolerance.
"""
import os
import re
import subprocess
import sys
import tempfile

TOLERANCE = 1e-10
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = ["examples/export/batchnorm-adam-steplr.gb", "examples/export/spirals-cross-entropy.gb",
            "examples/export/micrograd-train.gb", "examples/export/dropout.gb", "examples/micrograd-demo.gb",
            "examples/export/continued-training.gb"]
LINE = re.compile(r"^(?P<what>.*): largest relative difference from gradbook (?P<d>\S+) over (?P<n>\d+) values$")


def main():
    try:
        import torch
    except ImportError:
        print("torch is not installed (pip install torch); nothing compared")
        return 0
    print(f"torch {torch.__version__}")
    gradbook = os.path.join(ROOT, ".build", "debug", "gradbook")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for example in sys.argv[1:] or EXAMPLES:
            name = os.path.splitext(os.path.basename(example))[0]
            script = os.path.join(folder, name + ".py")
            subprocess.run([gradbook, "export", "torch", os.path.join(ROOT, example), "-o", script, "--force"],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            text = open(script).read()
            dropout = "nn.Dropout(" in text
            result = subprocess.run([sys.executable, script], check=True, capture_output=True, text=True)
            lines = [LINE.match(line) for line in result.stdout.splitlines()]
            print(f"{example}:" + ("" if any(lines) else " nothing to compare (no train run exported)"))
            for match in filter(None, lines):
                difference = float(match["d"])
                exact = not (dropout and match["what"].endswith("losses"))
                verdict = ("ok" if difference <= TOLERANCE else "TOO FAR") if exact else "alike only (dropout masks differ)"
                failed |= exact and difference > TOLERANCE
                print(f"  {match['what']}: {difference:.3e} over {match['n']} values  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
