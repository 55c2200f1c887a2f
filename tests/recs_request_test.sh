#!/usr/bin/env bash
# `gransk recs 7.s1` shows a response request as `recs` lists it (it said "no
# such recommendation"): what was asked, by when, and once `gransk answer` has
# recorded it, the answer's date, whether it came late, and its text.
set -euo pipefail
gransk=$1 samples=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
db="$work/arkiv.sqlite"
"$gransk" ingest --db "$db" --ocr aldrig "$samples" >/dev/null 2>&1 || true
"$gransk" recs --db "$db" >"$work/recs.txt"
id=$(grep -o '^ *[0-9]*\.s[0-9]*' "$work/recs.txt" | head -1 | tr -d ' ')
[ -n "$id" ] || { echo "FEL: recs listar ingen svarsbegäran att pröva med"; exit 1; }
"$gransk" recs --db "$db" "$id" >"$work/fore.txt"
grep -q "^$id " "$work/fore.txt" && grep -q '^Svar senast: ' "$work/fore.txt" &&
  grep -q '^Inget svar registrerat' "$work/fore.txt" || { echo "FEL: recs $id:"; cat "$work/fore.txt"; exit 1; }
due=$(sed -n 's/^Svar senast: \([0-9-]*\).*/\1/p' "$work/fore.txt")
# Answered a year after the due date: late.
late=$((${due:0:4} + 1))${due:4}
"$gransk" answer --db "$db" "$id" --datum "$late" --text "Nämnden tar fram en handlingsplan" >/dev/null
"$gransk" recs --db "$db" "$id" >"$work/efter.txt"
grep -q "^Besvarad $late – för sent (svar begärdes senast $due), registrerat för hand$" "$work/efter.txt" &&
  grep -q '^”Nämnden tar fram en handlingsplan”$' "$work/efter.txt" || { echo "FEL: recs $id efter svar:"; cat "$work/efter.txt"; exit 1; }
"$gransk" recs --db "$db" --json "$id" | grep -q "\"datum\": \"$late\"" || { echo "FEL: recs --json $id saknar svaret"; exit 1; }
if "$gransk" recs --db "$db" 99999.s9 2>"$work/fel.txt"; then echo "FEL: recs 99999.s9 lyckades"; exit 1; fi
grep -q "ingen rekommendation eller svarsbegäran 99999.s9" "$work/fel.txt" || { echo "FEL: $(cat "$work/fel.txt")"; exit 1; }
# `gransk show REPORT` names its findings as the register does.
"$gransk" show --db "$db" "${id%%.*}" | grep -q "^  $id  " || { echo "FEL: show ${id%%.*} nämner inte $id"; exit 1; }
rec=$(grep -o '^ *[0-9]*\.[0-9]*  ' "$work/recs.txt" | head -1 | tr -d ' ')
if [ -n "$rec" ]; then
  status=$("$gransk" recs --db "$db" "$rec" | sed -n 's/^Status: \([^ ]*\) .*/\1/p')
  "$gransk" show --db "$db" "${rec%%.*}" | grep -q "^  $rec  .* — $status  \[s\. " ||
    { echo "FEL: show ${rec%%.*} visar inte $rec med status $status"; exit 1; }
fi
echo "ok: recs $id före och efter svar; show nämner posterna"
