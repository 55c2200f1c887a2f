#!/usr/bin/env bash
# Slowloris: 16 connections that send their headers a byte a second must
# neither keep a normal request waiting nor hold the server for long: the
# page still answers within 3 s, and the server drops each slow connection
# once its head deadline (10 s) has passed.
# Usage: slow_clients_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

# One slow client: a header byte a second for up to a minute; writes when the
# server has hung up to $work/slow-N.closed (seconds after its start).
slow_client() {
  trap '' PIPE
  local n=$1 began=$SECONDS head
  head="GET /statistik HTTP/1.1"$'\r\n'"Host: 127.0.0.1:$port"$'\r\n'"X-Langsam: $(printf 'a%.0s' $(seq 60))"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
  for ((i = 0; i < ${#head}; i++)); do
    printf '%s' "${head:i:1}" >&3 2>/dev/null || break
    # A server that has closed shows as end of file (or a failed write).
    local rc=0
    IFS= read -r -t 1 -n 1 _ <&3 || rc=$?
    ((rc > 128)) || break
  done
  echo $((SECONDS - began)) >"$work/slow-$n.closed"
}
slow=()
for n in $(seq 16); do
  slow_client "$n" >/dev/null 2>&1 &
  slow+=($!)
done
trap 'kill "${slow[@]}" 2>/dev/null || true; stop_servers' EXIT
sleep 2

start=$(date +%s%N)
code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "${url}statistik" || true)
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $code == 200 && $ms -lt 3000 ]] || fail "med 16 långsamma klienter: HTTP $code efter $ms ms (högst 3 000)"
ok "med 16 långsamma klienter: HTTP 200 efter $ms ms"
for _ in $(seq 5); do
  start=$(date +%s%N)
  code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "${url}?q=riskanalys" || true)
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ $code == 200 && $ms -lt 3000 ]] || fail "sökning med långsamma klienter: HTTP $code efter $ms ms"
done
ok "5 sökningar till, var och en under 3 s"

# Each slow connection is dropped after the head deadline, long before its
# minute of headers is sent.
wait_until=$((SECONDS + 25))
while ((SECONDS < wait_until)); do
  [[ $(ls "$work"/slow-*.closed 2>/dev/null | wc -l) -eq 16 ]] && break
  sleep 1
done
closed=$(ls "$work"/slow-*.closed 2>/dev/null | wc -l)
[[ $closed -eq 16 ]] || fail "servern stängde bara $closed av 16 långsamma anslutningar inom 25 s"
longest=$(cat "$work"/slow-*.closed | sort -n | tail -1)
((longest <= 20)) || fail "en långsam anslutning hölls i $longest s"
ok "alla 16 långsamma anslutningar stängda av servern, den sista efter $longest s"
