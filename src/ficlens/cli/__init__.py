"""`ficlens ...`: a thin skin over the library (see `ficlens.cli.app`).

The library never imports this package; each command lives in a module of its own here
and registers itself through the same hook plugins use.
"""

from __future__ import annotations

from ficlens.cli.app import build_app

app = build_app()


def main() -> None:
    import warnings

    from ficlens.cli.console import show_read_warning

    warnings.showwarning = show_read_warning
    app()


__all__ = ["app", "build_app", "main"]
