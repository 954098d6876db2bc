#!/usr/bin/env bash
# Stoplight Prism, a validating proxy for OpenAPI documents, pinned and installed once from the npm
# registry into the cache folder (like the Spectral lint). The README walkthrough runs through it.
#
#   src/scripts/prism.sh ARGS...      run prism with ARGS (e.g. proxy openapi/openapi.yaml URL)
#
# Environment: SP_CACHE_DIR (default ~/.cache/social-prescribing), PRISM_VERSION (default below).
set -euo pipefail
PRISM_VERSION="${PRISM_VERSION:-5.16.0}"
CACHE_DIR="${SP_CACHE_DIR:-$HOME/.cache/social-prescribing}"
PREFIX="$CACHE_DIR/prism-$PRISM_VERSION"
PRISM="$PREFIX/node_modules/.bin/prism"

command -v npm >/dev/null || { echo "prism.sh: npm is required" >&2; exit 1; }
if [ ! -x "$PRISM" ]; then
  echo "prism.sh: installing @stoplight/prism-cli@$PRISM_VERSION into $PREFIX" >&2
  tmp="$PREFIX.partial.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  echo '{"name":"sp-prism","private":true}' >"$tmp/package.json"
  (cd "$tmp" && npm install --no-audit --no-fund --loglevel=error --save-exact \
    "@stoplight/prism-cli@$PRISM_VERSION") >&2
  rm -rf "$PREFIX"
  mv "$tmp" "$PREFIX"
fi
exec "$PRISM" "$@"
