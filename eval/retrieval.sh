#!/usr/bin/env bash
# Document rankings on the retrieval collections of eval/retrieval.tsv: for each configuration, index the collection,
# write a TREC run of its queries, score it against the qrels, and fail when MAP drops more than 0.01 below the
# pinned figure. Collections are unpacked or converted into .qasearch/ (never into git): CACM's raw HTML from
# cacm.tar.gz, and the SQuAD sample into BEIR files with jq. Usage: bash eval/retrieval.sh [NAME]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${QASEARCH_DATA:-$root/../shared/data}"
work="$root/.qasearch/eval"
only="${1:-}"
mkdir -p "$work"

# Sets corpus, queries, qrels and top for a collection name, building its files on first use.
collection() {
  queries="$data/ir-cacm/beir/queries.jsonl" qrels="$data/ir-cacm/qrels/qrels.cacm.txt" top=1000
  case "$1" in
    cacm-html)
      corpus="$work/cacm-html"
      [ -d "$corpus" ] || { mkdir -p "$corpus" && tar xzf "$data/ir-cacm/cacm.tar.gz" -C "$corpus"; } ;;
    cacm-tgz)
      # The same raw HTML indexed straight from Anserini's archive (ids cacm.tar.gz/CACM-0001.html).
      corpus="$data/ir-cacm/cacm.tar.gz" ;;
    cacm-beir)
      corpus="$data/ir-cacm/beir/corpus.jsonl" ;;
    cacm-beir-trec-topics)
      # Anserini's own topic file (TREC <DOC><DOCNO> blocks) instead of BEIR queries.jsonl: the same queries.
      corpus="$data/ir-cacm/beir/corpus.jsonl" queries="$data/ir-cacm/topics/topics.cacm.txt" ;;
    squad)
      # Each distinct paragraph is a document (S0, S1, … in order of first use); each question's only relevant
      # document is its own paragraph. Questions are numbered from 1 in file order.
      local dir="$work/squad-retrieval" source="$data/squad-train-sample/data/squad/dev.json"
      local ids='reduce .[].context as $c ({}; if has($c) then . else .[$c] = "S\(length)" end)'
      corpus="$dir/corpus.jsonl" queries="$dir/queries.jsonl" qrels="$dir/qrels.txt" top=100
      if [ ! -s "$qrels" ]; then
        mkdir -p "$dir"
        jq -c "$ids | to_entries[] | {_id: .value, title: \"\", text: .key}" "$source" > "$corpus"
        jq -c 'to_entries[] | {_id: "\(.key + 1)", text: .value.question}' "$source" > "$queries"
        jq -r "($ids) as \$id | to_entries[] | \"\(.key + 1) 0 \(\$id[.value.context]) 1\"" "$source" > "$qrels"
      fi ;;
    *) echo "unknown collection $1" >&2; exit 1 ;;
  esac
}

status=0
declare -A built=()
while IFS=$'\t' read -r name name_of_collection index_options search_options pinned; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "$only" && "$name" != "$only" ]] && continue
  collection "$name_of_collection"
  [ "$index_options" = "-" ] && index_options=""
  [ "$search_options" = "-" ] && search_options=""
  index="$work/retrieval-$(printf '%s %s' "$corpus" "$index_options" | md5sum | cut -c1-10)"
  if [ -z "${built[$index]:-}" ]; then
    # shellcheck disable=SC2086 # options are separate words
    "$root/qasearch" index "$corpus" --index "$index" --fresh --quiet $index_options > /dev/null
    built[$index]=1
  fi
  # shellcheck disable=SC2086
  "$root/qasearch" search --queries "$queries" --run "$work/$name.trec" --top "$top" --index "$index" $search_options > /dev/null
  printf '%-26s ' "$name"
  "$root/qasearch" eval-retrieval --run "$work/$name.trec" --qrels "$qrels" --expect-map "$pinned" || status=1
done < "$root/eval/retrieval.tsv"
exit $status
