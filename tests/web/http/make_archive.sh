#!/usr/bin/env bash
# The archive the HTTP tests serve: generated reports and original/follow-up
# pairs (so the register has links to decide and requests to answer).
# Usage: make_archive.sh GRANSK SAMPLEGEN WORKDIR
set -euo pipefail
gransk=$1 samplegen=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$samplegen" --out "$work/rapporter" --count 8 --seed 7 >/dev/null 2>&1
"$samplegen" --out "$work/par" --pairs 6 --seed 7 >/dev/null 2>&1
"$gransk" ingest --db "$work/arkiv.sqlite" -j 2 "$work/rapporter" "$work/par" >"$work/ingest.log" 2>&1
n=$(sqlite3 "$work/arkiv.sqlite" "SELECT count(*) FROM reports")
echo "$n rapporter i $work/arkiv.sqlite"
[ "$n" -gt 10 ]
