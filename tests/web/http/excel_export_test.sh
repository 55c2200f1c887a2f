#!/usr/bin/env bash
# The search page offers every hit as an Excel file beside CSV and JSON: the
# link is on the page, and /sok.xlsx answers with a workbook (a zip) named for
# download, or a Swedish error for a query the page refuses.
# Usage: excel_export_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server

expect_status 200 "söksidan" "${url}?q=riskanalys"
grep -q 'href="/sok.xlsx?q=riskanalys"[^>]*>Excel</a>' "$work/body" ||
  fail "söksidan saknar länken Excel: $(grep -o '<p class="export">.*</p>' "$work/body" | head -c 300)"
ok "söksidan länkar till Excel"
expect_status 200 "Excelexport" "${url}sok.xlsx?q=riskanalys"
grep -qi '^content-type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' "$work/headers" ||
  fail "Excelexport: fel innehållstyp: $(grep -i '^content-type' "$work/headers")"
grep -qi '^content-disposition: attachment; filename="gransk-sok.xlsx"' "$work/headers" ||
  fail "Excelexport: inte en nedladdning: $(grep -i '^content-disposition' "$work/headers")"
[ "$(head -c 2 "$work/body")" = PK ] || fail "Excelexport: ingen Excelfil"
# The CLI writes the same hits: as many rows as the CSV export has.
csv_rows=$(curl -s "${url}sok.csv?q=riskanalys" | tail -n +2 | wc -l)
said=$("$gransk" search --db "$work/arkiv.sqlite" --xlsx "$work/cli.xlsx" riskanalys)
[ "$said" = "$csv_rows rader i $work/cli.xlsx" ] || fail "search --xlsx sade \"$said\", CSV-exporten har $csv_rows rader"
ok "Excelexporten har exportens $csv_rows rader"
long=$(head -c 1001 /dev/zero | tr '\0' 'a')
expect_status 400 "Excelexport av sökfråga på 1 001 byte" "${url}sok.xlsx?q=$long"
expect_body "Sökfrågan är för lång" "Excelexport av sökfråga på 1 001 byte"
