#!/usr/bin/env bash
# Query limits: a search of more than 1 000 bytes or 32 search words is
# refused with a Swedish sentence (page, export, batch and CLI alike) instead
# of being run.
# Usage: query_limits_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

long=$(head -c 1001 /dev/zero | tr '\0' 'a')
expect_status 400 "sökfråga på 1 001 byte" "${url}?q=$long"
expect_body "Sökfrågan är för lång" "sökfråga på 1 001 byte"
expect_status 400 "export av sökfråga på 1 001 byte" "${url}sok.csv?q=$long"
words=$(printf 'ord%d+' $(seq 33))
expect_status 400 "33 sökord" "${url}?q=${words%+}"
expect_body "för många sökord" "33 sökord"
phrase=$(printf 'ord%d+' $(seq 40))
expect_status 400 "fras med 40 ord" "${url}?q=%22${phrase%+}%22"
words=$(printf 'riskanalys%d+' $(seq 32))
expect_status 200 "32 sökord" "${url}?q=${words%+}"
expect_status 200 "vanlig sökning" "${url}?q=riskanalys"

echo "$long" >"$work/fragor.txt"
echo riskanalys >>"$work/fragor.txt"
expect_status 200 "batch med en för lång fråga" -F "token=$token" -F "fragor=@$work/fragor.txt" "${url}sok/batch"
grep -q "Sökfrågan är för lång" "$work/body" || fail "batchen säger inte att frågan är för lång"
grep -q "^riskanalys," "$work/body" || fail "batchen hoppade över frågan efter den för långa"
ok "batchen: felet på sin rad, nästa fråga körd"

rc=0
"$gransk" search --db "$work/arkiv.sqlite" "$long" >"$work/out" 2>&1 || rc=$?
[[ $rc -ne 0 ]] && grep -q "Sökfrågan är för lång" "$work/out" ||
  fail "gransk search med 1 001 byte: kod $rc: $(head -c 300 "$work/out")"
ok "gransk search med 1 001 byte → kod $rc"
