#!/usr/bin/env bash
# End-to-end speed of `aloud narrate` against the plain command-line tools doing the least possible work
# for the same speech: the `flite` CLI (same voice) writing a WAV, then the `lame` CLI encoding it.
# Prints the median of N runs of each and their ratio (aloud / baseline); the target is at most 1.3.
#   bench/narrate-vs-cli.sh [ARTICLE.html] [RUNS]
# The default article is the project's sample with its body repeated eight times (~20 minutes of audio).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
article=${1:-}
runs=${2:-5}
voice=rms
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in flite lame; do
  command -v "$tool" >/dev/null || { echo "installing $tool for the baseline" >&2; apt-get install -y -qq "$tool" >&2; }
done

if [ -z "$article" ]; then
  # Repeat the sample's body paragraphs to make a long article (the intro stays single).
  python3 - "$root/samples/harbor-festival.html" "$work/long.html" <<'PY'
import sys, re
html = open(sys.argv[1], encoding='utf-8').read()
start = html.index('<div class="story-body">') + len('<div class="story-body">')
end = html.index('<p class="credit">')
html = html[:start] + html[start:end] * 8 + html[end:]
open(sys.argv[2], 'w', encoding='utf-8').write(html)
PY
  article="$work/long.html"
fi

"$root/aloud" voices >/dev/null   # build once, outside the timings
"$root/aloud" narrate "$article" -o "$work/warm.mp3" --script "$work/script.txt" -q

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
seconds() { local s=$(date +%s%N); "$@" >/dev/null 2>&1; awk -v a="$s" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'; }

aloud_times=(); base_times=()
for _ in $(seq "$runs"); do
  aloud_times+=("$(seconds "$root/aloud" narrate "$article" -o "$work/a.mp3" -q)")
  base_times+=("$(seconds bash -c "flite -voice $voice -f '$work/script.txt' -o '$work/b.wav' && lame --quiet -m m -V 7 '$work/b.wav' '$work/b.mp3'")")
done
a=$(printf '%s\n' "${aloud_times[@]}" | median)
b=$(printf '%s\n' "${base_times[@]}" | median)
audio=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/a.mp3" 2>/dev/null || echo "?")
printf 'audio: %s s; aloud narrate median %.2f s; flite+lame CLI median %.2f s (%d runs each)\n' "$audio" "$a" "$b" "$runs"
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio aloud/baseline: %.2f (target <= 1.3)\n", a / b }'
