#!/usr/bin/env bash
# Request heads: at most 64 header fields, an address of at most 4 096
# characters; larger ones are refused (431, 414) instead of parsed.
# Usage: request_limits_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

many=()
for i in $(seq 100); do many+=(-H "X-Falt-$i: $i"); done
expect_status '431|400' "100 huvudfält" "${many[@]}" "${url}statistik"
few=()
for i in $(seq 30); do few+=(-H "X-Falt-$i: $i"); done
expect_status 200 "30 huvudfält" "${few[@]}" "${url}statistik"
long=$(head -c 5000 /dev/zero | tr '\0' 'k')
expect_status 414 "adress på 5 000 tecken" "${url}?q=riskanalys&kommun=$long"
expect_status 200 "adress på 1 000 tecken" "${url}?q=riskanalys&x=${long:0:1000}"
# Headers larger than 32 kB in all (each line under httplib's own 8 kB limit).
big=()
for i in $(seq 10); do big+=(-H "X-Stor-$i: $(head -c 4000 /dev/zero | tr '\0' 'b')"); done
expect_status '431|400' "huvud på 40 kB" "${big[@]}" "${url}statistik"
expect_status 405 "PUT" -X PUT --data-binary x "${url}lank"
expect_status 200 "sidan efteråt" "${url}statistik"
