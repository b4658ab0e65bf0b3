# Sourced by the other scripts (not executed): puts the tools they need on PATH
# for this process only, and cds to the repository root.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# cargo-installed tools (trunk, wasm-bindgen) and npm-installed ones, should the
# build ever use one (Trunk looks tools up on PATH and must not download them).
PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export PATH
