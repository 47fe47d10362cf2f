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

IN_FLIGHT_PER_THREAD = 4
# Bigger payloads go to the cluster with `scatter` rather than inside the task itself,
# which Dask warns about and sends through the scheduler.
SCATTER_BYTES = 1 << 20


def map_dask(
    tasks: Iterable[tuple[str, bytes]],
    scheduler: str | None = None,
    workers: int | None = None,
    options: Options | None = None,
) -> Iterator[Result]:
    """Analyse (path, bytes) tasks on a cluster; yield results as they finish."""
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
                env={"PYTHONHASHSEED": "0"},  # as the local engine's workers
            )
            client = Client(cluster)
        try:
            threads = max(1, sum(client.nthreads().values()))
            limit = threads * IN_FLIGHT_PER_THREAD
            running = as_completed()
            paths = {}
            it = iter(tasks)
            while True:
                for path, data in islice(it, limit - len(paths)):
                    payload = client.scatter(data) if len(data) > SCATTER_BYTES else data
                    future = client.submit(analyse_bytes, path, payload, options, pure=False)
                    paths[future.key] = (path, hashlib.sha256(data).hexdigest())
                    running.add(future)
                if not paths:
                    return
                future = next(running)
                path, sha = paths.pop(future.key)
                try:
                    result = future.result()
                except Exception as e:  # noqa: BLE001 - a worker died under this file
                    result = Result(path, sha, error_rows(path, sha, f"worker failed: {type(e).__name__}: {e}"), ok=False)
                future.release()
                yield result
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
