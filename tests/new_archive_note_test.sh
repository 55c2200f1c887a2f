#!/usr/bin/env bash
# A command on an archive that does not exist says so: the new, empty archive
# and where it is, and how to fill it, instead of a quiet "0 träffar". Ingest
# names the new archive too; an existing archive gets no note.
set -euo pipefail
gransk=$1 samples=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db="$work/arkiv.sqlite"
"$gransk" search --db "$db" risk >"$work/out.txt" 2>"$work/err.txt" || true
grep -q "nytt, tomt arkiv skapat: $db (läs in rapporter med gransk ingest" "$work/err.txt" ||
  { echo "FEL: ingen upplysning om det nya arkivet:"; cat "$work/err.txt"; exit 1; }
grep -qx "0 träffar" "$work/out.txt" || { echo "FEL: väntade '0 träffar':"; cat "$work/out.txt"; exit 1; }
"$gransk" search --db "$db" risk >/dev/null 2>"$work/err2.txt" || true
[ ! -s "$work/err2.txt" ] || { echo "FEL: upplysning om ett arkiv som finns:"; cat "$work/err2.txt"; exit 1; }
"$gransk" ingest --db "$work/b.sqlite" --ocr aldrig "$(ls "$samples"/*.pdf | head -1)" >/dev/null 2>"$work/err3.txt"
grep -qx "gransk: nytt, tomt arkiv skapat: $work/b.sqlite" "$work/err3.txt" ||
  { echo "FEL: ingest på ett nytt arkiv:"; cat "$work/err3.txt"; exit 1; }
echo "ett nytt arkiv sägs, med var det ligger"
