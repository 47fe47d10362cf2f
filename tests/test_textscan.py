"""`last_match_end` finds what a scan from the start finds, from the end backwards."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ficlens.speakers.patterns import _ABBREV, _SENT_END as SPEAKER_END
from ficlens.speakers.sentences import _last_sentence_start
from ficlens.lang.textscan import by_first_char, last_match_end

# sentence-shaped text: words, stops, closing marks and every kind of space
TEXT = st.lists(st.sampled_from(list("ab .!?…\"”’')] \t\n") + ["Mr.", "Mrs.", " x", "  ", "word " * 80]), max_size=600).map("".join)


def naive(pattern: re.Pattern[str], text: str, lo: int, hi: int, limit: int) -> int:
    ends = [m.end() for m in pattern.finditer(text, lo, hi) if m.end() < limit]
    return ends[-1] if ends else -1


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_the_last_end_is_the_one_a_forward_scan_finds(text: str, data: st.DataObject):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    limit = data.draw(st.integers(lo, hi + 1))
    for pattern in (SPEAKER_END,):
        assert last_match_end(pattern, text, lo, hi, limit) == naive(pattern, text, lo, hi, limit)


def _old_last_sentence_start(seg: str) -> int:
    start = 0
    for m in SPEAKER_END.finditer(seg):
        if m.end() >= len(seg.rstrip()):
            break
        if m.group().startswith(".") and _ABBREV.search(seg[: m.start() + 1]):
            continue
        start = m.end()
    return start


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_last_sentence_start_skips_abbreviations_as_before(seg: str):
    assert _last_sentence_start(seg) == _old_last_sentence_start(seg)


def test_a_long_sentence_far_back_is_still_found():
    seg = "First one. " + "word " * 5000 + "and on"
    assert _last_sentence_start(seg) == len("First one.")
    assert _last_sentence_start("no end at all " * 100) == 0


OLD_ENDS = {
    "segment": r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])",
    "speakers": r"[.!?…]+[\"'”’)\]]*(?=\s|$)",
    "tags": r"[.!?…]+[\"”’']*\s",
}


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_sentence_ends_tried_at_a_runs_start_only_find_the_same_ends(text: str):
    # the patterns now start a match only where a run of stops starts (linear on
    # "......"); the ends they find are the ones the unanchored patterns found
    from ficlens.segment.patterns import _SENT_END as SEGMENT_END

    # (relations and characters/names read the segmenter's Sentences layer: no pattern of their own)
    for name, new in (("segment", SEGMENT_END), ("speakers", SPEAKER_END)):
        old = re.compile(OLD_ENDS[name])
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], name


BODY = st.lists(st.sampled_from(["Ann", "Hollis", "A", "AAAA", "x", ".", "…", "-", "'", "’", " ", ",", "!", "Mr.", "O'Neill"]),
                max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(BODY)
def test_a_bare_name_line_is_recognised_as_before(body: str):
    # possessive now (one long capitalised token was tried in every split): same answers
    from ficlens.speakers.vocatives import _BARE_NAME

    old = re.compile(r"\W*(?:[A-Z][\w'’.-]*\s*){1,3}[.…]?\W*")
    assert bool(_BARE_NAME.fullmatch(body)) == bool(old.fullmatch(body))


def test_by_first_char_matches_as_the_flat_alternation() -> None:
    words = ["herself", "her", "he", "himself", "him", "hi", "Her", "she", "I", "Mr\\.", "M(?=\\.)"]
    text = "She told him herself: he, Her and I met M. Roux and Mr. Hale; hi, she said."
    flat = re.compile(r"\b(?:" + "|".join(words) + r")")
    grouped = re.compile(r"\b(?:" + by_first_char(words) + r")")
    assert by_first_char(["he", "him", "his", "she"]) == "h(?:e|im|is)|s(?:he)"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_by_first_char_behind_matches_a_word_start_before_it() -> None:
    words = ["stood", "sat", "appeared"]
    text = "sat. She stood; unsat, a stood-in appeared, misappeared"
    flat = re.compile(r"\b(?:" + "|".join(words) + r")")
    grouped = re.compile(r"(?:" + by_first_char(words, r"\b") + r")")
    assert grouped.pattern.startswith(r"(?:s(?<=\bs)(?:tood|at)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
