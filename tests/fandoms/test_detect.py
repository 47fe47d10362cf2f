"""Choosing a fandom pack from the story text: names, canon terms, a calibrated score."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.fandoms import choose_pack, guess_pack
from ficlens.fandoms.detect import THRESHOLD, PackEvidence, evidence, probability
from ficlens.read import read
from ficlens.segment import segment

STORIES = Path(__file__).parent / "stories"


def _work(text: str):
    return segment(read(text))


@pytest.mark.parametrize(
    ("story", "pack"),
    [("supernatural_two.txt", "supernatural"), ("the100_two.txt", "the100"), ("witcher_two.txt", "the_witcher")],
)
def test_a_two_character_short_story_gets_its_pack(story, pack):
    # each names just two characters (plus a place or a term of the canon)
    work = _work((STORIES / story).read_text(encoding="utf-8"))
    assert choose_pack(work).id == pack


def test_an_original_story_with_unusual_names_gets_no_pack():
    work = _work((STORIES / "original_two.txt").read_text(encoding="utf-8"))
    assert choose_pack(work) is None


def test_canon_terms_count_as_evidence_without_any_name():
    work = _work("They rode for Polis at dawn. Mount Weather was a smudge behind them; Skaikru did not follow.\n")
    best = evidence(work)[0]
    assert best.pack == "the100" and best.terms == 3 and best.names == 0


def test_a_term_matches_with_a_capital_the_and_a_line_break():
    work = _work("The Ark fell.\nThey walked to Mount\nWeather in silence.\n")
    assert evidence(work)[0].terms == 2


def test_a_description_like_the_master_is_no_evidence():
    # "The Master" is a Doctor Who name, and any novel's description of a man.
    work = _work('"Wait," said the Master. The Master of the house nodded to the Master.\n')
    assert all(ev.pack != "doctor_who" or ev.names == 0 for ev in evidence(work))


def test_probability_grows_with_the_evidence():
    one = probability(PackEvidence("x", 1.0, 0.0, 0), None)
    two = probability(PackEvidence("x", 2.0, 0.0, 0), None)
    two_and_terms = probability(PackEvidence("x", 2.0, 2.0, 1), None)
    assert one < THRESHOLD <= two < two_and_terms


def test_a_single_distinctive_name_is_not_enough():
    work = _work("Lexa walked home in the rain and thought about nothing at all.\n")
    guess = guess_pack(work)
    assert guess.pack == "the100" and guess.probability < THRESHOLD and choose_pack(work) is None
