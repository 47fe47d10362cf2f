"""AO3 "Download" HTML on our own fixture pages, and generic HTML."""

from pathlib import Path

import pytest

from ficlens.layers import Markup
from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, STORY, SUMMARY, TITLE
from ficlens.read import read, read_bytes
from ficlens.segment import segment

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"
# Both two-chapter fixtures: title, summary, work notes; chapter 1 with notes before and
# after its text; chapter 2 with a chapter summary; the work's end notes.
TWO_CHAPTERS_WITH_NOTES = [
    TITLE, SUMMARY, AUTHOR_NOTE,
    CHAPTER_HEADING, AUTHOR_NOTE, STORY, AUTHOR_NOTE,
    CHAPTER_HEADING, SUMMARY, STORY,
    AUTHOR_NOTE,
]  # fmt: skip


@pytest.fixture(scope="module")
def multi():
    return read(FIXTURES / "ao3_multi.html")


@pytest.fixture(scope="module")
def single():
    return read(FIXTURES / "ao3_single.html")


def kinds(work):
    return [s.kind for s in work.segments]


def seg_text(work, kind):
    return [work.text[s.start : s.end] for s in work.segments if s.kind == kind]


def test_meta_from_the_tag_list(multi):
    m = multi.meta
    assert multi.source.format == "ao3_html"
    assert m.title == "The Keeper's Ledger"
    assert m.authors == ["quillfeather"]
    assert m.rating == "Teen And Up Audiences"
    assert m.warnings == ["No Archive Warnings Apply"]
    assert m.categories == ["F/M", "Gen"]
    assert m.fandoms == ["Original Work"]
    assert m.language == "English"
    assert m.url == "https://archiveofourown.org/works/99000001"
    assert m.tags == {
        "relationship": ["Mara Quill/Tobias Venn"],
        "character": ["Mara Quill", "Tobias Venn", "Old Henrike"],
        "freeform": ["Lighthouses", "Slow Burn", "Storms"],
    }
    assert m.stats["published"] == "2024-02-11"
    assert m.stats["completed"] == "2024-03-02"
    assert m.stats["words"] == 612
    assert m.stats["chapters"] == "2/2"
    assert m.stats["series"] == ["Part 2 of Salt and Lamplight"]


def test_summary_and_notes(multi):
    m = multi.meta
    assert m.summary == (
        "Mara inherits a lighthouse, a ledger, and a lodger she did not ask for.\n\n"
        "The storm does not care about any of it."
    )
    assert m.notes == [
        "Written for a prompt about inheritances. Thank you for reading!",
        "Short first chapter, longer second one.",
        "Henrike gets her say next chapter, I promise.",
        "Comments keep the lamp lit.",
    ]


def test_segments_in_reading_order(multi):
    assert kinds(multi) == TWO_CHAPTERS_WITH_NOTES
    assert seg_text(multi, TITLE) == ["The Keeper's Ledger"]
    assert seg_text(multi, CHAPTER_HEADING) == ["Chapter 1: The Ledger", "Chapter 2"]
    assert seg_text(multi, SUMMARY)[1] == "The storm, at last."


def test_segments_are_ordered_inside_the_text_and_separated_by_blank_lines(multi):
    prev_end = 0
    for seg in multi.segments:
        assert 0 <= seg.start < seg.end <= len(multi.text)
        assert seg.start >= prev_end
        if seg.start:
            assert multi.text[seg.start - 2 : seg.start] == "\n\n"
        prev_end = seg.end


def test_chapters_span_their_story_text(multi):
    chapters = multi.chapters
    assert [(c.index, c.title) for c in chapters] == [(1, "The Ledger"), (2, None)]
    stories = [s for s in multi.segments if s.kind == STORY]
    assert [(c.start, c.end) for c in chapters] == [(s.start, s.end) for s in stories]
    assert multi.text[chapters[1].start :].startswith('"The boats," Henrike said.')


def test_paragraphs_breaks_and_scene_breaks(multi):
    story = seg_text(multi, STORY)[0]
    paras = story.split("\n\n")
    assert paras[0] == "The ledger was older than the lighthouse, which Mara had not thought possible."
    # italics become plain text
    assert '"Tobias Venn. Lodger. Your aunt never mentioned me?"' in paras
    # <hr> is a scene-break line; a centred symbol paragraph stays as it is
    assert "* * *" in paras
    assert "~ ~ ~" in paras
    # one <br> is a line break inside a paragraph, two end the paragraph
    assert "By evening the wind had teeth.\nTobias lit the lamp without being asked." in paras
    assert "Mara wrote the date in the ledger, right to left." in paras


def test_segmenter_keeps_reader_segments_and_sees_the_scene_breaks(multi):
    work = read(FIXTURES / "ao3_multi.html")
    before = [(s.start, s.end, s.kind) for s in work.segments]
    segment(work)
    assert [(s.start, s.end, s.kind) for s in work.segments] == before
    story_spans = work.story_spans()
    for p in work.paragraphs:
        assert any(s.start <= p.start and p.end <= s.end for s in story_spans)
    hr = work.text.index("* * *")
    after = work.text.index("By evening")
    assert any(hr <= b <= after for b in work.scene_breaks)


def test_single_chapter_work_with_two_authors(single):
    m = single.meta
    assert m.authors == ["fernhollow", "tidepool_writes"]
    assert m.fandoms == ["Original Work", "Rainy Day Prompts"]
    assert m.warnings == ["Creator Chose Not To Use Archive Warnings", "No Archive Warnings Apply"]
    assert m.tags["relationship"] == ["Ines/Dalia"]
    assert m.notes == []
    assert kinds(single) == [TITLE, SUMMARY, STORY]
    assert len(single.chapters) == 1
    ch = single.chapters[0]
    assert single.text[ch.start : ch.end].startswith("Ines had lent out three umbrellas")
    assert single.text[ch.start : ch.end].endswith("I'll bring the other two on Thursday.\"")
    assert "\n\nI.M.\n\n" in single.text


def test_ao3_page_is_found_by_content_whatever_the_name(tmp_path):
    path = tmp_path / "download"
    path.write_bytes((FIXTURES / "ao3_single.html").read_bytes())
    work = read(path)
    assert work.source.format == "ao3_html"
    assert work.meta.title == "Borrowed Umbrellas"


def test_generic_html_is_one_story_segment():
    work = read(FIXTURES / "plain_page.html")
    assert work.source.format == "html"
    assert work.meta.title == "A Page of Weather"
    assert kinds(work) == [STORY]
    assert "not story text" not in work.text  # scripts and styles are skipped
    assert work.text.split("\n\n") == [
        "A Page of Weather",
        "The fog came in at four and sat on the harbour like a cat on a warm step.",
        "Nobody minded except the gulls, who said so at length.",
    ]


def test_html_without_charset_that_is_utf8():
    page = "<html><body><p>Zoë’s café</p></body></html>".encode()
    assert read_bytes(page, "x.html").text == "Zoë’s café"


def test_html_br_runs_and_entities():
    page = b"<!DOCTYPE html><html><body><p>One&nbsp;line<br>next line<br><br>New &amp; para&hellip;</p></body></html>"
    assert read_bytes(page, "x.html").text == "One line\nnext line\n\nNew & para\u2026"


def test_truncated_ao3_page_keeps_what_it_has(tmp_path):
    page = (FIXTURES / "ao3_multi.html").read_bytes()
    cut = page[: page.index(b"Old Henrike came up")]
    work = read_bytes(cut, "cut.html")
    assert work.meta.title == "The Keeper's Ledger"
    assert len(work.chapters) == 1
    assert work.text.endswith("~ ~ ~")


def test_empty_paragraph_is_a_wider_gap_the_segmenter_reads_as_a_break():
    page = (
        "<html><body><p>The lamp went out.</p><p>Nobody relit it.</p><p>&nbsp;</p>"
        "<p>Morning, and the harbour was empty.</p><p>Gulls, though.</p></body></html>"
    ).encode()
    work = read_bytes(page, "x.html")
    assert work.text == (
        "The lamp went out.\n\nNobody relit it.\n\n\nMorning, and the harbour was empty.\n\nGulls, though."
    )
    segment(work)
    assert work.scene_breaks == [work.text.index("Morning")]


def test_empty_paragraphs_between_every_paragraph_are_just_spacing():
    paras = ["One.", "Two.", "Three.", "Four."]
    page = ("<html><body>" + "<p>&nbsp;</p>".join(f"<p>{p}</p>" for p in paras) + "<p> </p></body></html>").encode()
    work = read_bytes(page, "x.html")
    assert work.text == "\n\n\n".join(paras)  # no trailing gap after the last paragraph
    segment(work)
    assert work.scene_breaks == []


def test_ao3_work_page_saved_from_the_browser():
    work = read(FIXTURES / "ao3_work_page.html")
    m = work.meta
    assert work.source.format == "ao3_html"
    assert (m.title, m.authors, m.rating, m.fandoms) == ("Salt Roads", ["marrowind"], "General Audiences", ["Original Work"])
    assert m.url == "https://archiveofourown.org/works/99000003"
    assert m.tags == {"relationship": ["Ysolde & Bram"], "character": ["Ysolde", "Bram"], "freeform": ["Road Trip", "Siblings"]}
    assert m.stats == {"published": "2024-05-01", "updated": "2024-05-20", "words": 1010, "chapters": "2/3", "kudos": 12, "hits": 345}
    assert m.summary == "Two siblings, one cart, and a road that keeps changing its mind."
    assert m.notes == ["Updates on Sundays.", "The road is real; the milestones are not.",
                       "Thanks for the kudos on this one!", "Map credit to my sister."]  # fmt: skip
    assert kinds(work) == TWO_CHAPTERS_WITH_NOTES  # the same layout as the download
    assert [(c.index, c.title) for c in work.chapters] == [(1, "The Milestone"), (2, None)]
    # menus, landmark headings, kudos and comments are not story text
    for junk in ("Skip header", "Chapter Text", "Kudos", "Comments", "A reader said", "footer", "Fandoms"):
        assert junk not in work.text
    first = work.chapters[0]
    assert work.text[first.start : first.end].startswith("The milestone said Harrow, 9 on one side")
    assert "\n\n* * *\n\n" in work.text


def test_ao3_work_page_of_a_one_chapter_work():
    page = (FIXTURES / "ao3_work_page.html").read_text(encoding="utf-8")
    start = page.index('<div id="chapters" role="article">')
    end = page.index('<div class="afterword preface group">')
    one = (
        '<div id="chapters" role="article"><h3 class="landmark heading" id="work">Work Text:</h3>'
        '<div class="userstuff"><p>The road went on. So did they.</p></div></div>'
    )
    work = read_bytes((page[:start] + one + page[end:]).encode("utf-8"), "one.html")
    assert [s.kind for s in work.segments] == [TITLE, SUMMARY, AUTHOR_NOTE, STORY, AUTHOR_NOTE]
    assert [(c.index, c.title) for c in work.chapters] == [(1, "Salt Roads")]
    assert work.text[work.chapters[0].start : work.chapters[0].end] == "The road went on. So did they."


def italic_texts(work):
    markup = work.layers.find(Markup)
    return [work.text[a:b] for a, b in (markup.italics if markup else ())]


def test_italics_are_plain_text_with_their_spans_in_the_markup_layer(multi):
    assert italic_texts(multi) == ["Lodger."]
    story = [s for s in multi.segments if s.kind == STORY]
    for a, b in multi.layers.get(Markup).italics:
        assert any(s.start <= a < b <= s.end for s in story)
    # italics in the work notes are not story, so not listed
    assert "prompt" not in italic_texts(multi)


def test_italic_spans_hug_words_and_survive_line_breaks():
    page = (
        "<html><body><p>She read the sign: <em> KEEP OUT</em>.</p>"
        "<p><i>Left,</i> she thought, <i>then<br/>left again.</i></p>"
        "<h2>A <i>heading</i></h2><p>x<i></i>y \ue000odd\ue001 chars</p></body></html>"
    ).encode()
    work = read_bytes(page, "x.html")
    assert work.text == (
        "She read the sign: KEEP OUT.\n\nLeft, she thought, then\nleft again.\n\nA heading\n\nxy odd chars"
    )
    assert italic_texts(work) == ["KEEP OUT", "Left,", "then\nleft again.", "heading"]
