#!/usr/bin/env bash
# THE test command (README and CI): lint, native tests, wasm component tests in
# headless Chromium, release build and packages, end-to-end tests, package
# tests (npm + Vite, static archive) and the WordPress plugin in a real
# WordPress. Stops at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

summary=()
finish() {
  echo
  echo "==== summary ===="
  printf '%s\n' "${summary[@]}"
}
trap finish EXIT

# stage NAME COMMAND...: runs COMMAND with a header and records the outcome.
stage() {
  local name=$1; shift
  local start=$SECONDS
  echo
  echo "==== $name ===="
  if "$@"; then
    summary+=("  ok    $name ($((SECONDS - start)) s)")
  else
    local rc=$?
    summary+=("  FAIL  $name ($((SECONDS - start)) s, exit $rc)")
    exit "$rc"
  fi
}

# Chained with && because `set -e` does not apply inside a function called from `if`.
lint() {
  cargo fmt --check &&
    cargo clippy --all-targets -- -D warnings &&
    cargo clippy --features prerender --bin startklar-prerender -- -D warnings &&
    cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
}

# The prerender binary needs its feature, so plain `cargo test` skips it.
native_tests() {
  cargo test && cargo test --features prerender --bin startklar-prerender
}

wasm_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --target wasm32-unknown-unknown --lib --tests
}

stage setup bash scripts/setup.sh
stage lint lint
stage "native tests" native_tests
stage "wasm tests (headless Chromium)" wasm_tests
# package.sh runs the release build (scripts/build.sh) once, then packages it.
stage "release build and packages" bash scripts/package.sh
stage "fault-injection test build" bash scripts/fault-build.sh
stage "end-to-end tests" node --test tests/e2e/
stage "package tests (npm + Vite, archive)" node --test tests/packaging/
stage "WordPress plugin (real WordPress)" bash scripts/test-wordpress.sh
echo
echo "all stages passed"
