#!/usr/bin/env bash
# How one lexicon edit scales with the lexicon: `aloud serve` on a fresh data folder gets ENTRIES single-entry PUTs
# (each a new word) and, every STEP entries, the mean time of the last STEP valid edits and of STEP refused ones
# (a bad respelling), and the database's size. Printed last: the edit time at ENTRIES over the time at STEP (a
# ratio measured in the same run), and the database size against one version's size times LexiconVersionsKept.
#   bench/lexicon-edits.sh               (4,000 entries, step 500)
#   ENTRIES=10000 STEP=1000 bench/lexicon-edits.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
entries=${ENTRIES:-4000}
step=${STEP:-500}
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
for tool in curl python3; do command -v "$tool" >/dev/null || { echo "lexicon-edits: $tool is needed" >&2; exit 1; }; done
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
key=bench-$RANDOM$RANDOM$RANDOM
ALOUD_API_KEY=$key Aloud__RateLimitPerMinute=0 "$root/aloud" serve --urls "http://127.0.0.1:$port" --data "$work/data" --workers 0 >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { tail -5 "$work/server.log" >&2; echo "lexicon-edits: the server did not start" >&2; exit 1; }

python3 - "$port" "$key" "$entries" "$step" "$work/data" <<'PY'
import http.client, json, os, sys, time
port, key, entries, step, data = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
connection = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}

def word(i):  # letters only: a respelling may not hold digits
    text = ""
    while True:
        text = chr(97 + i % 26) + text
        i //= 26
        if i == 0:
            return text

def put(written, body):
    connection.request("PUT", "/api/lexicon/entries/" + written, json.dumps(body), headers)
    answer = connection.getresponse()
    answer.read()
    return answer.status

def database_bytes():
    return sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data) if f.startswith("aloud.db"))

print("entries\tvalid edit ms\trefused edit ms\tdatabase MB")
first = None
started = time.time()
for i in range(1, entries + 1):
    if i % step == 1 or step == 1:
        clock = time.time()
    status = put("Zorvak" + word(i), {"spoken": "zor vak " + word(i)})
    if status != 200:
        sys.exit(f"lexicon-edits: edit {i} answered {status}")
    if i % step == 0:
        valid = (time.time() - clock) / step * 1000
        clock = time.time()
        for j in range(step):
            if put("Zorvak" + word(j), {"spoken": "zor v4k"}) != 400:
                sys.exit("lexicon-edits: a bad respelling was not refused")
        refused = (time.time() - clock) / step * 1000
        first = first or valid
        print(f"{i}\t{valid:.1f}\t{refused:.1f}\t{database_bytes() / 1e6:.1f}", flush=True)
connection.request("GET", "/api/lexicon", headers=headers)
one_version = len(connection.getresponse().read())
print(f"total {time.time() - started:.0f} s")
print(f"valid edit at {entries} entries / at {step}: {valid / first:.1f}x; refused edit: {refused:.1f} ms; "
      f"database {database_bytes() / 1e6:.1f} MB for versions of {one_version / 1e6:.2f} MB")
PY
