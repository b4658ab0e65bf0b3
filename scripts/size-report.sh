#!/usr/bin/env bash
# Size report of dist/ (build it first with scripts/build.sh): raw, gzip -9 and
# brotli -q 11 bytes per file, and totals. A report only; it fails nothing.
set -euo pipefail
[[ $# -gt 0 ]] && dir=$(realpath "$1")   # before env.sh changes directory
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
dir=${dir:-dist}
[[ -d $dir ]] || { echo "size-report: no $dir/ (run bash scripts/build.sh first)" >&2; exit 1; }
command -v brotli >/dev/null || { echo "size-report: brotli missing (run bash scripts/setup.sh)" >&2; exit 1; }

fmt='%-48s %10s %10s %10s\n'
printf "$fmt" file raw gzip-9 brotli-11
printf "$fmt" "$(printf '%.0s-' {1..48})" ---------- ---------- ----------
t_raw=0 t_gz=0 t_br=0
while IFS= read -r -d '' f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf "$fmt" "${f#"$dir"/}" "$raw" "$gz" "$br"
  t_raw=$((t_raw + raw)) t_gz=$((t_gz + gz)) t_br=$((t_br + br))
done < <(find "$dir" -type f -print0 | sort -z)
printf "$fmt" total "$t_raw" "$t_gz" "$t_br"
