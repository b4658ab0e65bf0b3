#!/usr/bin/env bash
# The long fuzz run (not in CI): property tests of every decoder of outside
# data (share codes, stored state, attributes, URL parameters, language
# tags) on at least a million generated inputs, in release mode.
#
#   bash scripts/fuzz.sh                      # 100 000 inputs per property, fresh seed
#   FUZZ_SEED=123 bash scripts/fuzz.sh        # repeat a run (the seed is printed)
#   FUZZ_CASES=1000000 bash scripts/fuzz.sh   # longer
#
# The bounded pass of the same properties runs in `cargo test` (tests/fuzz.rs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec cargo test --release --test fuzz -- --ignored --nocapture million_inputs
