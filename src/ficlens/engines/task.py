"""The unit of work every engine runs: the bytes of one file in, its row batch out.

It is a plain top-level function of picklable arguments, so a process pool (spawn or
forkserver) and a Dask worker can both import and call it. It never raises for a bad
file: a file that cannot be read or analysed comes back as an `errors` row, so one bad
work never stops a run of thousands.

`timeout` (seconds; None or 0: none) bounds one work's read and analysis: past it the
work is abandoned and comes back as the error `timed out after N s`, so one
pathological file cannot stall a run. In a process's main thread (the local engine's
workers, `workers=0`) a SIGALRM timer interrupts it; in any other thread (a Dask
worker's) a watchdog thread raises the timeout inside it. Both interrupt Python code
and the `re` engine, which checks for signals; a stall inside other C code is not
interrupted.
"""

from __future__ import annotations

import ctypes
import hashlib
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import NoReturn

from ficlens.corpus.rows import Rows, error_rows, work_rows
from ficlens.model import Work
from ficlens.pipeline import Options


@dataclass(slots=True)
class Result:
    path: str
    sha256: str
    rows: Rows
    words: int = 0
    ok: bool = True
    traceback: str | None = None  # an analysis bug's traceback, under FICLENS_DEBUG=1


class WorkTimeout(Exception):
    """Raised inside a work's analysis when it has run past its time limit (a class the
    watchdog can raise without arguments)."""


def analyse_bytes(path: str, data: bytes, options: Options | None = None, timeout: float | None = None) -> Result:
    """Read and analyse one file's bytes; the work id is the sha256 of those bytes."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        with time_limit(timeout):
            work = _read(path, data, (options or Options()).max_bytes)
            work.source.sha256 = sha
            from ficlens.pipeline import run_stages

            run_stages(work, options or Options())
    except Exception as e:  # noqa: BLE001 - any failure is that file's error, not the run's
        return Result(path, sha, error_rows(path, sha, _reason(e, timeout)), ok=False, traceback=_traceback(e))
    return Result(path, sha, work_rows(work, sha, path), words=int(work.meta.words))


def _read(path: str, data: bytes, max_bytes: int | None = None) -> Work:
    from ficlens.read import read_bytes

    return read_bytes(data, path, max_bytes)


def _reason(e: Exception, timeout: float | None = None) -> str:
    from ficlens.read import ReadError

    if isinstance(e, ReadError):
        return e.reason
    if isinstance(e, WorkTimeout):
        return f"timed out after {timeout:g} s"
    # An analysis bug: the stage, the exception and where it was raised, on one line.
    from ficlens.failures import failure_of

    failure = failure_of(None, e)
    return f"{failure.stage} failed: {failure.reason}"


def _traceback(e: Exception) -> str | None:
    from ficlens.failures import debug_enabled, format_traceback
    from ficlens.read import ReadError

    if isinstance(e, (ReadError, WorkTimeout)) or not debug_enabled():
        return None
    return format_traceback(e)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `WorkTimeout` in this thread if the block runs longer than `seconds`."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        yield from _alarm(seconds)
    else:
        yield from _watchdog(seconds)


def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> NoReturn:
        raise WorkTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    their_delay, their_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if their_delay:  # a caller's own timer (workers=0 in a program using SIGALRM) runs on
            left = their_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), their_interval)


def _watchdog(seconds: float) -> Iterator[None]:
    # A thread cannot take a signal: the watchdog sets an asynchronous exception on it.
    # The lock and the final clearing make sure it can never land after the block.
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    active = [True]

    def expire() -> None:
        with lock:
            if active[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(WorkTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active[0] = False
            timer.cancel()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # drop one not yet raised
