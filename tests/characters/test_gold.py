"""The character layer against gold: the bundled samples and (when present) LitBank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens.characters import find_characters
from ficlens.characters.score import Score, score_pronoun_tags, score_work
from ficlens.fandoms import CharacterEntry, choose_pack
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment

SAMPLES = Path(__file__).parents[2] / "src" / "ficlens" / "samples"
GOLDS = sorted(SAMPLES.glob("*.gold.json"))


def _analyse(text_path: Path, fandom: str | None = None, cast: list[CharacterEntry] | None = None):
    work = segment(read(text_path))
    find_quotes(work)
    pack = None if cast else choose_pack(work, fandom)
    return find_characters(work, pack=pack, restrict=cast)


def _text_of(gold_path: Path, gold: dict) -> Path:
    return gold_path.parent / gold.get("text_file", gold_path.name.replace(".gold.json", ".txt"))


@pytest.mark.skipif(not GOLDS, reason="no bundled samples yet")
@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_every_sample_character_is_found_and_none_merged(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    work = _analyse(_text_of(gold_path, gold), gold.get("fandom"))
    sc = score_work(work, gold["characters"])
    assert sc.merged == 0, sc.merges
    # a character named only once in passing may be missed; the cast must not be
    assert sc.found >= sc.gold - 1, sc.misses
    # every alias the gold gives lands in its character ("Da" is Jack Carver)
    assert sc.aliases_part_ok == sc.aliases, sc.alias_misses


@pytest.mark.skipif(not GOLDS, reason="no bundled samples yet")
def test_sample_pronoun_speech_tags_mostly_resolve_to_the_speaker():
    ok = total = 0
    for gold_path in GOLDS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        work = _analyse(_text_of(gold_path, gold), gold.get("fandom"))
        a, b = score_pronoun_tags(work, gold)
        ok, total = ok + a, total + b
    assert total and ok / total >= 0.8


def test_litbank_characters_found_with_few_merges(shared_data):
    gold_file = shared_data / "litbank" / "quotes.jsonl"
    total = Score()
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        work = _analyse(gold_file.parent / gold["text_file"])
        total.add(score_work(work, gold["characters"], speakers_only=True))
    assert total.found / total.gold >= 0.84
    assert total.merged <= 16


def test_litbank_restricted_to_gold_characters_keeps_exactly_them(shared_data):
    gold_file = shared_data / "litbank" / "quotes.jsonl"
    gold = json.loads(gold_file.read_text(encoding="utf-8").splitlines()[0])
    cast = [CharacterEntry(c["names"][0], c["names"][1:]) for c in gold["characters"]]
    work = _analyse(gold_file.parent / gold["text_file"], cast=cast)
    assert [c.name for c in sorted(work.characters, key=lambda c: c.name)] == sorted(e.name for e in cast)
    assert all(m.character in {c.id for c in work.characters} for m in work.mentions)
