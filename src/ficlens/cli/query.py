"""`ficlens query`: named questions about a corpus, no SQL needed.

Exit codes: 0 success; 1 the query failed; 2 an unknown query, wrong arguments, or a
database that cannot be opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ficlens.cli.console import fail
from ficlens.cli.tables import check_format, emit, open_read_only


def register_commands(app: typer.Typer) -> None:
    app.command("query")(query_cmd)


def query_cmd(
    db: Annotated[Path, typer.Argument(help="The corpus database (opened read-only).")],
    name: Annotated[
        str, typer.Argument(help="top-characters | top-pairings | talk A B | quotes-by NAME | tag-agreement")
    ],
    args: Annotated[list[str] | None, typer.Argument(help="Character names the query needs.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="At most this many rows.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Named questions about a corpus, no SQL needed.

    top-characters, top-pairings: across the corpus. talk A B: works where A and B talk to each other most.
    quotes-by NAME: what a character says. tag-agreement: author's relationship tags against inferred ones, per work.

    Example: ficlens query corpus.duckdb talk Clarke Lexa --limit 10
    """
    import duckdb

    from ficlens.corpus.queries import NAMED

    check_format(fmt)
    if name not in NAMED:
        fail(f"unknown query {name!r}; choose from: {', '.join(u for _, _, u in NAMED.values())}", 2)
    function, arity, usage = NAMED[name]
    args = args or []
    if len(args) != arity:
        fail(f"usage: ficlens query DB {usage}", 2)
    store = open_read_only(db)
    try:
        kwargs: dict[str, Any] = {"limit": limit} if limit is not None else {}
        columns, rows = function(store.con, *args, **kwargs)
    except duckdb.Error as e:
        fail(f"{db}: {' '.join(str(e).split())}", 1)
    finally:
        store.close()
    emit(columns, rows, fmt)
