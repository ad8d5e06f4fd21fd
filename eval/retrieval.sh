#!/usr/bin/env bash
# Retrieval on CACM (../shared/data/ir-cacm, Anserini's copy): for each configuration in eval/retrieval.tsv, index
# the corpus, write a TREC run of the 64 topics, score it against the qrels, and fail when MAP drops more than
# 0.01 below the pinned figure. The raw HTML is unpacked from cacm.tar.gz into .qasearch/ (never into git).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${QASEARCH_DATA:-$root/../shared/data}"
work="$root/.qasearch/eval"
only="${1:-}"
mkdir -p "$work"
queries="$data/ir-cacm/beir/queries.jsonl"
qrels="$data/ir-cacm/qrels/qrels.cacm.txt"
status=0
declare -A built=()
while IFS=$'\t' read -r name corpus index_options search_options pinned; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "$only" && "$name" != "$only" ]] && continue
  if [ "$corpus" = "@cacm-html" ]; then
    corpus="$work/cacm-html"
    [ -d "$corpus" ] || { mkdir -p "$corpus" && tar xzf "$data/ir-cacm/cacm.tar.gz" -C "$corpus"; }
  else
    corpus="$data/$corpus"
  fi
  [ "$index_options" = "-" ] && index_options=""
  [ "$search_options" = "-" ] && search_options=""
  index="$work/cacm-$(printf '%s %s' "$corpus" "$index_options" | md5sum | cut -c1-10)"
  if [ -z "${built[$index]:-}" ]; then
    # shellcheck disable=SC2086 # options are separate words
    "$root/qasearch" index "$corpus" --index "$index" --fresh --quiet $index_options > /dev/null
    built[$index]=1
  fi
  # shellcheck disable=SC2086
  "$root/qasearch" search --queries "$queries" --run "$work/$name.trec" --index "$index" $search_options > /dev/null
  printf '%-26s ' "$name"
  "$root/qasearch" eval-retrieval --run "$work/$name.trec" --qrels "$qrels" --expect-map "$pinned" || status=1
done < "$root/eval/retrieval.tsv"
exit $status
