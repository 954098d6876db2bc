#!/usr/bin/env bash
# Local Keycloak for the social-prescribing API (demo realm, loopback only).
#
#   src/scripts/keycloak.sh start                 download once, import the realm, start, wait until ready
#   src/scripts/keycloak.sh stop                  stop it (no error if it is not running)
#   src/scripts/keycloak.sh status                exit 0 if it answers, 1 otherwise
#   src/scripts/keycloak.sh token USER [PASSWORD]  print a user access token (client sp-cli, password grant)
#   src/scripts/keycloak.sh client-token [CLIENT] [SECRET]
#                                                 print a client-credentials access token
#                                                 (default gp-system-a81001 / its demo secret)
#
# Environment:
#   SP_CACHE_DIR               download/unpack/pid/log folder (default ~/.cache/social-prescribing)
#   KEYCLOAK_PORT              HTTP port (default 8180)
#   KEYCLOAK_MANAGEMENT_PORT   management interface port (default 9181; Keycloak's 9000 is left free)
#   KEYCLOAK_START_TIMEOUT     seconds to wait for the realm to answer (default 180)
#   KEYCLOAK_EXTRA_REALMS      further realm files to import (space-separated; the end-to-end tests
#                              add src/test/keycloak/another-realm-realm.json)
#
# Keycloak comes from Maven Central (org.keycloak:keycloak-quarkus-dist) through the Maven wrapper,
# so no other download site is needed. Every start uses a fresh H2 database, so the realm is
# re-imported from src/main/keycloak/social-prescribing-realm.json each time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC_VERSION="26.7.3"
REALM="social-prescribing"
REALM_FILE="$ROOT/src/main/keycloak/$REALM-realm.json"
CACHE_DIR="${SP_CACHE_DIR:-$HOME/.cache/social-prescribing}"
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION"
PORT="${KEYCLOAK_PORT:-8180}"
MGMT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9181}"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
PID_FILE="$CACHE_DIR/keycloak.pid"
LOG_FILE="$CACHE_DIR/keycloak.log"
BASE_URL="http://127.0.0.1:$PORT"
WELL_KNOWN="$BASE_URL/realms/$REALM/.well-known/openid-configuration"
TOKEN_URL="$BASE_URL/realms/$REALM/protocol/openid-connect/token"

log() { echo "keycloak.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- helpers ---------------------------------------------------------------

answers() {
  curl -fsS -o /dev/null --max-time 5 "$WELL_KNOWN" 2>/dev/null
}

running_pid() {
  # Prints the pid from the pid file if that process is still alive.
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

port_in_use() {
  # True if something accepts TCP connections on 127.0.0.1:$1.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

ensure_dist() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  command -v tar >/dev/null || die "tar is required"
  mkdir -p "$CACHE_DIR/downloads"
  local tgz="$CACHE_DIR/downloads/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
  if [ ! -s "$tgz" ]; then
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION (tar.gz, ~170 MB) from Maven Central ..."
    # Run outside the project so a half-edited pom.xml cannot break the download.
    (cd "$CACHE_DIR/downloads" && "$ROOT/mvnw" -q -B dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" \
      "-DoutputDirectory=$CACHE_DIR/downloads") || die "Maven could not download the Keycloak distribution"
    [ -s "$tgz" ] || die "download finished but $tgz is missing"
  fi
  log "unpacking Keycloak $KC_VERSION into $CACHE_DIR ..."
  local tmp="$CACHE_DIR/.unpack.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  tar -xzf "$tgz" -C "$tmp" || { rm -rf "$tmp"; die "could not unpack $tgz"; }
  [ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ] || { rm -rf "$tmp"; die "unexpected archive layout in $tgz"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  # The unpacked tree is all we need (Maven keeps its own copy in the local repository).
  rm -f "$tgz"
}

# --- subcommands -----------------------------------------------------------

cmd_status() {
  local pid
  if answers; then
    if pid="$(running_pid)"; then
      echo "Keycloak is running (pid $pid) at $BASE_URL, realm $REALM"
    else
      echo "Keycloak answers at $BASE_URL (realm $REALM), but was not started by this script"
    fi
    return 0
  fi
  if pid="$(running_pid)"; then
    echo "Keycloak process $pid is running but realm $REALM does not answer yet at $BASE_URL"
  else
    echo "Keycloak is not running"
  fi
  return 1
}

cmd_start() {
  local pid
  if answers; then
    if pid="$(running_pid)"; then
      echo "Keycloak is already running (pid $pid) at $BASE_URL, realm $REALM"
    else
      echo "Keycloak already answers at $BASE_URL, realm $REALM (not started by this script; left as it is)"
    fi
    return 0
  fi
  if pid="$(running_pid)"; then
    log "a previous Keycloak (pid $pid) is running but not answering; stopping it first"
    cmd_stop
  fi
  port_in_use "$PORT" && die "port $PORT is in use by another program (set KEYCLOAK_PORT to use another port)"
  port_in_use "$MGMT_PORT" && die "management port $MGMT_PORT is in use (set KEYCLOAK_MANAGEMENT_PORT)"
  [ -f "$REALM_FILE" ] || die "realm file not found: $REALM_FILE"
  command -v java >/dev/null || die "java (17+) is required"
  command -v curl >/dev/null || die "curl is required"

  ensure_dist

  # Fresh database every time, realm imported from the current JSON.
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
  # Further realms for tests (e.g. a realm whose tokens the API must refuse).
  for extra in ${KEYCLOAK_EXTRA_REALMS:-}; do
    [ -f "$extra" ] || die "extra realm file not found: $extra"
    cp "$extra" "$KC_HOME/data/import/"
  done

  mkdir -p "$CACHE_DIR"
  : >"$LOG_FILE"
  local launcher=()
  command -v setsid >/dev/null && launcher=(setsid)
  # Own process group (setsid) so that stop can end kc.sh and its java child together.
  "${launcher[@]}" "$KC_HOME/bin/kc.sh" start-dev \
    --http-host 127.0.0.1 --http-port "$PORT" \
    --hostname "$BASE_URL" \
    --http-management-port "$MGMT_PORT" \
    --import-realm \
    </dev/null >>"$LOG_FILE" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  log "starting Keycloak $KC_VERSION (pid $pid) on $BASE_URL, log: $LOG_FILE"

  local start=$SECONDS
  while (( SECONDS - start < START_TIMEOUT )); do
    if answers; then
      echo "Keycloak is ready at $BASE_URL (realm $REALM) after $((SECONDS - start)) s"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "Keycloak exited during start-up; last lines of $LOG_FILE:"
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 1
  done
  log "Keycloak did not answer $WELL_KNOWN within ${START_TIMEOUT} s; last lines of $LOG_FILE:"
  tail -n 40 "$LOG_FILE" >&2 || true
  cmd_stop || true
  exit 1
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    echo "Keycloak is not running"
    return 0
  fi
  # Signal the whole process group (kc.sh and java); fall back to the pid alone.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "Keycloak (pid $pid) did not stop within 30 s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
  fi
  # The java child may outlive kc.sh by a moment; wait until the port is released.
  for ((i = 0; i < 40; i++)); do
    port_in_use "$PORT" || break
    sleep 0.5
  done
  rm -f "$PID_FILE"
  echo "Keycloak stopped"
}

# Reads a token endpoint response on stdin; prints access_token or the error and fails.
extract_token() {
  python3 -c '
import json, sys
raw = sys.stdin.read()
try:
    body = json.loads(raw)
except ValueError:
    sys.exit("keycloak.sh: unexpected token response: " + raw[:500])
token = body.get("access_token")
if not token:
    sys.exit("keycloak.sh: no token: %s %s" % (body.get("error", ""), body.get("error_description", "")))
print(token)
'
}

cmd_token() {
  [ $# -ge 1 ] || die "usage: $0 token USERNAME [PASSWORD]"
  local user="$1" password="${2:-demo}"
  curl -sS --max-time 30 -X POST "$TOKEN_URL" \
    --data-urlencode "grant_type=password" \
    --data-urlencode "client_id=sp-cli" \
    --data-urlencode "username=$user" \
    --data-urlencode "password=$password" \
    --data-urlencode "scope=openid" | extract_token
}

cmd_client_token() {
  local client="${1:-gp-system-a81001}" secret="${2:-gp-system-demo-secret}"
  curl -sS --max-time 30 -X POST "$TOKEN_URL" \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "client_id=$client" \
    --data-urlencode "client_secret=$secret" | extract_token
}

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  token) cmd_token "$@" ;;
  client-token) cmd_client_token "$@" ;;
  *) usage ;;
esac
