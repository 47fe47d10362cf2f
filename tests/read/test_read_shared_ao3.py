"""The four real AO3 downloads in ../shared/data/ao3 (skipped in a fresh clone).

Expected values are what the files' own tag lists and headings say (see the README there).
"""

import difflib

import pytest

from ficlens.model import CHAPTER_HEADING, SEGMENT_KINDS, STORY
from ficlens.read import read

WORKS = {
    "ao3_23009290_single_chapter": {
        "title": "My Aim Is Steady And True",
        "fandoms": ["Final Fantasy XIV"],
        "relationship": ["Honoroit Banlardois/Emmanellain de Fortemps"],
        "character": ["Honoroit Banlardois", "Emmanellain de Fortemps"],
        "freeform_first": ["Hurt/Comfort", "Stabbing", "Chest Wounds"],
        "chapters": ["My Aim Is Steady And True"],
        "headings": [],
        "stats": {"published": "2020-03-04", "words": 4559, "chapters": "1/1"},
    },
    "ao3_218676_multi_chapter_wip": {
        "title": "Fire and Feather",
        "fandoms": ["Valdemar Series - Mercedes Lackey"],
        "relationship": [],
        "character": ["Original Characters"],
        "freeform_first": [],
        "chapters": ["Festival", "Riversong K'Vala", "Conversations"],
        "headings": ["Chapter 1: Festival", "Chapter 2: Riversong K'Vala", "Chapter 3: Conversations"],
        "stats": {"published": "2006-07-09", "updated": "2007-06-25", "words": 7526, "chapters": "3/?"},
    },
}
CASES = [(stem, ext) for stem in WORKS for ext in ("html", "epub")]


_READ: dict = {}


def load(shared_data, stem, ext):
    key = (stem, ext)
    if key not in _READ:
        _READ[key] = read(shared_data / "ao3" / f"{stem}.{ext}")
    return _READ[key]


@pytest.mark.parametrize("stem,ext", CASES)
def test_meta(shared_data, stem, ext):
    work = load(shared_data, stem, ext)
    want = WORKS[stem]
    m = work.meta
    assert work.source.format == ("ao3_html" if ext == "html" else "epub")
    assert m.title == want["title"]
    assert m.authors == ["nianeyna"]
    assert m.fandoms == want["fandoms"]
    assert m.tags["relationship"] == want["relationship"]
    assert m.tags["character"] == want["character"]
    assert m.tags["freeform"][: len(want["freeform_first"])] == want["freeform_first"]
    assert m.language == "English"
    assert m.url == "https://archiveofourown.org/works/" + stem.split("_")[1]
    for key, value in want["stats"].items():
        assert m.stats[key] == value
    assert m.summary and m.notes


@pytest.mark.parametrize("stem,ext", CASES)
def test_chapters_and_segments(shared_data, stem, ext):
    work = load(shared_data, stem, ext)
    want = WORKS[stem]
    assert [c.title for c in work.chapters] == want["chapters"]
    headings = [work.text[s.start : s.end] for s in work.segments if s.kind == CHAPTER_HEADING]
    assert headings == want["headings"]
    prev = 0
    for seg in work.segments:
        assert seg.kind in SEGMENT_KINDS
        assert prev <= seg.start < seg.end <= len(work.text)
        prev = seg.end
    stories = [s for s in work.segments if s.kind == STORY]
    for ch in work.chapters:
        assert any(s.start == ch.start for s in stories) and any(s.end == ch.end for s in stories)
    # the claimed word count and ours agree within 5% (AO3 counts a little differently)
    words = sum(len(work.text[s.start : s.end].split()) for s in stories)
    assert abs(words - want["stats"]["words"]) / want["stats"]["words"] < 0.05


@pytest.mark.parametrize("stem", WORKS)
def test_html_and_epub_agree(shared_data, stem):
    html, epub = load(shared_data, stem, "html"), load(shared_data, stem, "epub")
    assert epub.meta.title == html.meta.title
    assert epub.meta.authors == html.meta.authors
    assert epub.meta.tags == html.meta.tags
    assert len(epub.chapters) == len(html.chapters)
    assert [s.kind for s in epub.segments] == [s.kind for s in html.segments]
    html_story = "".join(html.text[s.start : s.end] for s in html.segments if s.kind == STORY)
    epub_story = "".join(epub.text[s.start : s.end] for s in epub.segments if s.kind == STORY)
    assert difflib.SequenceMatcher(None, html_story, epub_story, autojunk=False).quick_ratio() > 0.99


def test_scene_break_paragraphs_survive(shared_data):
    work = load(shared_data, "ao3_218676_multi_chapter_wip", "html")
    paras = work.text.split("\n\n")
    assert paras.count("xxx") == 3  # the author's own scene-break lines, one paragraph each
