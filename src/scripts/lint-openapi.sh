#!/usr/bin/env bash
# Lints the checked-in OpenAPI document with Spectral's OpenAPI ruleset (openapi/.spectral.yaml).
# Fails on any warning or error. Spectral comes from the npm registry, pinned, installed once into
# the cache folder and reused; needs Node 18+ and npm.
#
#   src/scripts/lint-openapi.sh               lint openapi/openapi.yaml
#   src/scripts/lint-openapi.sh FILE          lint another document with the same ruleset
#
# Environment: SP_CACHE_DIR (default ~/.cache/social-prescribing), SPECTRAL_VERSION (default below).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SPECTRAL_VERSION="${SPECTRAL_VERSION:-6.16.3}"
CACHE_DIR="${SP_CACHE_DIR:-$HOME/.cache/social-prescribing}"
PREFIX="$CACHE_DIR/spectral-$SPECTRAL_VERSION"
SPECTRAL="$PREFIX/node_modules/.bin/spectral"
DOCUMENT="${1:-$ROOT/openapi/openapi.yaml}"

command -v node >/dev/null || { echo "lint-openapi.sh: node (18+) is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "lint-openapi.sh: npm is required" >&2; exit 1; }

if [ ! -x "$SPECTRAL" ]; then
  echo "lint-openapi.sh: installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $PREFIX" >&2
  tmp="$PREFIX.partial.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # A folder of its own with a package.json, so npm never touches the project.
  echo '{"name":"sp-spectral","private":true}' >"$tmp/package.json"
  (cd "$tmp" && npm install --no-audit --no-fund --loglevel=error --save-exact \
    "@stoplight/spectral-cli@$SPECTRAL_VERSION") >&2
  rm -rf "$PREFIX"
  mv "$tmp" "$PREFIX"
fi

echo "== Spectral $("$SPECTRAL" --version) on ${DOCUMENT#"$ROOT"/} =="
"$SPECTRAL" lint --ruleset "$ROOT/openapi/.spectral.yaml" --fail-severity=warn "$DOCUMENT"
