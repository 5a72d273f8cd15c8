#!/usr/bin/env bash
# Installs the Debian packages Aloud needs when they are missing, saying which.
#   scripts/install-packages.sh          runtime libraries (narration)
#   scripts/install-packages.sh --test   runtime libraries plus what the test suite uses
#   scripts/install-packages.sh --bench  runtime libraries plus the load tools of bench/load.sh (wrk, nginx)
# Works as root or through sudo.
set -euo pipefail

# Loaded by P/Invoke at run time: Flite and its voices, eSpeak NG and its data, LAME, libopus (Ogg Opus is
# several times cheaper than with the managed Concentus fallback; only the runtime libopus.so.0 is needed).
# Read at run time: the CLDR annotations that name emoji (--emoji name).
packages=(libflite1 libespeak-ng1 espeak-ng-data libmp3lame0 libopus0 unicode-cldr-core)
if [ "${1:-}" = "--test" ]; then
  packages+=(ffmpeg libxml2-utils)   # ffmpeg decodes what we encode; xmllint checks the podcast feeds
  packages+=(python3-onnx)           # writes the tiny ONNX models the neural voice tests load
  packages+=(chromium)               # the player's browser tests run in Debian's headless Chromium
  packages+=(postgresql)             # the store's contract tests start a throwaway PostgreSQL cluster of their own
  # ...and inject axe-core from npm: Debian's npm unless a Node.js with its own npm is installed already.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if [ "${1:-}" = "--bench" ]; then
  packages+=(wrk nginx-light curl)   # wrk drives the load; nginx serves the same audio file as the baseline
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "aloud: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# From npm, kept under .build/, outside git: axe-core (accessibility rules the browser tests inject) and s3rver
# (the S3-compatible server the blob store's tests run against).
if [ "${1:-}" = "--test" ]; then
  npm_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.build/test-npm"
  if [ ! -f "$npm_dir/node_modules/axe-core/axe.min.js" ] || [ ! -f "$npm_dir/node_modules/s3rver/bin/s3rver.js" ]; then
    echo "aloud: installing npm packages for the tests: axe-core, s3rver" >&2
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-audit --no-fund --silent axe-core@4 s3rver@3 >&2
  fi
fi
