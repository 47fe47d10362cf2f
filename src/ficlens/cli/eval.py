"""`ficlens eval`: score the pipeline against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ficlens.cli.console import err, fail, out, report_failure
from ficlens.cli.options import Debug, Fandom, MaxBytes, flag, max_bytes_of


def register_commands(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)


def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL, a *.gold.json file, or a folder of *.gold.json.")],
    gold_characters: Annotated[
        bool, flag("--gold-characters", help="Hand the gold character list to the pipeline (as --characters does).")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table (Rich tables) or json.")] = "table",
    per_work: Annotated[bool, flag("--per-work", help="Also show a row per work.")] = False,
    details: Annotated[
        bool, flag("--details", help="JSON only: list missed, spurious and wrong-speaker quotes per work.")
    ] = False,
    fandom: Fandom = None,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Only the works of this part of bench/gold/splits.json: train, dev or test."),
    ] = None,
    splits: Annotated[
        Path | None, typer.Option("--splits", help="The split file (default: bench/gold/splits.json).")
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data", help="Folder of the books excerpt gold refers to (default: $FICLENS_DATA or ../shared/data)."
        ),
    ] = None,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Score quote detection and speaker attribution against gold annotations.

    A work whose analysis fails is named with the stage and the reason; the others are
    still scored, and the exit code is 1.

    Example: ficlens eval src/ficlens/samples --gold-characters --per-work
    """
    from ficlens.eval import GoldError, score
    from ficlens.pipeline import Options
    from ficlens.read import ReadError

    if fmt not in ("table", "json"):
        raise typer.BadParameter("must be table or json", param_hint="--format")
    limit = max_bytes_of(max_bytes)
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
        fail(e, 2)
    if fmt == "json":
        typer.echo(json.dumps(report.to_dict(per_work, details), ensure_ascii=False, indent=2))
    else:
        from ficlens.eval.report import print_report

        print_report(report, out, per_work)
    for failure in report.failures:
        report_failure(failure, debug)
    raise typer.Exit(1 if report.failures else 0)
