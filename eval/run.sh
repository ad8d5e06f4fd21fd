#!/usr/bin/env bash
# Evaluates QaSearch on the shared evaluation sets (../shared/data, written by other people; never copied here).
# For each set in eval/sets.tsv: index its corpus afresh, run `qasearch eval`, and fail when F1 drops more than
# 0.01 below the figure pinned in eval/regression.tsv. Per-question results go to .qasearch/eval/NAME.jsonl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${QASEARCH_DATA:-$root/../shared/data}"
work="$root/.qasearch/eval"
only="${1:-}"
[ -d "$data" ] || { echo "eval: no evaluation data at $data (set QASEARCH_DATA)"; exit 1; }
mkdir -p "$work"
# Aggregation questions are generated from the shared records (eval/aggregation/make-questions.sh); sets.tsv names
# them with a leading '@' (relative to $work/aggregation).
bash "$root/eval/aggregation/make-questions.sh" "$work/aggregation" >/dev/null
status=0
declare -A built=()
while IFS=$'\t' read -r name corpus questions options; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "$only" && "$name" != "$only" ]] && continue
  expect=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$root/eval/regression.tsv")
  args=()
  if [ "$corpus" != "-" ]; then
    index="$work/index-$(printf '%s' "$corpus" | md5sum | cut -c1-10)"
    if [ -z "${built[$index]:-}" ]; then
      # shellcheck disable=SC2086 # the corpus column is a space-separated list of paths
      (cd "$data" && "$root/qasearch" index $corpus --index "$index" --fresh --quiet)
      built[$index]=1
    fi
    args+=(--index "$index")
  fi
  [ -n "$expect" ] && args+=(--expect-f1 "$expect")
  echo "== $name (pinned F1 ${expect:-none})"
  # shellcheck disable=SC2086 # options are separate words
  case "$questions" in @*) questions_path="$work/aggregation/${questions#@}" ;; *) questions_path="$data/$questions" ;; esac
  "$root/qasearch" eval "$questions_path" "${args[@]}" $options -o "$work/$name.jsonl" || status=1
done < "$root/eval/sets.tsv"
exit $status
