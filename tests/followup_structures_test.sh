#!/usr/bin/env bash
# An earlier recommendation and its status are found whatever structure the
# follow-up sets them in: a paragraph, a box, a list after any of three
# lead-ins, a table, with the status as its own sentence or at the end of the
# recommendation's line ("Säkerställa att … Status: Åtgärdad."), and a
# statement that names the audit it judges ("Vi bedömer att kommunstyrelsen
# inte helt har vidtagit åtgärder … utifrån genomförd granskning av …").
# Variants of four development follow-ups; every follow-up item must be found
# with the right status.
set -uo pipefail
gransk=$1 samplegen=$2 work=$3 devdata=$4
rm -rf "$work" && mkdir -p "$work/gold" "$work/all" "$work/v"
for g in devset/synth/dev/malmo-2023-uppfoljning-ekonomiskt-bistand \
         devset/synth/dev/raddningstjansten-ostra-gotaland-2023-uppfoljning-tillsyn \
         devset/synth3/dev/hudiksvall-2024-uppfoljning-arbetsmiljo \
         "$devdata/dev-chromium/uppsala-2022-uppfoljande-granskning"; do
  [ -f "$g.gold.json" ] && cp "$g.gold.json" "$work/gold/"
done
"$samplegen" --out "$work/all" --variants "$work/gold" >/dev/null 2>&1
mv "$work"/all/variant-uppfoljning-* "$work/v/" 2>/dev/null
n=$(ls "$work"/v/*.pdf 2>/dev/null | wc -l)
[ "$n" -ge 24 ] || { echo "FEL: bara $n varianter av uppföljningar"; exit 1; }
"$gransk" eval -v "$work/v" >"$work/out" 2>"$work/err"
if grep -aE "^    (saknas uppföljning|fel värde för uppföljning)" "$work/out"; then
  echo "FEL: uppföljningar som inte hittades rätt (ovan), i $work/v"
  exit 1
fi
grep -aq "^extraction F1" "$work/out" || { echo "FEL: eval gav ingen summa"; cat "$work/err"; exit 1; }
echo "$n varianter: varje uppföljning hittad med rätt status"
