"""A work that fails in any stage is one line (file, stage, reason); the others still run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_stories import BOOM, STORY, break_speakers

from ficlens.cli import app


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "fics"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "b" / "story.txt").write_text(STORY.replace("Wren", "Ines"), encoding="utf-8")
    (folder / "boom.txt").write_text(BOOM, encoding="utf-8")
    return folder


def _boom(tmp_path: Path) -> Path:
    story = tmp_path / "boom.txt"
    story.write_text(BOOM, encoding="utf-8")
    return story


def test_a_folder_run_analyses_all_the_others_and_lists_the_bad_one(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    line = f"{folder / 'boom.txt'}: speakers failed: IndexError: list index out of range (cli_stories.py:"
    errors = [l for l in result.stderr.splitlines() if l.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith("error: " + line)
    assert result.stderr.split("1 file(s) failed:")[1].strip().startswith(line)
    # every other work was written, each at its own mirrored path
    a = json.loads((out / "a" / "story.json").read_text(encoding="utf-8"))
    b = json.loads((out / "b" / "story.json").read_text(encoding="utf-8"))
    assert "Wren" in a["text"] and "Ines" in b["text"]
    assert not (out / "boom.json").exists()


def test_a_summary_run_prints_the_other_works(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    result = CliRunner().invoke(app, ["analyze", str(_folder(tmp_path))])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stdout.count("Characters") == 2  # one summary per good work


def test_a_single_file_that_fails_is_one_line(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    story = _boom(tmp_path)
    result = CliRunner().invoke(app, ["analyze", str(story), "--json", str(tmp_path / "boom.json")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {story}: speakers failed: IndexError: list index out of range")
    assert not (tmp_path / "boom.json").exists()


@pytest.mark.parametrize("how", ["flag", "env"])
def test_debug_shows_the_traceback(tmp_path, monkeypatch, how):
    break_speakers(monkeypatch)
    story = _boom(tmp_path)
    args = ["analyze", str(story)]
    if how == "flag":
        args.append("--debug")
    else:
        monkeypatch.setenv("FICLENS_DEBUG", "1")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "IndexError: list index out of range" in result.stderr


def test_eval_scores_the_other_works(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    for name, story in (("good", STORY), ("bad", BOOM)):
        q = {"start": story.index('"'), "end": story.index(',"') + 2, "speaker": "x"}
        gold = {"id": name, "text": story, "quotes": [q], "characters": [{"id": "x", "names": ["Wren"]}]}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--format", "json", "--per-work"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert [w["id"] for w in data["per_work"]] == ["good"]
    assert len(data["failures"]) == 1 and "speakers failed: IndexError" in data["failures"][0]
    assert f"error: {tmp_path} (bad): speakers failed: IndexError" in result.stderr


def test_graph_names_the_stage(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    story = _boom(tmp_path)
    result = CliRunner().invoke(app, ["graph", str(story), "--out", str(tmp_path / "g.graphml")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"error: {story}: speakers failed: IndexError" in result.stderr
    assert not (tmp_path / "g.graphml").exists()


def test_index_records_the_stage_in_errors(tmp_path, monkeypatch):
    import duckdb

    break_speakers(monkeypatch)
    folder = _folder(tmp_path)
    db = tmp_path / "c.duckdb"
    result = CliRunner().invoke(app, ["index", str(folder), "--db", str(db), "--workers", "0", "--quiet"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    con = duckdb.connect(str(db), read_only=True)
    (count,) = con.execute("SELECT count(*) FROM works").fetchone()
    rows = con.execute("SELECT path, reason FROM errors").fetchall()
    con.close()
    assert count == 2
    assert len(rows) == 1 and rows[0][0].endswith("boom.txt")
    assert rows[0][1].startswith("speakers failed: IndexError: list index out of range")


def test_the_library_batch_entry_point_contains_failures(tmp_path, monkeypatch):
    from ficlens.batch import analyze_paths

    break_speakers(monkeypatch)
    outcomes = list(analyze_paths([_folder(tmp_path), tmp_path / "missing.txt"]))
    by_name = {str(o.relative): o for o in outcomes}
    assert sorted(by_name) == ["a/story.txt", "b/story.txt", "boom.txt", "missing.txt"]
    assert by_name["a/story.txt"].work is not None and by_name["b/story.txt"].work is not None
    bad = by_name["boom.txt"].failure
    assert bad is not None and bad.stage == "speakers" and bad.reason.startswith("IndexError")
    missing = by_name["missing.txt"].failure
    assert missing is not None and str(missing) == f"{tmp_path / 'missing.txt'}: no such file"


def test_index_debug_shows_the_traceback(tmp_path, monkeypatch):
    break_speakers(monkeypatch)
    db = tmp_path / "c.duckdb"
    args = ["index", str(_boom(tmp_path)), "--db", str(db), "--workers", "0", "--quiet", "--debug"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr and "IndexError" in result.stderr


def test_an_exporter_that_raises_costs_only_that_file(tmp_path, monkeypatch):
    import ficlens.export.html as html

    def broken(work, path):
        raise ValueError("no colour for this speaker")

    monkeypatch.setattr(html, "write_html", broken)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    args = ["analyze", str(story), "--html", str(tmp_path / "r.html"), "--json", str(tmp_path / "s.json")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"error: {story}: export (html) failed: ValueError: no colour for this speaker" in result.stderr
    assert (tmp_path / "s.json").exists() and not (tmp_path / "r.html").exists()


def test_the_failure_names_the_registered_stage_that_raised(tmp_path):
    from dataclasses import replace

    from ficlens.batch import analyze_one
    from ficlens.stages import register_stage, registered

    original = next(s for s in registered() if s.name == "cast_merge")

    def boom(work, options):
        if "BOOM" in work.text:
            raise KeyError("Ada")
        return original.run(work, options)

    register_stage(replace(original, run=boom))
    try:
        outcome = analyze_one(_boom(tmp_path), Path("boom.txt"))
    finally:
        register_stage(original)
    assert outcome.failure is not None and outcome.failure.stage == "cast_merge"
    assert str(outcome.failure).startswith(f"{tmp_path / 'boom.txt'}: cast_merge failed: KeyError: 'Ada' (test_failures.py:")
