"""The Dask engine: the same tasks on a Dask distributed cluster.

The driver reads each file and ships `(path, bytes)` to a worker, so workers need
ficlens installed but no access to the driver's files; each worker sends back the
work's row batch (plain Python lists), and the driver writes batches to the database
exactly as the local engine's are written, so the same idempotency rules hold.

With no scheduler address a `LocalCluster` is started (processes, one thread each).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from itertools import islice

from ficlens.corpus.rows import error_rows
from ficlens.engines.errors import EngineError
from ficlens.engines.task import Result, analyse_bytes
from ficlens.pipeline import Options

IN_FLIGHT_PER_THREAD = 2
# Files travel in chunks: a Dask task costs about a millisecond of scheduling, and a
# typical fic takes tens of milliseconds to analyse, so one task per file would spend
# a good part of the cluster on bookkeeping. A chunk closes at either limit.
CHUNK_FILES = 16
CHUNK_BYTES = 256 << 10
# Bigger chunks go to the cluster with `scatter` rather than inside the task itself,
# which Dask warns about and sends through the scheduler.
SCATTER_BYTES = 1 << 20


def analyse_chunk(
    chunk: list[tuple[str, bytes]], options: Options | None = None, timeout: float | None = None
) -> list[Result]:
    return [analyse_bytes(path, data, options, timeout) for path, data in chunk]


def chunks(tasks: Iterable[tuple[str, bytes]]) -> Iterator[list[tuple[str, bytes]]]:
    chunk: list[tuple[str, bytes]] = []
    size = 0
    for path, data in tasks:
        chunk.append((path, data))
        size += len(data)
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def map_dask(
    tasks: Iterable[tuple[str, bytes]],
    scheduler: str | None = None,
    workers: int | None = None,
    options: Options | None = None,
    timeout: float | None = None,
) -> Iterator[Result]:
    """Analyse (path, bytes) tasks on a cluster; yield results as they finish (a work
    running past `timeout` seconds comes back as an error)."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineError("the dask engine needs dask[distributed]: pip install 'ficlens[cluster]'") from None
    from ficlens.engines.local import default_workers

    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler)  # waits distributed.comm.timeouts.connect
            except OSError as e:
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({e})") from None
        else:
            cluster = LocalCluster(
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )  # no PYTHONHASHSEED: the analysis does not depend on it (tests/test_determinism.py)
            client = Client(cluster)
        try:
            threads = max(1, sum(client.nthreads().values()))
            limit = threads * IN_FLIGHT_PER_THREAD
            # Results are fetched in the background as tasks finish, not one round trip
            # at a time in this loop.
            running = as_completed(with_results=True, raise_errors=False)
            in_flight: dict[str, list[tuple[str, str]]] = {}  # task key -> (path, sha256) of its files
            pending = chunks(tasks)
            while True:
                for chunk in islice(pending, limit - len(in_flight)):
                    size = sum(len(data) for _, data in chunk)
                    payload = client.scatter(chunk) if size > SCATTER_BYTES else chunk
                    future = client.submit(analyse_chunk, payload, options, timeout, pure=False)
                    in_flight[future.key] = [(path, hashlib.sha256(data).hexdigest()) for path, data in chunk]
                    running.add(future)
                if not in_flight:
                    return
                future, results = next(running)
                files = in_flight.pop(future.key)
                if future.status != "finished":  # a worker died under these files
                    e = results[1] if isinstance(results, tuple) else results
                    reason = f"worker failed: {type(e).__name__}: {e}"
                    results = [Result(path, sha, error_rows(path, sha, reason), ok=False) for path, sha in files]
                future.release()
                yield from results
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
