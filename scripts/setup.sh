#!/usr/bin/env bash
# Installs what building and testing Startklar needs, checking first, so a
# second run is quick and silent. Prints one line per thing it installs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Keep in step with Cargo.toml (wasm-bindgen = "=…") and Trunk.toml [tools].
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

say() { echo "setup: $*"; }
# version_is CMD VERSION: does `CMD --version` print exactly that version?
version_is() { [[ " $("$1" --version 2>/dev/null) " == *" $2 "* ]]; }

if ! grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed)"; then
  say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! version_is trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (cargo install, about 10 min)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! version_is wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  # No --locked: its lock file asks for a webpki-roots version crates.io lacks.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, about 4 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

apt_pkgs=()
[[ -x /usr/bin/chromium ]] || apt_pkgs+=(chromium)
[[ -x /usr/bin/chromedriver ]] || apt_pkgs+=(chromium-driver)
command -v brotli >/dev/null || apt_pkgs+=(brotli)
# scripts/package.sh writes zip archives; the package tests unpack them.
command -v zip >/dev/null || apt_pkgs+=(zip)
command -v unzip >/dev/null || apt_pkgs+=(unzip)
if ((${#apt_pkgs[@]})); then
  sudo=""; [[ $EUID -eq 0 ]] || sudo=sudo
  for p in "${apt_pkgs[@]}"; do say "installing Debian package $p"; done
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi

# npm keeps its own copy of the lock in node_modules: when that copy is older
# than package-lock.json, node_modules is stale.
if [[ -f package-lock.json ]]; then
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
elif [[ ! -d node_modules ]]; then
  say "installing npm packages (npm install, no lock file yet)"
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi
