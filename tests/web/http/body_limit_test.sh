#!/usr/bin/env bash
# Request bodies: at most 1 MB, known before it is read. A 5 MB POST gets 413
# as soon as its headers are in (the test sends only the headers and waits
# for the answer); a body without Content-Length (chunked) gets 411.
# Usage: body_limit_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

# Headers of a 5 MB upload, a little of the body, then nothing: the refusal
# must come without the server waiting for (or buffering) the rest.
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /sok/batch HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 5000000\r\n\r\n--x\r\n' "$port" >&3
start=$(date +%s%N)
IFS= read -r -t 3 line <&3 || line=""
ms=$(( ($(date +%s%N) - start) / 1000000 ))
exec 3<&- 3>&-
[[ $line == *" 413 "* ]] || fail "5 MB-huvud: väntade 413 inom 3 s, fick ”${line%$'\r'}” efter $ms ms"
ok "5 MB-huvud → ${line%$'\r'} efter $ms ms, utan kroppen"

head -c 5000000 /dev/zero | tr '\0' 'a' >"$work/stor.txt"
expect_status 413 "5 MB skickad med curl" -F "token=$token" -F "fragor=@$work/stor.txt" "${url}sok/batch"
expect_body "för stor" "5 MB skickad med curl"
expect_status 413 "5 MB formulär" --data-binary "@$work/stor.txt" "${url}lank"
expect_status '411|413' "5 MB i delar (chunked)" -H "Transfer-Encoding: chunked" \
  -F "token=$token" -F "fragor=@$work/stor.txt" "${url}sok/batch"
expect_status '411|413' "1 kB i delar (chunked)" -H "Transfer-Encoding: chunked" \
  --data-binary "token=$token&post=1.u1&atgard=bekrafta" "${url}lank"
# The server still answers afterwards.
expect_status 200 "sidan efteråt" "${url}statistik"
