"""`ficlens eval` on the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ficlens.cli import app


def _gold(tmp_path):
    story = 'Ivo waited.\n\n"Late again," Ivo said.\n'
    q = {"start": story.index('"'), "end": story.index(',"') + 2, "speaker": "ivo", "type": "explicit"}
    gold = tmp_path / "tiny.gold.json"
    gold.write_text(json.dumps({"id": "tiny", "text": story, "quotes": [q], "characters": [{"id": "ivo", "names": ["Ivo"]}]}))
    return gold


def test_eval_json_output(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(_gold(tmp_path)), "--format", "json", "--per-work"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"]["gold"] == 1 and data["total"]["recall"] == 1.0
    assert data["per_work"][0]["id"] == "tiny"


def test_eval_table_output(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(_gold(tmp_path)), "--gold-characters"])
    assert result.exit_code == 0, result.output
    assert "quote recall" in result.stdout and "explicit" in result.stdout


def test_eval_missing_gold_exits_2(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_eval_refuses_a_story_file_over_max_bytes(tmp_path):
    story = 'Ivo waited.\n\n"Late again," Ivo said.\n'
    (tmp_path / "ivo.txt").write_text(story)
    q = {"start": story.index('"'), "end": story.index(',"') + 2, "speaker": "ivo"}
    gold = tmp_path / "ivo.gold.json"
    gold.write_text(json.dumps({"id": "ivo", "text_file": "ivo.txt", "quotes": [q], "characters": [{"id": "ivo", "names": ["Ivo"]}]}))
    refused = CliRunner().invoke(app, ["eval", str(gold), "--max-bytes", "16"])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "too large: " in refused.output and "(the limit is 16 bytes" in refused.output
    assert CliRunner().invoke(app, ["eval", str(gold), "--max-bytes", "1M"]).exit_code == 0


def test_eval_reads_excerpt_gold_from_a_data_folder_and_reports_the_fair_figures():
    from pathlib import Path

    fix = Path(__file__).parents[1] / "fixtures" / "eval"
    gold = fix / "se" / "fixture-author_the-copper-kettle@2+8.gold.json"
    result = CliRunner().invoke(app, ["eval", str(gold), "--data", str(fix / "data"), "--format", "json"])
    assert result.exit_code == 0, result.output
    total = json.loads(result.stdout)["total"]
    assert total["quotations"] == 6 and "speaker_accuracy_lenient" in total
    bad = CliRunner().invoke(app, ["eval", str(gold), "--data", str(fix)])
    assert bad.exit_code == 2 and "cannot be read" in bad.output
