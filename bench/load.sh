#!/usr/bin/env bash
# Load on loopback against `aloud serve`, with wrk: audio Range requests (next to nginx serving the same file in the
# same run, as a ratio), the podcast feed, the article status API and /v1/audio/speech; requests per second, p50/p99
# latency and errors for each; then a soak of mixed traffic with the server's RSS sampled every 5 s and its slope.
#   bench/load.sh                        (20 s per route, 16 connections, a 600 s soak)
#   DURATION=10 SOAK=120 bench/load.sh   (shorter)
#   CONNECTIONS=64 bench/load.sh
# Bounded: every wrk run is limited to its duration (and killed 30 s past it), the soak to SOAK seconds. The server
# runs with the per-key rate limit off (Aloud:RateLimitPerMinute=0), so the figures are the server's, not the limit's.
# Needs wrk, nginx and curl: scripts/install-packages.sh --bench installs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
duration=${DURATION:-20}
soak=${SOAK:-600}
connections=${CONNECTIONS:-16}
work=$(mktemp -d)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { echo "load: $*" >&2; exit 1; }
for tool in wrk nginx curl python3; do command -v "$tool" >/dev/null || fail "$tool is needed: scripts/install-packages.sh --bench"; done
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The server, on a fresh data folder, with one narrated article (the project's sample).
key=bench-$RANDOM$RANDOM
port=$(free_port)
base="http://127.0.0.1:$port"
ALOUD_API_KEY=$key Aloud__RateLimitPerMinute=0 "$root/aloud" serve --urls "$base" --data "$work/data" --workers 1 >"$work/server.log" 2>&1 &
server=$!
pids+=("$server")
for _ in $(seq 1 180); do curl -sf "$base/healthz" >/dev/null && break; sleep 1; done
curl -sf "$base/healthz" >/dev/null || { tail -5 "$work/server.log" >&2; fail "the server did not start"; }
id=$(python3 - "$root/samples/harbor-festival.html" "$base" "$key" <<'PY'
import json, sys, time, urllib.request
page, base, key = sys.argv[1:]
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
body = json.dumps({"html": open(page, encoding="utf-8").read()}).encode()
article = json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/articles", body, headers)))
for _ in range(3000):
    state = json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/articles/" + article["id"], headers=headers)))
    if state["status"] == "done": print(article["id"]); break
    if state["status"] == "failed": sys.exit("narration failed: " + str(state.get("error")))
    time.sleep(0.2)
else:
    sys.exit("narration did not finish")
PY
) || fail "could not narrate the sample"

# nginx serving the very same MP3 bytes, as the baseline for Range serving.
mkdir -p "$work/www" "$work/nginx"
curl -sf "$base/audio/$id.mp3" -o "$work/www/a.mp3"
chmod 755 "$work" "$work/www"; chmod 644 "$work/www/a.mp3"   # nginx's workers run as an unprivileged user
size=$(stat -c %s "$work/www/a.mp3")
nport=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  types { audio/mpeg mp3; }
  server { listen 127.0.0.1:$nport; root $work/www; }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work/nginx" || fail "nginx did not start"

# A 64 KB range in the middle of the file: what a player asks for while seeking.
start=$((size / 3))
range="bytes=$start-$((start + 65535))"
cat >"$work/range.lua" <<LUA
wrk.headers["Range"] = "$range"
LUA
cat >"$work/status.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $key"
LUA
cat >"$work/speech.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $key"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model": "tts-1", "input": "The ferry leaves at nine.", "voice": "alloy", "response_format": "mp3"}'
LUA
cat >"$work/mixed.lua" <<LUA
local paths = { "/audio/$id.mp3", "/feeds/default.xml", "/api/articles/$id", "/audio/$id.json" }
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local headers = { ["Authorization"] = "Bearer $key" }
  if path == paths[1] then headers["Range"] = "$range" end
  return wrk.format("GET", path, headers)
end
LUA

# One wrk run; prints "rps p50_ms p99_ms errors requests".
run_wrk() {
  local url=$1 script=$2 conns=$3 secs=$4
  timeout $((secs + 30)) wrk -t 2 -c "$conns" -d "${secs}s" --latency -s "$script" "$url" >"$work/wrk.out" 2>&1 || true
  python3 - "$work/wrk.out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s+" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
total = re.search(r"(\d+) requests in", text)
errors = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
if sock: errors += sum(int(x) for x in sock.groups())
print(f"{float(rps.group(1)) if rps else 0:.0f} {ms('50%'):.2f} {ms('99%'):.2f} {errors} {int(total.group(1)) if total else 0}")
PY
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load: $(nproc) cores, load average $load at the start; $duration s per route, $connections connections; article $id ($size bytes of MP3)"
printf '%-34s %10s %10s %10s %8s %10s\n' route "req/s" "p50 ms" "p99 ms" errors requests
row() { printf '%-34s %10s %10s %10s %8s %10s\n' "$1" $2; }
aloud_range=$(run_wrk "$base/audio/$id.mp3" "$work/range.lua" "$connections" "$duration"); row "audio Range 64 KB (aloud)" "$aloud_range"
nginx_range=$(run_wrk "http://127.0.0.1:$nport/a.mp3" "$work/range.lua" "$connections" "$duration"); row "audio Range 64 KB (nginx)" "$nginx_range"
row "podcast feed /feeds/default.xml" "$(run_wrk "$base/feeds/default.xml" "$work/status.lua" "$connections" "$duration")"
row "article status /api/articles/ID" "$(run_wrk "$base/api/articles/$id" "$work/status.lua" "$connections" "$duration")"
row "POST /v1/audio/speech (6 words)" "$(run_wrk "$base/v1/audio/speech" "$work/speech.lua" 4 "$duration")"
python3 - "$aloud_range" "$nginx_range" <<'PY'
import sys
a, n = float(sys.argv[1].split()[0]), float(sys.argv[2].split()[0])
print(f"Range serving: aloud {a:.0f} req/s, nginx {n:.0f} req/s: {a / n:.2f}x nginx (target >= 0.5x)" if n else "nginx answered nothing")
PY

# The soak: mixed traffic for SOAK seconds, the server's RSS every 5 s, and its trend after the first tenth.
: >"$work/rss.tsv"
( t0=$(date +%s); while kill -0 "$server" 2>/dev/null; do
    echo "$(( $(date +%s) - t0 )) $(awk '/VmRSS/{print $2}' "/proc/$server/status")" >>"$work/rss.tsv"; sleep 5; done ) &
sampler=$!
pids+=("$sampler")
soak_result=$(run_wrk "$base/" "$work/mixed.lua" "$connections" "$soak")
kill "$sampler" 2>/dev/null || true
python3 - "$work/rss.tsv" "$soak" "$soak_result" <<'PY'
import sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 2]
soak = float(sys.argv[2]); rps, p50, p99, errors, total = sys.argv[3].split()
kept = [(t, kb / 1024) for t, kb in rows if t >= soak / 10] or [(t, kb / 1024) for t, kb in rows]
n = len(kept); mt = sum(t for t, _ in kept) / n; mm = sum(m for _, m in kept) / n
var = sum((t - mt) ** 2 for t, _ in kept)
slope = sum((t - mt) * (m - mm) for t, m in kept) / var * 60 if var else 0.0
print(f"soak {soak:.0f} s of mixed traffic (audio Range, feed, status, timings): {rps} req/s, p50 {p50} ms, p99 {p99} ms, {errors} errors of {total}")
print(f"server RSS: {rows[0][1] / 1024:.0f} MB at the start, {max(m for _, m in kept):.0f} MB at most, {kept[-1][1]:.0f} MB at the end; "
      f"slope {slope:+.2f} MB/min over {n} samples after the first tenth")
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
