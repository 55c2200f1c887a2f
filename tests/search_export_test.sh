#!/usr/bin/env bash
# Exports are complete: `gransk search --csv` and `--json` give every hit (the
# terminal shows the 20 best), each row with its report id and file, and
# --limit still bounds them when given; `gransk list` has --csv and --json;
# search, list, recs and stats write the same rows to Excel with --xlsx.
set -euo pipefail
gransk=$1 samples=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db="$work/arkiv.sqlite"
"$gransk" ingest --db "$db" --ocr aldrig "$samples" >/dev/null 2>&1 || true
total=$("$gransk" search --db "$db" granskning | sed -n 1p | grep -o '^[0-9]*')
[ "$total" -gt 20 ] || { echo "FEL: för få träffar att pröva med ($total)"; exit 1; }
"$gransk" search --db "$db" --csv granskning >"$work/alla.csv"
head -1 "$work/alla.csv" | grep -q ',post,status,rapport,fil$' || { echo "FEL: CSV saknar post, status, rapport och fil"; head -1 "$work/alla.csv"; exit 1; }
rows=$(grep -c '\.pdf$' "$work/alla.csv")
[ "$rows" = "$total" ] || { echo "FEL: CSV har $rows rader, sökningen $total träffar"; exit 1; }
# Every file named exists.
tail -n +2 "$work/alla.csv" | grep -o '[^,]*\.pdf$' | sort -u | while read -r f; do
  [ -f "$f" ] || { echo "FEL: filen $f finns inte"; exit 1; }
done
json=$("$gransk" search --db "$db" --json granskning | grep -c '"rapport":')
[ "$json" = "$total" ] || { echo "FEL: JSON har $json träffar, sökningen $total"; exit 1; }
# Each recommendation is named as the register names it, with its status there.
"$gransk" search --db "$db" --json --typ rekommendation säkerställa >"$work/rek.json"
post=$(sed -n 's/^ *"post": "\([0-9]*\.[0-9]*\)",*$/\1/p' "$work/rek.json" | head -1)
status=$(sed -n 's/^ *"status": "\([^"]*\)",*$/\1/p' "$work/rek.json" | head -1)
[ -n "$post" ] && [ -n "$status" ] || { echo "FEL: en rekommendation utan post eller status i --json"; exit 1; }
"$gransk" recs --db "$db" "$post" | grep -q "^Status: $status " ||
  { echo "FEL: recs $post säger inte status $status: $("$gransk" recs --db "$db" "$post" | grep Status)"; exit 1; }
"$gransk" search --db "$db" --csv --typ rekommendation säkerställa | tail -n +2 >"$work/rek.csv"
without=$(grep -vc ',[0-9]*\.[0-9]*,[^,]*,[0-9]*,[^,]*\.pdf$' "$work/rek.csv" || true)
[ -s "$work/rek.csv" ] && [ "$without" = 0 ] || { echo "FEL: $without CSV-rader för rekommendationer saknar post"; exit 1; }
# --xlsx: the same hits to an Excel file (its contents: tests/xlsx_export_test.cc).
said=$("$gransk" search --db "$db" --xlsx "$work/alla.xlsx" granskning)
[ "$said" = "$total rader i $work/alla.xlsx" ] || { echo "FEL: search --xlsx sade: $said"; exit 1; }
[ "$(head -c 2 "$work/alla.xlsx")" = PK ] || { echo "FEL: alla.xlsx är ingen Excelfil"; exit 1; }
for cmd in list recs stats; do
  n=$("$gransk" "$cmd" --db "$db" --csv | tail -n +2 | wc -l)
  said=$("$gransk" "$cmd" --db "$db" --xlsx "$work/$cmd.xlsx")
  case "$said" in "$n rad"*" i $work/$cmd.xlsx") ;; *) echo "FEL: $cmd --xlsx sade \"$said\", --csv har $n rader"; exit 1 ;; esac
done
if "$gransk" search --db "$db" --xlsx "$work/finns-inte/x.xlsx" granskning 2>"$work/fel.txt"; then
  echo "FEL: --xlsx till en katalog som inte finns lyckades"; exit 1
fi
grep -q "kunde inte skriva Excelfilen .*finns-inte/x.xlsx: katalogen finns inte" "$work/fel.txt" ||
  { echo "FEL: fel besked: $(cat "$work/fel.txt")"; exit 1; }
five=$("$gransk" search --db "$db" --csv --limit 5 granskning | grep -c '\.pdf$')
[ "$five" = 5 ] || { echo "FEL: --limit 5 gav $five rader"; exit 1; }
# gransk list: the same reports as a table, CSV and JSON.
reports=$("$gransk" list --db "$db" | tail -n +2 | wc -l)
[ "$reports" -gt 0 ] || { echo "FEL: list visar inga rapporter"; exit 1; }
csv=$("$gransk" list --db "$db" --csv | tail -n +2 | grep -c ',[0-9a-f]\{64\}$')
[ "$csv" = "$reports" ] || { echo "FEL: list --csv har $csv rader, list $reports"; exit 1; }
json=$("$gransk" list --db "$db" --json | grep -c '"sha256":')
[ "$json" = "$reports" ] || { echo "FEL: list --json har $json rapporter, list $reports"; exit 1; }
# An organisation is found however it is written (SQL's LIKE folded only ASCII,
# so "östhammar" and "södra dalarnas" found nothing while recs found them).
hits() { "$gransk" search --db "$db" --kommun "$1" granskning 2>/dev/null | sed -n 1p | grep -o '^[0-9]*'; }
official=$(hits "Östhammars kommun")
[ "$official" -gt 0 ] || { echo "FEL: Östhammars kommun gav inga träffar"; exit 1; }
for k in "östhammar" "ÖSTHAMMARS KOMMUN" "0382"; do
  [ "$(hits "$k")" = "$official" ] || { echo "FEL: --kommun \"$k\" gav $(hits "$k"), inte $official"; exit 1; }
done
[ "$(hits "södra dalarnas")" = "$(hits "Södra Dalarnas kommunalförbund")" ] &&
  [ "$(hits "södra dalarnas")" -gt 0 ] || { echo "FEL: södra dalarnas"; exit 1; }
[ "$("$gransk" list --db "$db" --kommun östhammar | tail -n +2 | wc -l)" -gt 0 ] ||
  { echo "FEL: list --kommun östhammar"; exit 1; }
# By report: each report once, as many as the export's distinct reports.
distinct=$(tail -n +2 "$work/alla.csv" | grep -o ',[0-9]*,[^,]*\.pdf$' | cut -d, -f2 | sort -u | wc -l)
byreport=$("$gransk" search --db "$db" --per-rapport granskning | sed -n 1p | grep -o '^[0-9]*')
[ "$byreport" = "$distinct" ] || { echo "FEL: --per-rapport säger $byreport rapporter, exporten har $distinct"; exit 1; }
ids=$("$gransk" search --db "$db" --per-rapport --json granskning | grep -E '^            "rapport":' | sort | uniq -d | wc -l)
[ "$ids" = 0 ] || { echo "FEL: --per-rapport --json nämner en rapport två gånger"; exit 1; }
shown=$("$gransk" search --db "$db" --per-rapport --limit 3 granskning | grep -c '^[0-9]*\. ')
[ "$shown" = 3 ] || { echo "FEL: --per-rapport --limit 3 visade $shown rapporter"; exit 1; }

# The kind of report is a facet and a filter: the filter gives the facet's count.
facet=$("$gransk" search --db "$db" --facets granskning | sed -n 's/^Slag av rapport: *granskning (\([0-9]*\)).*/\1/p')
[ -n "$facet" ] || { echo "FEL: ingen fasett Slag av rapport med granskning"; exit 1; }
kind=$("$gransk" search --db "$db" --rapporttyp granskning granskning | sed -n 1p | grep -o '^[0-9]*')
[ "$kind" = "$facet" ] || { echo "FEL: --rapporttyp granskning gav $kind, fasetten säger $facet"; exit 1; }

# A name no organisation has is said, with the nearest names, and exits 1.
for cmd in search list recs; do
  extra=(); [ "$cmd" = search ] && extra=(granskning)
  if "$gransk" "$cmd" --db "$db" --kommun Tierpp "${extra[@]}" >/dev/null 2>"$work/fel.txt"; then
    echo "FEL: $cmd --kommun Tierpp lyckades"; exit 1
  fi
  grep -q 'ingen organisation i arkivet heter "Tierpp" (närmast: Tierps kommun' "$work/fel.txt" ||
    { echo "FEL: $cmd --kommun Tierpp:"; cat "$work/fel.txt"; exit 1; }
done
# A list that an organisation or year leaves empty says so in words.
[ "$("$gransk" list --db "$db" --ar 1900)" = "Inga rapporter som passar urvalet." ] ||
  { echo "FEL: list --ar 1900: $("$gransk" list --db "$db" --ar 1900)"; exit 1; }
# A follow-up pack on a subject the organisation's reports never touch is said, exit 1.
if "$gransk" followup --db "$db" "Tierps kommun" --amne flygplatser >"$work/pack.md" 2>"$work/fel.txt"; then
  echo "FEL: followup --amne flygplatser lyckades: $(head -3 "$work/pack.md")"; exit 1
fi
grep -q '^gransk followup: inget i arkivet om ”flygplatser” för Tierps kommun (utan --amne: [1-9][0-9]* rapporter' "$work/fel.txt" ||
  { echo "FEL: followup --amne flygplatser: $(cat "$work/fel.txt")"; exit 1; }
echo "search --csv/--json: alla $total träffar, med rapport och fil; list: $reports rapporter i alla format"
