"""The segmenter finds the gold title, notes, chapters and scene breaks of every sample."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ficlens.layers import Sentences
from ficlens.model import Work
from ficlens.read import read
from ficlens.segment import segment

sys.path.insert(0, str(Path(__file__).parent))
import segment_measure as measure  # noqa: E402

sys.path.pop(0)

SAMPLES = measure.samples()


@pytest.fixture(params=SAMPLES, ids=lambda s: s[0]["id"])
def sample(request):
    gold, _ = request.param
    work = segment(read(measure.SAMPLES / gold["text_file"]))
    return gold, work


def test_non_story_segments_at_gold_offsets(sample):
    gold, work = sample
    found = [(s.start, s.end, s.kind) for s in work.segments if s.kind != "story"]
    assert found == [(s["start"], s["end"], s["kind"]) for s in gold["segments"]]


def test_scene_breaks_at_gold_offsets(sample):
    gold, work = sample
    assert work.scene_breaks == gold["scene_breaks"]


def test_chapters_match_gold(sample):
    gold, work = sample
    assert [(c.index, c.title, c.start, c.end) for c in work.chapters] == [
        (c["index"], c["title"], c["start"], c["end"]) for c in gold["chapters"]
    ]


def test_every_gold_quote_lies_in_story_paragraphs(sample):
    gold, work = sample
    for q in gold["quotes"]:
        inside = [p for p in work.paragraphs if p.start < q["end"] and q["start"] < p.end]
        assert inside, q["text"]
        assert inside[0].start <= q["start"] and q["end"] <= inside[-1].end, q["text"]


def test_words_count_the_story_only(sample):
    gold, work = sample
    assert work.meta.words == gold["words"]


def test_sentences_tile_the_paragraphs(sample):
    _, work = sample
    spans = work.layers.get(Sentences).spans
    assert len(spans) > len(work.paragraphs)
    covered = sum(b - a for a, b in spans)
    chars = sum(len(work.text[p.start : p.end].replace(" ", "").replace("\n", "")) for p in work.paragraphs)
    # every non-space character of a paragraph is in a sentence
    assert covered >= chars
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


def test_repeated_samples_segment_to_repeated_paragraphs():
    # speed is measured in bench/speed.py; here a 100k-word text segments consistently
    small, big = measure.big_text(20_000), measure.big_text(100_000)
    ws, wb = Work(text=small), Work(text=big)
    segment(ws)
    segment(wb)
    # each sample's opening note lands mid-text in the concatenation, and is still a note
    assert wb.meta.words >= 98_000
    per_word = len(ws.paragraphs) / ws.meta.words
    assert abs(len(wb.paragraphs) / wb.meta.words - per_word) < 0.1 * per_word
