"""The segmenter never takes a quotation of a public-domain novel out of the story.

LitBank's openings start with headings of every kind (numbered chapters, parts with a
title after a dash, "Phase"-style headings, italic numbers); whatever the segmenter makes of
them, every gold quotation must stay in a story paragraph.
"""

from __future__ import annotations

import bisect
import json

from ficlens.model import STORY, Work
from ficlens.segment import segment


def _books(shared_data):
    base = shared_data / "litbank"
    for line in (base / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        book = json.loads(line)
        yield book, (base / book["text_file"]).read_text(encoding="utf-8")


def test_no_gold_quote_leaves_the_story(shared_data):
    lost = []
    books = 0
    for book, text in _books(shared_data):
        books += 1
        work = segment(Work(text=text))
        other = [s for s in work.segments if s.kind != STORY]
        starts = [p.start for p in work.paragraphs]
        for q in book["quotes"]:
            if any(s.start < q["end"] and q["start"] < s.end for s in other):
                lost.append((book["id"], "in a non-story segment", q["text"][:40]))
                continue
            i = max(bisect.bisect_right(starts, q["start"]) - 1, 0)
            if not any(p.start < q["end"] and q["start"] < p.end for p in work.paragraphs[i : i + 2]):
                lost.append((book["id"], "in no paragraph", q["text"][:40]))
    assert books == 100
    assert lost == []


def test_novel_openings_are_headings_not_titles_or_notes(shared_data):
    kinds: dict[str, int] = {}
    for _, text in _books(shared_data):
        work = segment(Work(text=text))
        for s in work.segments:
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
    assert "author_note" not in kinds  # novels have no author's notes
    assert kinds.get("chapter_heading", 0) >= 80
    assert kinds.get("title", 0) <= 6  # "THE TURN OF THE SCREW", "THE SISTERS", ...
