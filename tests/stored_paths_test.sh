#!/usr/bin/env bash
# A report's file is stored as an absolute path: ingested as "pdf/x.pdf" from
# one folder, its PDF opens on the web page and `list` names the same file when
# `gransk` runs from another folder (it gave "PDF-filen finns inte längre").
set -euo pipefail
gransk=$1 samples=$2 work=$3
# The HTTP tests' server helpers (start_server, stop_servers).
. "$(cd "$(dirname "$0")" && pwd)/web/http/lib.sh"
rm -rf "$work" && mkdir -p "$work/a/pdf" "$work/b"
cp "$(ls "$samples"/*.pdf | head -1)" "$work/a/pdf/rapport.pdf"
db="$work/arkiv.sqlite"
(cd "$work/a" && "$gransk" ingest --db "$db" --ocr aldrig pdf >/dev/null)
cd "$work/b"
file=$("$gransk" list --db "$db" --csv | tail -1 | grep -o '[^,]*\.pdf')
case "$file" in /*) ;; *) echo "FEL: sökvägen är inte absolut: $file"; exit 1 ;; esac
[ -f "$file" ] || { echo "FEL: $file finns inte"; exit 1; }
servers=()
trap stop_servers EXIT
start_server  # over $work/arkiv.sqlite; sets url
code=$(curl -s -o "$work/hamtad.pdf" -w '%{http_code}' "${url}rapport/1/pdf")
[ "$code" = 200 ] || { echo "FEL: PDF-länken gav HTTP $code"; exit 1; }
cmp -s "$work/hamtad.pdf" "$file" || { echo "FEL: PDF-länken gav en annan fil"; exit 1; }
echo "sökvägen lagras absolut: $file; PDF-länken fungerar från en annan mapp"
