"""Output never clobbers: mirrored folders, refused non-folder targets, and what was written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_stories import STORY

from ficlens.cli import app


def _story(tmp_path: Path, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STORY, encoding="utf-8")
    return path


def test_same_named_files_in_subfolders_keep_their_own_output(tmp_path):
    _story(tmp_path / "fics" / "a")
    (tmp_path / "fics" / "b").mkdir()
    (tmp_path / "fics" / "b" / "story.txt").write_text(STORY.replace("Wren", "Ines"), encoding="utf-8")
    out = tmp_path / "out"
    for option, suffix in (("--json", ".json"), ("--html", ".html")):
        result = CliRunner().invoke(app, ["analyze", str(tmp_path / "fics"), option, str(out)])
        assert result.exit_code == 0, result.output
        assert (out / "a" / f"story{suffix}").exists() and (out / "b" / f"story{suffix}").exists()
        assert f"wrote {out / 'a' / f'story{suffix}'}" in result.stderr
    assert "Ines" in json.loads((out / "b" / "story.json").read_text(encoding="utf-8"))["text"]


@pytest.mark.parametrize("option", ["--json", "--html"])
def test_an_existing_file_that_is_not_the_output_is_refused(tmp_path, option):
    story = _story(tmp_path)
    mine = tmp_path / "notes.txt"
    mine.write_text("my own notes")
    result = CliRunner().invoke(app, ["analyze", str(story), option, str(mine)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {mine}: exists and is not a folder; refusing to overwrite it")
    assert mine.read_text() == "my own notes"


@pytest.mark.parametrize(("option", "name"), [("--json", "story.json"), ("--html", "report.html")])
def test_the_output_being_replaced_is_replaced_and_named(tmp_path, option, name):
    story = _story(tmp_path)
    target = tmp_path / name
    target.write_text("an older run")
    result = CliRunner().invoke(app, ["analyze", str(story), option, str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text() != "an older run"
    assert result.stderr.strip() == f"wrote {target}"


def test_jsonl_says_what_it_wrote_and_refuses_a_stranger(tmp_path):
    story = _story(tmp_path)
    target = tmp_path / "all.jsonl"
    result = CliRunner().invoke(app, ["analyze", str(story), "--json", str(target), "--format", "jsonl"])
    assert result.exit_code == 0 and result.stderr.strip() == f"wrote {target} (1 work(s))"
    mine = tmp_path / "mine.txt"
    mine.write_text("keep")
    refused = CliRunner().invoke(app, ["analyze", str(story), "--json", str(mine), "--format", "jsonl"])
    assert refused.exit_code == 2 and mine.read_text() == "keep"


def test_one_file_name_for_several_works_is_refused_before_any_analysis(tmp_path):
    _story(tmp_path / "fics", "a.txt")
    _story(tmp_path / "fics", "b.txt")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "fics"), "--json", str(tmp_path / "one.json")])
    assert result.exit_code == 2 and "names one file but there are 2 works" in result.stderr
    assert not (tmp_path / "one.json").exists()


def test_two_inputs_that_would_share_an_output_file(tmp_path):
    first = _story(tmp_path / "x")
    second = _story(tmp_path / "y")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyze", str(first), str(second), "--json", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"error: {second}: write failed: same output file as {first}" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["story.txt.json"]  # the first keeps its output


def test_plugin_free_exporter_by_name(tmp_path):
    story = _story(tmp_path)
    target = tmp_path / "net.gexf"
    result = CliRunner().invoke(app, ["analyze", str(story), "--to", "gexf", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    unknown = CliRunner().invoke(app, ["analyze", str(story), "--to", "nope", "--out", str(target)])
    assert unknown.exit_code == 2 and "unknown format 'nope' for --to (known: " in unknown.stderr
