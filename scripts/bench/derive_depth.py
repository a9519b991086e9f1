#!/usr/bin/env python3
"""How `derive` scales with nesting: d/dx of sigmoid(sigmoid(…(x))) for growing depths.

Usage: python3 scripts/bench/derive_depth.py [--depths 16,32,64,128]

Runs a release build of gradbook on `derive σ(σ(…σ(x)…)) wrt x` and prints the user CPU time of
each run (the process's whole time; start-up is about 10 ms) and the size of what it printed.
"""
import argparse
import os
import resource
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="16,32,64,128")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "gradbook"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "gradbook")
    print("| depth | user CPU (s) | output (bytes) |")
    print("|---:|---:|---:|")
    for depth in [int(d) for d in args.depths.split(",")]:
        expression = "x"
        for _ in range(depth):
            expression = f"sigmoid({expression})"
        with tempfile.NamedTemporaryFile("w", suffix=".gb", delete=False) as f:
            f.write(f"derive {expression} wrt x\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        out = subprocess.run([binary, "run", f.name], capture_output=True, check=True).stdout
        spent = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before
        os.unlink(f.name)
        print(f"| {depth} | {spent:.2f} | {len(out)} |", flush=True)


if __name__ == "__main__":
    main()
