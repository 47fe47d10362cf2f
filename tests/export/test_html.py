"""The HTML report as a document: escaped, self-contained, complete, and linear to build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.export.html import CSP, json_for_script, layout, render_html, write_html
from ficlens.model import (
    STORY,
    TITLE,
    Chapter,
    Character,
    Interaction,
    Paragraph,
    Quote,
    Relationship,
    Segment,
    Source,
    Work,
)

SAMPLES = Path(__file__).parents[2] / "src" / "ficlens" / "samples"
EVIL_SCRIPT = "<script>alert(1)</script>"
EVIL_IMG = "<img src=x onerror=alert(1)>"


def _doc(work: Work):
    return lxml.html.fromstring(render_html(work))


def _reader_words(doc) -> list[str]:
    """The words of the story blocks as a reader sees them, without margin notes or labels."""
    text = doc.get_element_by_id("text")
    for el in text.find_class("mk") + text.find_class("lbl"):
        el.drop_tree()
    return " ".join(el.text_content() for el in text.xpath(".//p|.//h3")).split()


def _evil_work() -> Work:
    text = f'Before. "{EVIL_SCRIPT}," said Eve. {EVIL_IMG} and </p></div><marquee>bold</marquee> & more.\n'
    w = Work(text=text)
    w.meta.title = EVIL_SCRIPT
    w.meta.authors = [EVIL_IMG]
    w.meta.summary = EVIL_SCRIPT
    w.meta.tags = {"relationship": [EVIL_IMG], "character": [], "freeform": [EVIL_SCRIPT]}
    w.characters = [Character("c1", "Eve" + EVIL_SCRIPT, aliases=[EVIL_IMG], quotes=1)]
    start = text.index('"')
    w.quotes = [Quote(start, text.index(',"') + 2, speaker="c1", evidence="explicit", confidence=0.9)]
    w.relationships = [Relationship(EVIL_SCRIPT, "romantic", ["c1", "c1"], 0.5, [EVIL_IMG])]
    w.narrative = {"tense": {"shifts": [{"start": 0, "from": "past", "to": "present", "explanation": EVIL_IMG}]}}
    return w


def test_untrusted_text_and_metadata_are_escaped():
    html = render_html(_evil_work())
    doc = lxml.html.fromstring(html)
    scripts = doc.findall(".//script")
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert doc.findall(".//img") == [] and doc.findall(".//marquee") == []
    assert "<script>alert" not in html and "<img src=x" not in html
    # ... and a reader sees the markup as text
    body = doc.body.text_content()
    assert EVIL_SCRIPT in body and EVIL_IMG in body and "</p></div><marquee>bold</marquee> & more." in body


def test_script_data_cannot_close_its_element():
    value = {"name": "</script><script>alert(1)</script> & \u2028"}
    out = json_for_script(value)
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == value


def test_report_is_self_contained_and_forbids_fetching(work):
    html = render_html(work)
    doc = lxml.html.fromstring(html)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp == [CSP] and "default-src 'none'" in CSP
    assert not re.search(r"https?:|//[a-z]|@import|url\(|<link|<iframe|src=", html, re.I)


def test_every_word_of_the_text_is_shown_once(work):
    doc = _doc(work)
    # the scene-break marker 'oOo' is shown as the break itself, so all words appear in order
    assert _reader_words(doc) == work.text.split()


def test_quotes_are_spans_with_their_speaker(work):
    doc = _doc(work)
    spans = doc.find_class("q")
    pieces: dict[tuple, str] = {}
    for s in spans:
        key = (s.get("data-s"), s.get("data-c"), s.get("data-k"))
        pieces[key] = pieces.get(key, "") + s.text_content()
    text = work.text
    for q in work.quotes:
        said = text[q.start:q.end]
        flat = [v for k, v in pieces.items() if k[0] == q.speaker]
        assert any(said.replace("\n\n", "") in v for v in flat), said
    # the quote that runs over two paragraphs is two spans with one speaker
    multi = [s for s in spans if s.get("data-s") == "c1" and s.get("data-c") == "0.80"]
    assert len(multi) == 2 and multi[0].getparent() is not multi[1].getparent()
    mira = [s for s in spans if s.get("data-s") == "c1"][0]
    assert mira.get("data-a") == "c2" and mira.get("data-e") == "explicit"
    assert "ns" in doc.xpath('//span[contains(., "KEEP THE LIGHT")]')[0].classes
    assert "unk" in doc.xpath('//span[contains(., "Someone should")]')[0].classes


def test_margin_marks_tense_shift_and_pov_change(work):
    doc = _doc(work)
    shift_start = work.narrative["tense"]["shifts"][0]["start"]
    marked = doc.find_class("has-tense")
    assert len(marked) == 1 and int(marked[0].get("data-o")) == shift_start
    assert "past → present" in marked[0].find_class("mk")[0].text_content()
    pov = [n.text_content() for n in doc.get_element_by_id("text").find_class("pov")]
    # POV starts with Mira, moves to Tomas for one paragraph, and back
    assert pov == ["POV: Mira", "POV now: Tomas", "POV now: Mira"]
    # chapter two slips into the present: its paragraphs are marked as off the main (past) tense
    off = [int(p.get("data-o")) for p in doc.find_class("off-tense")]
    assert off == [p.start for p in work.paragraphs if p.tense == "present"]


def test_a_change_of_narrative_person_is_marked(work):
    half = work.paragraphs[4].start
    work.narrative["pov"]["scenes"] = [{"start": 0, "end": half, "person": "third", "character": "c1"},
                                       {"start": half, "end": len(work.text), "person": "first", "character": "c2"}]
    doc = _doc(work)
    marked = [p for p in doc.find_class("has-pov") if "now first person" in p.text_content()]
    assert [int(p.get("data-o")) for p in marked] == [half]


def test_structure_chapters_notes_and_scene_breaks(work):
    doc = _doc(work)
    assert [h.text_content() for h in doc.xpath('//div[contains(@class,"chapter_heading")]/h3')] == [
        "Chapter 1: The Keeper", "Chapter 2: The Storm"]
    note = doc.find_class("author_note")[0]
    assert "Feedback keeps me writing" in note.text_content() and "Author's note" in note.text_content()
    assert doc.get_element_by_id("ch-2") is not None
    gap = doc.find_class("gap")
    assert [g.text_content() for g in gap] == ["oOo"] and not doc.find_class("scene")


def test_scene_break_without_a_marker_line_is_drawn():
    w = Work(text="The first scene ends.\n\nThe second begins.")
    w.scene_breaks = [w.text.index("The second")]
    doc = _doc(w)
    hr = doc.find_class("scene")
    assert len(hr) == 1 and hr[0].getnext().text_content() == "The second begins."


def test_tags_characters_network_and_timeline(work):
    doc = _doc(work)
    tags = doc.get_element_by_id("tags").text_content()
    assert "Mira/Ines" in tags and "romantic" in tags and "holding hands" in tags and "0.72" in tags
    assert "✓ author" in tags and "recall" in tags and "Lighthouses" in tags
    rows = doc.xpath('//table[@class="chars"]/tbody/tr')
    assert [r.xpath("td[2]/b")[0].text for r in rows] == ["Mira", "Tomas", "Ines"]
    assert "the keeper" in rows[1].text_content()
    lines = doc.xpath('//svg[@class="net"]/line')
    widths = {float(x.get("stroke-width")) for x in lines}
    assert len(lines) == 3 and max(widths) > 2 * min(widths)
    ticks = doc.xpath('//svg[@id="tl"]/path')
    assert len(ticks) == 3  # one row per speaker with attributed lines
    assert ticks[0].get("d").count("M") == 3  # Mira's three lines, one tick each


def test_sparse_work_renders_every_section():
    w = Work(text="Nothing but one plain paragraph.\n\nAnd a second one.")
    doc = _doc(w)
    assert _reader_words(doc) == w.text.split()
    for section in ("tags", "characters", "network", "timeline"):
        assert doc.get_element_by_id(section).find_class("empty"), section
    assert "Untitled work" in doc.findtext(".//title")


def test_title_falls_back_to_the_title_block_then_the_file_name():
    titled = Work(text="The Long Night\n\nIt was dark.", segments=[Segment(0, 14, TITLE), Segment(16, 28, STORY)])
    assert _doc(titled).findtext(".//h1") == "The Long Night"
    named = Work(text="It was dark.", source=Source(path="stories/long_night.txt"))
    assert _doc(named).findtext(".//h1") == "long_night"


def test_layout_is_deterministic_and_pulls_strong_pairs_together():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b", 1.0), ("c", "d", 0.05), ("b", "c", 0.05)]
    pos = layout(nodes, edges)
    assert pos == layout(nodes, edges)
    assert all(0 <= v <= 1 for xy in pos.values() for v in xy)

    def dist(u, v):
        return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5

    assert dist("a", "b") < dist("c", "d")


def test_colours_are_stable_per_character(work):
    doc = _doc(work)
    legend = {b.get("data-focus"): b.get("class") for b in doc.find_class("who")}
    for s in doc.find_class("q"):
        if s.get("data-s"):
            assert legend[s.get("data-s")].split()[1] in s.classes


def test_write_html_is_atomic_and_creates_folders(tmp_path, work):
    path = tmp_path / "deep" / "report.html"
    write_html(work, path)
    assert path.read_text(encoding="utf-8") == render_html(work)
    assert [p.name for p in path.parent.iterdir()] == ["report.html"]


def test_long_work_renders_every_quote(work, repeat_work):
    # render time is measured in bench/report_load.py, not here
    big = repeat_work(work, 500)
    html = render_html(big)
    assert len(big.text.split()) > 60_000
    assert len(re.findall(r'<span class="q [^"]*" data-', html)) == 500 * (len(work.quotes) + 1)  # the multi-paragraph quote is 2 spans


def test_cli_writes_the_report(tmp_path):
    sample = next(iter(sorted(SAMPLES.glob("*.txt"))), None)
    if sample is None:
        pytest.skip("no bundled sample stories yet")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["analyze", str(sample), "--html", str(out)])
    assert result.exit_code == 0, result.output
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    assert _reader_words(doc) == sample.read_text(encoding="utf-8").split()
    assert doc.get_element_by_id("characters") is not None


@st.composite
def _messy_work(draw) -> Work:
    """Layers as a half-built pipeline might leave them: overlapping, unsorted, out of range."""
    text = draw(st.text(alphabet=st.sampled_from('ab <>&"\n'), min_size=0, max_size=120))
    n = len(text)
    span = st.tuples(st.integers(0, n + 3), st.integers(0, n + 3)).map(sorted)
    kinds = st.sampled_from([STORY, TITLE, "author_note", "chapter_heading", "summary"])
    w = Work(text=text)
    w.segments = [Segment(a, b, k) for (a, b), k in draw(st.lists(st.tuples(span, kinds), max_size=4))]
    w.paragraphs = [Paragraph(a, b, pov_character=draw(st.sampled_from([None, "c1", "c9"])))
                    for a, b in draw(st.lists(span, max_size=6))]
    w.characters = [Character("c1", "<b>Ann</b>")]
    w.quotes = [Quote(a, b, speaker=draw(st.sampled_from([None, "c1", "c7"])),
                      kind=draw(st.sampled_from(["speech", "non_speech"])))
                for a, b in draw(st.lists(span, max_size=6))]
    w.scene_breaks = draw(st.lists(st.integers(0, n + 3), max_size=3))
    w.chapters = [Chapter(i + 1, None, a, b) for i, (a, b) in enumerate(draw(st.lists(span, max_size=3)))]
    w.narrative = {"tense": {"shifts": [{"start": s} for s in draw(st.lists(st.integers(0, n), max_size=2))]}}
    w.interactions = [Interaction("c1", "c7", weight=1.0)]
    return w


@settings(max_examples=150, deadline=None)
@given(_messy_work())
def test_any_layering_renders_all_text_exactly_once(w):
    doc = _doc(w)
    assert "".join(_reader_words(doc)) == "".join(w.text.split())
    assert not doc.findall(".//b[.='Ann']")
