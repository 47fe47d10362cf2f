"""The held-out stories' gold files (bench/heldout) are built from their annotated sources
and agree with their text. This checks the gold only, never ficlens's accuracy on it: the
held-out set measures the rules, so nothing may be tuned against it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parents[2] / "bench" / "heldout"
GOLDS = sorted(HELDOUT.glob("*.gold.json"))


def _build_gold():
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import build_gold
    finally:
        sys.path.pop(0)
    return build_gold


def test_every_heldout_source_is_built():
    sources = sorted(p.stem for p in (HELDOUT / "annotated").glob("*.ann"))
    assert len(sources) >= 2, sources
    assert [p.name.removesuffix(".gold.json") for p in GOLDS] == sources


def test_heldout_gold_files_are_current():
    assert _build_gold().main(["--check", "--heldout"]) == 0


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_heldout_quotes_match_text_and_characters(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    ids = {c["id"] for c in gold["characters"]}
    prev_end = 0
    for q in gold["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"], q
        assert q["start"] >= prev_end, q
        prev_end = q["end"]
        assert (q["speaker"] is None) == (q["type"] == "non_speech"), q
        assert q["speaker"] is None or q["speaker"] in ids, q
        assert set(q["addressees"]) <= ids and q["speaker"] not in q["addressees"], q
