"""The command line the benchmark's Python peers share: read gradbook's exported data and
initial weights, train, print the training time, and optionally log every step."""

import json
import sys


def run_peer(build, train, usage):
    """`PEER.py DATA.json [--every N] [--log LOG.json]` with the peer's own build and train."""
    args = sys.argv[1:]
    if not args:
        sys.exit(usage)
    every = int(args[args.index("--every") + 1]) if "--every" in args else 10
    with open(args[0]) as f:
        data = json.load(f)
    X, y, model = build(data)
    log, elapsed = train(X, y, model, every=every)
    print(f"training time: {elapsed * 1000:.3f} ms")
    if "--log" in args:
        with open(args[args.index("--log") + 1], "w") as f:
            json.dump({"loss": [loss for loss, _ in log], "accuracy": [acc for _, acc in log]}, f)
