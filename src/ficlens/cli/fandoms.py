"""`ficlens fandoms`: list the fandom packs, or show one pack's characters."""

from __future__ import annotations

from typing import Annotated

import typer

from ficlens.cli.console import fail, out


def register_commands(app: typer.Typer) -> None:
    app.command("fandoms")(fandoms_cmd)


def fandoms_cmd(
    pack_id: Annotated[str | None, typer.Argument(help="A pack id: show its characters.")] = None,
) -> None:
    """List the fandom packs (for --fandom), or the characters and aliases of one.

    Example: ficlens fandoms the100
    """
    from rich.table import Table

    from ficlens.export.terminal import aliases_cell
    from ficlens.fandoms import PackError, get_pack, packs

    if pack_id is None:
        table = Table("id", "name", "characters", "from", "AO3 fandom tags")
        for p in packs():
            table.add_row(p.id, p.name, str(len(p.characters)), p.source, "; ".join(p.ao3_fandoms))
        out.print(table)
        return
    try:
        pack = get_pack(pack_id)
    except PackError as e:
        fail(e, 2)
    table = Table("name", "aliases", "pronouns", title=f"{pack.name} ({pack.source})")
    for c in pack.characters:
        table.add_row(c.name, aliases_cell(c.aliases), c.pronouns or "")
    out.print(table)
    if pack.terms:
        out.print("canon terms (never characters): " + ", ".join(pack.terms), highlight=False)
