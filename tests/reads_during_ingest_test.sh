#!/usr/bin/env bash
# Reads while an ingest writes: the register (CLI and page), search (CLI and
# page) and the report list answer without an error the whole time.
set -euo pipefail
gransk=$1 samplegen=$2 work=$3
# The HTTP tests' server helpers (start_server, stop_servers).
. "$(cd "$(dirname "$0")" && pwd)/web/http/lib.sh"
rm -rf "$work" && mkdir -p "$work"
"$samplegen" --out "$work/pdf" --count 300 --seed 11 >/dev/null 2>&1
db="$work/arkiv.sqlite"
"$samplegen" --out "$work/first" --count 5 --seed 12 >/dev/null 2>&1
"$gransk" ingest --db "$db" -j 1 "$work/first" >/dev/null  # the archive exists before reads start

# Generous search time: under sanitizers, beside an ingest on every core, a
# query may take seconds; what is tested is that reads never fail.
servers=()
trap stop_servers EXIT
start_server --soktid 120  # over $work/arkiv.sqlite; sets url

# The writer: the ingest, then re-tagging of the whole archive (each report
# rewritten in its transaction) until the readers have had their turns, so a
# fast machine that ingests 300 reports in two seconds still tests enough reads.
(
  "$gransk" ingest --db "$db" -j 2 "$work/pdf" >/dev/null 2>&1
  for _ in 1 2 3 4 5 6; do
    [ -e "$work/stop" ] && break
    "$gransk" reindex --db "$db" -j 2 >/dev/null 2>&1
  done
) &
ingest=$!
reads=0 errors=0
while kill -0 "$ingest" 2>/dev/null; do
  [ "$reads" -ge 40 ] && touch "$work/stop"
  for cmd in "recs" "recs" "recs" "recs --json" "recs" "recs" "search riskanalys --soktid 120" "list"; do
    # shellcheck disable=SC2086
    if ! out=$("$gransk" $cmd --db "$db" 2>&1 >/dev/null); then
      errors=$((errors + 1)); echo "FEL: gransk $cmd: $out"
    elif [ -n "$out" ]; then
      errors=$((errors + 1)); echo "FEL: gransk $cmd skrev: $out"
    fi
    reads=$((reads + 1))
  done
  for page in rekommendationer "?q=riskanalys" rapporter; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${url}${page}" || echo 000)
    [ "$code" = 200 ] || { errors=$((errors + 1)); echo "FEL: ${url}${page}: HTTP $code"; }
    reads=$((reads + 1))
  done
done
wait "$ingest"
n=$(sqlite3 "$db" "SELECT count(*) FROM reports")
echo "$reads läsningar under inläsningen, $errors fel; $n rapporter i arkivet"
[ "$errors" = 0 ] && [ "$reads" -ge 20 ] && [ "$n" = 305 ]
