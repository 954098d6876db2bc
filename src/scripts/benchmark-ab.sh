#!/usr/bin/env bash
# One arm of an A/B comparison of JVM options, settings or builds on the create and list paths
# (README, "Benchmark", "Where the time goes"): a fresh H2 process from the benchmark's last build
# (target/benchmark/h2, or the quarkus-app folder SP_AB_BUILD names), 40 s of creates at 8 to warm
# it, then 15 s of creates at 1 and at 8, 5 s of GET /referrals?limit=50 at 8 to warm that path and
# 15 s more of it, and one line with, for each: the rate, p99, and the process's CPU per request
# (from /proc), then its resident memory and the number of young collections. Run the arms
# alternately, twice or more: the machine is noisy. A command, not a test: it asserts nothing.
#
#   src/scripts/benchmark.sh --quick --db h2            # once, for the build and Keycloak's realm
#   src/scripts/benchmark-ab.sh "delay 0" -Dsp.change-feed.sequencer-delay=0ms
#   SP_AB_JAVA_OPTS="... -Xmn128m" src/scripts/benchmark-ab.sh "young 128"
#   SP_AB_BUILD=/tmp/main/target/quarkus-app src/scripts/benchmark-ab.sh main   # another build
#
# Needs wrk and a running Keycloak on KEYCLOAK_PORT (8481), e.g. src/scripts/keycloak.sh start.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8481}"
PORT="${SP_BENCH_PORT:-8490}"
WORK="$ROOT/target/benchmark"
# shellcheck source=src/scripts/jvm-options.sh
. "$ROOT/src/scripts/jvm-options.sh"
[ $# -ge 1 ] || { echo "usage: $0 LABEL [JAVA -D ARGS ...]" >&2; exit 2; }
BUILD="${SP_AB_BUILD:-$WORK/h2}"
[ -f "$BUILD/quarkus-run.jar" ] && [ -f "$WORK/create.lua" ] \
  || { echo "$0: run src/scripts/benchmark.sh --db h2 first" >&2; exit 1; }
label=$1
shift
data=$(mktemp -d)
gc_log="$data/gc.log"
(SP_JAVA_OPTS="${SP_AB_JAVA_OPTS:-$SP_JAVA_OPTS}" sp_java "$BUILD" -Dsp.demo-data.enabled=true \
  -Dquarkus.http.port="$PORT" -Dsp.data-dir="$data/db" -Xlog:gc:file="$gc_log" \
  -Dquarkus.oidc.auth-server-url="http://127.0.0.1:$KEYCLOAK_PORT/realms/social-prescribing" \
  "$@") >"$WORK/app-ab.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.02; done
token=$("$ROOT/src/scripts/keycloak.sh" token gp.a81001)
creates() {
  wrk -t"$(($1 < 2 ? 1 : 2))" -c"$1" -d"$2s" --timeout 10s -s "$WORK/create.lua" \
    -H "Content-Type: application/json" -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$PORT/api/v1/referrals" | grep '^RESULT'
}
lists() {
  wrk -t2 -c"$1" -d"$2s" --timeout 10s -s "$WORK/report.lua" -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$PORT/api/v1/referrals?limit=50" | grep '^RESULT'
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
creates 8 40 >/dev/null
measure() { # what, command...: "what rate p99 cpu errors;" from one wrk run
  local what=$1 before used
  shift
  before=$(cpu_ticks)
  read -r _ requests seconds _ p99 errors <<<"$("$@")"
  used=$(($(cpu_ticks) - before))
  awk -v w="$what" -v n="$requests" -v d="$seconds" -v t="$used" -v p="$p99" -v e="$errors" \
    'BEGIN { printf " %s %.0f/s p99 %.1f ms cpu %.2f ms/request errors %d;", w, n / d, p, t * 1000 / 100 / n, e }'
}
line="$label:"
for c in 1 8; do line="$line$(measure "creates at $c" creates "$c" 15)"; done
lists 8 5 >/dev/null
line="$line$(measure "lists at 8" lists 8 15)"
rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
echo "$line RSS ${rss} MiB; young collections $(grep -c 'Pause Young' "$gc_log")"
