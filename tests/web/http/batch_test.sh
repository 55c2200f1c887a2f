#!/usr/bin/env bash
# The batch search (/sok/batch) is the costliest request: it needs the page's
# token like a change, and takes at most 50 queries per file (413 otherwise).
# Usage: batch_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

printf 'riskanalys\nintern kontroll\n' >"$work/tva.txt"
expect_status 403 "batch utan token" -F "fragor=@$work/tva.txt" "${url}sok/batch"
expect_body "token" "batch utan token"
expect_status 403 "batch med fel token" -F "token=fel" -F "fragor=@$work/tva.txt" "${url}sok/batch"
expect_status 200 "batch med token" -F "token=$token" -F "fragor=@$work/tva.txt" "${url}sok/batch"
head -1 "$work/body" | grep -q '^sokning,typ' || fail "batch med token: ingen CSV: $(head -c 200 "$work/body")"
grep -q '^riskanalys,' "$work/body" || fail "batch med token: inga träffar för riskanalys"
# The search page's form carries the token.
curl -s "$url" | grep -q "name=\"token\" value=\"$token\"" || fail "sökformuläret saknar token"
ok "sökformuläret har token"

for _ in $(seq 50); do echo riskanalys; done >"$work/femtio.txt"
expect_status 200 "50 sökningar" -F "token=$token" -F "fragor=@$work/femtio.txt" "${url}sok/batch"
for _ in $(seq 51); do echo riskanalys; done >"$work/femtioen.txt"
expect_status '413|400' "51 sökningar" -F "token=$token" -F "fragor=@$work/femtioen.txt" "${url}sok/batch"
expect_body "Högst 50 sökningar" "51 sökningar"
# Blank lines are not queries.
{ for _ in $(seq 50); do printf 'riskanalys\n\n'; done; } >"$work/tomrader.txt"
expect_status 200 "50 sökningar med tomma rader" -F "token=$token" -F "fragor=@$work/tomrader.txt" "${url}sok/batch"
