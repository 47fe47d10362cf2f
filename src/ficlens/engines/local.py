"""The local engine: a process pool on this machine (default: one process per core).

Workers start with `forkserver` (or `spawn` where there is no forkserver) rather than
`fork`: the driver holds a DuckDB connection and a Rich live display, neither of which
may be copied into a child. At most `IN_FLIGHT_PER_WORKER` tasks per worker are in
flight, so a corpus of a million files never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from multiprocessing.context import BaseContext
from types import FrameType
from typing import NoReturn

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


def _context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


PARENT_POLL = 1.0  # seconds between a worker's checks that the driver is still there


def _init_worker(driver: int) -> None:
    # Import the pipeline once per worker, not on its first task.
    import ficlens.pipeline  # noqa: F401

    threading.Thread(target=_watch_driver, args=(driver, os.getppid()), daemon=True).start()


def _watch_driver(driver: int, parent: int) -> None:
    """End this worker once the driver is gone (killed with -9, it cannot say so): a
    worker waiting on the task queue would otherwise wait forever, reparented to init."""
    while True:
        time.sleep(PARENT_POLL)
        if os.getppid() != parent or not _alive(driver):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # the pid is someone else's now: the driver is gone
    return True


@contextmanager
def _terminate_on_sigterm() -> Iterator[None]:
    """SIGTERM ends the run as Ctrl-C does, through the `finally` that stops the pool,
    not by killing this process alone. Only the main thread may set a handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> NoReturn:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now, mid-task: the driver is leaving."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


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
    with _terminate_on_sigterm():
        yield from _run_pool(tasks, workers, options, timeout)


def _run_pool(
    tasks: Iterable[tuple[str, bytes]], workers: int, options: Options | None, timeout: float | None
) -> Iterator[Result]:
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(os.getpid(),))
    finished = False
    try:
        pending: set[Future] = set()
        limit = workers * IN_FLIGHT_PER_WORKER
        it = iter(tasks)
        while True:
            for path, data in islice(it, limit - len(pending)):
                pending.add(pool.submit(analyse_bytes, path, data, options, timeout))
            if not pending:
                finished = True
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
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # an error, Ctrl-C, SIGTERM or a consumer that stopped early
            _stop(pool)
