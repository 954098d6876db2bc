#!/usr/bin/env bash
# One arm of an A/B comparison of JVM options or settings on the create path (README, "Benchmark",
# "Where the time goes"): a fresh H2 process from the benchmark's last build (target/benchmark/h2),
# 40 s of creates at 8 to warm it, then 15 s at 1 and 15 s at 8, and one line with, for each: the
# rate, p99, and the process's CPU per request (from /proc), then its resident memory and the
# number of young collections. Run the arms alternately, twice or more: the machine is noisy.
# A command, not a test: it asserts nothing.
#
#   src/scripts/benchmark.sh --quick --db h2            # once, for the build and Keycloak's realm
#   src/scripts/benchmark-ab.sh "delay 0" -Dsp.change-feed.sequencer-delay=0ms
#   SP_AB_JAVA_OPTS="... -Xmn128m" src/scripts/benchmark-ab.sh "young 128"
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
[ -f "$WORK/h2/quarkus-run.jar" ] && [ -f "$WORK/create.lua" ] \
  || { echo "$0: run src/scripts/benchmark.sh --db h2 first" >&2; exit 1; }
label=$1
shift
data=$(mktemp -d)
gc_log="$data/gc.log"
(SP_JAVA_OPTS="${SP_AB_JAVA_OPTS:-$SP_JAVA_OPTS}" sp_java "$WORK/h2" -Dsp.demo-data.enabled=true \
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
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
creates 8 40 >/dev/null
line="$label:"
for c in 1 8; do
  before=$(cpu_ticks)
  read -r _ requests seconds _ p99 errors <<<"$(creates "$c" 15)"
  used=$(($(cpu_ticks) - before))
  line="$line at $c $(awk -v n="$requests" -v d="$seconds" -v t="$used" -v p="$p99" -v e="$errors" \
    'BEGIN { printf "%.0f/s p99 %.1f ms cpu %.2f ms/request errors %d;", n / d, p, t * 1000 / 100 / n, e }')"
done
rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
echo "$line RSS ${rss} MiB; young collections $(grep -c 'Pause Young' "$gc_log")"
