#!/usr/bin/env bash
# DNS rebinding: a website whose name is made to point at 127.0.0.1 reaches
# the server with its own name in Host. Only loopback names, and names given
# with --listen or --vardnamn, are served; any other Host gets 421.
# Usage: host_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

for h in "127.0.0.1:$port" "localhost:$port" "[::1]:$port" localhost LOCALHOST:$port; do
  expect_status 200 "Host: $h" -H "Host: $h" "${url}statistik"
done
for h in "evil.example:$port" evil.example "localhost.evil.example:$port" \
  "127.0.0.1.nip.io:$port" "localhost:$port@evil.example" "localhost:x" "[::1" "::1"; do
  expect_status 421 "Host: $h" -H "Host: $h" "${url}statistik"
done
expect_body "DNS-rebinding" "Host: evil.example"
# Every path, not only the pages: the script, a PDF, a change, a missing page.
for p in static/gransk.js rapport/1/pdf finns-inte "sok.csv?q=riskanalys"; do
  expect_status 421 "Host: evil.example /$p" -H "Host: evil.example:$port" "${url}$p"
done
expect_status 421 "POST med Host: evil.example" -H "Host: evil.example:$port" \
  --data-urlencode "token=$token" -d atgard=bekrafta "${url}lank"
# No Host at all, or two.
expect_status 421 "utan Host" -H "Host:" "${url}statistik"
code=$(raw_status 'GET /statistik HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n')
[[ $code == 421 ]] || fail "två Host: väntade 421, fick $code"
ok "två Host → 421"

# A name of this computer given with --vardnamn is served; others still not.
start_server --vardnamn Granskdator.lan
expect_status 200 "--vardnamn: Host: granskdator.lan" -H "Host: granskdator.lan:$port" "${url}statistik"
expect_status 421 "--vardnamn: Host: annan.lan" -H "Host: annan.lan:$port" "${url}statistik"
