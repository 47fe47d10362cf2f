"""`ficlens sql`: read-only SQL on a corpus database.

Exit codes: 0 success; 1 the query failed; 2 a write refused, or a database that cannot be opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ficlens.cli.console import fail
from ficlens.cli.tables import FORMATS, check_format, emit, open_read_only
from ficlens.corpus.store import refused


def register_commands(app: typer.Typer) -> None:
    app.command("sql")(sql_cmd)


def sql_cmd(
    db: Annotated[Path, typer.Argument(help="The corpus database (opened read-only).")],
    sql: Annotated[str, typer.Argument(help="A SELECT (or any read-only statement).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"{', '.join(FORMATS)}.")] = "table",
) -> None:
    """Run SQL on a corpus database, read-only: writes, file access and extensions are refused.

    Example: ficlens sql corpus.duckdb "SELECT title, words FROM works ORDER BY words DESC LIMIT 5"
    """
    import duckdb

    check_format(fmt)
    store = open_read_only(db)
    try:
        cur = store.con.execute(sql)
        columns = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if columns else []
    except duckdb.Error as e:
        message = " ".join(str(e).split())
        if refused(e):
            fail(f"{db}: refused: ficlens sql opens the corpus read-only ({message})", 2)
        fail(f"{db}: {message}", 1)
    finally:
        store.close()
    emit(columns, rows, fmt)

