"""`ficlens fandoms`: list the bundled fandom packs, or show one pack's characters."""

from __future__ import annotations

from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("fandoms")
    def fandoms_cmd(
        pack_id: Annotated[Optional[str], typer.Argument(help="A pack id: show its characters.")] = None,
    ) -> None:
        """List the fandom packs (for --fandom), or the characters and aliases of one.

        Example: ficlens fandoms the100
        """
        from rich.console import Console
        from rich.table import Table

        from ficlens.fandoms import PackError, get_pack, packs

        out = Console()
        if pack_id is None:
            table = Table("id", "name", "characters", "from", "AO3 fandom tags")
            for p in packs():
                table.add_row(p.id, p.name, str(len(p.characters)), p.source, "; ".join(p.ao3_fandoms))
            out.print(table)
            return
        try:
            pack = get_pack(pack_id)
        except PackError as e:
            Console(stderr=True).print(f"[red]error:[/red] {e}", highlight=False)
            raise typer.Exit(2) from None
        table = Table("name", "aliases", "pronouns", title=f"{pack.name} ({pack.source})")
        for c in pack.characters:
            table.add_row(c.name, ", ".join(c.aliases), c.pronouns or "")
        out.print(table)
        if pack.terms:
            out.print("canon terms (never characters): " + ", ".join(pack.terms), highlight=False)
