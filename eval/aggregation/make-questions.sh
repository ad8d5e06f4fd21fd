#!/usr/bin/env bash
# Writes aggregation questions with gold answers computed from the records of ../shared/data (never copied here):
#   - lti-amandali7's paper records (data/paper_jsons/*.json, one JSON object per paper) with jq;
#   - lti-chaosarium's course metadata (collection/courses/*.txt, "Key: value" blocks) with awk.
# Each question asks for a count, an extreme, the most frequent value, a count per value or a lookup by id; the gold
# is computed from the records alone. Ties give ';'-separated alternates (the scorer takes the best). A question whose gold is undetermined
# (an empty set) is not written. Every question gets a category: "dev" (used while developing) or "heldout"
# (a fixed third, chosen by a hash of the question, looked at only to report).
# Usage: make-questions.sh OUTDIR   (writes papers.csv, lookups.csv and courses.csv)
set -eu  # no pipefail: `head` closes pipes early on purpose
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${QASEARCH_DATA:-$root/../shared/data}"
out="${1:?usage: make-questions.sh OUTDIR}"
mkdir -p "$out"
papers="$data/lti-amandali7/data/paper_jsons"
courses="$data/lti-chaosarium/collection/courses"
[ -d "$papers" ] && [ -d "$courses" ] || { echo "make-questions: no records under $data" >&2; exit 1; }
command -v jq >/dev/null || { echo "make-questions: jq is needed (apt-get install jq)" >&2; exit 1; }

split() { # category of a question: a third held out, fixed by the question's hash
  local h; h=$(printf '%s' "$1" | md5sum | cut -c1-2)
  if (( 16#$h % 3 == 0 )); then echo heldout; else echo dev; fi
}
csv() { printf '"%s"' "${1//\"/\"\"}"; }
row() { printf '%s,%s,%s\n' "$(split "$1")" "$(csv "$1")" "$(csv "$2")"; }

all=$(jq -s 'add' "$papers"/*.json)
# Professors with at least 5 papers, in a fixed order.
profs=$(jq -r '[.[] | .profName] | group_by(.) | map(select(length >= 5) | .[0]) | .[]' <<<"$all" | head -16)
{
  echo "Category,Question,Answer"
  while read -r prof; do
    for year in 2023 2022; do
      n=$(jq --arg p "$prof" --argjson y "$year" '[.[] | select(.profName == $p and .year == $y)] | length' <<<"$all")
      if [ "$n" -gt 0 ]; then row "How many papers has $prof published in $year?" "$n"; fi
    done
    n=$(jq --arg p "$prof" '[.[] | select(.profName == $p and .isOpenAccess == true)] | length' <<<"$all")
    if [ "$n" -gt 0 ]; then row "How many open access papers has $prof published?" "$n"; fi
    best=$(jq -r --arg p "$prof" '[.[] | select(.profName == $p and .citationCount != null)] | (map(.citationCount) | max) as $m | map(select(.citationCount == $m) | .title) | unique | join(";")' <<<"$all")
    if [ -n "$best" ]; then row "What is the title of the most cited paper by $prof?" "$best"; fi
    top=$(jq -r --arg p "$prof" '[.[] | select(.profName == $p and .citationCount != null) | .citationCount] | max // empty' <<<"$all")
    if [ -n "$top" ]; then row "How many citations does the most cited paper of $prof have?" "$top"; fi
  done <<<"$profs"
  for year in 2023 2022; do
    most=$(jq -r --argjson y "$year" '[.[] | select(.year == $y) | .profName] | group_by(.) | map({p: .[0], n: length}) | (map(.n) | max) as $m | map(select(.n == $m) | .p) | join(";")' <<<"$all")
    if [ -n "$most" ]; then row "Which faculty member has the most papers in $year?" "$most"; fi
    # The most cited in a year: the citations of each one's papers of that year, summed (not a lifetime figure).
    cited=$(jq -c --argjson y "$year" '[.[] | select(.year == $y) | {p: .profName, c: (.citationCount // 0)}] | group_by(.p) | map({p: .[0].p, c: (map(.c) | add)}) | (map(.c) | max) as $m | map(select(.c == $m))' <<<"$all")
    if [ "$(jq length <<<"$cited")" -gt 0 ]; then
      row "Who is the most cited faculty member in $year?" "$(jq -r 'map(.p) | join(";")' <<<"$cited")"
      row "What is the total citation count of the most cited faculty member in $year?" "$(jq -r '.[0].c' <<<"$cited")"
    fi
  done
  hi=$(jq -r '[.[] | {p: .profName, h: .authorHIndex}] | unique | (map(.h) | max) as $m | map(select(.h == $m) | .p) | unique | join(";")' <<<"$all")
  row "Who is the faculty member with the highest h-index?" "$hi"
} > "$out/papers.csv"

# Lists and lookups over the same records: papers per journal ("N in Journal", most first, journals told apart as
# written), a paper looked up by its id, the papers of a person. A set of their own: their reference passages are
# whole records, so retrieval figures say nothing of them.
{
  echo "Category,Question,Answer"
  while read -r prof; do
    per=$(jq -r --arg p "$prof" '[.[] | select(.profName == $p) | .journal.name // empty | select(. != "")] | group_by(.) | map({j: .[0], n: length}) | sort_by(-.n, (.j | ascii_downcase)) | map("\(.n) in \(.j)") | join(", ")' <<<"$all")
    if [ -n "$per" ]; then row "What are the journals and how many papers has $prof published in each?" "$per"; fi
    id=$(jq -r --arg p "$prof" '[.[] | select(.profName == $p and .paperId != null)] | sort_by(.paperId) | .[0] | "\(.paperId)\t\(.title)"' <<<"$all")
    if [ -n "${id%%$'\t'*}" ] && [ "${id%%$'\t'*}" != null ]; then row "What paper has the paper ID ${id%%$'\t'*}?" "${id#*$'\t'}"; fi
    titles=$(jq -r --arg p "$prof" '[.[] | select(.profName == $p) | .title] | unique | join(", ")' <<<"$all")
    if [ -n "$titles" ]; then row "What are the papers of $prof?" "$titles"; fi
  done <<<"$profs"
} > "$out/lookups.csv"

# Course metadata blocks: semester, department, instructors (comma-separated) of each course file.
table=$(awk -F': ' '
  FNR == 1 { sem = ""; dep = ""; ins = "" }
  /^<start course metadata/ { inmeta = 1 } /^<\/end course metadata/ { if (inmeta) print sem "\t" dep "\t" ins; inmeta = 0 }
  inmeta && $1 == "Semester" { sem = $2; sub(/ \(.*/, "", sem) }
  inmeta && $1 == "Department" { dep = $2 }
  inmeta && $1 == "Instructors" { ins = $2 }' "$courses"/*.txt)
{
  echo "Category,Question,Answer"
  for sem in "Fall 2023" "Spring 2024"; do
    most=$(awk -F'\t' -v s="$sem" '$1 == s && $2 != "" { n[$2]++ } END { for (d in n) if (n[d] > m) m = n[d]; for (d in n) if (n[d] == m) print d }' <<<"$table" | sort | paste -sd';')
    row "Which department offers the most courses in $sem?" "$most"
    # Instructors teaching 2-6 courses that term (a named person, not "TBA").
    awk -F'\t' -v s="$sem" '$1 == s { k = split($3, a, /, */); for (i = 1; i <= k; i++) if (a[i] !~ /TBA/) n[a[i]]++ } END { for (p in n) if (n[p] >= 2 && n[p] <= 6) print n[p] "\t" p }' <<<"$table" | sort -t$'\t' -k2 | head -10 |
      while IFS=$'\t' read -r count person; do row "How many courses does $person teach in $sem?" "$count"; done
    awk -F'\t' -v s="$sem" '$1 == s && $2 != "" { n[$2]++ } END { for (d in n) if (n[d] >= 3) print n[d] "\t" d }' <<<"$table" | sort -t$'\t' -k2 | head -6 |
      while IFS=$'\t' read -r count dep; do row "How many courses does the $dep department offer in $sem?" "$count"; done
  done
} > "$out/courses.csv"
rows() { grep -cE '^(dev|heldout),' "$1"; } # a title may hold a line break inside its quotes
echo "make-questions: $(rows "$out/papers.csv") paper questions, $(rows "$out/lookups.csv") lookups, $(rows "$out/courses.csv") course questions in $out"
