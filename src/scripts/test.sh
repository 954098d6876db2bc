#!/usr/bin/env bash
# The whole test suite, as CI runs it: first on the embedded H2 database, then on PostgreSQL 15
# (started here, with its role and database created if missing). Stops at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

echo "== Test suite on H2 =="
./mvnw -B -ntp verify

echo "== Test suite on PostgreSQL =="
src/scripts/postgres.sh start
export SP_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/${SP_PG_DATABASE:-social_prescribing_test}"
export SP_TEST_DB_USER="${SP_PG_USER:-social_prescribing}"
export SP_TEST_DB_PASSWORD="${SP_PG_PASSWORD:-social_prescribing}"
./mvnw -B -ntp verify -Ppostgresql
