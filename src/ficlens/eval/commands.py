"""`ficlens eval`: score the pipeline against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        gold: Annotated[Path, typer.Argument(help="Gold JSONL, a *.gold.json file, or a folder of *.gold.json.")],
        gold_characters: Annotated[
            bool, typer.Option("--gold-characters", help="Hand the gold character list to the pipeline (as --characters does).")
        ] = False,
        fmt: Annotated[str, typer.Option("--format", help="table (Rich tables) or json.")] = "table",
        per_work: Annotated[bool, typer.Option("--per-work", help="Also show a row per work.")] = False,
        details: Annotated[bool, typer.Option("--details", help="JSON only: list missed, spurious and wrong-speaker quotes per work.")] = False,
        fandom: Annotated[Optional[str], typer.Option(help="Fandom pack to use, e.g. the100.")] = None,
        split: Annotated[
            Optional[str], typer.Option("--split", help="Only the works of this part of bench/gold/splits.json: train, dev or test.")
        ] = None,
        splits: Annotated[Optional[Path], typer.Option("--splits", help="The split file (default: bench/gold/splits.json).")] = None,
        data: Annotated[
            Optional[Path], typer.Option("--data", help="Folder of the books excerpt gold refers to (default: $FICLENS_DATA or ../shared/data).")
        ] = None,
        max_bytes: Annotated[
            Optional[str], typer.Option("--max-bytes", help="Refuse story files bigger than this, e.g. 512M (default 256M; 0: no limit).")
        ] = None,
    ) -> None:
        """Score quote detection and speaker attribution against gold annotations.

        Example: ficlens eval ../shared/data/litbank/quotes.jsonl --gold-characters --per-work
        """
        from rich.console import Console
        from rich.markup import escape

        from ficlens.cli import max_bytes_of
        from ficlens.eval import GoldError, score
        from ficlens.pipeline import Options
        from ficlens.read import ReadError

        if fmt not in ("table", "json"):
            raise typer.BadParameter("--format must be table or json")
        limit = max_bytes_of(max_bytes)
        err = Console(stderr=True)
        try:
            with err.status("scoring…") as status:
                report = score(
                    gold,
                    Options(fandom=fandom, max_bytes=limit),
                    gold_characters=gold_characters,
                    progress=lambda g: status.update(f"scoring {g.id}…"),
                    data_dir=data,
                    split=split,
                    splits_file=splits,
                )
        except (GoldError, ReadError) as e:
            err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        if fmt == "json":
            typer.echo(json.dumps(report.to_dict(per_work, details), ensure_ascii=False, indent=2))
        else:
            from ficlens.eval.report import print_report

            print_report(report, Console(), per_work)
