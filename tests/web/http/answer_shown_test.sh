#!/usr/bin/env bash
# A recorded answer is shown, not only stored (and one that cannot be saved
# says why, with the way back): after the page's form records
# the board's answer to a response request, the report's page says when it came,
# that it came after the due date, and what it says.
# Usage: answer_shown_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
"$gransk" recs --db "$work/arkiv.sqlite" >"$work/recs.txt"
id=$(grep -o '^ *[0-9]*\.s[0-9]*' "$work/recs.txt" | head -1 | tr -d ' ')
[ -n "$id" ] || fail "arkivet har ingen obesvarad svarsbegäran"
report=${id%%.*}
due=$("$gransk" recs --db "$work/arkiv.sqlite" "$id" | sed -n 's/^Svar senast: \([0-9-]*\).*/\1/p')
late=$((${due:0:4} + 1))${due:4}
start_server
expect_status 303 "svar via formuläret" --data-urlencode "token=$token" --data-urlencode "id=$id" \
  --data-urlencode "datum=$late" --data-urlencode "text=Nämnden tar fram en åtgärdsplan & tidplan" \
  --data-urlencode "tillbaka=/rapport/$report" "${url}svar"
expect_status 200 "rapportsidan" "${url}rapport/$report"
grep -q "besvarad $late – för sent" "$work/body" || fail "rapportsidan säger inte besvarad $late – för sent"
grep -q "Svaret: ”Nämnden tar fram en åtgärdsplan &amp; tidplan”" "$work/body" ||
  fail "rapportsidan visar inte svarets text (escapad): $(grep -o 'class="due[^<]*' "$work/body" | head -3)"
ok "rapportsidan visar svaret, att det kom för sent och vad det säger"
# An answer that cannot be saved says why and offers the way back to the page.
expect_status 400 "svar på en post som inte finns" --data-urlencode "token=$token" \
  --data-urlencode "id=99999.s9" --data-urlencode "datum=$late" \
  --data-urlencode "tillbaka=/rapport/$report" "${url}svar"
expect_body "Svaret kunde inte sparas" "svar på en post som inte finns"
grep -q "<a href=\"/rapport/$report\">Tillbaka och försök igen</a>" "$work/body" ||
  fail "felsidan saknar vägen tillbaka till /rapport/$report"
ok "felsidan leder tillbaka till rapporten"
