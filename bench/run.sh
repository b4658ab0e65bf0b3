#!/usr/bin/env bash
# The benchmark: builds the release into a temporary folder, serves it
# brotli-compressed on 127.0.0.1 and measures cold loads of the standalone
# page, the element on a plain page, the element on a page that follows the
# speed advice (bench/element.html) and the static floor page
# (bench/floor.html) in headless Chromium, then runs Lighthouse on the
# standalone page.
#
#   bash bench/run.sh [--profile desktop|phone] [--runs N] [--throttle 4]
#                     [--no-lighthouse] [--dist DIR]
#
# --profile phone: CPU 4× slower and Slow 4G (562.5 ms latency, 1,474.56 kbps
# down, 675 kbps up), 5 runs; desktop (the default): no throttling, 10 runs.
# With --dist DIR it measures that build instead of building one. Results go
# to bench/results/<timestamp>.json (not committed); the table is printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

dist=""
args=()
while (($#)); do
  case $1 in
    --dist) dist=$(realpath "$2"); shift 2 ;;
    --dist=*) dist=$(realpath "${1#--dist=}"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done

bash scripts/setup.sh
if [[ -z $dist ]]; then
  dist=$(mktemp -d -t startklar-bench.XXXXXX)
  trap 'rm -rf "$dist"' EXIT
  cargo fetch --quiet   # Trunk.toml sets offline = true
  echo "bench: building the release into $dist"
  trunk build --release --dist "$dist" >"$dist.log" 2>&1 || { cat "$dist.log"; exit 1; }
  rm -f "$dist.log"
fi
node bench/run.mjs --dist "$dist" "${args[@]}"
