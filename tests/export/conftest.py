"""Fixtures for the HTML report: a story with every layer filled, and a shared headless browser.

The browser is Debian's chromium driven by Playwright; one browser serves the whole test
session, and each test opens its report in a fresh page that records what a careful
reader would notice: console errors, dialogs, and every request the page makes.
(The `browser` fixture is in tests/conftest.py, shared with the web app's tests.)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from ficlens.model import (
    AUTHOR_NOTE,
    CHAPTER_HEADING,
    STORY,
    TITLE,
    Chapter,
    Character,
    Interaction,
    Paragraph,
    Quote,
    Relationship,
    Segment,
    Span,
    Work,
)


# An original story written for these tests.
TITLE_TEXT = "Salt and Signal"
NOTE_TEXT = "A/N: For the lighthouse prompt. Feedback keeps me writing!"
CH1 = "Chapter 1: The Keeper"
CH2 = "Chapter 2: The Storm"
PARAS_1 = [
    'Mira climbed the last of the iron stairs and found Tomas already at the lamp. '
    '"You\'re late," he said, without turning around.',
    '"The tide was wrong," Mira said. "It came in twice."',
    'The brass plate on the door read "KEEP THE LIGHT BURNING" in letters worn soft by hands.',
    '"Someone should tell the harbour,"',
    "Tomas wiped the glass with his sleeve and did not answer. He wondered whether she had "
    "seen the boat too.",
]
PARAS_2 = [
    "Rain hammers the gallery windows. Mira counts the seconds between the flashes.",
    '"Tomas, listen to me. The boat is still out there.',
    '"And if we do nothing, nobody will come for them," she says.',
    "oOo",
    '"Then we go," Ines says from the doorway, and Mira takes her hand.',
]


def _build_story() -> tuple[str, dict[str, tuple[int, int]]]:
    """The text and the spans of its blocks, named so tests can refer to them."""
    parts: list[tuple[str, str]] = [("title", TITLE_TEXT), ("note", NOTE_TEXT), ("ch1", CH1)]
    parts += [(f"p1.{i}", p) for i, p in enumerate(PARAS_1)]
    parts += [("ch2", CH2)]
    parts += [(f"p2.{i}", p) for i, p in enumerate(PARAS_2)]
    text, spans = "", {}
    for name, body in parts:
        if text:
            text += "\n\n"
        spans[name] = (len(text), len(text) + len(body))
        text += body
    return text + "\n", spans


def _quote(text: str, needle: str, **kw) -> Quote:
    start = text.index(needle)
    return Quote(start, start + len(needle), **kw)


def make_work() -> Work:
    """A `Work` with every layer the report shows, built by hand (no pipeline needed)."""
    text, sp = _build_story()
    story_paras = [n for n in sp if n.startswith("p")]
    work = Work(text=text)
    work.meta.title = TITLE_TEXT
    work.meta.authors = ["quillandtide"]
    work.meta.fandoms = ["Original Work"]
    work.meta.rating = "Teen And Up Audiences"
    work.meta.tags = {"relationship": ["Mira/Ines", "Mira & Tomas"], "character": ["Mira", "Tomas", "Ines"],
                      "freeform": ["Lighthouses", "Storms"]}
    work.segments = [Segment(*sp["title"], TITLE), Segment(*sp["note"], AUTHOR_NOTE),
                     Segment(*sp["ch1"], CHAPTER_HEADING), Segment(sp["p1.0"][0], sp["p1.4"][1], STORY),
                     Segment(*sp["ch2"], CHAPTER_HEADING), Segment(sp["p2.0"][0], sp["p2.4"][1], STORY)]
    work.chapters = [Chapter(1, CH1, sp["ch1"][0], sp["ch2"][0]), Chapter(2, CH2, sp["ch2"][0], len(text))]
    work.paragraphs = [Paragraph(*sp[n], tense="past" if n.startswith("p1") else "present",
                                 pov_character="c1" if n != "p1.4" else "c2") for n in story_paras]
    work.scene_breaks = [sp["p2.4"][0]]
    work.characters = [
        Character("c1", "Mira", aliases=["Mira"], pronouns="she", mentions=6, quotes=3, words_spoken=20),
        Character("c2", "Tomas", aliases=["Tomas", "the keeper"], pronouns="he", mentions=4, quotes=2,
                  words_spoken=15),
        Character("c3", "Ines", pronouns="she", mentions=1, quotes=1, words_spoken=2),
    ]
    multi_start = text.index('"Tomas, listen')
    multi_end = text.index(",\" she says") + 2
    work.quotes = [
        _quote(text, '"You\'re late,"', speaker="c2", addressees=["c1"], evidence="explicit", confidence=0.95),
        _quote(text, '"The tide was wrong,"', speaker="c1", addressees=["c2"], evidence="explicit",
               confidence=0.9),
        _quote(text, '"It came in twice."', speaker="c1", addressees=["c2"], evidence="explicit",
               confidence=0.85),
        _quote(text, '"KEEP THE LIGHT BURNING"', kind="non_speech"),
        _quote(text, '"Someone should tell the harbour,"', confidence=0.1),
        # one quote running over two paragraphs, as open-quote dialogue does
        Quote(multi_start, multi_end, speaker="c1", addressees=["c2"], evidence="explicit", confidence=0.8),
        _quote(text, '"Then we go,"', speaker="c3", addressees=["c1"], evidence="explicit", confidence=0.9),
    ]
    work.narrative = {
        "pov": {"person": "third", "character": "c1"},
        "tense": {"dominant": "past", "shifts": [
            {"start": sp["p2.0"][0], "end": sp["p2.4"][1], "from": "past", "to": "present",
             "explanation": "narration switches to present tense (hammers, counts)"}]},
    }
    work.interactions = [Interaction("c1", "c2", conversations=4, co_presence=2, mentions=1, weight=3.0),
                         Interaction("c1", "c3", conversations=1, co_presence=1, weight=1.5),
                         Interaction("c2", "c3", co_presence=1, weight=0.4)]
    hand = text.index("takes her hand")
    work.relationships = [
        Relationship("Mira/Ines", "romantic", ["c1", "c3"], 0.72, ["holding hands"], [Span(hand, hand + 14)]),
        Relationship("Mira & Tomas", "platonic", ["c1", "c2"], 0.64, ["conversation"]),
    ]
    work.tag_agreement = {"author": ["Mira/Ines", "Mira & Tomas"], "inferred": ["Mira/Ines", "Mira & Tomas"],
                          "matched": ["Mira/Ines"], "precision": 0.5, "recall": 0.5}
    work.meta.words = len(text.split())
    return work


def repeat_work(work: Work, times: int) -> Work:
    """`work`'s story repeated `times` times (a long multi-chapter story), every layer shifted."""
    n = len(work.text)
    big = Work(text=work.text * times, meta=replace(work.meta), narrative={"pov": work.narrative.get("pov", {})})
    shifts = []
    for k in range(times):
        d = k * n
        big.segments += [replace(s, start=s.start + d, end=s.end + d) for s in work.segments]
        big.paragraphs += [replace(p, start=p.start + d, end=p.end + d) for p in work.paragraphs]
        big.chapters += [replace(c, index=c.index + k * len(work.chapters), start=c.start + d, end=c.end + d)
                         for c in work.chapters]
        big.scene_breaks += [b + d for b in work.scene_breaks]
        big.quotes += [replace(q, start=q.start + d, end=q.end + d) for q in work.quotes]
        shifts += [dict(s, start=s["start"] + d) for s in work.narrative.get("tense", {}).get("shifts", [])]
    big.narrative["tense"] = {"dominant": "past", "shifts": shifts}
    big.characters = [replace(c, quotes=c.quotes * times, words_spoken=c.words_spoken * times)
                      for c in work.characters]
    big.interactions = list(work.interactions)
    big.relationships = list(work.relationships)
    big.meta.words = len(big.text.split())
    return big


@pytest.fixture
def work() -> Work:
    return make_work()


@pytest.fixture(name="repeat_work")
def repeat_work_fixture():
    return repeat_work


# --- the browser ---------------------------------------------------------------------


@dataclass
class Report:
    """A report open in a page, with everything the page did while loading and after."""

    page: object
    url: str
    load_seconds: float
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"
        assert self.requests == [self.url], f"requests besides the report itself: {self.requests}"


@pytest.fixture
def open_report(browser, tmp_path):
    """open_report(path) -> Report: load a written report file in a fresh page."""
    pages = []

    def _open(path: Path, width: int = 1280, height: int = 900) -> Report:
        page = browser.new_page(viewport={"width": width, "height": height})
        pages.append(page)
        url = path.resolve().as_uri()
        rep = Report(page, url, 0.0)
        page.on("console", lambda m: rep.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: rep.errors.append(str(e)))
        page.on("dialog", lambda d: (rep.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: rep.requests.append(r.url))
        t0 = time.perf_counter()
        page.goto(url, wait_until="load")
        rep.load_seconds = time.perf_counter() - t0
        return rep

    yield _open
    for page in pages:
        page.close()
