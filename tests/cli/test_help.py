"""Every --help shows flags without a value placeholder and an example that runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from ficlens import __version__
from ficlens.cli import app

ROOT = Path(__file__).parents[2]
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def _example(text: str) -> list[str]:
    found = re.search(r"Example: ficlens (.+)", text)
    assert found, "no example"
    return shlex.split(found.group(1).strip())


def test_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"ficlens {__version__}"


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_shows_flags_bare_and_an_example_that_parses(name):
    args = [name, "--help"] if name else ["--help"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout
    example = _example(result.stdout)
    assert not name or example[0] == name
    group = typer.main.get_command(app)
    command = group.get_command(group.make_context("ficlens", [name or "demo"]), example[0])  # type: ignore[attr-defined]
    command.make_context(example[0], example[1:])  # raises on an unknown option or a missing argument


@pytest.mark.parametrize("name", ["demo", "fandoms"])
def test_examples_that_need_no_files_of_yours_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    help_text = CliRunner().invoke(app, [name, "--help"]).stdout
    result = CliRunner().invoke(app, _example(help_text))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_the_eval_example_runs_on_the_bundled_samples(monkeypatch):
    monkeypatch.chdir(ROOT)
    help_text = CliRunner().invoke(app, ["eval", "--help"], env={"COLUMNS": "160"}).stdout
    result = CliRunner().invoke(app, _example(help_text))
    assert result.exit_code == 0, result.output
    assert "quote recall" in result.stdout
