#!/usr/bin/env bash
# The dashboard under load: serves HOME (a home with a publication, e.g. from `./dekkend demo --zonder-dashboard`),
# logs in as ROL (demo account <rol> / demo-<rol>) once per connection and lets wrk open the pages a committee meeting opens with 50
# connections for 60 s. Prints p50/p90/p95/p99, requests/s and errors. Then, when PER_PAGE is set to a number of
# seconds, the same per page type on its own (a table row per page). Not part of CI.
#   [PER_PAGE=15] bench/load.sh HOME [ROL] [SECONDS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
home="$1"; rol="${2:-kwaliteitscommissie}"; seconds="${3:-60}"; connections="${4:-50}"
port=$((20000 + RANDOM % 20000))
work="$(mktemp -d)"
"$root/dekkend" serve --home "$home" --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -s -o /dev/null "http://127.0.0.1:$port/inloggen" && break; sleep 0.5; done
# one session per connection, as a meeting where everyone logs in: wrk's connections take them in turn
login() {
  local jar="$work/cookies.$1" csrf
  csrf="$(curl -s -c "$jar" "http://127.0.0.1:$port/inloggen" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "gebruikersnaam=$rol" \
    --data-urlencode "wachtwoord=demo-$rol" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/inloggen"
  awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " } /^#HttpOnly_/ { sub("#HttpOnly_", "", $1); printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}
cookies=""
for n in $(seq 1 "$connections"); do cookies="$cookies${cookies:+|}$(login "$n")"; done
cookie="${cookies%%|*}"
paths="/ /deelname /thema/tijdelijkheid /indicatoren/deelname_sbo /indicatoren/leerlingen_bao /datakwaliteit /api/indicatoren/leerlingen_bao?niveau=gemeente /pdca /vergelijking"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port/")"
[ "$status" = 200 ] || { echo "login as $rol failed (GET / gave $status)" >&2; exit 1; }
for p in $paths; do curl -s -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$p"; done   # warm up
echo "dashboard load: $connections connections, $(echo "$cookies" | tr "|" "\n" | sort -u | wc -l) sessions, $seconds s, role $rol, pages: $paths"
LOAD_COOKIE="$cookies" LOAD_PATHS="$paths" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s \
  -s "$root/bench/load.lua" "http://127.0.0.1:$port" | sed -n '/^requests /,$p'
per_page="${PER_PAGE:-0}"
if [ "$per_page" -gt 0 ]; then
  echo
  echo "per page type, $connections connections, $per_page s each:"
  echo "| page | req/s | p50 ms | p95 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|---|"
  for p in $paths; do
    LOAD_COOKIE="$cookies" LOAD_PATHS="$p" LOAD_COMPACT=1 wrk -t2 -c"$connections" -d"${per_page}s" --timeout 5s \
      -s "$root/bench/load.lua" "http://127.0.0.1:$port" | grep '^| '
  done
fi
