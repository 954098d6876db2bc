#!/usr/bin/env bash
# Benchmarks the packaged API on H2 and on PostgreSQL with demo data and a real Keycloak token, and
# prints one table (README, "Benchmark"). A command, not a test: it asserts nothing about time.
#
#   src/scripts/benchmark.sh                 build both variants, 60 s warm-up, 10 s per step
#   src/scripts/benchmark.sh --quick         short warm-up and 3 s steps, for a quick check
#   src/scripts/benchmark.sh --db h2         only one database (h2 | postgresql | both)
#   src/scripts/benchmark.sh --skip-build    reuse target/benchmark/{h2,postgresql}
#
# Needs wrk (apt-get install -y wrk), and for PostgreSQL a running cluster (postgres.sh start) with
# the database SP_BENCH_DB (default sp_bench), whose schema it empties, and pgbench.
# Ports: SP_BENCH_PORT (default 8490), KEYCLOAK_PORT (8481), KEYCLOAK_MANAGEMENT_PORT (9482);
# SP_CACHE_DIR as for keycloak.sh. SP_BENCH_JAVA_OPTS replaces the JVM options run.sh uses.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC="$ROOT/src/scripts/keycloak.sh"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8481}"
export KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9482}"
PORT="${SP_BENCH_PORT:-8490}"
PG_DB="${SP_BENCH_DB:-sp_bench}"
PG_USER="${SP_PG_USER:-social_prescribing}"
export PGPASSWORD="${SP_PG_PASSWORD:-social_prescribing}"
WORK="$ROOT/target/benchmark"
ACUPUNCTURIST="6f1c2a10-5b7e-4c1d-9a01-000000000001"
# shellcheck source=src/scripts/jvm-options.sh
. "$ROOT/src/scripts/jvm-options.sh"
JAVA_OPTS="${SP_BENCH_JAVA_OPTS:-$SP_JAVA_OPTS}"

QUICK=0 DBS="h2 postgresql" BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --skip-build) BUILD=0 ;;
    --db) shift; case "$1" in both) DBS="h2 postgresql" ;; h2|postgresql) DBS="$1" ;; *) echo "--db h2|postgresql|both" >&2; exit 2 ;; esac ;;
    *) echo "usage: $0 [--quick] [--db h2|postgresql|both] [--skip-build]" >&2; exit 2 ;;
  esac
  shift
done
if [ "$QUICK" = 1 ]; then WARMUP=10 CURVE_STEPS=2 STEP=3 PROBE=2; else WARMUP=60 CURVE_STEPS=6 STEP=10 PROBE=3; fi

command -v wrk >/dev/null || { echo "benchmark.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
mkdir -p "$WORK"
RESULTS="$WORK/results.txt"
: >"$RESULTS"

build() {
  local db=$1 profile=()
  [ "$db" = postgresql ] && profile=(-Ppostgresql)
  echo "building the $db variant ..." >&2
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true "${profile[@]}")
  rm -rf "${WORK:?}/$db" && cp -a "$ROOT/target/quarkus-app" "$WORK/$db" # -a: the class-data archive checks the jars' times
}

# The wrk scripts: fresh Idempotency-Keys (UUID-shaped) and valid NHS numbers (999 test range,
# mod-11 check digit); done() prints one machine-readable line.
write_lua() {
  cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.3f %.1f %.1f %d\n", summary.requests,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
LUA
  cat "$WORK/report.lua" >"$WORK/create.lua"
  cat >>"$WORK/create.lua" <<'LUA'
local n = 0
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
end
local function nhs()
  while true do
    local d, sum = {9, 9, 9}, 0
    for i = 4, 9 do d[i] = math.random(0, 9) end
    for i = 1, 9 do sum = sum + d[i] * (11 - i) end
    local check = 11 - sum % 11
    if check == 11 then check = 0 end
    if check ~= 10 then return table.concat(d) .. check end
  end
end
request = function()
  n = n + 1
  local key = string.format("%s-%04x-4%03x-8%03x-%012x", prefix, tid or 0,
    math.random(0, 4095), math.random(0, 4095), n)
  local body = '{"practiceOdsCode":"A81001","referrer":{"name":"Dr A Patel","professionalCode":"G1234567"},'
    .. '"patient":{"nhsNumber":"' .. nhs() .. '","givenName":"Synthetic","familyName":"Benchmark",'
    .. '"birthDate":"1971-04-02","postcode":"NE1 4ST"},'
    .. '"conditions":[{"text":"Chronic low back pain","snomedCode":"279039007","category":"MSK"}],'
    .. '"therapyCode":"ACUPUNCTURE","practitionerId":"' .. ACU .. '",'
    .. '"reason":"Back pain despite physiotherapy","urgency":"ROUTINE",'
    .. '"consent":{"referralAgreed":true,"shareOutcomesWithGp":true}}'
  wrk.headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/referrals", nil, body)
end
LUA
  sed -i "s/\.\. ACU \.\./.. \"$ACUPUNCTURIST\" ../" "$WORK/create.lua"
}

# run_wrk CONNECTIONS SECONDS SCRIPT PATH [TOKEN] -> "rate p50 p99 errors"
run_wrk() {
  local c=$1 secs=$2 script=$3 path=$4 token=${5:-} threads line
  threads=$((c < 2 ? 1 : 2))
  local headers=(-H "Content-Type: application/json")
  [ -n "$token" ] && headers+=(-H "Authorization: Bearer $token")
  line=$(wrk -t"$threads" -c"$c" -d"${secs}s" --timeout 10s -s "$script" "${headers[@]}" \
    "http://127.0.0.1:$PORT$path" | grep '^RESULT' || true)
  # shellcheck disable=SC2086
  set -- $line
  [ $# -eq 6 ] || { echo "0 0 0 1"; return; }
  awk -v r="$2" -v d="$3" -v p50="$4" -v p99="$5" -v e="$6" 'BEGIN { printf "%.0f %.1f %.1f %d\n", r / d, p50, p99, e }'
}

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
live() { run_wrk 32 "$PROBE" "$WORK/report.lua" /q/health/live | cut -d' ' -f1; }
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$RESULTS"; }

# step DB WHAT CONNECTIONS SCRIPT PATH: a liveness probe, then the step itself, as one table row.
step() {
  local db=$1 what=$2 c=$3 script=$4 path=$5 yard result
  yard=$(live)
  result=$(run_wrk "$c" "$STEP" "$script" "$path" "$(token)")
  # shellcheck disable=SC2086
  set -- $result
  row "$db" "$what" "$c" "$1 /s" "p50 $2 ms, p99 $3 ms" "$4" "$yard /s"
}

token() { "$KC" token gp.a81001; }

reset_database() {
  if [ "$1" = postgresql ]; then
    psql -q -h 127.0.0.1 -U "$PG_USER" -d "$PG_DB" -c 'drop schema public cascade; create schema public'
  else
    rm -rf "$WORK/h2-data"
  fi
}

start_app() {
  local db=$1 args=(-Dsp.demo-data.enabled=true -Dquarkus.http.port="$PORT"
    -Dquarkus.oidc.auth-server-url="http://127.0.0.1:$KEYCLOAK_PORT/realms/social-prescribing")
  if [ "$db" = postgresql ]; then
    args+=(-Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB"
      -Dquarkus.datasource.username="$PG_USER" -Dquarkus.datasource.password="$PGPASSWORD")
  else
    args+=(-Dsp.data-dir="$WORK/h2-data")
  fi
  (SP_JAVA_OPTS="$JAVA_OPTS" sp_java "$WORK/$db" "${args[@]}") >"$WORK/app-$db.log" 2>&1 &
  APP_PID=$!
}

# Milliseconds from launching java to the first 200 from /q/health/ready.
await_ready() {
  local started=$1
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then
      echo $(($(date +%s%3N) - started))
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $WORK/app-$1.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "the app was not ready within 24 s" >&2
  exit 1
}

# Creates per second at 32 in consecutive 5 s slices of a fresh process, then the rest of the warm-up.
warm_up() {
  local db=$1 curve="" i rate
  for i in $(seq 1 "$CURVE_STEPS"); do
    rate=$(run_wrk 32 5 "$WORK/create.lua" /api/v1/referrals "$(token)" | cut -d' ' -f1)
    curve="$curve${curve:+, }$rate"
  done
  WARM_CURVE="$curve"
  local rest=$((WARMUP - CURVE_STEPS * 5))
  [ "$rest" -gt 0 ] && run_wrk 32 "$rest" "$WORK/create.lua" /api/v1/referrals "$(token)" >/dev/null
  return 0
}

pgbench_ceiling() {
  command -v pgbench >/dev/null || return 0
  pgbench -q -i -s 10 -h 127.0.0.1 -U "$PG_USER" "$PG_DB" >/dev/null 2>&1
  local c rate yard
  for c in 1 8 32; do
    rate=$(pgbench -N -c "$c" -j $((c < 2 ? 1 : 2)) -T "$STEP" -h 127.0.0.1 -U "$PG_USER" "$PG_DB" 2>/dev/null \
      | awk '/^tps/ { printf "%.0f", $3 }')
    row postgresql "pgbench -N (the database's write ceiling)" "$c" "$rate tx/s" "" "" "(app stopped)"
  done
  psql -q -h 127.0.0.1 -U "$PG_USER" -d "$PG_DB" -c \
    'drop table pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers'
}

bench() {
  local db=$1 t0 ready rss_start
  reset_database "$db"
  t0=$(date +%s%3N)
  start_app "$db"
  ready=$(await_ready "$t0")
  sleep 1
  rss_start=$(rss_mib "$APP_PID")
  row "$db" "start to ready (java -jar, demo data)" "" "$ready ms" "$(grep -o 'started in [0-9.]*s' "$WORK/app-$db.log" | head -1)" "" ""
  warm_up "$db"
  row "$db" "warm-up: creates/s at 32, consecutive 5 s slices of a fresh process" 32 "$WARM_CURVE" "" "" ""
  for c in 1 8 32; do step "$db" "POST /referrals" "$c" "$WORK/create.lua" /api/v1/referrals; done
  for c in 1 32; do step "$db" "GET /referrals?limit=50" "$c" "$WORK/report.lua" "/api/v1/referrals?limit=50"; done
  step "$db" "GET /q/health/live (yardstick)" 32 "$WORK/report.lua" /q/health/live
  row "$db" "resident memory after start / after the load (MiB)" "" "$rss_start / $(rss_mib "$APP_PID")" "" "" ""
  kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  [ "$db" = postgresql ] && pgbench_ceiling
  return 0
}

cleanup() {
  [ -n "${APP_PID:-}" ] && kill -TERM "$APP_PID" 2>/dev/null
  [ "${KC_STARTED:-0}" = 1 ] && "$KC" stop >/dev/null 2>&1
  return 0
}
trap cleanup EXIT

if [ "$BUILD" = 1 ]; then for db in $DBS; do build "$db"; done; fi
write_lua
if ! curl -sf -o /dev/null "http://127.0.0.1:$KEYCLOAK_PORT/realms/social-prescribing"; then
  KC_STARTED=1
  "$KC" start || { echo "benchmark.sh: Keycloak did not start" >&2; exit 1; }
fi
echo "load before: $(uptime)" | tee -a "$RESULTS"
printf '| database | what | concurrency | figure | latency | errors | /q/health/live at 32, same moment |\n| --- | --- | --- | --- | --- | --- | --- |\n' | tee -a "$RESULTS"
for db in $DBS; do bench "$db"; done
echo "load after: $(uptime); java: $JAVA_OPTS" | tee -a "$RESULTS"
echo "table written to $RESULTS" >&2
