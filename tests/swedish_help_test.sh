#!/usr/bin/env bash
# The help of gransk and of every command is Swedish: no CLI11 English
# ("Usage:", "Options:", "REQUIRED", "Subcommands:", "Positionals:").
set -euo pipefail
gransk=$1
fail=0
check() {
  local out
  out=$("$gransk" "$@" --help 2>&1) || true
  if grep -nE 'Usage:|Options:|REQUIRED|Subcommands:|Positionals:|SUBCOMMAND|OPTIONS' <<<"$out"; then
    echo "FEL: engelska i gransk $* --help"; fail=1
  fi
  grep -q '^Användning: gransk' <<<"$out" || { echo "FEL: gransk $* --help saknar Användning:"; fail=1; }
}
check
for cmd in $("$gransk" --help | sed -n '/^Kommandon:/,$p' | awk '/^  [a-z]/ {print $1}'); do
  check "$cmd"
done
check rules check
[ "$fail" = 0 ] && echo "hjälptexten är svensk"
