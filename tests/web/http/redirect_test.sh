#!/usr/bin/env bash
# Open redirects: after a change the page returns to `tillbaka`, which must be
# a path on this server. A target that a browser would read as another host
# (//host, /\host, /%09/host, a scheme, control characters) returns to /.
# Usage: redirect_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

# An answer to a response request can be recorded again and again.
id=$(form_value rekommendationer id)
[[ -n $id ]] || fail "ingen svarsbegäran i testarkivet"

location_after() {
  local code
  code=$(status --data-urlencode "token=$token" --data-urlencode "id=$id" -d datum=2026-11-23 \
    -d text=test --data-urlencode "tillbaka=$1" "${url}svar")
  [[ $code == 303 ]] || fail "svar med tillbaka=$1: HTTP $code: $(head -c 300 "$work/body")"
  tr -d '\r' <"$work/headers" | sed -n 's/^[Ll]ocation: //p'
}

for target in "//evil.example/" "/%09/evil.example/" "https://evil.example" "http:evil.example" \
  "/\\evil.example" "/%5Cevil.example" "/%2F/evil.example" "/%2f%2fevil.example" \
  "%2F%2Fevil.example" "/$(printf '\t')/evil.example" "/%0d%0aSet-Cookie:x=1" \
  "javascript:alert(1)" " //evil.example" "/%252F/evil.example" ""; do
  got=$(location_after "$target")
  [[ $got == / ]] || fail "tillbaka=$target ledde till ”$got”, inte /"
  ok "tillbaka=$target → /"
done
for target in "/rekommendationer" "/rekommendationer?kommun=Pite%C3%A5&status=delvis" "/uppfoljning"; do
  got=$(location_after "$target")
  [[ $got == "$target" ]] || fail "tillbaka=$target ledde till ”$got”"
  ok "tillbaka=$target behålls"
done
