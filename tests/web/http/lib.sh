# Shared by the HTTP tests of `gransk serve` (sourced): a server on a free port
# over a copy of the test archive, and checks that say what failed.
# A test: . lib.sh; setup GRANSK ARCHIVE WORKDIR; start_server [serve options]
set -euo pipefail

setup() {
  gransk=$1 archive=$2 work=$3
  rm -rf "$work" && mkdir -p "$work"
  cp "$archive" "$work/arkiv.sqlite"
  servers=()
  trap stop_servers EXIT
}

stop_servers() {
  for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${servers[@]}"; do wait "$p" 2>/dev/null || true; done
}

fail() {
  echo "FEL: $*" >&2
  exit 1
}
ok() { echo "ok: $*"; }

# Starts `gransk serve` on a free port; sets url (on 127.0.0.1), port, token, server, log.
start_server() {
  log="$work/serve-${#servers[@]}.log"
  "$gransk" serve --db "$work/arkiv.sqlite" --port 0 "$@" >"$log" 2>&1 &
  server=$!
  servers+=("$server")
  local printed=""
  for _ in $(seq 100); do
    printed=$(grep -o 'http://[^ ]*:[0-9]*/' "$log" | head -1 || true)
    [[ -n $printed ]] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $printed ]] || fail "gransk serve $* startade inte: $(cat "$log")"
  port=${printed##*:}
  port=${port%/}
  url="http://127.0.0.1:$port/"
  token=$(sed -n 's/^Token för ändringar (sidan har den): //p' "$log")
}

# The HTTP status of a curl request (body in $work/body, headers in $work/headers).
status() {
  curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' "$@" || true
}

# expect_status 'CODE|CODE' WHAT CURL-ARGS...
expect_status() {
  local want=$1 what=$2 got
  shift 2
  got=$(status "$@")
  [[ $got =~ ^($want)$ ]] || fail "$what: väntade HTTP $want, fick $got: $(head -c 400 "$work/body")"
  ok "$what → $got"
}

# expect_body TEXT WHAT: the last response's body says TEXT.
expect_body() {
  grep -q -- "$1" "$work/body" || fail "$2: svaret saknar ”$1”: $(head -c 400 "$work/body")"
}

# The first value of hidden field NAME in a form on PAGE whose action is ACTION.
form_value() {
  curl -s "${url}$1" | grep -o "name=\"$2\" value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//'
}

# The status code of a raw request (printf format, sent as is: curl would
# tidy up what these tests need to send wrong).
raw_status() {
  local line=""
  exec 9<>"/dev/tcp/127.0.0.1/$port"
  # shellcheck disable=SC2059
  printf "$1" >&9
  IFS= read -r -t 5 line <&9 || true
  exec 9<&- 9>&-
  line=${line#HTTP/1.1 }
  echo "${line%% *}"
}
