"""Load test of `ficlens serve` on loopback: latency of the works and character pages.

    python bench/serve.py --db corpus.duckdb [--requests 200] [--concurrency 200]

Builds nothing: give it a database `ficlens index` made (for the 10,000-work figure:
`python bench/generate.py corpus OUT --works 10000 && ficlens index OUT --db corpus.duckdb`).
Starts `ficlens serve` on 127.0.0.1 (a free port) in a child process, then for each
page sends `--requests` GETs, `--concurrency` at once, over distinct URLs (every page of
the works list and facet filters of its most common values; the most frequent
characters), so the page cache does not answer them, then the same URL `--requests`
times at once (one request computes it, the rest wait for it and share it). Bounded: every request has a
timeout and the whole run a deadline. Prints p50, p99 and max latency, failures (any
non-200 or timeout) and how long the server took to accept connections. Target: p99 < 500 ms for the works page.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ficlens.serve.db import Corpus  # noqa: E402

REQUEST_TIMEOUT = 120.0
RUN_DEADLINE = 600.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: Path) -> tuple[str, subprocess.Popen, float]:
    """`ficlens serve DB` in its own process (the load generator must not share its GIL);
    returns the base URL, the process and the seconds until it accepted a connection."""
    port = _free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ficlens.cli", "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"ficlens serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"http://127.0.0.1:{port}", proc, time.perf_counter() - t0
        except OSError:
            if time.perf_counter() - t0 > 60:
                proc.kill()
                raise SystemExit("ficlens serve did not start in 60 s") from None
            time.sleep(0.01)


def works_urls(corpus: Corpus, n: int) -> list[str]:
    """Distinct works-page URLs: list pages, then single-facet filters and their pages."""
    pages = max(1, corpus.works // 25)
    urls = [f"/works?page={p}" for p in range(1, min(pages, n // 2) + 1)]
    facets = corpus.query(
        "SELECT 'pov', pov_person FROM works WHERE pov_person IS NOT NULL GROUP BY 2 "
        "UNION ALL SELECT 'tense', tense FROM works WHERE tense IS NOT NULL GROUP BY 2 "
        "UNION ALL (SELECT 'character', coalesce(canonical, name) FROM characters GROUP BY 2 ORDER BY count(*) DESC LIMIT 40)"
    ).rows
    k = 0
    while len(urls) < n:
        facet, value = facets[k % len(facets)]
        urls.append("/works?" + urlencode({facet: value, "page": 1 + k // len(facets), "sort": "words"}))
        k += 1
    return urls[:n]


def character_urls(corpus: Corpus, n: int) -> list[str]:
    names = [r[0] for r in corpus.query(
        "SELECT coalesce(canonical, name) FROM characters GROUP BY 1 ORDER BY count(*) DESC LIMIT $n", {"n": n}
    ).rows]
    return ["/character?" + urlencode({"name": names[i % len(names)], "page": 1 + i // len(names)}) for i in range(n)]


async def _get(host: str, port: int, url: str) -> int:
    """One GET on a fresh connection; the status code. Plain asyncio streams: a full HTTP
    client costs more CPU than the server's cached answer, on the same two cores."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        status = int((await reader.readline()).split()[1])
        while await reader.read(65536):
            pass
        return status
    finally:
        writer.close()


async def load(base: str, urls: list[str], concurrency: int) -> tuple[list[float], list[str]]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    failures: list[str] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(url: str) -> None:
        async with gate:
            t0 = time.perf_counter()
            try:
                status = await asyncio.wait_for(_get(host, int(port), url), REQUEST_TIMEOUT)
                if status != 200:
                    failures.append(f"{status} {url}")
            except (TimeoutError, OSError, ValueError, IndexError) as e:
                failures.append(f"{type(e).__name__} {url}")
            latencies.append(time.perf_counter() - t0)

    await asyncio.wait_for(asyncio.gather(*(one(u) for u in urls)), RUN_DEADLINE)
    return latencies, failures


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_per_request(base: str, pid: int, urls: list[str]) -> float:
    """The server's CPU milliseconds per request, sent one at a time (so the figure does
    not depend on how busy the machine is; on a shared machine latency does)."""
    before = _cpu_seconds(pid)
    latencies, failures = asyncio.run(load(base, urls, 1))
    return 1000 * (_cpu_seconds(pid) - before) / len(urls)


def _ms(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return 1000 * xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--concurrency", type=int, default=200, help="requests in flight at once")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    corpus = Corpus.open(args.db)  # only to choose URLs; closed before the server opens the file
    works, characters = works_urls(corpus, args.requests), character_urls(corpus, args.requests)
    count = corpus.works
    corpus.close()
    base, proc, started = start(args.db)
    print(f"{args.db}: {count:,} works; ficlens serve accepting connections {started:.2f} s after launch")
    rows = []
    n = args.requests
    runs = [
        # Distinct URLs first, while nothing is cached: every request computes its page.
        ("works, distinct URLs", works),
        ("character, distinct", characters),
        # The same URL n times at once (the issue's "200 concurrent requests to the works
        # page"), on a fresh URL: one request computes it, the others wait for it.
        ("works, one URL", ["/works?sort=-words"] * n),
        ("character, one URL", [characters[0] + "&kw=the"] * n),
        # The same URL again, now cached: what the server itself adds per request.
        ("works, one URL, cached", ["/works?sort=-words"] * n),
    ]
    for name, urls in runs:
        t1 = time.perf_counter()
        latencies, failures = asyncio.run(load(base, urls, args.concurrency))
        wall = time.perf_counter() - t1
        rows.append((name, len(latencies), len(set(urls)), _ms(latencies, 0.5), _ms(latencies, 0.99),
                     1000 * max(latencies), statistics.mean(latencies) * 1000, len(failures), wall))
        for f in failures[:5]:
            print("  failed:", f)
    print(f"\n{'page':22} {'requests':>8} {'distinct':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'mean ms':>8} {'failed':>6} {'wall s':>7}")
    for name, count, distinct, p50, p99, mx, mean, failed, wall in rows:
        print(f"{name:22} {count:8} {distinct:8} {p50:8.0f} {p99:8.0f} {mx:8.0f} {mean:8.0f} {failed:6} {wall:7.2f}")
    for row in (rows[0], rows[2]):
        print(f"{row[0]}: p99 {row[4]:.0f} ms (target < 500 ms): {'ok' if row[4] < 500 else 'MISSED'}")
    if Path(f"/proc/{proc.pid}/stat").exists():
        # New URLs (sorted another way, or a keyword): pages the load above did not cache.
        fresh = {"works page, not cached": [u + "&sort=quotes" if "?" in u and "sort=" not in u else
                                            u.replace("sort=words", "sort=quotes") for u in works[:50]],
                 "character page, not cached": [u + "&kw=and" for u in characters[:50]],
                 "works page, cached": works[:50]}
        for name, urls in fresh.items():
            print(f"server CPU per request, one at a time, {name}: {cpu_per_request(base, proc.pid, urls):.1f} ms")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # uvicorn waits for requests still in flight
        proc.kill()
        proc.wait()
    if any(r[7] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
