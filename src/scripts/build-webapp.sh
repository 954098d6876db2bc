#!/usr/bin/env bash
# Builds the web app (src/main/webapp) into the given folder, which the Maven build puts on the
# classpath as META-INF/resources/app so that Quarkus serves it at /app. Uses the machine's Node.js
# and npm: `npm ci` when node_modules is missing or older than package-lock.json, the app's unit
# tests (src/test/webapp, Node's own test runner), then the build.
#
#   src/scripts/build-webapp.sh OUTPUT_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:?usage: build-webapp.sh OUTPUT_DIR}"
cd "$ROOT/src/main/webapp"
command -v npm >/dev/null || { echo "build-webapp.sh: Node.js with npm is needed to build the web app" >&2; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node --test --test-reporter=dot "$ROOT"/src/test/webapp/*.test.js
node build.mjs "$OUT"
