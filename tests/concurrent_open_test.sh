#!/usr/bin/env bash
# A new archive opened by several processes at once (an ingest creating it
# while `recs` and `list` read it): every one opens it, none reports a schema
# error or a busy archive.
set -euo pipefail
gransk=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
errors=0
for round in $(seq 15); do
  db="$work/arkiv-$round.sqlite"
  pids=()
  for k in 1 2 3 4 5 6; do
    "$gransk" list --db "$db" >/dev/null 2>"$work/err.$round.$k" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || errors=$((errors + 1)); done
  for k in 1 2 3 4 5 6; do
    # The note that a new archive was made is no error; anything else is.
    grep -v "nytt, tomt arkiv skapat" "$work/err.$round.$k" >"$work/other.$round.$k" || true
    if [ -s "$work/other.$round.$k" ]; then
      echo "FEL (omgång $round): $(cat "$work/other.$round.$k")"
      errors=$((errors + 1))
    fi
  done
done
echo "90 samtidiga öppningar av nya arkiv, $errors fel"
[ "$errors" = 0 ]
