"""`ficlens analyze`: stories in; a summary in the terminal, or files out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ficlens.cli.console import error, fail, out, report_failure, warning, wrote
from ficlens.cli.options import Debug, Fandom, MaxBytes, Stories, max_bytes_of
from ficlens.cli.targets import Target, TargetError, check_file, clashes, plan, stems_of
from ficlens.failures import Failure, failure_of

if TYPE_CHECKING:  # the pipeline loads when a command runs, not for --help or `serve`
    from ficlens.model import Work
    from ficlens.pipeline import Options

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


def register_commands(app: typer.Typer) -> None:
    app.command("analyze")(analyze_cmd)


JsonOut = Annotated[Path | None, typer.Option("--json", help="Write JSON to FILE.json (one input) or a folder.")]
Format = Annotated[str, typer.Option("--format", help="json (one file per work) or jsonl (one file, a line per work).")]
Characters = Annotated[Path | None, typer.Option(help="Your own character list; speakers are restricted to it.")]
HtmlOut = Annotated[
    Path | None, typer.Option("--html", help="Write a self-contained HTML report to FILE.html (one input) or a folder.")
]
To = Annotated[
    str | None,
    typer.Option("--to", help="Another output format by name, written to --out (e.g. graphml, gexf, or a plugin's)."),
]
Out = Annotated[Path | None, typer.Option("--out", "-o", help="Where --to writes: FILE (one input) or a folder.")]


def analyze_cmd(
    paths: Stories,
    json_out: JsonOut = None,
    fmt: Format = "json",
    fandom: Fandom = None,
    characters: Characters = None,
    html_out: HtmlOut = None,
    to: To = None,
    out_path: Out = None,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Analyse stories and print a summary, or write ficlens.work/1 JSON or an HTML report.

    In a folder run each output file mirrors the input's path under the output folder,
    and a file that fails is named with the stage and the reason while the others go on.

    Example: ficlens analyze story.txt --json story.json
    """
    if fmt not in ("json", "jsonl"):
        raise typer.BadParameter("must be json or jsonl", param_hint="--format")
    if (to is None) != (out_path is None):
        raise typer.BadParameter("--to and --out go together", param_hint="--to")
    from ficlens.pipeline import Options

    options = Options(fandom=fandom, characters=characters, max_bytes=max_bytes_of(max_bytes))
    outputs = Outputs(json_out=json_out, jsonl=fmt == "jsonl", html_out=html_out, to=to, out_path=out_path)
    failures = run(paths, options, outputs, debug)
    raise typer.Exit(1 if failures else 0)


@dataclass(slots=True)
class Outputs:
    """What a run writes; nothing at all means a summary in the terminal."""

    json_out: Path | None = None
    jsonl: bool = False
    html_out: Path | None = None
    to: str | None = None
    out_path: Path | None = None

    def plan(self, works: int) -> list[Target]:
        from ficlens.export.formats import exporters

        known = exporters(on_error=warning)
        wanted = []
        if self.json_out is not None and not self.jsonl:
            wanted.append((known["json"], self.json_out, "--json"))
        if self.html_out is not None:
            wanted.append((known["html"], self.html_out, "--html"))
        if self.to is not None and self.out_path is not None:
            if self.to not in known:
                raise TargetError(f"unknown format {self.to!r} for --to (known: {', '.join(sorted(known))})")
            wanted.append((known[self.to], self.out_path, "--out"))
        return [plan(exporter, path, works, option) for exporter, path, option in wanted]

    def jsonl_file(self) -> Path | None:
        if not self.jsonl or self.json_out is None:
            return None
        path = self.json_out
        if path.suffix.lower() in JSONL_SUFFIXES and not path.is_dir():
            return path
        if path.exists() and not path.is_dir():
            raise TargetError(
                f"{path}: exists and is not a folder; refusing to overwrite it "
                "(--format jsonl takes a .jsonl file or a folder)"
            )
        return path / "works.jsonl"

    @property
    def summary(self) -> bool:
        return self.json_out is None and self.html_out is None and self.to is None


def run(paths: list[Path], options: Options, outputs: Outputs, debug: bool = False) -> list[Failure]:
    """Analyse every input, write or print each work, and return the failures."""
    from ficlens.batch import analyze_one, find_inputs, prepare
    from ficlens.read import ReadError

    inputs, failures = find_inputs(paths)
    given = len(inputs) + len(failures)
    try:
        targets = outputs.plan(len(inputs))
        jsonl = outputs.jsonl_file()
    except TargetError as e:
        fail(e, 2)
    try:
        options = prepare(options)
    except ReadError as e:
        error(e)
        return [Failure(str(e.path), "read", e.reason)]
    for failure in failures:  # paths that do not exist
        report_failure(failure, debug)
    stems = stems_of([relative for _, relative in inputs])
    clash: dict[Path, Path] = {}
    for target in targets:
        clash.update(clashes([(path, target.file_for(relative, stems)) for path, relative in inputs]))
    works = []
    for path, relative in inputs:
        if path in clash:
            failure = Failure(str(path), "write", f"same output file as {clash[path]}; rename one of them")
            failures.append(failure)
            report_failure(failure, debug)
            continue
        outcome = analyze_one(path, relative, options)
        if outcome.failure is not None or outcome.work is None:
            failures.append(outcome.failure or Failure(str(path), "analysis", "no result"))
            report_failure(failures[-1], debug)
            continue
        for target in targets:
            written = _write(target, outcome.work, target.file_for(relative, stems), path)
            if written is not None:
                failures.append(written)
                report_failure(written, debug)
        if jsonl is not None:
            works.append(outcome.work)
        elif outputs.summary:
            from ficlens.export.terminal import print_summary

            print_summary(outcome.work, out)
    if jsonl is not None:
        from ficlens.export import write_jsonl

        write_jsonl(works, jsonl)
        wrote(jsonl, f"{len(works)} work(s)")
    _list_failures(failures, given)
    return failures


def _write(target: Target, work: Work, file: Path, source: Path) -> Failure | None:
    try:
        check_file(file)
        target.exporter.write(work, file)
    except TargetError as e:
        return Failure(str(source), "write", str(e))
    except OSError as e:
        return Failure(str(source), "write", f"{file}: cannot write ({e.strerror or e})")
    except Exception as e:  # noqa: BLE001 - a bug in one exporter costs that work's file, not the run
        raised = failure_of(source, e)
        return Failure(raised.path, f"export ({target.exporter.name})", raised.reason, e)
    wrote(file)
    return None


def _list_failures(failures: list[Failure], inputs: int) -> None:
    from ficlens.cli.console import err

    if failures and inputs > 1:
        err.print(f"{len(failures)} file(s) failed:", highlight=False)
        for f in failures:
            err.print(f"  {f}", highlight=False, markup=False, soft_wrap=True)

