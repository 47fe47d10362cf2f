"""Indexing: files in, a corpus database out, resumable and idempotent.

1. Walk the inputs and hash every file (sha256 of its bytes: the work id).
2. Keep the files whose content is neither stored nor a recorded error, first path per
   content in walk order (so which path names a duplicated file does not depend on
   timing). With `retry_errors`, content recorded in `errors` is tried again: stored,
   its error rows go in the same transaction; failed again, its row gets the new reason.
3. Hand (path, bytes) to an engine (local process pool or Dask), which yields each
   work's row batch as it finishes.
4. Write batches of `batch_size` works, one transaction each: a work is stored with
   all its rows or not at all, so a run killed at any moment and run again ends with
   the same database as a run never interrupted.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ficlens.corpus.rows import Rows, error_rows, merge
from ficlens.corpus.store import open_store
from ficlens.engines.task import Result
from ficlens.pipeline import Options
from ficlens.read import ReadError, iter_paths
from ficlens.read.errors import check_size

ENGINES = ("local", "dask")
# A batch is written when it holds this many works, or when it has waited this long
# (so a slow corpus still commits its progress regularly).
BATCH_SIZE = 100
BATCH_SECONDS = 10.0
# Per work: far beyond any real fic (a 5M-word work takes about a minute and a half),
# short enough that one pathological file does not hold a run for hours.
TIMEOUT = 300.0


@dataclass(slots=True)
class IndexReport:
    files: int = 0  # files found
    skipped: int = 0  # already stored or already recorded as errors
    retried: int = 0  # recorded errors tried again (retry_errors)
    stored: int = 0  # works stored by this run
    failed: int = 0  # files recorded in `errors` by this run
    words: int = 0  # words in the works stored by this run
    seconds: float = 0.0
    batches: int = 0
    errors: list[str] = field(default_factory=list)  # "path: reason", this run's
    tracebacks: list[str] = field(default_factory=list)  # analysis bugs' tracebacks, under FICLENS_DEBUG=1
    migrated: list[int] = field(default_factory=list)  # schema versions this run upgraded the database to


def index(
    paths: Sequence[Path | str],
    db: Path | str,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    options: Options | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    on_batch: Callable[[IndexReport], None] | None = None,
    timeout: float | None = TIMEOUT,
    retry_errors: bool = False,
) -> IndexReport:
    """Analyse every new file under `paths` into the corpus database `db`; a work taking
    longer than `timeout` seconds (None or 0: no limit) is recorded as an error. With
    `retry_errors`, files under `paths` recorded in `errors` are analysed again."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    started = time.perf_counter()
    progress = progress or Progress()
    report = IndexReport()
    pending: Rows = {}  # rows waiting for the next batch
    in_batch = 0

    with open_store(db) as store:
        report.migrated = store.migrated
        candidates = _hash_files(paths, pending, report, progress, (options or Options()).max_bytes)
        todo = store.unknown(candidates, retry_errors)
        if retry_errors:
            report.retried = len(todo) - len(store.unknown(candidates))
        report.skipped = len(candidates) - len(todo)
        in_batch = report.failed

        def flush() -> None:
            nonlocal pending, in_batch
            if pending:
                store.write(pending)
                report.batches += 1
                if on_batch:
                    on_batch(report)
            pending, in_batch = {}, 0

        progress.start(len(todo))
        last_flush = time.monotonic()
        for result in _run_engine(engine, _read_files(todo, pending, report), workers, scheduler, options, timeout):
            merge(pending, result.rows)
            in_batch += 1
            _count(report, result)
            progress.advance(result)
            if in_batch >= batch_size or time.monotonic() - last_flush > BATCH_SECONDS:
                flush()
                last_flush = time.monotonic()
        flush()
        progress.stop()
    report.seconds = time.perf_counter() - started
    return report


def _hash_files(
    paths: Sequence[Path | str], pending: Rows, report: IndexReport, progress: Progress, max_bytes: int | None = None
) -> list[tuple[str, str]]:
    missing: list[str] = []
    files = list(iter_paths([Path(p) for p in paths], missing))
    for line in missing:
        where, _, reason = line.rpartition(": ")
        _fail(pending, report, where, None, reason)
    report.files = len(files) + len(missing)
    candidates = []
    for path in progress.hashing(files):
        try:
            check_size(path.stat().st_size, max_bytes, str(path))
            sha = _sha256(path)
        except OSError as e:
            _fail(pending, report, str(path), None, f"cannot read ({e.strerror or e})")
            continue
        except ReadError as e:  # too large: not worth hashing
            _fail(pending, report, str(path), None, e.reason)
            continue
        candidates.append((str(path), sha))
    return candidates


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _read_files(todo: list[tuple[str, str]], pending: Rows, report: IndexReport) -> Iterator[tuple[str, bytes]]:
    for path, _sha in todo:
        try:
            data = Path(path).read_bytes()
        except OSError as e:  # gone or locked since it was hashed
            _fail(pending, report, path, None, f"cannot read ({e.strerror or e})")
            continue
        yield path, data


def _run_engine(
    engine: str, tasks: Iterable[tuple[str, bytes]], workers: int | None, scheduler: str | None,
    options: Options | None, timeout: float | None = None,
) -> Iterator[Result]:
    if engine == "dask":
        from ficlens.engines.dask import map_dask

        return map_dask(tasks, scheduler=scheduler, workers=workers, options=options, timeout=timeout)
    from ficlens.engines.local import map_local

    return map_local(tasks, workers=workers, options=options, timeout=timeout)


def _fail(pending: Rows, report: IndexReport, path: str, sha: str | None, reason: str) -> None:
    merge(pending, error_rows(path, sha, reason))
    report.failed += 1
    report.errors.append(f"{path}: {reason}")


def _count(report: IndexReport, result: Result) -> None:
    if result.ok:
        report.stored += 1
        report.words += result.words
    else:
        report.failed += 1
        report.errors.append(f"{result.path}: {result.rows['errors'][0][2]}")
        if result.traceback:
            report.tracebacks.append(f"{result.path}:\n{result.traceback}")


class Progress:
    """Silent progress; `ficlens.engines.progress.RichProgress` draws a bar."""

    def hashing(self, files: list[Path]) -> Iterable[Path]:
        return files

    def start(self, total: int) -> None:
        pass

    def advance(self, result: Result) -> None:
        pass

    def stop(self) -> None:
        pass
