#!/usr/bin/env bash
# Browser tests for `gransk serve`: builds an archive of generated reports (and
# ../shared/corpus when present), starts the server on a free port, and runs
# web_test.mjs in Debian's Chromium through playwright-core. Screenshots of
# every page at 1280 and 390 px land in WORKDIR/skarmbilder.
# Usage: run.sh GRANSK SAMPLEGEN WORKDIR
set -euo pipefail
gransk=$1 samplegen=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
if [[ ! -d $here/node_modules/playwright-core ]]; then
  echo "playwright-core saknas: kör scripts/setup-deps (npm ci i tests/web)" >&2
  exit 1
fi
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  echo "Chromium saknas ($chromium): kör scripts/setup-deps" >&2
  exit 1
fi
rm -rf "$work"
mkdir -p "$work"
"$samplegen" --out "$work/rapporter" --count 22 --seed 7 --xss 2>/dev/null
"$samplegen" --out "$work/par" --pairs 12 --seed 7 2>/dev/null
sources=("$work/rapporter" "$work/par")
shared=$here/../../../shared/corpus
[[ -f $shared/README.md ]] && sources+=("$shared")
"$gransk" ingest --db "$work/arkiv.sqlite" "${sources[@]}" > "$work/ingest.log" 2>&1 || true

GRANSK_IDAG=2026-11-23 "$gransk" serve --db "$work/arkiv.sqlite" --port 0 > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" || true)
  [[ -n $url ]] && break
  sleep 0.1
done
[[ -n $url ]] || { echo "servern startade inte:" >&2; cat "$work/serve.log" >&2; exit 1; }

GRANSK_URL=$url GRANSK_WORK=$work GRANSK_GOLD="$work/rapporter" CHROMIUM=$chromium \
  node --test --test-concurrency=1 ${GRANSK_WEB_ONLY:+--test-name-pattern="$GRANSK_WEB_ONLY"} "$here/web_test.mjs"
