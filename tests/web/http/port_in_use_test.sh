#!/usr/bin/env bash
# A port that is already taken is refused with a Swedish message and exit
# code 1, not shared with the other server (SO_REUSEPORT) or bound to nothing.
# Usage: port_in_use_test.sh GRANSK ARCHIVE WORKDIR
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
setup "$@"
start_server
rc=0
timeout 10 "$gransk" serve --db "$work/arkiv.sqlite" --port "$port" >"$work/out" 2>&1 || rc=$?
[[ $rc -ne 0 && $rc -ne 124 ]] || fail "en andra server på port $port startade (kod $rc): $(cat "$work/out")"
grep -q "upptagen" "$work/out" || fail "felet säger inte att porten är upptagen: $(cat "$work/out")"
ok "andra servern på port $port → kod $rc: $(tr '\n' ' ' <"$work/out")"
# The first server still answers every request (none went to a second one).
for _ in $(seq 10); do expect_status 200 "första servern" "${url}statistik" >/dev/null; done
ok "första servern svarar"
