#!/usr/bin/env bash
# kill -9 during an ingest, then re-run: the archive must pass PRAGMA
# integrity_check and hold every report exactly once. Bounded: 150 reports.
set -euo pipefail
gransk=$1 samplegen=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$samplegen" --out "$work/pdf" --count 150 --seed 99 2>/dev/null
db="$work/arkiv.sqlite"
"$gransk" ingest --db "$db" -j 2 "$work/pdf" >/dev/null 2>&1 &
pid=$!
# Kill it once some reports are in, mid-way.
for _ in $(seq 200); do
  sleep 0.05
  n=$(sqlite3 "$db" "SELECT count(*) FROM reports" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 20 ] && break
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
before=$(sqlite3 "$db" "SELECT count(*) FROM reports")
"$gransk" ingest --db "$db" -j 2 "$work/pdf" >/dev/null
check=$("$gransk" status --check --db "$db" | sed -n 's/^Integritetskontroll: //p')
total=$(sqlite3 "$db" "SELECT count(*) FROM reports")
distinct=$(sqlite3 "$db" "SELECT count(DISTINCT sha256) FROM reports")
echo "killed after $before reports; after re-run: $total reports ($distinct distinct), integrity (SQLite + FTS5): $check"
rm -rf "$work"
[ "$check" = "ok" ] && [ "$total" = 150 ] && [ "$distinct" = 150 ] && [ "$before" -lt 150 ]
