"""Bounded load test of the story API: concurrent readers while a writer ingests; one JSON line.

Everything runs on 127.0.0.1 only. A store is filled with synthetic stories (see
api_latency.py); the server runs under uvicorn in a child process; a second child keeps
ingesting new synthetic stories into the same store (committed batches, as `ingest` does)
until the readers finish; `--clients` threads then send a fixed number of requests, capped
by `--duration` seconds, spread over the story list, story pages (JSON and HTML) and search.
Any status other than 200, or a failed connection, counts as an error.

    .venv/bin/python -m benchmarks.load_test [--articles 2000] [--clients 8] [--requests 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.api_latency import add_story, fill
from wirecheck.model import Analysis
from wirecheck.store import Store

HOST = "127.0.0.1"  # loopback only: this script never opens anything else

SERVER = """
import sys, uvicorn
from wirecheck.web import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning", access_log=False)
"""

WRITER = """
import random, sys, time
from benchmarks.load_test import write_forever
write_forever(sys.argv[1], float(sys.argv[2]))
"""


def write_forever(db: str, pause: float) -> None:
    """The writer: one committed batch of new stories at a time until killed."""
    rng = random.Random(99)
    n = 1_000_000  # story numbers far from the fill's, so every text is new
    with Store(db) as store:
        while True:
            chunk = Analysis()
            for _ in range(5):
                add_story(chunk, n, rng)
                n += 1
            store.ingest(chunk)
            time.sleep(pause)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def request_plan(story_ids: list[str], count: int, seed: int = 5) -> list[str]:
    """The URLs to send: mostly story pages, some lists and searches."""
    rng = random.Random(seed)
    kinds = [
        lambda: f"/api/stories/{rng.choice(story_ids)}",
        lambda: f"/api/stories/{rng.choice(story_ids)}",
        lambda: f"/stories/{rng.choice(story_ids)}",
        lambda: f"/api/stories?limit=20&offset={rng.randrange(0, 200)}",
        lambda: "/api/search?q=" + rng.choice(["officials", "talks resume", "Geneva", "hours"]),
    ]
    return [rng.choice(kinds)() for _ in range(count)]


def run_clients(base: str, urls: list[str], clients: int, duration: float) -> dict[str, object]:
    import httpx

    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    queue = iter(urls)
    stop_at = time.monotonic() + duration

    def client() -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            while time.monotonic() < stop_at:
                with lock:
                    url = next(queue, None)
                if url is None:
                    return
                started = time.perf_counter()
                try:
                    status = http.get(url).status_code
                except httpx.HTTPError as exc:
                    status, url = 0, f"{url} ({type(exc).__name__})"
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    timings.append(elapsed)
                    if status != 200:
                        errors.append(f"{status} {url}")

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    timings.sort()
    return {
        "requests": len(timings),
        "errors": len(errors),
        "error_examples": errors[:5],
        "wall_s": round(wall, 1),
        "rps": round(len(timings) / wall, 1),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1),
        "p99_ms": round(timings[int(0.99 * (len(timings) - 1))], 1),
        "max_ms": round(timings[-1], 1),
    }


def count_articles(db: Path) -> int:
    with Store(db, readonly=True) as store:
        return int(store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the store first")
    parser.add_argument("--clients", type=int, default=8, help="concurrent reader threads")
    parser.add_argument("--requests", type=int, default=2000, help="requests in all")
    parser.add_argument("--duration", type=float, default=120, help="seconds at most")
    parser.add_argument("--writer-pause", type=float, default=0.05, help="seconds between batches")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        story_ids, _ = fill(db, args.articles)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], cwd=root)
        writer = None
        try:
            wait_until_up(port)
            before = count_articles(db)
            writer = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(db), str(args.writer_pause)], cwd=root
            )
            urls = request_plan(story_ids, args.requests)
            result = run_clients(f"http://{HOST}:{port}", urls, args.clients, args.duration)
            writer_alive = writer.poll() is None
        finally:
            for child in (writer, server):
                if child is not None:
                    child.kill()
                    child.wait()
        result = {
            "articles_before": before,
            "articles_written_meanwhile": count_articles(db) - before,
            "writer_ran_throughout": writer_alive,
            "clients": args.clients,
            **result,
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
