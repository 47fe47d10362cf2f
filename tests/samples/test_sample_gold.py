"""Every bundled sample's gold file agrees with its text and with itself."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parents[2] / "src" / "ficlens" / "samples"
GOLDS = sorted(SAMPLES.glob("*.gold.json"))
TYPES = {"explicit", "anaphoric", "implicit", "non_speech"}
SEGMENT_KINDS = {"title", "author_note", "chapter_heading", "summary"}
FANDOMS = {"the100", "harry_potter", "sherlock", "star_wars", None}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    return gold, text


def _story_text(gold: dict, text: str) -> str:
    pieces, pos = [], 0
    for s in sorted(gold["segments"], key=lambda s: s["start"]):
        pieces.append(text[pos : s["start"]])
        pos = s["end"]
    pieces.append(text[pos:])
    return "\n".join(pieces)


def test_there_are_five_samples():
    assert len(GOLDS) >= 5, [p.name for p in GOLDS]


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_quotes_match_text_sorted_and_disjoint(path):
    gold, text = _load(path)
    prev_end = 0
    for q in gold["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"], q
        assert q["start"] >= prev_end, f"overlap or unsorted at {q['start']}"
        prev_end = q["end"]
        # the span includes its marks: a quote mark, a dash, or `*` around an italic thought
        assert q["text"][0] in "\"'“‘—*", q
        assert q["type"] in TYPES


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_speakers_and_addressees_are_characters(path):
    gold, _ = _load(path)
    ids = {c["id"] for c in gold["characters"]}
    assert [c["id"] for c in gold["characters"]] == [f"c{i + 1}" for i in range(len(ids))]
    for q in gold["quotes"]:
        if q["type"] == "non_speech":
            assert q["speaker"] is None, q
        else:
            assert q["speaker"] in ids, q
        assert set(q.get("addressees", [])) <= ids, q
        assert q["speaker"] not in q.get("addressees", []), q


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_alias_occurs_in_the_story(path):
    gold, text = _load(path)
    story = _story_text(gold, text)
    for c in gold["characters"]:
        assert c["names"], c
        assert c.get("pronouns") in {"he", "she", "they", "it"}, c
        for name in c["names"]:
            assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", story), (c["id"], name)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_structure_is_consistent(path):
    gold, text = _load(path)
    assert gold["fandom"] in FANDOMS
    words = len(_story_text(gold, text).split())
    assert 800 <= words <= 3000, words
    prev_end = 0
    for s in gold["segments"]:
        assert s["kind"] in SEGMENT_KINDS
        assert prev_end <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]] not in " \n" and text[s["end"] - 1] not in " \n"
        prev_end = s["end"]
    for q in gold["quotes"]:  # no quote inside a note, title or heading
        assert not any(s["start"] < q["end"] and q["start"] < s["end"] for s in gold["segments"]), q
    for i, ch in enumerate(gold["chapters"]):
        assert ch["index"] == i + 1 and ch["start"] < ch["end"] <= len(text)
    for b in gold["scene_breaks"]:
        assert text[b - 1] == "\n" and text[b].strip(), b  # the start of a paragraph
    ids = {c["id"] for c in gold["characters"]}
    assert gold["pov"]["person"] in {"first", "second", "third"}
    assert gold["pov"]["character"] in ids | {None}
    assert gold["tense"]["dominant"] in {"past", "present"}
    for shift in gold["tense"]["shifts"]:
        assert shift["from"] != shift["to"] and 0 <= shift["start"] < len(text)
    for r in gold["relationships"]:
        assert r["kind"] in {"romantic", "platonic"}
        assert ("/" in r["tag"]) == (r["kind"] == "romantic")
        assert set(r["characters"]) <= ids and len(r["characters"]) >= 2


def test_gold_files_are_built_from_the_annotated_sources():
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import build_gold
    finally:
        sys.path.pop(0)
    assert build_gold.main(["--check"]) == 0
