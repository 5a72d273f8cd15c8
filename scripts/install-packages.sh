#!/usr/bin/env bash
# Installs the Debian packages Aloud needs when they are missing, saying which.
#   scripts/install-packages.sh          runtime libraries (narration)
#   scripts/install-packages.sh --test   runtime libraries plus what the test suite uses
# Works as root or through sudo.
set -euo pipefail

# Loaded by P/Invoke at run time: Flite and its voices, eSpeak NG and its data, LAME, libopus (Ogg Opus is
# several times cheaper than with the managed Concentus fallback; only the runtime libopus.so.0 is needed).
# Read at run time: the CLDR annotations that name emoji (--emoji name).
packages=(libflite1 libespeak-ng1 espeak-ng-data libmp3lame0 libopus0 unicode-cldr-core)
if [ "${1:-}" = "--test" ]; then
  packages+=(ffmpeg libxml2-utils)   # ffmpeg decodes what we encode; xmllint checks the podcast feeds
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "aloud: installing Debian packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
