"""`ficlens index | export | sql | query`: build a corpus database and ask it questions.

Exit codes: 0 success; 1 some files failed (recorded in `errors`) or a query failed;
2 bad usage (unknown query, a write through `sql`, a database that cannot be opened).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

FORMATS = ("table", "csv", "json")


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index_cmd(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders of stories (.txt, AO3 .html, .epub).")],
        db: Annotated[Path, typer.Option("--db", help="The corpus database (created if missing).")] = Path("corpus.duckdb"),
        workers: Annotated[
            Optional[int], typer.Option("--workers", "-w", help="Worker processes (default: all cores; 0: in this process).")
        ] = None,
        engine: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
        scheduler: Annotated[
            Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
        ] = None,
        fandom: Annotated[Optional[str], typer.Option(help="Fandom pack for every work, e.g. the100.")] = None,
        batch_size: Annotated[int, typer.Option("--batch-size", help="Works per database transaction.")] = 100,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Report each committed batch on stderr.")] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
        timeout: Annotated[
            float, typer.Option("--timeout", help="Seconds one work may take before it is recorded as an error (0: no limit).")
        ] = 300.0,
        max_bytes: Annotated[
            Optional[str], typer.Option("--max-bytes", help="Refuse input files bigger than this, e.g. 512M (default 256M; 0: no limit).")
        ] = None,
        retry_errors: Annotated[
            bool, typer.Option("--retry-errors", help="Try again the files recorded in `errors` (e.g. after raising --timeout).")
        ] = False,
    ) -> None:
        """Analyse stories into a corpus database, in parallel; re-running skips stored works.

        Stop a run at any moment (even kill -9) and run it again: it ends with the same database as a run never stopped.

        Files that cannot be read or analysed land in the `errors` table and do not stop the run.

        Example: ficlens index ~/fics --db corpus.duckdb --workers 4
        """
        from rich.console import Console

        from ficlens.cli import max_bytes_of
        from ficlens.corpus.store import StoreError
        from ficlens.engines import ENGINES, index
        from ficlens.engines.errors import EngineError
        from ficlens.engines.indexer import Progress
        from ficlens.engines.progress import RichProgress
        from ficlens.pipeline import Options

        err = Console(stderr=True, soft_wrap=True)
        if engine not in ENGINES:
            raise typer.BadParameter(f"choose from {', '.join(ENGINES)}", param_hint="--engine")
        if scheduler and engine != "dask":
            raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
        if batch_size < 1:
            raise typer.BadParameter("must be at least 1", param_hint="--batch-size")
        if timeout < 0:
            raise typer.BadParameter("must be 0 (no limit) or more", param_hint="--timeout")
        limit = max_bytes_of(max_bytes)

        def on_batch(report) -> None:
            if verbose:
                err.print(
                    f"committed batch {report.batches}: {report.stored} stored, {report.failed} failed so far",
                    highlight=False,
                )

        try:
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
            err.print(f"[red]error:[/red] {e}", highlight=False)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print(f"interrupted: committed batches are kept in {db}; run the same command to resume", highlight=False)
            raise typer.Exit(130) from None
        if report.migrated:
            err.print(f"upgraded {db} to schema version {report.migrated[-1]}", highlight=False)
        rate = report.words / report.seconds if report.seconds else 0.0
        retried = f" ({report.retried} retried)" if retry_errors else ""
        err.print(
            f"{report.files} file(s): {report.stored} stored, {report.skipped} already done, "
            f"{report.failed} failed{retried}; {report.words:,} words in {report.seconds:.1f}s ({rate:,.0f} words/s) -> {db}",
            highlight=False,
        )
        for line in report.errors[:20]:
            err.print(f"  [red]failed[/red] {line}", highlight=False)
        if len(report.errors) > 20:
            err.print(f"  ... and {len(report.errors) - 20} more (SELECT * FROM errors)", highlight=False)
        raise typer.Exit(1 if report.failed else 0)

    @app.command("export")
    def export_cmd(
        db: Annotated[Path, typer.Argument(help="The corpus database.")],
        out: Annotated[Path, typer.Argument(help="Folder for TABLE.parquet files (replaced whole).")],
    ) -> None:
        """Write every table of a corpus database as Parquet, one file per table.

        Example: ficlens export corpus.duckdb corpus_parquet/
        """
        from rich.console import Console

        from ficlens.corpus.parquet import export_parquet
        from ficlens.corpus.store import StoreError, open_store

        err = Console(stderr=True, soft_wrap=True)
        try:
            with open_store(db, read_only=True) as store:
                files = export_parquet(store, out)
        except StoreError as e:
            err.print(f"[red]error:[/red] {e}", highlight=False)
            raise typer.Exit(2) from None
        err.print(f"wrote {len(files)} tables to {out}", highlight=False)

    @app.command("sql")
    def sql_cmd(
        db: Annotated[Path, typer.Argument(help="The corpus database (opened read-only).")],
        sql: Annotated[str, typer.Argument(help="A SELECT (or any read-only statement).")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    ) -> None:
        """Run SQL on a corpus database, read-only: writes, file access and extensions are refused.

        Example: ficlens sql corpus.duckdb "SELECT title, words FROM works ORDER BY words DESC LIMIT 5"
        """
        import duckdb

        _check_format(fmt)
        store = _open_read_only(db)
        try:
            cur = store.con.execute(sql)
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
        except duckdb.Error as e:
            message = " ".join(str(e).split())
            if refused(e):
                _fail(f"{db}: refused: ficlens sql opens the corpus read-only ({message})", 2)
            _fail(f"{db}: {message}", 1)
        finally:
            store.close()
        emit(columns, rows, fmt)

    @app.command("query")
    def query_cmd(
        db: Annotated[Path, typer.Argument(help="The corpus database (opened read-only).")],
        name: Annotated[str, typer.Argument(help="top-characters | top-pairings | talk A B | quotes-by NAME | tag-agreement")],
        args: Annotated[Optional[list[str]], typer.Argument(help="Character names the query needs.")] = None,
        limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="At most this many rows.")] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    ) -> None:
        """Named questions about a corpus, no SQL needed.

        top-characters, top-pairings: across the corpus. talk A B: works where A and B talk to each other most.
        quotes-by NAME: what a character says. tag-agreement: author's relationship tags against inferred ones, per work.

        Example: ficlens query corpus.duckdb talk Clarke Lexa --limit 10
        """
        import duckdb

        from ficlens.corpus.queries import NAMED

        _check_format(fmt)
        if name not in NAMED:
            _fail(f"unknown query {name!r}; choose from: {', '.join(u for _, _, u in NAMED.values())}", 2)
        function, arity, usage = NAMED[name]
        args = args or []
        if len(args) != arity:
            _fail(f"usage: ficlens query DB {usage}", 2)
        store = _open_read_only(db)
        try:
            kwargs = {"limit": limit} if limit is not None else {}
            columns, rows = function(store.con, *args, **kwargs)
        except duckdb.Error as e:
            _fail(f"{db}: {' '.join(str(e).split())}", 1)
        finally:
            store.close()
        emit(columns, rows, fmt)


def refused(e: Exception) -> bool:
    """Whether DuckDB refused a statement for the read-only guards (not a plain SQL error).

    Only the message is read, to choose the exit code: the guards themselves are
    DuckDB's settings (`corpus.store.READ_ONLY_CONFIG`), not anything ficlens parses.
    """
    import duckdb

    message = str(e)
    return isinstance(e, duckdb.PermissionException) or any(
        m in message for m in ("read-only mode", "configuration has been locked")
    )


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")


def _open_read_only(db: Path):
    from ficlens.corpus.store import StoreError, open_store

    try:
        return open_store(db, read_only=True)
    except StoreError as e:
        _fail(str(e), 2)


def _fail(message: str, code: int):
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


def emit(columns: list[str], rows: list[tuple], fmt: str) -> None:
    """Rows to stdout: a Rich table, CSV, or a JSON array of objects."""
    import sys

    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    elif fmt == "json":
        import json

        data = [dict(zip(columns, row)) for row in rows]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            # Text, not markup: a story's "[laughs]" must print as written.
            table.add_row(*[Text(_cell(v)) for v in row])
        Console().print(table)
        Console(stderr=True, soft_wrap=True).print(f"{len(rows)} row(s)", highlight=False)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)
