"""`ficlens serve DB`: the command; the app itself is in `ficlens/serve/app.py`.

The web libraries are an optional extra, imported only when the command runs, so the
core install (and every other command) does without them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

HINT = "ficlens serve needs the web extra: pip install 'ficlens[serve]'"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register_commands(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        db: Annotated[Path, typer.Argument(help="The corpus database (opened read-only).")],
        host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback is reachable by others.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
        open_browser: Annotated[bool, typer.Option("--open", help="Open the works page in a browser.")] = False,
    ) -> None:
        """Browse a corpus in a web browser: faceted search, characters, pairings, SQL; read-only.

        Example: ficlens serve corpus.duckdb --open
        """
        from rich.console import Console

        err = Console(stderr=True, soft_wrap=True)
        try:
            import uvicorn

            from ficlens.serve.app import create_app
            from ficlens.serve.db import Corpus
        except ImportError:
            err.print(HINT, highlight=False, markup=False)
            raise typer.Exit(2) from None
        from ficlens.corpus.store import StoreError

        if not 0 < port < 65536:
            raise typer.BadParameter("must be between 1 and 65535", param_hint="--port")
        t0 = time.perf_counter()
        try:
            corpus = Corpus.open(db)
        except StoreError as e:
            err.print(f"[red]error:[/red] {e}", highlight=False)
            raise typer.Exit(2) from None
        if host not in LOOPBACK:
            err.print(
                f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach this machine can read the corpus",
                highlight=False,
            )
        url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/works"
        err.print(f"{db}: {corpus.works:,} works, ready in {time.perf_counter() - t0:.2f} s -> {url}", highlight=False)
        if open_browser:
            import webbrowser

            webbrowser.open(url)
        try:
            uvicorn.run(create_app(corpus), host=host, port=port, log_level="warning")
        except OSError as e:
            err.print(f"[red]error:[/red] cannot listen on {host}:{port} ({e.strerror or e})", highlight=False)
            raise typer.Exit(2) from None
        finally:
            corpus.close()
        sys.exit(0)
