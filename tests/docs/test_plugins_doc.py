"""docs/plugins.md is installed as the package it describes, and its `$ ficlens` lines run."""

from __future__ import annotations

import csv
import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest
from plugin_dist import install
from typer.testing import CliRunner

from ficlens.fandoms import detect, load
from ficlens.cli import build_app

DOC = Path(__file__).parents[2] / "docs" / "plugins.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)
STORY = 'Wren climbed the stairs. "The lamp is out," Wren said.\n\nTomas shrugged. "Light it, then."\n'


def _blocks() -> list[tuple[str, str]]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def _files() -> dict[str, str]:
    """Code blocks whose first line is `# PATH`, by path."""
    files = {}
    for lang, body in _blocks():
        first, _, rest = body.partition("\n")
        if lang in ("python", "toml") and first.startswith("# "):
            files[first[2:].strip()] = rest
    return files


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    files = _files()
    project = tomllib.loads(files.pop("pyproject.toml"))["project"]["entry-points"]
    install(tmp_path / "site", "ficlens-lighthouse", files, project, monkeypatch)
    _forget_packs()
    work = tmp_path / "work"
    work.mkdir()
    (work / "story.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(work)
    yield work
    _forget_packs()


def _forget_packs() -> None:
    for cached in (load.all_packs, detect._name_index, detect._term_index):
        cached.cache_clear()


def test_the_doc_declares_all_three_groups():
    project = tomllib.loads(_files()["pyproject.toml"])["project"]["entry-points"]
    assert set(project) == {"ficlens.commands", "ficlens.exporters", "ficlens.packs"}


def test_every_example_on_the_page_runs(plugin):
    app = build_app()
    lines = [line[2:] for lang, body in _blocks() if lang == "console" for line in body.splitlines() if line.startswith("$ ")]
    assert len(lines) == 4
    results = {}
    for line in lines:
        args = shlex.split(line)[1:]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, (line, result.output)
        assert "Traceback" not in result.output and "warning:" not in result.stderr
        results[args[0] if args[0] != "analyze" else args[2]] = result
    assert re.search(r"^Wren\S*( \S+)?\t1$", results["speakers"].stdout, re.M)
    rows = list(csv.reader((plugin / "quotes.csv").open(encoding="utf-8")))
    assert rows[0] == ["start", "end", "speaker", "quote"] and len(rows) == 3
    assert rows[1][3] == '"The lamp is out,"'
    assert "Wren Alder" in results["fandoms"].stdout
    names = [c["name"] for c in json.loads((plugin / "story.json").read_text(encoding="utf-8"))["characters"]]
    assert "Wren Alder" in names
