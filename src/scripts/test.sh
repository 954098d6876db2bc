#!/usr/bin/env bash
# The whole test suite, as CI runs it: on the embedded H2 database, then on PostgreSQL 15 (started
# here, its role and database created if missing); each run has the in-process tests and the
# end-to-end tests of the packaged application against a real Keycloak. Then the README walkthrough.
# Stops at the first failure; ends with one line that totals every test run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
LOGS="$(mktemp -d)"

# Sums Maven's summary lines ("Tests run: 120, Failures: 0, Errors: 0, Skipped: 0", one from
# Surefire for the in-process tests and one from Failsafe for the end-to-end tests).
maven_totals() {
  grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$1" \
    | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)$/\1 \2 \3 \4/' \
    | awk '{r += $1; f += $2; e += $3; s += $4} END {print r + 0, f + 0, e + 0, s + 0}'
}

# The web app's browser tests need Debian's Chromium and its chromedriver.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "== Installing chromium and chromium-driver for the browser tests =="
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "== OpenAPI lint (Spectral) =="
src/scripts/lint-openapi.sh

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

read -r h2_run h2_fail h2_err h2_skip <<<"$(maven_totals "$LOGS/h2.log")"
read -r pg_run pg_fail pg_err pg_skip <<<"$(maven_totals "$LOGS/postgresql.log")"
walk="$(sed -nE 's/^walkthrough checks: ([0-9]+) of [0-9]+ passed$/\1/p' "$LOGS/walkthrough.log")"
grep -h "^Authorisation matrix:" "$LOGS/h2.log" "$LOGS/postgresql.log" || true
echo "H2: $h2_run tests; PostgreSQL: $pg_run tests; walkthrough: $walk checks"
skipped=$((h2_skip + pg_skip))
failed=$((h2_fail + h2_err + pg_fail + pg_err))
echo "all: $((h2_run + pg_run - skipped - failed + walk)) passed, $failed failed, $skipped skipped"
