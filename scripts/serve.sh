#!/usr/bin/env bash
# Serves the widget with live reload: bash scripts/serve.sh [extra trunk serve args]
# Trunk's debug build goes to target/serve/, never to dist/: dist/ only ever
# holds a release build (scripts/build.sh), the one to upload or package.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash scripts/setup.sh
cargo fetch --quiet   # Trunk.toml sets offline = true, so crates must be local first

port=8080   # Trunk.toml [serve]; follow a --port given here
prev=""
for arg in "$@"; do
  [[ $prev == --port ]] && port=$arg
  [[ $arg == --port=* ]] && port=${arg#--port=}
  prev=$arg
done

cat <<MSG

  Startklar is served at   http://127.0.0.1:$port/
  Demo blog page:          http://127.0.0.1:$port/demo/blog.html
  (the first build takes a minute or two; Ctrl-C stops)

MSG
exec trunk serve --dist target/serve "$@"
