#!/usr/bin/env python3
"""Chaos runs of the narration service: articles queued, workers killed with SIGKILL and restarted, the database
restarted, the disk filled; then every article is checked. Prints one line ending in
"lost N, duplicated N, corrupt N, leased N". Run from the project root (it uses ./aloud); see docs/reliability.md.

  bench/chaos.py                                 PostgreSQL + S3, 200 articles, 3 worker processes, a kill every 6 s,
                                                 PostgreSQL restarted when half are done
  bench/chaos.py --backend sqlite                one `aloud serve` (SQLite + files) killed and restarted instead
  bench/chaos.py --backend sqlite --disk-full    the data folder on a small tmpfs filled up, then freed
  bench/chaos.py --throughput 1,2,3              articles per minute with 1, 2 and 3 worker processes, no kills

Needs root (PostgreSQL runs as the postgres user; tmpfs mounts), Debian's postgresql, node and ffprobe, and s3rver
(scripts/install-packages.sh --test installs it under .build/test-npm).
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "chaos-key-" + os.urandom(8).hex()
PAUSE = 0.5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Processes:
    """Every child started here, stopped at the end whatever happens."""

    def __init__(self):
        self.children = []

    def start(self, args, logfile, env=None):
        out = open(logfile, "ab")
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env or os.environ.copy())
        self.children.append(child)
        return child

    def stop_all(self):
        for child in self.children:
            if child.poll() is None:
                child.kill()
        for child in self.children:
            child.wait()


class Postgres:
    """A throwaway cluster in a temporary folder, run as the postgres user."""

    def __init__(self, folder):
        versions = sorted(os.listdir("/usr/lib/postgresql"), key=lambda v: int(v) if v.isdigit() else 0)
        self.bin = f"/usr/lib/postgresql/{versions[-1]}/bin"
        self.folder = os.path.join(folder, "pg")
        self.port = free_port()
        os.makedirs(self.folder)
        shutil.chown(self.folder, "postgres", "postgres")
        self.run("initdb", "-D", self.folder, "-U", "postgres", "-A", "trust", "--no-sync")
        with open(os.path.join(self.folder, "postgresql.conf"), "a") as conf:
            conf.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.folder}'\n")
        self.start()
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "aloud")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/aloud"

    def run(self, tool, *args):
        subprocess.run(["runuser", "-u", "postgres", "--", f"{self.bin}/{tool}", *args], check=True, capture_output=True, cwd="/tmp")

    def start(self):
        self.run("pg_ctl", "-D", self.folder, "-w", "-l", os.path.join(self.folder, "log"), "start")

    def stop(self, mode="immediate"):
        self.run("pg_ctl", "-D", self.folder, "-m", mode, "stop")

    def query(self, sql):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "aloud", "-At", "-F", "\t", "-c", sql],
                             check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]


def start_s3(processes, folder):
    script = os.path.join(ROOT, ".build", "test-npm", "node_modules", "s3rver", "bin", "s3rver.js")
    if not os.path.exists(script):
        subprocess.run([os.path.join(ROOT, "scripts", "install-packages.sh"), "--test"], check=True)
    port = free_port()
    # s3rver's listing tokens use a cipher OpenSSL 3 keeps in its legacy provider.
    processes.start(["node", "--openssl-legacy-provider", script, "-d", os.path.join(folder, "s3"), "-a", "127.0.0.1", "-p", str(port),
                     "--configure-bucket", "aloud", "--silent"], os.path.join(folder, "s3.log"))
    wait_for(lambda: socket.create_connection(("127.0.0.1", port), timeout=1).close() or True, 30, "s3rver")
    os.environ.update(AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}", AWS_ACCESS_KEY_ID="S3RVER", AWS_SECRET_ACCESS_KEY="S3RVER", AWS_REGION="us-east-1")


def wait_for(check, seconds, what):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if check():
                return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(PAUSE)
    raise SystemExit(f"chaos: {what} not ready after {seconds} s")


class Api:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"

    def call(self, method, path, body=None, keyed=True, raw=False):
        request = urllib.request.Request(self.base + path, method=method, data=None if body is None else json.dumps(body).encode())
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if keyed:
            request.add_header("Authorization", f"Bearer {KEY}")
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read()
            return data if raw else json.loads(data)

    def healthy(self):
        return self.call("GET", "/healthz", keyed=False, raw=True) is not None

    def status(self, article_id):
        try:
            return self.call("GET", f"/api/articles/{article_id}")
        except (OSError, urllib.error.URLError):
            return None


def article_text(n):
    """Distinct invented articles: every sentence new, so nothing comes from the clip cache."""
    towns = ["Ashford", "Bramley", "Caldwell", "Dunmore", "Elswick", "Farnham", "Glenrock", "Harwood"]
    town = towns[n % len(towns)]
    return (f"Story {n}. The council of {town} met for the {n + 2}th time this year.\n\n"
            f"Members approved {n * 3 + 7} new street lights and a budget of {n * 1000 + 250} pounds for the harbor.\n\n"
            f"A spokesperson said the work on route {n + 11} would begin in {['March', 'April', 'May', 'June'][n % 4]} "
            f"and take about {n % 9 + 2} weeks. Residents of {town} can read the plans at the library.")


def aloud(*args):
    # The published CLI itself, not the ./aloud launcher: a launcher started after a source edit would rebuild
    # under the running processes. main() runs the launcher once first, so the build is current.
    return ["dotnet", os.path.join(ROOT, ".build", "cli", "aloud.dll"), *args]


def check_audio(api, ids, folder):
    """Corrupt = audio missing, not decodable, or not as long as its own timings say."""
    corrupt = []
    for article_id in ids:
        try:
            mp3 = api.call("GET", f"/audio/{article_id}.mp3", keyed=False, raw=True)
            timings = api.call("GET", f"/audio/{article_id}.json", keyed=False)
        except (OSError, urllib.error.URLError) as e:
            corrupt.append((article_id, str(e)))
            continue
        path = os.path.join(folder, "check.mp3")
        with open(path, "wb") as f:
            f.write(mp3)
        probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path], capture_output=True, text=True)
        decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "null", "-"], capture_output=True, text=True)
        try:
            seconds = float(probe.stdout.strip())
        except ValueError:
            seconds = -1
        said = timings["durationMs"] / 1000
        last_word = timings["words"][-1]["endMs"] / 1000 if timings["words"] else 0
        # An MP3 is longer than its audio by the encoder's delay and the last frame's padding (under 0.25 s at 16 kHz);
        # the last word must end inside the audio.
        if decoded.stderr.strip() or not -0.05 <= seconds - said <= 0.25 or last_word > seconds:
            corrupt.append((article_id, f"decoded {seconds:.3f} s, timings say {said:.3f} s, last word ends {last_word:.3f} s {decoded.stderr.strip()[:80]}"))
    return corrupt


def run_postgres(args, folder, processes):
    pg = Postgres(folder)
    start_s3(processes, folder)
    port = free_port()
    env = dict(os.environ, ALOUD_API_KEY=KEY)
    common = ["--db", pg.url, "--blobs", "s3://aloud/audio", "--lease-seconds", str(args.lease)]
    processes.start(aloud("serve", "--urls", f"http://127.0.0.1:{port}", "--workers", "0", *common), os.path.join(folder, "serve.log"), env)
    api = Api(port)
    wait_for(api.healthy, 180, "aloud serve")
    ids = [api.call("POST", "/api/articles", {"text": article_text(n), "intro": False})["id"] for n in range(args.articles)]
    log(f"queued {len(ids)} articles on PostgreSQL + S3")

    workers = [processes.start(aloud("worker", "--workers", "1", *common), os.path.join(folder, f"worker{i}.log")) for i in range(args.workers)]
    started, kills, db_restarts, next_kill = time.time(), 0, 0, time.time() + args.kill_every
    while True:
        try:
            counts = dict(pg.query("SELECT status, count(*) FROM jobs WHERE status <> 'superseded' GROUP BY status"))
        except subprocess.CalledProcessError:
            counts = {}  # the database is restarting
        done = int(counts.get("done", 0)) + int(counts.get("failed", 0))
        if done >= len(ids):
            break
        if time.time() - started > args.timeout:
            log("timed out")
            break
        if args.kill_every > 0 and time.time() >= next_kill:
            victim = random.randrange(len(workers))
            workers[victim].send_signal(signal.SIGKILL)
            workers[victim].wait()
            workers[victim] = processes.start(aloud("worker", "--workers", "1", *common), os.path.join(folder, f"worker{victim}.log"))
            kills += 1
            next_kill = time.time() + args.kill_every
        if args.restart_db and db_restarts == 0 and done >= len(ids) // 2:
            log(f"restarting PostgreSQL with {done} of {len(ids)} done")
            pg.stop()
            time.sleep(3)
            pg.start()
            db_restarts += 1
        time.sleep(1)
    seconds = time.time() - started
    for w in workers:
        w.send_signal(signal.SIGTERM)
    for w in workers:
        w.wait(timeout=60)

    commits = {a: int(n) for a, n in pg.query("SELECT article_id, count(*) FROM jobs WHERE status = 'done' GROUP BY article_id")}
    revisions = {a: p for a, p in pg.query("SELECT id, audio_previous_revision FROM articles")}
    leased = int(pg.query("SELECT count(*) FROM jobs WHERE status = 'running'")[0][0])
    return report(api, ids, commits, revisions, leased, folder, seconds,
                  f"PostgreSQL + S3, {args.workers} worker processes, {kills} SIGKILLs, {db_restarts} database restart(s)")


def run_sqlite(args, folder, processes):
    data = os.path.join(folder, "data")
    filler = None
    if args.disk_full:
        os.makedirs(data)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.disk_mb}m", "tmpfs", data], check=True)
    port = free_port()
    env = dict(os.environ, ALOUD_API_KEY=KEY)
    serve_args = aloud("serve", "--urls", f"http://127.0.0.1:{port}", "--data", data, "--workers", str(args.workers), "--lease-seconds", str(args.lease))
    api = Api(port)
    try:
        server = processes.start(serve_args, os.path.join(folder, "serve.log"), env)
        wait_for(api.healthy, 180, "aloud serve")
        ids = [api.call("POST", "/api/articles", {"text": article_text(n), "intro": False})["id"] for n in range(args.articles)]
        log(f"queued {len(ids)} articles on SQLite")
        if args.disk_full:
            # Leave the database room to record what happens, and the audio and clip cache too little.
            filler = os.path.join(data, "filler")
            try:
                with open(filler, "wb") as f:
                    while shutil.disk_usage(data).free > 400_000 + 65_536:
                        f.write(b"\0" * min(1 << 20, shutil.disk_usage(data).free - 400_000))
                        f.flush()
            except OSError:
                pass  # the service filled the rest meanwhile: full is what we want
            log(f"filled the data disk: {shutil.disk_usage(data).free // 1000} kB left")
        started, kills, next_kill, reasons, freed = time.time(), 0, time.time() + args.kill_every, set(), False
        while True:
            states = [api.status(i) for i in ids]
            if all(s is not None and s["status"] in ("done", "failed") for s in states):
                break
            for s in states:
                if s and s.get("error"):
                    reasons.add(s["error"][:120])
            if time.time() - started > args.timeout:
                log("timed out")
                break
            if args.disk_full and not freed and time.time() - started > 30:
                # Audio served while the disk is full must still be whole.
                done_now = [s["id"] for s in states if s and s["status"] == "done"]
                bad = check_audio(api, done_now, folder)
                log(f"disk full for 30 s: {len(done_now)} done and whole ({len(bad)} broken), errors seen: {sorted(reasons)[:3]}")
                os.remove(filler)
                freed = True
            if not args.disk_full and args.kill_every > 0 and time.time() >= next_kill:
                server.send_signal(signal.SIGKILL)
                server.wait()
                server = processes.start(serve_args, os.path.join(folder, "serve.log"), env)
                wait_for(api.healthy, 180, "aloud serve after a kill")
                kills += 1
                next_kill = time.time() + args.kill_every
            time.sleep(1)
        seconds = time.time() - started
        db = sqlite3.connect(os.path.join(data, "aloud.db"))
        commits = dict(db.execute("SELECT article_id, count(*) FROM jobs WHERE status = 'done' GROUP BY article_id").fetchall())
        revisions = dict(db.execute("SELECT id, audio_previous_revision FROM articles").fetchall())
        leased = db.execute("SELECT count(*) FROM jobs WHERE status = 'running'").fetchone()[0]
        db.close()
        what = f"SQLite, one serve with {args.workers} workers, {kills} SIGKILLs"
        if args.disk_full:
            what = f"SQLite on a {args.disk_mb} MB tmpfs filled for 30 s ({len(reasons)} distinct failure reasons, e.g. {sorted(reasons)[:1]})"
        ok = report(api, ids, commits, revisions, leased, folder, seconds, what)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        return ok
    finally:
        if args.disk_full:
            processes.stop_all()
            subprocess.run(["umount", "-l", data], check=False)


def report(api, ids, commits, previous, leased, folder, seconds, what):
    lost = [i for i in ids if commits.get(i, 0) == 0]
    # Published twice = more than one job ended done, or a publication that replaced an earlier one (the row then
    # remembers a previous revision). Revision numbers alone may skip: a killed attempt keeps its number.
    duplicated = [i for i in ids if commits.get(i, 0) > 1 or previous.get(i) not in (None, "", 0)]
    corrupt = check_audio(api, [i for i in ids if i not in lost], folder)
    for article_id, why in corrupt[:5]:
        log(f"corrupt {article_id}: {why}")
    for article_id in lost[:5]:
        log(f"lost {article_id}: {api.status(article_id)}")
    rate = len(ids) / seconds * 60
    print(f"chaos: {len(ids)} articles on {what} in {seconds:.0f} s ({rate:.1f} articles/min): "
          f"lost {len(lost)}, duplicated {len(duplicated)}, corrupt {len(corrupt)}, leased {leased}", flush=True)
    return not (lost or duplicated or corrupt or leased)


def run_throughput(args, folder, processes):
    pg = Postgres(folder)
    start_s3(processes, folder)
    port = free_port()
    env = dict(os.environ, ALOUD_API_KEY=KEY)
    processes.start(aloud("serve", "--urls", f"http://127.0.0.1:{port}", "--workers", "0", "--db", pg.url, "--blobs", "s3://aloud/audio"),
                    os.path.join(folder, "serve.log"), env)
    api = Api(port)
    wait_for(api.healthy, 180, "aloud serve")
    results = []
    for round_number, count in enumerate(int(w) for w in args.throughput.split(",")):
        ids = [api.call("POST", "/api/articles", {"text": article_text(1000 * (round_number + 1) + n)})["id"] for n in range(args.articles)]
        started = time.time()
        workers = [processes.start(aloud("worker", "--workers", "1", "--db", pg.url, "--blobs", "s3://aloud/audio"), os.path.join(folder, "tp.log"))
                   for _ in range(count)]
        while int(pg.query("SELECT count(*) FROM jobs WHERE status IN ('queued', 'running')")[0][0]) > 0:
            time.sleep(0.5)
        seconds = time.time() - started
        for w in workers:
            w.send_signal(signal.SIGTERM)
            w.wait(timeout=60)
        results.append(f"{count} worker(s): {len(ids) / seconds * 60:.1f} articles/min")
        log(results[-1])
    print(f"throughput on PostgreSQL + S3, {args.articles} articles a round, {os.cpu_count()} cores: " + "; ".join(results))
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=3, help="worker processes (postgres) or worker threads of the one serve (sqlite)")
    parser.add_argument("--kill-every", type=float, default=6, help="seconds between SIGKILLs; 0 for none")
    parser.add_argument("--lease", type=int, default=10, help="--lease-seconds: how soon a killed worker's job is taken again")
    parser.add_argument("--no-db-restart", dest="restart_db", action="store_false", help="do not restart PostgreSQL half way")
    parser.add_argument("--disk-full", action="store_true", help="sqlite: the data folder on a small tmpfs, filled for 30 s")
    parser.add_argument("--disk-mb", type=int, default=48)
    parser.add_argument("--throughput", help="comma-separated worker counts: articles/min for each, no chaos")
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("chaos: run as root (PostgreSQL runs as the postgres user; the disk-full run mounts a tmpfs)")
    subprocess.run([os.path.join(ROOT, "aloud"), "--help"], check=True, capture_output=True)  # builds once, before any timing
    folder = tempfile.mkdtemp(prefix="aloud-chaos-")
    os.chmod(folder, 0o755)
    processes = Processes()
    ok = False
    try:
        if args.throughput:
            ok = run_throughput(args, folder, processes)
        elif args.backend == "postgres":
            ok = run_postgres(args, folder, processes)
        else:
            ok = run_sqlite(args, folder, processes)
    finally:
        processes.stop_all()
        pg_folder = os.path.join(folder, "pg")
        if os.path.isdir(pg_folder):
            subprocess.run(["runuser", "-u", "postgres", "--", "sh", "-c", f"/usr/lib/postgresql/*/bin/pg_ctl -D {pg_folder} -m immediate stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
