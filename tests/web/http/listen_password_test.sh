#!/usr/bin/env bash
# Off loopback the whole network can reach the page: --listen 0.0.0.0 (or a
# LAN address) is refused without --losenord-fil, and with it every request
# needs HTTP Basic with that password (401 and WWW-Authenticate otherwise);
# ten wrong ones lock the address out for ten minutes (429).
# A password file that others can read, or an empty one, is refused.
# Usage: listen_password_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"

# refused WHAT SERVE-OPTIONS...: gransk serve exits with an error and says why.
refused() {
  local what=$1 rc=0
  shift
  timeout 10 "$gransk" serve --db "$work/arkiv.sqlite" --port 0 "$@" >"$work/out" 2>&1 || rc=$?
  [[ $rc -ne 0 && $rc -ne 124 ]] || fail "$what: gransk serve startade (kod $rc): $(cat "$work/out")"
  ok "$what → kod $rc: $(tr '\n' ' ' <"$work/out" | head -c 200)"
}

refused "--listen 0.0.0.0 utan lösenord" --listen 0.0.0.0
grep -q "losenord-fil" "$work/out" || fail "felet nämner inte --losenord-fil: $(cat "$work/out")"
refused "--listen :: utan lösenord" --listen ::
refused "--listen granskdator.lan utan lösenord" --listen granskdator.lan

umask 077
printf '' >"$work/tom"
refused "tom lösenordsfil" --listen 0.0.0.0 --losenord-fil "$work/tom"
grep -q "tom" "$work/out" || fail "felet nämner inte att filen är tom"
printf 'hemligt-losenord\n' >"$work/delad"
chmod 644 "$work/delad"
refused "lösenordsfil som andra kan läsa" --listen 0.0.0.0 --losenord-fil "$work/delad"
grep -q "chmod 600" "$work/out" || fail "felet säger inte hur filen skyddas"
refused "lösenordsfil som saknas" --listen 0.0.0.0 --losenord-fil "$work/saknas"

printf 'hemligt-losenord\n' >"$work/losen"
chmod 600 "$work/losen"
start_server --listen 0.0.0.0 --losenord-fil "$work/losen"
expect_status 401 "utan lösenord" "${url}statistik"
grep -qi '^WWW-Authenticate: Basic' "$work/headers" || fail "401 utan WWW-Authenticate"
expect_body "lösenord" "utan lösenord"
expect_status 401 "fel lösenord" -u "revisor:fel-losenord" "${url}statistik"
expect_status 401 "nästan rätt lösenord" -u "revisor:hemligt-losenor" "${url}statistik"
expect_status 401 "lösenordet som användarnamn" -u "hemligt-losenord:" "${url}statistik"
expect_status 200 "rätt lösenord" -u "revisor:hemligt-losenord" "${url}statistik"
expect_status 200 "rätt lösenord, annat användarnamn" -u "vem-som-helst:hemligt-losenord" "${url}statistik"
expect_status 401 "skriptet utan lösenord" "${url}static/gransk.js"
expect_status 401 "PDF utan lösenord" "${url}rapport/1/pdf"
expect_status 401 "ändring utan lösenord" --data-urlencode "token=$token" -d atgard=bekrafta "${url}lank"
# Reached by this computer's address in the network, that address is a fine
# Host; another name pointed at it is not.
lan=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9.]+$' | grep -v '^127\.' | head -1 || true)
if [[ -n $lan ]]; then
  expect_status 200 "via $lan med lösenord" -u "revisor:hemligt-losenord" "http://$lan:$port/statistik"
  expect_status 421 "via $lan med Host: evil.example" -u "revisor:hemligt-losenord" \
    -H "Host: evil.example:$port" "http://$lan:$port/statistik"
fi

# Guessing: with the three wrong ones above, ten wrong passwords from one
# address lock it out (429), the right password included; only that address.
for i in $(seq 7); do
  expect_status 401 "fel lösenord $i" -u "revisor:gissning-$i" "${url}statistik"
done
expect_status 429 "rätt lösenord efter tio fel" -u "revisor:hemligt-losenord" "${url}statistik"
expect_body "För många felaktiga lösenord" "efter tio fel"
if [[ -n $lan ]]; then
  expect_status 200 "från $lan efter låsningen av 127.0.0.1" -u "revisor:hemligt-losenord" \
    "http://$lan:$port/statistik"
fi

# On loopback no password is asked.
start_server
expect_status 200 "127.0.0.1 utan lösenord" "${url}statistik"
