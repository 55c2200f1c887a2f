#!/usr/bin/env bash
# Cross-site requests: a page on another website can make the browser POST a
# form here (with the cookies and network position of the revisor). A POST
# whose Origin (or, lacking one, Referer) is not the server itself is refused
# with 403 before anything changes; the page's own forms still work, and the
# token is still required.
# Usage: origin_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

# A follow-up item whose automatic link can be confirmed.
post=$(curl -s "${url}rekommendationer" |
  grep -o 'name="post" value="[^"]*"><input type="hidden" name="tillbaka" value="[^"]*"><input type="hidden" name="atgard" value="bekrafta"' |
  head -1 | sed 's/^name="post" value="//; s/".*//')
[[ -n $post ]] || fail "ingen länk att bekräfta i testarkivet"
confirm=(--data-urlencode "token=$token" --data-urlencode "post=$post" -d atgard=bekrafta
  --data-urlencode "tillbaka=/rekommendationer" "${url}lank")

for o in "http://evil.example" "http://evil.example:$port" "null" "http://127.0.0.1:1" \
  "https://127.0.0.1:$port" "http://localhost:$port.evil.example"; do
  expect_status 403 "POST med Origin: $o" -H "Origin: $o" "${confirm[@]}"
done
expect_body "annan sida" "POST med främmande Origin"
expect_status 403 "POST med Referer från evil.example" \
  -H "Referer: http://evil.example/sida.html" "${confirm[@]}"
printf 'riskanalys\n' >"$work/fragor.txt"
expect_status 403 "batchsökning med Origin: http://evil.example" -H "Origin: http://evil.example" \
  -F "token=$token" -F "fragor=@$work/fragor.txt" "${url}sok/batch"

# Nothing changed: the link still waits for its confirmation.
curl -s "${url}rekommendationer" | grep -q "name=\"post\" value=\"$post\"><input type=\"hidden\" name=\"tillbaka\" value=\"[^\"]*\"><input type=\"hidden\" name=\"atgard\" value=\"bekrafta\"" ||
  fail "länken $post ändrades av en avvisad begäran"
ok "länken $post oförändrad"

# The page's own origin reaches the token check: without it 403, with it the change.
expect_status 403 "egen Origin utan token" -H "Origin: http://127.0.0.1:$port" \
  --data-urlencode "post=$post" -d atgard=bekrafta "${url}lank"
expect_body "token" "egen Origin utan token"
expect_status 303 "egen Origin (localhost) med token" -H "Host: localhost:$port" \
  -H "Origin: http://localhost:$port" "${confirm[@]}"
expect_status 303 "egen Referer med token" -H "Referer: http://127.0.0.1:$port/rekommendationer" \
  "${confirm[@]}"
# Without Origin and Referer (curl, a script) the token alone decides.
expect_status 303 "utan Origin med token" "${confirm[@]}"
