#!/usr/bin/env bash
# Ids connect: on a report's page each recommendation's id ("5.3") links to
# it in the register, and the register has the place the link points to.
# Usage: item_links_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
"$gransk" recs --db "$work/arkiv.sqlite" >"$work/recs.txt"
item=$(grep -o '^ *[0-9]*\.[0-9]*  ' "$work/recs.txt" | head -1 | tr -d ' ')
[ -n "$item" ] || fail "registret har ingen rekommendation att pröva med"
report=${item%%.*}
start_server
expect_status 200 "rapportsidan" "${url}rapport/$report"
grep -q "<a class=\"id\" href=\"/rekommendationer?rapport=$report#rek-$item\">$item</a>" "$work/body" ||
  fail "rapportsidan länkar inte $item till registret: $(grep -o 'class="id"[^<]*' "$work/body" | head -3)"
ok "rapportsidan länkar $item till registret"
expect_status 200 "registret för rapport $report" "${url}rekommendationer?rapport=$report"
grep -q "id=\"rek-$item\"" "$work/body" || fail "registret har ingen plats rek-$item"
ok "registret har $item där länken pekar"
