"""The local engine: a process pool on this machine (default: one process per core).

Workers start with `forkserver` (or `spawn` where there is no forkserver) rather than
`fork`: the driver holds a DuckDB connection and a Rich live display, neither of which
may be copied into a child. At most `IN_FLIGHT_PER_WORKER` tasks per worker are in
flight, so a corpus of a million files never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from ficlens.engines.errors import EngineError
from ficlens.engines.task import Result, analyse_bytes
from ficlens.pipeline import Options

# Tasks queued per worker. The driver feeds the pool only between database writes, so
# the queue must hold more work than a batch takes to write (a batch of 100 small works
# takes 0.1-0.2 s; 16 works of a few thousand words keep a worker busy longer).
IN_FLIGHT_PER_WORKER = 16


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _init_worker() -> None:
    # Import the pipeline once per worker, not on its first task.
    import ficlens.pipeline  # noqa: F401


def map_local(
    tasks: Iterable[tuple[str, bytes]],
    workers: int | None = None,
    options: Options | None = None,
    timeout: float | None = None,
) -> Iterator[Result]:
    """Analyse (path, bytes) tasks; yield results as they finish (in any order).
    A work running past `timeout` seconds comes back as an error (see `engines.task`).

    `workers=0` runs in this process, which is handy under a debugger.
    """
    workers = default_workers() if workers is None else workers
    if workers <= 0:
        for path, data in tasks:
            yield analyse_bytes(path, data, options, timeout)
        return
    # Analysis must not depend on the per-process string hash seed: a stage that
    # iterates a set would otherwise order its output differently in each worker.
    os.environ.setdefault("PYTHONHASHSEED", "0")
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker) as pool:
        pending: set[Future] = set()
        limit = workers * IN_FLIGHT_PER_WORKER
        it = iter(tasks)
        while True:
            for path, data in islice(it, limit - len(pending)):
                pending.add(pool.submit(analyse_bytes, path, data, options, timeout))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    yield future.result()
                except BrokenProcessPool:
                    # analyse_bytes never raises, so only a process killed from outside
                    # (the kernel's OOM killer, a signal) gets here.
                    raise EngineError(
                        "a worker process died (out of memory, or killed); the works stored so far are kept: "
                        "run again with fewer --workers to resume"
                    ) from None
