#!/bin/sh
# The grammar fuzzer at full size: N statements (default 100000) through the built binary, in
# batches, each answered in order (Tests/GradbookTests/GrammarFuzzTests.swift).
# Usage: scripts/fuzz/run.sh [statements] [seed]
set -eu
cd "$(dirname "$0")/../.."
swift build
GRADBOOK_FUZZ_STATEMENTS="${1:-100000}" GRADBOOK_FUZZ_SEED="${2:-1}" \
    swift test --filter GrammarFuzzTests
