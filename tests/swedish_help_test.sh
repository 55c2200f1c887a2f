#!/usr/bin/env bash
# The help of gransk and of every command is Swedish: no CLI11 English
# ("Usage:", "Options:", "REQUIRED", "Subcommands:", "Positionals:", "POSITIVE"),
# and so is what a wrong value gets (no "Value 0 not in range 0.000000 to …").
set -euo pipefail
gransk=$1
fail=0
check() {
  local out
  out=$("$gransk" "$@" --help 2>&1) || true
  if grep -nE 'Usage:|Options:|REQUIRED|Subcommands:|Positionals:|SUBCOMMAND|OPTIONS|POSITIVE| in \[' <<<"$out"; then
    echo "FEL: engelska i gransk $* --help"; fail=1
  fi
  grep -q '^Användning: gransk' <<<"$out" || { echo "FEL: gransk $* --help saknar Användning:"; fail=1; }
}
check
for cmd in $("$gransk" --help | sed -n '/^Kommandon:/,$p' | awk '/^  [a-z]/ {print $1}'); do
  check "$cmd"
done
check rules check
# A wrong value or a missing command: a Swedish sentence, exit code 2.
wrong() { # EXPECTED ARGS...: the first line of stderr
  local want=$1 out rc=0; shift
  out=$("$gransk" "$@" 2>&1 >/dev/null) || rc=$?
  [ "$rc" = 2 ] || { echo "FEL: gransk $* gav slutkod $rc"; fail=1; }
  [ "$(head -1 <<<"$out")" = "$want" ] || { echo "FEL: gransk $*: $(head -1 <<<"$out")"; fail=1; }
}
wrong "gransk: ogiltigt värde: --limit: måste vara ett heltal större än 0 (angavs: 0)" search --limit 0 x
wrong "gransk: ogiltigt värde: --soktid: måste vara 1–600 (angavs: 900)" search --soktid 900 x
wrong "gransk: ogiltigt värde: --format: tar md, html, json eller csv (angavs: pdf)" followup --format pdf x
wrong "gransk: ogiltigt värde: --ocr: tar auto, alltid eller aldrig (angavs: ibland)" extract --ocr ibland x.pdf
wrong "gransk: ogiltigt värde: --port: måste vara 0–65535 (angavs: 70000)" serve --port 70000
wrong "gransk: ange ett kommando, t.ex. gransk search"
[ "$fail" = 0 ] && echo "hjälptexten är svensk"
