#!/usr/bin/env bash
# gransk eval counts what it could not read: a damaged PDF's gold items are
# missed, a missing or malformed gold file is an error naming it, and the
# gates (--min-f1) fail on such input instead of passing on what is left.
set -uo pipefail
gransk=$1 samplegen=$2 work=$3
rm -rf "$work" && mkdir -p "$work/gen"
"$samplegen" --out "$work/gen" --count 3 --seed 11 >/dev/null 2>&1
mapfile -t pdfs < <(ls "$work"/gen/*.pdf)
[ ${#pdfs[@]} -ge 3 ] || { echo "FEL: samplegen gav ${#pdfs[@]} rapporter"; exit 1; }
fail=0
setup() {  # a fresh directory with the first two good reports and their gold
  rm -rf "$work/d" && mkdir -p "$work/d"
  for p in "${pdfs[0]}" "${pdfs[1]}"; do cp "$p" "${p%.pdf}.gold.json" "$work/d/"; done
}
expect() {  # WANT_RC DESCRIPTION GREP_PATTERN [eval args...]
  local want=$1 what=$2 pattern=$3; shift 3
  "$gransk" eval "$work/d" "$@" >"$work/out" 2>"$work/err"; local rc=$?
  if [ "$rc" != "$want" ]; then echo "FEL: $what: kod $rc, väntat $want"; cat "$work/out" "$work/err"; fail=1; fi
  if [ -n "$pattern" ] && ! grep -q -- "$pattern" "$work/out" "$work/err"; then
    echo "FEL: $what: \"$pattern\" saknas i utskriften"; cat "$work/out" "$work/err"; fail=1
  fi
}

setup
expect 0 "två hela rapporter" "extraction F1 1.000" --min-f1 0.9

# A damaged copy of the third report beside its gold: its items are missed.
third=$(basename "${pdfs[2]}" .pdf)
head -c 3000 "${pdfs[2]}" >"$work/d/$third.pdf"
cp "${pdfs[2]%.pdf}.gold.json" "$work/d/"
expect 1 "trasig PDF med facit" "$third.pdf .* 0.000 " --min-f1 0.9
expect 1 "trasig PDF utan tröskel" "deras facit räknas som missat"
f1=$(grep -o 'extraction F1 [0-9.]*' "$work/out" | awk '{print $3}')
awk -v f="$f1" 'BEGIN { exit !(f < 0.9) }' || { echo "FEL: F1 $f1 trots en oläst rapport"; fail=1; }

# Gold files that cannot be used are errors that name them.
setup
second=$(basename "${pdfs[1]}" .pdf)
echo '{"report_type": "granskning", "questions": [' >"$work/d/$second.gold.json"
expect 1 "trasig JSON" "$second.gold.json är ingen giltig JSON" --min-f1 0.9
echo '{}' >"$work/d/$second.gold.json"
expect 1 "tomt facit" "$second.gold.json fältet report_type saknas" --min-f1 0.9
echo '{"report_type": "granskning", "questions": ["Har nämnden?"]}' >"$work/d/$second.gold.json"
expect 1 "fel form på frågor" "questions nr 1 saknar text" --min-f1 0.9
rm "$work/d/$second.gold.json"
expect 1 "PDF utan facit" "$second.pdf saknar facit" --min-f1 0.9
setup
rm "$work/d/$second.pdf"
expect 1 "facit utan PDF" "$second.gold.json har ingen PDF" --min-f1 0.9

[ $fail = 0 ] && echo "ok: eval räknar det som inte gick att läsa"
exit $fail
