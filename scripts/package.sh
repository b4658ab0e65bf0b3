#!/usr/bin/env bash
# Every release artifact from one release build, into target/package/:
#   startklar-quiz-<version>.tgz        npm package `startklar-quiz`
#   startklar-<version>.zip             static folder for any host, SHA256SUMS, SRI snippet
#   startklar-wordpress-<version>.zip   WordPress plugin "Startklar Quiz"
# The version is the one in Cargo.toml, and nowhere else.
#
#   bash scripts/package.sh              # release build (scripts/build.sh), then package
#   bash scripts/package.sh --no-build   # package the release build already in dist/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    *) echo "usage: bash scripts/package.sh [--no-build]" >&2; exit 2 ;;
  esac
done

# The `version` of the [package] table.
version=$(awk -F'"' '/^\[/ { pkg = ($0 == "[package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
[[ -n $version ]] || { echo "package: no version in Cargo.toml" >&2; exit 1; }

if ((build)); then
  bash scripts/build.sh
else
  bash scripts/setup.sh
fi
node tools/package.mjs "$version" dist target/package
