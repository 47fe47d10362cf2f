"""`ficlens ...`: a thin skin over the library."""

from __future__ import annotations

import sys
import warnings
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ficlens.export import write_json, write_jsonl
from ficlens.export.terminal import print_summary
from ficlens.fandoms import load_character_file
from ficlens.pipeline import Options, analyze
from ficlens.read import ReadError, iter_paths
from ficlens.read.errors import ReadWarning

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Read fan fiction and tell what is in it.",
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

SAMPLES = Path(__file__).parent / "samples"
MAX_BYTES_HELP = "Refuse input files bigger than this, e.g. 512M or 2G (default 256M; 0: no limit)."


def max_bytes_of(value: str | None) -> int | None:
    """The --max-bytes option of every command that reads stories, as a byte count."""
    if value is None:
        return None
    from ficlens.read import parse_size

    try:
        return parse_size(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--max-bytes") from None


@app.command("analyze")
def analyze_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, AO3 .html, .epub).")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write JSON to FILE (one input) or DIR.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (one file per work) or jsonl (one file, a line per work).")] = "json",
    fandom: Annotated[Optional[str], typer.Option(help="Fandom pack to use, e.g. the100.")] = None,
    characters: Annotated[Optional[Path], typer.Option(help="Your own character list; speakers are restricted to it.")] = None,
    html_out: Annotated[Optional[Path], typer.Option("--html", help="Write a self-contained HTML report to FILE (one input) or DIR.")] = None,
    max_bytes: Annotated[Optional[str], typer.Option("--max-bytes", help=MAX_BYTES_HELP)] = None,
) -> None:
    """Analyse stories and print a summary, or write ficlens.work/1 JSON.

    Example: ficlens analyze story.txt --json story.json
    """
    if fmt not in ("json", "jsonl"):
        raise typer.BadParameter("--format must be json or jsonl")
    options = Options(fandom=fandom, characters=characters, max_bytes=max_bytes_of(max_bytes))
    failures = _run(paths, options, json_out, fmt, html_out)
    raise typer.Exit(1 if failures else 0)


@app.command("demo")
def demo_cmd() -> None:
    """Analyse the bundled sample stories and print what ficlens finds."""
    failures = _run([SAMPLES], Options(), None, "json")
    raise typer.Exit(1 if failures else 0)


def _run(
    paths: list[Path], options: Options, json_out: Path | None, fmt: str, html_out: Path | None = None
) -> list[str]:
    failures: list[str] = []
    works = []
    if isinstance(options.characters, Path):
        # read the user's character list once, not once per work of a folder
        try:
            options = replace(options, characters=load_character_file(options.characters))
        except ReadError as e:
            err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False, soft_wrap=True)
            return [str(e)]
    files = list(iter_paths(paths, failures))
    for f in failures:  # paths that do not exist
        err.print(f"[red]error:[/red] {escape(f)}", highlight=False, soft_wrap=True)
    inputs = len(files) + len(failures)
    # story.html and story.epub in one folder must not write the same story.json
    stems = Counter(p.stem for p in files)
    single = len(files) == 1 and not (json_out and json_out.is_dir())
    for path in files:
        try:
            work = analyze(path, options)
        except ReadError as e:
            failures.append(str(e))
            # escaped and unwrapped: one line per bad file, whatever its name holds
            err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False, soft_wrap=True)
            continue
        if html_out is not None:
            from ficlens.export.html import write_html  # only a report run pays for it

            single_html = len(files) == 1 and html_out.suffix.lower() in (".html", ".htm")
            write_html(work, html_out if single_html else html_out / (_out_stem(path, stems) + ".html"))
        if json_out is None and html_out is None:
            print_summary(work, out)
        elif json_out is None:
            continue  # --html alone: the report is the only output
        elif fmt == "jsonl":
            works.append(work)
        elif single and json_out.suffix == ".json":
            write_json(work, json_out)
        else:
            write_json(work, json_out / (_out_stem(path, stems) + ".json"))
    if json_out is not None and fmt == "jsonl":
        write_jsonl(works, json_out if json_out.suffix else json_out / "works.jsonl")
    if failures and inputs > 1:
        err.print(f"{len(failures)} file(s) failed:", highlight=False)
        for f in failures:
            err.print(f"  {f}", highlight=False, markup=False, soft_wrap=True)
    return failures


def _out_stem(path: Path, stems: Counter) -> str:
    return path.stem if stems[path.stem] == 1 else path.name


# Commands from other parts of the package register themselves here, one line each.
# --- command registrations ---
from ficlens.eval.commands import register as _register_eval; _register_eval(app)  # noqa: E402, E702
from ficlens.relations.commands import register as _register_relations; _register_relations(app)  # noqa: E402, E702
from ficlens.corpus.commands import register as _register_corpus; _register_corpus(app)  # noqa: E402, E702
from ficlens.fandoms.commands import register as _register_fandoms; _register_fandoms(app)  # noqa: E402, E702
# --- end of command registrations ---


def _show_read_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A ReadWarning is one line for the user (`warning: FILE: ...`), not a code location."""
    if issubclass(category, ReadWarning):
        err.print(f"[yellow]warning:[/yellow] {message}", highlight=False, soft_wrap=True)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


def main() -> None:
    warnings.showwarning = _show_read_warning
    app()


if __name__ == "__main__":
    main()
