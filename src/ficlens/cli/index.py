"""`ficlens index`: analyse stories into a corpus database, in parallel, resumably.

Exit codes: 0 success; 1 some files failed (recorded in `errors`); 2 bad usage or a
database that cannot be opened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ficlens.cli.console import err, fail
from ficlens.cli.options import Debug, Fandom, MaxBytes, Stories, flag, max_bytes_of
from ficlens.failures import DEBUG_ENV

if TYPE_CHECKING:
    from ficlens.engines.indexer import IndexReport


def register_commands(app: typer.Typer) -> None:
    app.command("index")(index_cmd)


def index_cmd(
    paths: Stories,
    db: Annotated[Path, typer.Option("--db", help="The corpus database (created if missing).")] = Path("corpus.duckdb"),
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Worker processes (default: all cores; 0: in this process).")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
    ] = None,
    fandom: Fandom = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Works per database transaction.")] = 100,
    verbose: Annotated[bool, flag("--verbose", "-v", help="Report each committed batch on stderr.")] = False,
    quiet: Annotated[bool, flag("--quiet", "-q", help="No progress bar.")] = False,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help="Seconds one work may take before it is recorded as an error (0: no limit)."),
    ] = 300.0,
    max_bytes: MaxBytes = None,
    retry_errors: Annotated[
        bool, flag("--retry-errors", help="Try again the files recorded in `errors` (e.g. after raising --timeout).")
    ] = False,
    debug: Debug = False,
) -> None:
    """Analyse stories into a corpus database, in parallel; re-running skips stored works.

    Stop a run at any moment (even kill -9) and run it again: it ends with the same database as a run never stopped.

    Files that cannot be read or analysed land in the `errors` table (file, stage, reason) and do not stop the run;
    with --debug (local engine) an analysis failure's traceback is printed too.

    Example: ficlens index src/ficlens/samples --db corpus.duckdb --workers 2
    """
    from ficlens.corpus.store import StoreError
    from ficlens.engines import ENGINES, index
    from ficlens.engines.errors import EngineError
    from ficlens.engines.indexer import Progress
    from ficlens.engines.progress import RichProgress
    from ficlens.pipeline import Options

    if engine not in ENGINES:
        raise typer.BadParameter(f"choose from {', '.join(ENGINES)}", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if batch_size < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--batch-size")
    if timeout < 0:
        raise typer.BadParameter("must be 0 (no limit) or more", param_hint="--timeout")
    limit = max_bytes_of(max_bytes)

    def on_batch(report: IndexReport) -> None:
        if verbose:
            err.print(
                f"committed batch {report.batches}: {report.stored} stored, {report.failed} failed so far",
                highlight=False,
            )

    try:
        with debug_env(debug):
            report = index(
                paths,
                db,
                workers=workers,
                engine=engine,
                scheduler=scheduler,
                options=Options(fandom=fandom, max_bytes=limit),
                batch_size=batch_size,
                timeout=timeout,
                progress=Progress() if quiet else RichProgress(err),
                on_batch=on_batch,
                retry_errors=retry_errors,
            )
    except (StoreError, EngineError) as e:
        fail(e, 2)
    except KeyboardInterrupt:
        err.print(f"interrupted: committed batches are kept in {db}; run the same command to resume", highlight=False)
        raise typer.Exit(130) from None
    _summary(report, db, retry_errors)
    raise typer.Exit(1 if report.failed else 0)


def _summary(report: IndexReport, db: Path, retry_errors: bool) -> None:
    if report.migrated:
        err.print(f"upgraded {db} to schema version {report.migrated[-1]}", highlight=False)
    rate = report.words / report.seconds if report.seconds else 0.0
    retried = f" ({report.retried} retried)" if retry_errors else ""
    err.print(
        f"{report.files} file(s): {report.stored} stored, {report.skipped} already done, "
        f"{report.failed} failed{retried}; {report.words:,} words in {report.seconds:.1f}s "
        f"({rate:,.0f} words/s) -> {db}",
        highlight=False,
    )
    for line in report.errors[:20]:
        err.print(f"  [red]failed[/red] {line}", highlight=False)
    if len(report.errors) > 20:
        err.print(f"  ... and {len(report.errors) - 20} more (SELECT * FROM errors)", highlight=False)
    for text in report.tracebacks:
        err.print(text, highlight=False, markup=False, end="")
    if report.errors and not report.tracebacks:
        err.print("  (for a traceback: --debug, or ficlens analyze FILE --debug)", highlight=False)


@contextmanager
def debug_env(debug: bool) -> Iterator[None]:
    """FICLENS_DEBUG=1 while indexing with --debug: worker processes inherit it."""
    if not debug:
        yield
        return
    before = os.environ.get(DEBUG_ENV)
    os.environ[DEBUG_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(DEBUG_ENV, None)
        else:
            os.environ[DEBUG_ENV] = before
