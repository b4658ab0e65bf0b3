#!/usr/bin/env bash
# A test variant of the widget's glue and wasm with the `fault-injection`
# feature (each element gets simulateFault()), for the end-to-end fault
# tests only: bash scripts/fault-build.sh. Written to target/fault-build/
# under dist/'s names (startklar-app.js, startklar-app_bg.wasm); the tests
# route those two requests to it. dist/ never holds it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cargo build --quiet --target wasm32-unknown-unknown --features fault-injection --bin startklar-app
wasm-bindgen --target web --out-dir target/fault-build \
  target/wasm32-unknown-unknown/debug/startklar-app.wasm
echo "fault-build: done, output in $ROOT/target/fault-build/"
