#!/usr/bin/env bash
# Release build of the widget into dist/: bash scripts/build.sh [extra trunk build args]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash scripts/setup.sh
cargo fetch --quiet   # Trunk.toml sets offline = true, so crates must be local first
trunk build --release "$@"
echo "build: done, output in $ROOT/dist/"
