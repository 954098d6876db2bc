#!/usr/bin/env bash
# Runs the README's "first call" walkthrough exactly as written, against the API and Keycloak
# started by the README's run command (with a fresh database), and checks each answer.
# Part of src/scripts/test.sh, so the README cannot silently go out of date.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

WORK="$(mktemp -d)"
RUN_LOG="$WORK/run.log"
cleanup() {
  if [ -n "${PRISM_PID:-}" ]; then kill "$PRISM_PID" 2>/dev/null || true; fi
  if [ -n "${RUN_PID:-}" ] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -TERM "$RUN_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
  fi
  src/scripts/keycloak.sh stop >/dev/null 2>&1 || true
  rm -f "$ROOT/referral.json"
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== README walkthrough: starting the API with src/scripts/run.sh =="
SP_DATA_DIR="$WORK/data" setsid src/scripts/run.sh >"$RUN_LOG" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null http://localhost:8080/q/health/ready && break
  kill -0 "$RUN_PID" 2>/dev/null || { tail -50 "$RUN_LOG"; echo "run.sh exited early" >&2; exit 1; }
  sleep 3
done
curl -fs -o /dev/null http://localhost:8080/q/health/ready || { tail -50 "$RUN_LOG"; echo "API not ready" >&2; exit 1; }

# The block between the walkthrough markers in README.md, run as written.
awk '/<!-- walkthrough:end -->/{f=0} f && !/^```/{print} /<!-- walkthrough:start -->/{f=1}' README.md >"$WORK/walkthrough.sh"
OUTPUT="$(bash -euo pipefail "$WORK/walkthrough.sh")"
echo "$OUTPUT"

checks=0
failures=0
expect() {
  checks=$((checks + 1))
  if grep -qF -- "$2" <<<"$OUTPUT"; then
    echo "ok   $1"
  else
    echo "FAIL $1: output lacks $2"
    failures=$((failures + 1))
  fi
}
expect "directory lists the acupuncturist" '"displayName":"Mei Chen"'
expect "referral is sent to the practitioner" '"status":"SENT"'
expect "practitioner accepts with If-Match" '"status":"ACCEPTED"'
expect "history shows the acceptance" '"action":"accept"'
expect "another practice gets 404 problem+json" '"code":"not-found"'
expect "GP system client lists its referrals" '{"items":[{"id":'
expect "commissioner's activity report suppresses one referral" 'ACUPUNCTURE,suppressed,'

# The same walkthrough again through a validating proxy (Stoplight Prism) in front of the API: it
# checks every request and every response against openapi/openapi.yaml and logs each violation.
PRISM_LOG="$WORK/prism.log"
src/scripts/prism.sh --version >/dev/null
src/scripts/prism.sh proxy openapi/openapi.yaml http://localhost:8080 --host 127.0.0.1 --port 4010 \
  --errors false >"$PRISM_LOG" 2>&1 &
PRISM_PID=$!
for _ in $(seq 1 60); do
  grep -q "Prism is listening" "$PRISM_LOG" && break
  kill -0 "$PRISM_PID" 2>/dev/null || { cat "$PRISM_LOG"; echo "Prism exited" >&2; exit 1; }
  sleep 1
done
sed 's|^API=http://localhost:8080$|API=http://127.0.0.1:4010|' "$WORK/walkthrough.sh" >"$WORK/proxied.sh"
grep -q '^API=http://127.0.0.1:4010$' "$WORK/proxied.sh" || { echo "the walkthrough sets no API address" >&2; exit 1; }
PROXIED="$(bash -euo pipefail "$WORK/proxied.sh")"
requests="$(grep -c "Request received" "$PRISM_LOG" || true)"
violations="$(grep -ciE "violation" "$PRISM_LOG" || true)"
checks=$((checks + 1))
if [ "$requests" -gt 0 ] && [ "$violations" -eq 0 ] && grep -qF '"status":"ACCEPTED"' <<<"$PROXIED"; then
  echo "ok   Prism validated $requests requests and their responses: 0 violations"
else
  echo "FAIL Prism: $violations violations in $requests requests"
  grep -iE -B2 -A4 "violation" "$PRISM_LOG" | head -80
  failures=$((failures + 1))
fi
echo "walkthrough checks: $((checks - failures)) of $checks passed"
[ "$failures" -eq 0 ]
