#!/usr/bin/env bash
# Evaluates QaSearch on the shared evaluation sets (../shared/data, written by other people; never copied here).
# For each set in eval/sets.tsv: index its corpus afresh, run `qasearch eval`, and fail when F1, EM or R@5 drops
# more than 0.01 below the figure pinned in eval/regression.tsv. Per-question results go to .qasearch/eval/NAME.jsonl.
# Rows whose options hold "--as-question-files @" are the same questions written as question files and read alone.
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
  read -r expect expect_em expect_r5 < <(awk -F'\t' -v n="$name" '$1 == n { print $2, $3, $4 }' "$root/eval/regression.tsv") || true
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
  # A set read as question files writes them to a folder of its own.
  if [[ "$options" == *"--as-question-files @"* ]]; then
    rm -rf "$work/question-files/$name"
    options=${options//--as-question-files @/--as-question-files $work/question-files/$name}
  fi
  echo "== $name (pinned F1 ${expect:-none}, EM ${expect_em:-none}, R@5 ${expect_r5:-none})"
  # shellcheck disable=SC2086 # options are separate words
  case "$questions" in @*) questions_path="$work/aggregation/${questions#@}" ;; *) questions_path="$data/$questions" ;; esac
  "$root/qasearch" eval "$questions_path" "${args[@]}" $options -o "$work/$name.jsonl" | tee "$work/$name.out" || status=1
  # EM and R@5 beside F1 (eval itself checks F1): from the summary line of all questions.
  for pair in "EM:${expect_em:-}" "R@5:${expect_r5:-}"; do
    metric=${pair%%:*} pinned=${pair#*:}
    [ -n "$pinned" ] || continue
    got=$(grep -m1 '^all ' "$work/$name.out" | grep -oE "$metric [0-9.]+" | awk '{ print $2 }')
    if [ -z "$got" ] || awk -v g="$got" -v p="$pinned" 'BEGIN { exit !(g < p - 0.01) }'; then
      echo "FAIL: $name $metric ${got:-missing}, more than 0.01 below the $pinned pinned in eval/regression.tsv"
      status=1
    fi
  done
done < "$root/eval/sets.tsv"
exit $status
