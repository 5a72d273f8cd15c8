#!/usr/bin/env bash
# End-to-end benchmarks of `aloud serve`, each figure next to a baseline measured in the same run and the
# issue's target, ending with a PASS/MISS table:
#   1. publish -> playable (POST until status done and the MP3 answers 200), sample article and a ~1,000-word
#      article, against `aloud narrate` of the same page to MP3 (target: under 5 s)
#   2. /v1/audio/speech streaming of ~1,500 words: first byte against the whole answer (target: under 10 %)
#   3. articles a minute, N ~300-word articles posted at once: all cores busy against one article at a
#      time on one core (taskset)
#      (target: at least 1.8x on 2 cores)
#   4. an edit of one paragraph in twenty: PUT until revision 2 is done against the first narration
#      (target: under 15 %)
#   bench/service-bench.sh [RUNS]        (default 3; medians of RUNS everywhere)
#   BURST=8 bench/service-bench.sh 3     (articles posted at once in benchmark 3)
#   ONLY="edit burst" bench/service-bench.sh 1   (a subset of publish, speech, burst, edit)
#   KEEP_LOGS=DIR bench/service-bench.sh         (keep each server's log in DIR)
# Every measurement starts its own server on a fresh data folder (so the clip cache is cold) and a free
# loopback port; servers are killed on exit. Texts other than the project's sample are invented filler
# news prose made up by this script. Needs bash, curl and python3 (standard library only).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
burst=${BURST:-8}
cores=$(nproc)
work=$(mktemp -d)
servers=()

# Kill every server this script started (by pid), even when a benchmark fails half-way.
cleanup() {
  local pid
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "service-bench: $*" >&2; exit 1; }

[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a positive number (got '$runs')"
command -v curl >/dev/null || fail "curl is needed"
command -v python3 >/dev/null || fail "python3 is needed"

# The HTTP client and the filler-text generator, in one python3 program (standard library only) so the
# timings come from one clock and need no extra tools. Subcommands: html, publish, speech, burst, edit.
cat >"$work/client.py" <<'PY'
import json, random, statistics, sys, time, urllib.error, urllib.request

POLL = 0.1          # seconds between status polls: fine enough for figures of a few seconds
TIMEOUT = 600       # no single wait in this benchmark may take longer than this

# ---- invented filler news prose: seeded, so each seed gives the same article and different seeds give
# different sentences (the clip cache must not recognise them across articles).
FIRST = "Aldo Beatrix Calla Dorian Elsin Farrow Greta Hollis Imre Jorun Keld Linnea Marek Nadia Orrin Petra Quill Rosamund Soren Talia".split()
LAST = "Abernathy Brannock Castellan Dunmore Everly Fairweather Galloway Hartigan Ingleby Jessup Kilbride Lockhart Merriweather Northcott Oakhurst".split()
TOWNS = "Port Alder|Wren Hollow|Cobble Ridge|East Marram|Saltmarsh Bay|Fennick|Larch Crossing|Milbury Heath|North Tansy|Otterby".split("|")
PLACES = "library annex|community hall|fire station|old cannery|ferry terminal|high school gym|farmers market|harbor office".split("|")
JOBS = "retired teacher|bakery owner|nurse|ferry pilot|carpenter|city planner|student|fisherman|bookkeeper|florist".split("|")
STREETS = "Juniper|Quarry|Harbor|Chestnut|Mill|Lantern|Orchard|Beacon|Heron|Tidewater".split("|")
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday".split()
TEMPLATES = [
    "The {town} council voted {a} to {b} on {day} to approve a new plan for {street} Street.",
    "{name}, who has run a shop on {street} Street for {n} years, said the change came as no surprise.",
    "Officials expect the work to cost about ${money} million and to finish by {month}.",
    "\"We have been waiting for this since {year},\" said {name}, a {job} who lives near the {place}.",
    "Residents packed the {place} on {day} evening, and more than {big} people signed up to speak.",
    "The plan would add {n} parking spaces, a bus shelter and a wider path along the river in {town}.",
    "A report released in {month} found that traffic on {street} Street had grown by {pct} percent in five years.",
    "Critics say the {town} budget leaves too little for road repairs, which the county rated as fair at best in {year}.",
    "{name} added that the {place} would stay open during the work, though its hours may change.",
    "The next public meeting in {town} is set for {month} {dom} at {hour} p.m. in the {place}.",
    "Volunteers spent the weekend clearing {n} bags of litter from the shore below the {place} in {town}.",
    "A state grant covers roughly {pct} percent of the cost, and the rest comes from local fees set in {year}.",
    "Not everyone agrees: {name}, a {job}, called the proposal rushed and said neighbors deserved more time.",
    "School officials said classes would return to the {place} on {month} {dom} after repairs to its roof.",
    "Weather permitting, crews will begin resurfacing {street} Street in {town} the week of {month} {dom}.",
]

def sentence(rng, town):
    return rng.choice(TEMPLATES).format(
        town=town, a=rng.randint(4, 9), b=rng.randint(0, 3), day=rng.choice(DAYS), street=rng.choice(STREETS),
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", n=rng.randint(3, 60), money=rng.randint(2, 90),
        month=rng.choice(MONTHS), year=rng.randint(1978, 2024), job=rng.choice(JOBS), place=rng.choice(PLACES),
        big=rng.randint(70, 900), pct=rng.randint(6, 48), dom=rng.randint(1, 28), hour=rng.randint(5, 8))

def article(seed, words, paragraphs=None):
    """(title, [paragraph, ...]) of about `words` words; `paragraphs` fixes their number."""
    rng = random.Random(seed)
    town = f"{rng.choice(TOWNS)}"
    sentences, count = [], 0
    while count < words:
        s = sentence(rng, town)
        sentences.append(s); count += len(s.split())
    k = min(paragraphs or max(1, len(sentences) // 4), len(sentences))
    n = len(sentences)   # spread the sentences evenly so there are exactly k paragraphs
    paras = [" ".join(sentences[i * n // k:(i + 1) * n // k]) for i in range(k)]
    return f"{town} weighs a plan for its waterfront (story {seed})", paras

def to_html(title, paras):
    body = "\n".join(f"    <p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>{title} | Bench Gazette</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}", "datePublished": "2026-11-02T08:00:00Z", "author": [{{"@type": "Person", "name": "Bench Reporter"}}]}}</script>
</head><body><main><article class="story">
  <header><h1>{title}</h1><p class="byline">By Bench Reporter</p></header>
  <div class="story-body">
{body}
  </div>
</article></main></body></html>
"""

# ---- HTTP: every request has a timeout; every wait is bounded by TIMEOUT.
def call(base, key, method, path, body=None, timeout=30):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        data = r.read()
        return r.status, (json.loads(data) if data and r.headers.get_content_type().endswith("json") else data)

def post_article(base, key, html, url):
    status, body = call(base, key, "POST", "/api/articles", {"html": html, "url": url})
    if status != 202: sys.exit(f"POST /api/articles answered {status}: {body}")
    return body["id"]

def wait_done(base, key, ident, revision=1):
    """Poll until the article is done with at least `revision`; a failed job ends the benchmark."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        _, a = call(base, key, "GET", f"/api/articles/{ident}")
        if a["status"] == "failed": sys.exit(f"article {ident} failed: {a.get('error')}")
        if a["status"] == "done" and (a.get("audio") or {}).get("revision", 0) >= revision: return a
        time.sleep(POLL)
    sys.exit(f"article {ident} not done after {TIMEOUT} s")

def wait_playable(base, ident):
    """The listener's view: the public MP3 URL answers 200 with the whole file."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/audio/{ident}.mp3", timeout=30) as r:
                if r.status == 200 and len(r.read()) > 0: return
        except urllib.error.HTTPError as e:
            if e.code != 404: raise
        time.sleep(POLL)
    sys.exit(f"audio of {ident} not playable after {TIMEOUT} s")

# ---- subcommands
def cmd_html(seed, words, paragraphs=0):
    sys.stdout.write(to_html(*article(int(seed), int(words), int(paragraphs) or None)))

def cmd_publish(base, key, path):
    """Seconds from POST to a playable MP3."""
    html = open(path, encoding="utf-8").read()
    t0 = time.monotonic()
    ident = post_article(base, key, html, f"https://example.com/bench/{time.time_ns()}")
    wait_done(base, key, ident)
    wait_playable(base, ident)
    print(f"{time.monotonic() - t0:.3f}")

def cmd_speech(base, key, seed, words):
    """First byte and total seconds of a streamed /v1/audio/speech answer, and its size."""
    text = " ".join(article(int(seed), int(words))[1])
    req = urllib.request.Request(base + "/v1/audio/speech", method="POST", data=json.dumps(
        {"model": "tts-1", "input": text, "voice": "alloy", "response_format": "mp3", "stream": True}).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    t0 = time.monotonic()
    with urllib.request.urlopen(req, timeout=TIMEOUT) as r:
        first = r.read(1); t1 = time.monotonic()
        rest = r.read(); t2 = time.monotonic()
    if not first or len(rest) < 10000: sys.exit(f"speech answer too short ({len(first) + len(rest)} bytes)")
    print(f"{t1 - t0:.3f} {t2 - t0:.3f} {len(first) + len(rest)} {len(text.split())}")

def cmd_burst(base, key, n, seed, words):
    """Seconds until all n distinct articles posted at once are done, and articles a minute."""
    pages = [to_html(*article(int(seed) * 1000 + i, int(words))) for i in range(int(n))]
    t0 = time.monotonic()
    ids = [post_article(base, key, p, f"https://example.com/bench/burst-{seed}-{i}") for i, p in enumerate(pages)]
    for ident in ids: wait_done(base, key, ident)
    elapsed = time.monotonic() - t0
    print(f"{elapsed:.3f} {60 * len(ids) / elapsed:.2f}")

def cmd_edit(base, key, seed):
    """First narration of a 20-paragraph article, then a PUT changing paragraph 11: seconds of each."""
    title, paras = article(int(seed), 1000, 20)
    if len(paras) != 20: sys.exit(f"expected 20 paragraphs, made {len(paras)}")
    url = f"https://example.com/bench/edit-{seed}"
    t0 = time.monotonic()
    ident = post_article(base, key, to_html(title, paras), url)
    wait_done(base, key, ident, 1)
    first = time.monotonic() - t0
    edited = list(paras)
    edited[10] = " ".join(sentence(random.Random(int(seed) + 7777), "Larch Crossing") for _ in range(3))
    t1 = time.monotonic()
    status, body = call(base, key, "PUT", f"/api/articles/{ident}", {"html": to_html(title, edited), "url": url})
    if status != 202: sys.exit(f"PUT answered {status}: {body}")
    wait_done(base, key, ident, 2)
    print(f"{first:.3f} {time.monotonic() - t1:.3f}")

if __name__ == "__main__":
    {"html": cmd_html, "publish": cmd_publish, "speech": cmd_speech, "burst": cmd_burst, "edit": cmd_edit}[sys.argv[1]](*sys.argv[2:])
PY
client() { python3 "$work/client.py" "$@"; }

# A free loopback port (the kernel picks it; closed again at once, so a clash is possible but unlikely).
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Start `aloud serve` with WORKERS on a fresh data folder; sets srv_pid, srv_log, base and key. The rate
# limit is off: the benchmark polls often, and 429s would time the limiter, not the narration.
start_server() {
  local workers=$1 cpus=${2:-} dir pin=()
  # With CPUS ("0"), the server is pinned to those cores: .NET then sees only them (ProcessorCount).
  [ -n "$cpus" ] && pin=(taskset -c "$cpus")
  dir=$(mktemp -d "$work/server.XXXX")
  key=bench-$(od -An -N12 -tx1 /dev/urandom | tr -d " \n")   # 30 characters: the server warns about keys under 16
  base="http://127.0.0.1:$(free_port)"
  srv_log="$dir/log"
  ALOUD_API_KEY=$key Aloud__RateLimitPerMinute=0 \
    "${pin[@]}" "$root/aloud" serve --urls "$base" --data "$dir/data" --workers "$workers" >"$srv_log" 2>&1 &
  srv_pid=$!
  servers+=("$srv_pid")
  local _
  for _ in $(seq 1 240); do   # up to 2 minutes: the first start may build the CLI
    curl -sf --max-time 2 "$base/healthz" >/dev/null && return 0
    kill -0 "$srv_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "service-bench: the server (--workers $workers) did not become healthy at $base; last log lines:" >&2
  tail -n 20 "$srv_log" >&2
  exit 1
}

# Stop the current server and keep its "narrated ..." log lines (stage times) for the report.
stop_server() {
  kill "$srv_pid" 2>/dev/null || true
  wait "$srv_pid" 2>/dev/null || true
  grep -o 'narrated .*' "$srv_log" >>"$work/narrated.log" || true
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS"; cp "$srv_log" "$KEEP_LOGS/server-$srv_pid.log"; fi
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
seconds() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || fail "failed: $*"; awk -v a="$s" -v b="$(date +%s%N)" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'; }
words_of() { python3 -c 'import re, sys; print(len(re.sub(r"<[^>]+>", " ", open(sys.argv[1], encoding="utf-8").read()).split()))' "$1"; }
summary=()
# One line of the final table: name, figure, ratio, target text, and whether the figure meets it.
record() { summary+=("$(printf '%-44s %-26s %-12s %-22s %s' "$1" "$2" "$3" "$4" "$([ "$5" = 1 ] && echo PASS || echo MISS)")"); }
meets() { awk "BEGIN { exit !($1) }" && echo 1 || echo 0; }

# 1. Publish -> playable against the CLI narrating the same page. Each service run is a new server on a
# fresh data folder, so neither the clip cache nor earlier articles help it.
bench_publish() {
  local label=$1 page=$2 i s c svc=() cli=()
  echo "== 1. publish -> playable: $label ($(words_of "$page") words in the page)"
  for i in $(seq "$runs"); do
    start_server "$cores"
    s=$(client publish "$base" "$key" "$page") || fail "publish of $label failed (log: $(tail -n 3 "$srv_log"))"
    stop_server
    c=$(seconds "$root/aloud" narrate "$page" -o "$work/cli.mp3" -q)
    echo "   run $i: service $s s, aloud narrate $c s"
    svc+=("$s"); cli+=("$c")
  done
  s=$(printf '%s\n' "${svc[@]}" | median); c=$(printf '%s\n' "${cli[@]}" | median)
  local ratio; ratio=$(awk -v a="$s" -v b="$c" 'BEGIN { printf "%.2f", a / b }')
  echo "   median: service $s s, CLI $c s, ratio service/CLI $ratio (target: playable under 5 s)"
  record "publish->playable, $label" "${s} s (CLI ${c} s)" "${ratio}x CLI" "< 5 s" "$(meets "$s < 5")"
}

# 2. Streaming speech: how soon the first audio arrives against the whole answer. A different seed per
# run and a fresh server, so no sentence is already in the clip cache.
bench_speech() {
  local i out f t bytes w first=() total=() ratios=()
  echo "== 2. /v1/audio/speech streaming, ~1,500 words"
  for i in $(seq "$runs"); do
    start_server "$cores"
    out=$(client speech "$base" "$key" $((500 + i)) 1500) || fail "speech request failed (log: $(tail -n 3 "$srv_log"))"
    stop_server
    read -r f t bytes w <<<"$out"
    echo "   run $i: first byte $f s of $t s ($bytes bytes, $w words)"
    first+=("$f"); total+=("$t"); ratios+=("$(awk -v a="$f" -v b="$t" 'BEGIN { printf "%.4f", a / b }')")
  done
  local r
  f=$(printf '%s\n' "${first[@]}" | median); t=$(printf '%s\n' "${total[@]}" | median); r=$(printf '%s\n' "${ratios[@]}" | median)
  echo "   median: first byte $f s, total $t s, first/total $(awk -v r="$r" 'BEGIN { printf "%.1f %%", 100 * r }') (target under 10 %)"
  record "speech stream first byte / total" "$f s of $t s" "$(awk -v r="$r" 'BEGIN { printf "%.1f %%", 100 * r }')" "< 10 %" "$(meets "$r < 0.10")"
}

# 3. Throughput: BURST distinct articles posted at once, to a server on one core narrating one article at a
# time (the baseline), and to a server with all cores busy (one worker per core, each synthesising in
# parallel). The ratio says how well the service turns cores into articles.
bench_burst() {
  local mode i out secs apm one=() many=()
  echo "== 3. articles a minute: $burst distinct ~300-word articles posted at once"
  for i in $(seq "$runs"); do
    for mode in one all; do
      if [ "$mode" = one ]; then start_server 1 0; else start_server "$cores"; fi
      out=$(client burst "$base" "$key" "$burst" $((700 + i * 10 + ${#mode})) 300) || fail "burst failed (log: $(tail -n 3 "$srv_log"))"
      stop_server
      read -r secs apm <<<"$out"
      echo "   run $i, $mode: all done in $secs s, $apm articles/min"
      if [ "$mode" = one ]; then one+=("$apm"); else many+=("$apm"); fi
    done
  done
  local a b ratio
  a=$(printf '%s\n' "${one[@]}" | median); b=$(printf '%s\n' "${many[@]}" | median)
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')
  echo "   median: one core, one at a time $a/min; $cores cores busy $b/min; ratio $ratio (target at least 1.8 on 2 cores)"
  record "articles/min, $cores cores busy vs one at a time on one core ($burst posted)" "$b vs $a /min" "${ratio}x" ">= 1.8x" "$(meets "$ratio >= 1.8")"
}

# 4. Editing one paragraph in twenty: the clip cache should leave only the changed sentences to synthesise.
bench_edit() {
  local i out f a first=() again=()
  echo "== 4. edit one paragraph of twenty (~1,000 words)"
  for i in $(seq "$runs"); do
    start_server "$cores"
    out=$(client edit "$base" "$key" $((900 + i))) || fail "edit benchmark failed (log: $(tail -n 3 "$srv_log"))"
    stop_server
    read -r f a <<<"$out"
    echo "   run $i: first narration $f s, re-narration after PUT $a s"
    first+=("$f"); again+=("$a")
  done
  local r
  f=$(printf '%s\n' "${first[@]}" | median); a=$(printf '%s\n' "${again[@]}" | median)
  r=$(awk -v a="$a" -v f="$f" 'BEGIN { printf "%.3f", a / f }')
  echo "   median: first $f s, re-narration $a s, ratio $(awk -v r="$r" 'BEGIN { printf "%.1f %%", 100 * r }') (target under 15 %)"
  record "re-narration after 1-in-20 edit" "$a s (first $f s)" "$(awk -v r="$r" 'BEGIN { printf "%.1f %%", 100 * r }')" "< 15 %" "$(meets "$r < 0.15")"
}

echo "service-bench: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $cores, load average $(cut -d' ' -f1-3 /proc/loadavg), runs $runs"
"$root/aloud" voices >/dev/null   # build once, outside the timings
client html 101 1000 >"$work/long.html"

# ONLY="publish speech burst edit" (any subset) runs some of the benchmarks, e.g. while working on one.
only=" ${ONLY:-publish speech burst edit} "
if [[ $only == *" publish "* ]]; then bench_publish "sample article" "$root/samples/harbor-festival.html"; fi
if [[ $only == *" publish "* ]]; then bench_publish "~1,000-word article" "$work/long.html"; fi
if [[ $only == *" speech "* ]]; then bench_speech; fi
if [[ $only == *" burst "* ]]; then bench_burst; fi
if [[ $only == *" edit "* ]]; then bench_edit; fi
touch "$work/narrated.log"

echo
echo "== stage times the server logged (synthesis and loudness / encoding), one line per narration"
sed 's/^/   /' "$work/narrated.log"
echo
echo "== summary ($(date -u '+%Y-%m-%d %H:%M UTC'), nproc $cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-44s %-26s %-12s %-22s %s\n' "measurement" "figure" "ratio" "target" "result"
printf '%s\n' "${summary[@]}"
