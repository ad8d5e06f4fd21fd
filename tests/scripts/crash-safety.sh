#!/usr/bin/env bash
# Crash safety of indexing (uses ../shared/data/lti-chaosarium): kill -9 an indexing run at several moments; after
# each kill the index must open at its last commit, and running the same command again must complete it with exactly
# the passages of a clean build (same fingerprint: no duplicates, no gaps).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
corpus=${1:-../shared/data/lti-chaosarium/collection}
[ -d "$corpus" ] || { echo "crash-safety: $corpus is missing" >&2; exit 1; }
./qasearch --help > /dev/null
work=.qasearch/crash
rm -rf "$work" && mkdir -p "$work"
cli=(dotnet .qasearch/bin/qasearch.dll)

fingerprint() { "${cli[@]}" stats --index "$1" --json --fingerprint | jq -r '.fingerprint + " " + (.passages|tostring)'; }

echo "clean build"
"${cli[@]}" index "$corpus" --index "$work/clean" -q > /dev/null
read -r clean clean_passages <<< "$(fingerprint "$work/clean")"
echo "  $clean_passages passages, fingerprint ${clean:0:16}"

kills=0
previous=0
for delay in 0.8 1.3 1.1 1.6 0.9 1.4; do
  "${cli[@]}" index "$corpus" --index "$work/killed" -q --commit-every 0.2 > "$work/run.log" 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2> /dev/null; then
    wait "$pid" 2> /dev/null || true
    kills=$((kills + 1))
    # The index must open at its last commit, and hold no fewer passages than after the previous kill.
    if ! "${cli[@]}" stats --index "$work/killed" --json > "$work/stats.json" 2> "$work/stats.err"; then
      # Killed before the first commit of an empty folder: nothing to open yet is the one allowed outcome.
      grep -q "holds no index yet" "$work/stats.err" || { echo "FAIL: index unreadable after kill $kills"; cat "$work/stats.err"; exit 1; }
      now=0
    else
      now=$(jq .passages "$work/stats.json")
    fi
    "${cli[@]}" search "course" --index "$work/killed" --top 1 > /dev/null 2>&1 || [ "$now" -eq 0 ] || { echo "FAIL: search failed after kill $kills"; exit 1; }
    echo "  kill $kills after ${delay}s: the index opens at its last commit with $now passages"
    [ "$now" -ge "$previous" ] || { echo "FAIL: passages went down from $previous to $now"; exit 1; }
    previous=$now
  else
    wait "$pid"
    echo "  the run finished within ${delay}s"
    break
  fi
done
[ "$kills" -ge 2 ] || { echo "FAIL: only $kills runs were killed; the corpus indexes too fast to test" >&2; exit 1; }

echo "the same command again completes it"
"${cli[@]}" index "$corpus" --index "$work/killed" -q | sed 's/^/  /' | head -2
read -r resumed resumed_passages <<< "$(fingerprint "$work/killed")"
if [ "$resumed" != "$clean" ]; then
  echo "FAIL: after $kills kills the index differs from a clean build ($resumed_passages against $clean_passages passages)"
  exit 1
fi
echo "crash-safety: $kills kills, then one run: identical to a clean build ($resumed_passages passages)"
