#!/usr/bin/env bash
# CPU cost of `aloud narrate` against the bare command-line tools doing the least possible work for the same
# speech: the `flite` CLI (same voice) writing a WAV, then the `lame` CLI encoding it. In one run, at two lengths
# (the article's body repeated SHORT and LONG times: about 18 and 74 minutes of audio with the project's sample),
# it prints CPU-seconds (user + system, from /usr/bin/time) per minute of audio for
#   aloud 1 core   : `aloud narrate` as it runs by default (reproducible Flite: one sentence at a time)
#   aloud all cores: `aloud narrate --parallel` (Flite on every core)
#   bare CLIs      : flite + lame
# and the ratios to the bare CLIs, wall time too, and how the cost grows from the short to the long article
# (goals, issue 14: CPU <= 1.1x the bare CLIs at both lengths, long / short <= 4.2x). The machine's load average
# is printed before and after: on a shared machine compare the ratios of one run, not absolute times.
#   bench/narrate-vs-cli.sh [ARTICLE.html] [SHORT] [LONG]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
article=${1:-$root/samples/harbor-festival.html}
short=${2:-8}
long=${3:-32}
voice=rms
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in flite lame; do
  command -v "$tool" >/dev/null || { echo "installing $tool for the baseline" >&2; apt-get install -y -qq "$tool" >&2; }
done
[ -x /usr/bin/time ] || { echo "installing time" >&2; apt-get install -y -qq time >&2; }

# The body repeated k times, each copy's paragraphs marked "In part N," so no two sentences are the same.
repeat() {
  python3 - "$article" "$2" "$1" <<'PY'
import re, sys
html = open(sys.argv[1], encoding='utf-8').read(); k = int(sys.argv[3])
body = re.search(r'<div class="(?:story|article)-body">', html)
start = body.end()
end = html.index('<p class="credit">', start) if '<p class="credit">' in html[start:] else html.index('</div>', start)
part = html[start:end]
html = html[:start] + ''.join(part.replace('<p>', f'<p>In part {n + 1}, ') for n in range(k)) + html[end:]
open(sys.argv[2], 'w', encoding='utf-8').write(html)
PY
}

"$root/aloud" voices >/dev/null   # build once, outside the timings
repeat "$short" "$work/short.html"
repeat "$long" "$work/long.html"
"$root/aloud" narrate "$work/short.html" -o "$work/warm.mp3" -q   # warm: page cache, voices

# "CPU-seconds wall-seconds" from a /usr/bin/time -v report.
measure() {
  awk '/User time/{u=$4} /System time/{s=$4} /Elapsed/{n=split($8,a,":"); w=(n==3)?a[1]*3600+a[2]*60+a[3]:a[1]*60+a[2]} END{printf "%.2f %.2f\n", u+s, w}' "$1"
}
run() {   # NAME COMMAND...: times the command, leaves "cpu wall" in $work/NAME.t
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  measure "$work/$name.time" > "$work/$name.t"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
for size in short long; do
  run "$size-one" "$root/aloud" narrate "$work/$size.html" -o "$work/$size-one.mp3" --script "$work/$size.txt" -q
  run "$size-all" "$root/aloud" narrate "$work/$size.html" -o "$work/$size-all.mp3" --parallel -q
  run "$size-bare" sh -c "flite -voice $voice -f '$work/$size.txt' -o '$work/$size-bare.wav' && lame --quiet -m m -V 7 '$work/$size-bare.wav' '$work/$size-bare.mp3'"
  ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/$size-one.mp3" > "$work/$size.seconds"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
def t(name): return [float(x) for x in open(f'{w}/{name}.t').read().split()]
print('| length | audio min | aloud 1 core CPU s/min | aloud all cores CPU s/min | bare CLIs CPU s/min | CPU ratio 1 core | CPU ratio all cores | wall ratio 1 core | wall ratio all cores |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
rows = {}
for size in ('short', 'long'):
    minutes = float(open(f'{w}/{size}.seconds').read()) / 60
    (oc, ow), (ac, aw), (bc, bw) = t(f'{size}-one'), t(f'{size}-all'), t(f'{size}-bare')
    rows[size] = (oc, ow, bc)
    print(f'| {size} | {minutes:.1f} | {oc / minutes:.3f} | {ac / minutes:.3f} | {bc / minutes:.3f} | {oc / bc:.2f} | {ac / bc:.2f} | {ow / bw:.2f} | {aw / bw:.2f} |')
(sc, sw, sb), (lc, lw, lb) = rows['short'], rows['long']
print(f'long / short: aloud CPU {lc / sc:.2f}x, wall {lw / sw:.2f}x; bare CLIs CPU {lb / sb:.2f}x (goal: aloud wall <= 4.2x)')
PY
