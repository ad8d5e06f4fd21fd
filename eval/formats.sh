#!/usr/bin/env bash
# Corpus readers on real files written by other tools (../shared/data/formats-wild): index it, print per format the
# files, the files read, and the skipped ones by reason, and fail when a format reads fewer files than eval/formats.tsv pins.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${QASEARCH_DATA:-$root/../shared/data}/formats-wild"
[ -d "$data" ] || { echo "formats: no formats-wild at $data" >&2; exit 1; }
work="$root/.qasearch/formats"
"$root/qasearch" index "$data" --index "$work" --fresh --by-format > "$work.log" 2>/dev/null || true
# Characters extracted per extension, as index --by-format counts them.
sed -n '/^format /,/^Skipped/p' "$work.log" | grep -v '^Skipped' || true
status=0
printf '%-6s %6s %6s  %s\n' format files read "skipped (why)"
for folder in "$data"/*/; do
  format=$(basename "$folder")
  files=$(find "$folder" -type f | wc -l)
  skipped=$({ grep -E "^  .*formats-wild/$format/" "$work.log" || true; } | sed -E 's/^  [^:]+: //; s/ \(.*//; s/;.*//' | sort | uniq -c | sort -rn | awk '{ n = $1; $1 = ""; printf "%s%d%s", sep, n, $0; sep = ", " }')
  count=$(grep -cE "^  .*formats-wild/$format/" "$work.log" || true)
  read=$((files - count))
  printf '%-6s %6d %6d  %s\n' "$format" "$files" "$read" "${skipped:-none}"
  pinned=$(awk -F'\t' -v f="$format" '$1 == f { print $2 }' "$root/eval/formats.tsv")
  if [ -n "$pinned" ] && [ "$read" -lt "$pinned" ]; then
    echo "FAIL: $format reads $read files, fewer than the $pinned pinned in eval/formats.tsv"
    status=1
  fi
done
exit $status
