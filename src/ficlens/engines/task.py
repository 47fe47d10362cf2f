"""The unit of work every engine runs: the bytes of one file in, its row batch out.

It is a plain top-level function of picklable arguments, so a process pool (spawn or
forkserver) and a Dask worker can both import and call it. It never raises for a bad
file: a file that cannot be read or analysed comes back as an `errors` row, so one bad
work never stops a run of thousands.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ficlens.corpus.rows import Rows, error_rows, work_rows
from ficlens.pipeline import Options


@dataclass(slots=True)
class Result:
    path: str
    sha256: str
    rows: Rows
    words: int = 0
    ok: bool = True


def analyse_bytes(path: str, data: bytes, options: Options | None = None) -> Result:
    """Read and analyse one file's bytes; the work id is the sha256 of those bytes."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        work = _read(path, data)
        work.source.sha256 = sha
        from ficlens.pipeline import run_stages

        run_stages(work, options or Options())
    except Exception as e:  # noqa: BLE001 - any failure is that file's error, not the run's
        return Result(path, sha, error_rows(path, sha, _reason(e)), ok=False)
    return Result(path, sha, work_rows(work, sha, path), words=int(work.meta.words))


def _read(path: str, data: bytes):
    from ficlens.read import read_bytes

    return read_bytes(data, path)


def _reason(e: Exception) -> str:
    from ficlens.read import ReadError

    if isinstance(e, ReadError):
        return e.reason
    # An analysis bug: name the exception and where it was raised, on one line.
    tb = e.__traceback__
    where = ""
    while tb is not None:
        where = f" (in {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno})"
        tb = tb.tb_next
    return f"analysis failed: {type(e).__name__}: {e}{where}"
