#!/usr/bin/env bash
# The whole test suite, as CI runs it: on the embedded H2 database, then on PostgreSQL 15 (started
# here, its role and database created if missing), then the README walkthrough against a real
# Keycloak. Stops at the first failure; ends with one line that totals every test run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
LOGS="$(mktemp -d)"

# "Tests run: 120, Failures: 0, Errors: 0, Skipped: 0" as the numbers of Maven's last summary line.
surefire_totals() {
  grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures' "$1" | tail -1 \
    | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+).*/\1 \2 \3 \4/'
}

echo "== Test suite on H2 =="
./mvnw -B -ntp verify | tee "$LOGS/h2.log"

echo "== Test suite on PostgreSQL =="
src/scripts/postgres.sh start
export SP_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/${SP_PG_DATABASE:-social_prescribing_test}"
export SP_TEST_DB_USER="${SP_PG_USER:-social_prescribing}"
export SP_TEST_DB_PASSWORD="${SP_PG_PASSWORD:-social_prescribing}"
./mvnw -B -ntp verify -Ppostgresql | tee "$LOGS/postgresql.log"

echo "== README walkthrough against a real Keycloak =="
src/scripts/walkthrough.sh | tee "$LOGS/walkthrough.log"

read -r h2_run h2_fail h2_err h2_skip <<<"$(surefire_totals "$LOGS/h2.log")"
read -r pg_run pg_fail pg_err pg_skip <<<"$(surefire_totals "$LOGS/postgresql.log")"
walk="$(sed -nE 's/^walkthrough checks: ([0-9]+) of [0-9]+ passed$/\1/p' "$LOGS/walkthrough.log")"
echo "H2: $h2_run tests; PostgreSQL: $pg_run tests; walkthrough: $walk checks"
skipped=$((h2_skip + pg_skip))
failed=$((h2_fail + h2_err + pg_fail + pg_err))
echo "all: $((h2_run + pg_run - skipped - failed + walk)) passed, $failed failed, $skipped skipped"
