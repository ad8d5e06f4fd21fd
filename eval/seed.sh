#!/usr/bin/env bash
# The project's seed (../shared/seeds): index it and answer its question file, then answer it again from its own
# context (--own-context --fill); fail unless both answers are "the disparity" (or "disparity").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seeds="${QASEARCH_SEEDS:-$root/../shared/seeds}"
[ -d "$seeds" ] || { echo "seed: no seeds at $seeds" >&2; exit 1; }
work="$root/.qasearch/seed"
"$root/qasearch" index "$seeds" --index "$work" --fresh --quiet > /dev/null
"$root/qasearch" answer "$seeds" --index "$work" --output "$work/answers.jsonl" 2> /dev/null
# The same question files answered from their own context alone, as a user holding them would, and filled in.
"$root/qasearch" answer "$seeds" --own-context --fill "$work/filled" --output "$work/own.jsonl" 2> /dev/null
cat "$work/own.jsonl" >> "$work/answers.jsonl"
status=0
while IFS= read -r line; do
  id=$(jq -r .id <<< "$line")
  answer=$(jq -r '.answer // ""' <<< "$line")
  normalised=$(tr '[:upper:]' '[:lower:]' <<< "$answer" | sed -E 's/^(the|a|an) //; s/[[:punct:]]//g; s/^ +| +$//g')
  if [ "$normalised" = "disparity" ]; then
    echo "seed $id: \"$answer\" (confidence $(jq .score <<< "$line")) ok"
  else
    echo "seed $id: FAIL: answered \"$answer\", expected \"the disparity\""
    status=1
  fi
done < "$work/answers.jsonl"
[ -s "$work/answers.jsonl" ] || { echo "seed: no answers written" >&2; exit 1; }
exit $status
