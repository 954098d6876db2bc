#!/usr/bin/env bash
# Runs the social-prescribing API locally with demo data, behind a local Keycloak.
#
#   src/scripts/run.sh            build (skip tests) and run
#   SKIP_BUILD=1 src/scripts/run.sh   run the existing target/quarkus-app build
#
# Keycloak (demo realm "social-prescribing") is started with src/scripts/keycloak.sh and
# stopped again when the API exits. Data is kept in data/social-prescribing*.db (H2 file), or
# under SP_DATA_DIR when that is set.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC="$ROOT/src/scripts/keycloak.sh"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export KEYCLOAK_PORT

cat <<EOF
Social prescribing API (demo)
  Keycloak : http://127.0.0.1:$KEYCLOAK_PORT/realms/social-prescribing   (demo users, password "demo")
  API      : http://localhost:8080
  Web app  : http://localhost:8080/app/   (log in as any demo user)
  Token    : src/scripts/keycloak.sh token gp.a81001
             curl -H "Authorization: Bearer \$(src/scripts/keycloak.sh token gp.a81001)" http://localhost:8080/...
  Stop     : Ctrl+C (Keycloak is stopped too)
EOF

# shellcheck disable=SC2317  # invoked through trap
stop_keycloak() {
  trap - EXIT INT TERM
  "$KC" stop || true
}
trap stop_keycloak EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$KC" start

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "Building the API (tests skipped) ..."
  (cd "$ROOT" && "$ROOT/mvnw" -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)
fi
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] \
  || { echo "run.sh: $ROOT/target/quarkus-app/quarkus-run.jar not found (run without SKIP_BUILD=1)" >&2; exit 1; }

DATA_DIR="${SP_DATA_DIR:-$ROOT/data}"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)" # the API runs from its own folder
# Not exec'd: this shell stays to stop Keycloak when the API exits. The API runs as a child;
# Ctrl+C / TERM are forwarded to it as TERM (graceful Quarkus shutdown), then Keycloak is stopped.
# The database URL (and its durability settings) is application.properties' own; only its folder
# is given here, so the crash test (e2e/crash/CrashRecoveryIT) checks exactly this configuration.
# shellcheck source=src/scripts/jvm-options.sh
. "$ROOT/src/scripts/jvm-options.sh"
(sp_java "$ROOT/target/quarkus-app" -Dsp.demo-data.enabled=true -Dsp.data-dir="$DATA_DIR") &
API_PID=$!
trap 'kill -TERM "$API_PID" 2>/dev/null || true' INT TERM
status=0
# wait returns early when a signal arrives; wait again (bounded) until the API has really exited.
for ((i = 0; i < 20; i++)); do
  if wait "$API_PID"; then status=0; else status=$?; fi
  kill -0 "$API_PID" 2>/dev/null || break
done
exit "$status"
