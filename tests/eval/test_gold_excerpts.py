"""Book-excerpt gold (a `source` instead of text) and the book-level split, on an
original fixture book (tests/fixtures/eval/data) and its gold (tests/fixtures/eval/se)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ficlens.eval import GoldError, iter_gold, score
from ficlens.eval.quotations import quotations

FIX = Path(__file__).parents[1] / "fixtures" / "eval"
DATA = FIX / "data"
GOLD = FIX / "se" / "fixture-author_the-copper-kettle@2+8.gold.json"


def test_an_excerpt_is_read_from_its_book_and_offsets_are_relative_to_it():
    (gold,) = iter_gold(GOLD, data_dir=DATA)
    raw = json.loads(GOLD.read_text(encoding="utf-8"))
    assert gold.text.startswith("The lodger came") and gold.text.endswith("Ivy.”")
    assert [gold.text[q.start : q.end] for q in gold.quotes] == [q["text"] for q in raw["quotes"]]
    # interrupted quotations are stated with part_of: 10 parts, 7 quotations
    assert len(quotations(gold)) == 7
    assert [c.pronouns for c in gold.characters] == ["she", "he", "she"]


def test_the_data_folder_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("FICLENS_DATA", str(DATA))
    (gold,) = iter_gold(GOLD)
    assert gold.id == "fixture-author_the-copper-kettle@2+8"


def test_a_changed_book_is_a_one_line_error_naming_the_gold_file(tmp_path):
    shutil.copytree(DATA, tmp_path / "data")
    book = tmp_path / "data" / "standardebooks" / "fixture-author_the-copper-kettle.txt"
    book.write_text(book.read_text(encoding="utf-8").replace("Tuesday", "Monday"), encoding="utf-8")
    with pytest.raises(GoldError) as e:
        list(iter_gold(GOLD, data_dir=tmp_path / "data"))
    msg = str(e.value)
    assert str(GOLD) in msg and "sha256" in msg and "\n" not in msg


def test_a_missing_book_is_a_one_line_error(tmp_path):
    with pytest.raises(GoldError) as e:
        list(iter_gold(GOLD, data_dir=tmp_path))
    assert str(GOLD) in str(e.value) and "cannot be read" in str(e.value)


def test_an_excerpt_scores_end_to_end_with_its_thought_apart():
    report = score(GOLD, gold_characters=True, data_dir=DATA)
    t = report.total
    assert (t.gold, t.speech, t.quotations, t.thoughts) == (10, 9, 6, 1)
    assert t.recall == 1.0


def _repo(tmp_path: Path, books: dict[str, str], fanfic: dict[str, str]) -> Path:
    """A tiny repository: pyproject.toml, bench/gold/splits.json, the excerpt gold, a fic."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "bench" / "gold").mkdir(parents=True)
    splits = {"standardebooks": books, "fanfic": fanfic}
    (tmp_path / "bench" / "gold" / "splits.json").write_text(json.dumps(splits))
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD, gold / GOLD.name)
    fic = {"id": "fic", "text": '"Hi," said Ada.\n', "quotes": [], "characters": []}
    (gold / "fic.gold.json").write_text(json.dumps(fic))
    return gold


def test_split_filters_works_by_book(tmp_path):
    gold = _repo(tmp_path, {"fixture-author_the-copper-kettle": "test"}, {"gold/fic": "dev"})
    def ids(split: str) -> list[str]:
        return [w.id for w in score(gold, data_dir=DATA, split=split).works]

    assert ids("test") == ["fixture-author_the-copper-kettle@2+8"]
    assert ids("dev") == ["fic"]
    assert ids("train") == []
    assert len(score(gold, data_dir=DATA).works) == 2  # no --split: everything


def test_a_work_in_no_split_is_an_error_not_a_silent_skip(tmp_path):
    gold = _repo(tmp_path, {}, {"gold/fic": "dev"})
    with pytest.raises(GoldError) as e:
        score(gold, data_dir=DATA, split="dev")
    assert "fixture-author_the-copper-kettle" in str(e.value) and "no split" in str(e.value)
    with pytest.raises(GoldError, match="unknown split"):
        score(gold, data_dir=DATA, split="validation")


def test_gold_pronouns_or_gender_reach_the_pipeline_with_gold_characters(tmp_path):
    from ficlens.eval import analyze_gold

    text = '"Late," said Rook. Quill nodded.\n'
    chars = [{"id": "r", "names": ["Rook"], "pronouns": "they"}, {"id": "q", "names": ["Quill"], "gender": "female"}]
    path = tmp_path / "g.gold.json"
    path.write_text(json.dumps({"id": "g", "text": text, "quotes": [], "characters": chars}), encoding="utf-8")
    (gold,) = iter_gold(path)
    work = analyze_gold(gold, gold_characters=True)
    assert {c.name: c.pronouns for c in work.characters} == {"Rook": "they", "Quill": "she"}
