#!/usr/bin/env bash
# watch under load (uses ../shared/data/lti-chaosarium): while `watch` runs over a copy of the collection, one process
# searches the index without pause and another changes files; every change must become searchable, and no search
# may fail. Prints how long each change took to become searchable (an upper bound: each check starts a process).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source_corpus=${1:-../shared/data/lti-chaosarium/collection}
[ -d "$source_corpus" ] || { echo "watch-live: $source_corpus is missing" >&2; exit 1; }
./qasearch --help > /dev/null
work=.qasearch/watch-live
rm -rf "$work" && mkdir -p "$work/corpus"
cp -r "$source_corpus"/. "$work/corpus/"
cli=(dotnet .qasearch/bin/qasearch.dll)

"${cli[@]}" watch "$work/corpus" --index "$work/index" > "$work/watch.log" 2>&1 &
watcher=$!
trap 'kill $watcher 2> /dev/null || true; kill $searcher 2> /dev/null || true' EXIT
for _ in $(seq 600); do grep -q "^Watching" "$work/watch.log" && break; sleep 0.1; done
grep -q "^Watching" "$work/watch.log" || { echo "FAIL: watch did not start"; cat "$work/watch.log"; exit 1; }

# A searcher in another process, without pause, for as long as files change.
( ok=0; failed=0
  while [ ! -f "$work/stop" ]; do
    if "${cli[@]}" search "course instructor" --index "$work/index" --top 3 > /dev/null 2>> "$work/search.err"; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
  done
  echo "$ok $failed" > "$work/searches" ) &
searcher=$!

latencies=()
mapfile -t files < <(find "$work/corpus" -type f -name '*.txt' | sort)
for i in $(seq 1 8); do
  token="zqx${RANDOM}watch${i}"
  file=${files[$((i * 97 % ${#files[@]}))]}
  start=$(date +%s.%N)
  echo "Changed by the watch test: $token." >> "$file"
  found=""
  for _ in $(seq 300); do
    if "${cli[@]}" search "$token" --index "$work/index" --top 1 --json 2> /dev/null | grep -q "$token"; then found=yes; break; fi
    sleep 0.05
  done
  [ -n "$found" ] || { echo "FAIL: change $i never became searchable"; exit 1; }
  latencies+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')")
done
touch "$work/stop"
wait "$searcher"
read -r ok failed < "$work/searches"
kill -TERM "$watcher"; wait "$watcher" || true
trap - EXIT
grep -q "^Stopped; the index is committed." "$work/watch.log" || { echo "FAIL: watch did not stop cleanly on SIGTERM"; tail -3 "$work/watch.log"; exit 1; }
sorted=$(printf '%s\n' "${latencies[@]}" | sort -n)
echo "watch-live: 8 changes searchable after $(echo "$sorted" | head -1)–$(echo "$sorted" | tail -1) s (median $(echo "$sorted" | sed -n 4p) s, each check a new process); searches meanwhile: $ok ok, $failed failed"
[ "$failed" -eq 0 ] || { echo "FAIL: searches failed while watch ran:"; sort "$work/search.err" | uniq -c | head; exit 1; }
