"""EPUB: AO3 (calibre-split), FanFicFare and generic layouts, built in the test from our own XHTML."""

from pathlib import Path

from epubkit import calibre_split, write_epub, xhtml

from ficlens.model import CHAPTER_HEADING, STORY, SUMMARY, TITLE
from ficlens.read import read

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"

AO3_OPF_META = (
    "<dc:title>The Keeper's Ledger</dc:title><dc:creator>quillfeather</dc:creator>"
    "<dc:publisher>Archive of Our Own</dc:publisher><dc:subject>Fanworks</dc:subject>"
    "<dc:subject>Slow Burn</dc:subject><dc:language>en</dc:language>"
)


def test_ao3_epub_matches_the_html_download(tmp_path):
    page = (FIXTURES / "ao3_multi.html").read_bytes()
    epub = read(write_epub(tmp_path / "ledger.epub", calibre_split(page), AO3_OPF_META))
    html = read(FIXTURES / "ao3_multi.html")
    assert epub.source.format == "epub"
    assert epub.meta.title == html.meta.title
    assert epub.meta.authors == html.meta.authors
    assert epub.meta.tags == html.meta.tags  # typed tags from the tag list, not the OPF subjects
    assert epub.meta.fandoms == html.meta.fandoms
    assert epub.meta.stats == html.meta.stats
    assert epub.meta.notes == html.meta.notes
    assert epub.text == html.text
    assert epub.segments == html.segments
    assert epub.chapters == html.chapters


def test_generic_epub_headings_make_chapters(tmp_path):
    docs = {
        "text/title.xhtml": xhtml("<h1>Tin Orchard</h1><p>A story in two parts.</p>"),
        "text/one.xhtml": xhtml(
            "<h2>One</h2><h3>The Gate</h3><p>The orchard gate was tin, and it sang in the wind.</p>"
            "<p>Wren oiled it twice a year.</p>"
        ),
        "text/two.xhtml": xhtml("<h2>Two</h2><p>In spring the gate stopped singing.</p><hr/><p>Wren listened anyway.</p>"),
    }
    meta = "<dc:title>Tin Orchard</dc:title><dc:creator>M. Alder</dc:creator><dc:description>&lt;p&gt;A gate that sings.&lt;/p&gt;</dc:description><dc:subject>Pastoral</dc:subject>"
    work = read(write_epub(tmp_path / "orchard.epub", docs, meta))
    assert work.source.format == "epub"
    assert work.meta.title == "Tin Orchard"
    assert work.meta.authors == ["M. Alder"]
    assert work.meta.summary == "A gate that sings."
    assert work.meta.tags["freeform"] == ["Pastoral"]
    assert [s.kind for s in work.segments] == [TITLE, STORY, CHAPTER_HEADING, CHAPTER_HEADING, STORY, CHAPTER_HEADING, STORY]
    assert [(c.index, c.title) for c in work.chapters] == [(1, None), (2, "One: The Gate"), (3, "Two")]
    last = work.chapters[-1]
    assert work.text[last.start : last.end] == "In spring the gate stopped singing.\n\n* * *\n\nWren listened anyway."


def test_generic_epub_without_headings_has_a_chapter_per_document(tmp_path):
    docs = {
        "a.xhtml": xhtml("<p>First part, where the kettle boils.</p>"),
        "b.xhtml": xhtml("<div><p>Second part, where it boils over.</p></div>"),
    }
    work = read(write_epub(tmp_path / "k.epub", docs, "<dc:title>Kettle</dc:title>", opf_name="content.opf"))
    assert [(c.index, work.text[c.start : c.end]) for c in work.chapters] == [
        (1, "First part, where the kettle boils."),
        (2, "Second part, where it boils over."),
    ]


def test_epub_with_html_entities_and_url_encoded_hrefs(tmp_path):
    docs = {"My Chapter.xhtml": xhtml("<p>Rain&nbsp;again&hellip; &amp; again.</p>")}
    path = tmp_path / "e.epub"
    write_epub(path, docs, "<dc:title>E</dc:title>", spine=["My%20Chapter.xhtml"])
    assert read(path).text == "Rain again\u2026 & again."


def test_fanficfare_layout(tmp_path):
    title_page = xhtml(
        '<h3><a href="https://example.org/s/77">Night Ferry</a> by <a href="https://example.org/u/5">Oriel Banks</a></h3>'
        "<div><b>Category:</b> Original Work<br/>"
        "<b>Characters:</b> Pell, Juno Marsh<br/>"
        "<b>Relationships:</b> Pell/Juno Marsh<br/>"
        "<b>Genre:</b> Romance, Mystery<br/>"
        "<b>Rating:</b> General Audiences<br/>"
        "<b>Words:</b> 1,204<br/>"
        "<b>Summary:</b> Two strangers, one ferry, no timetable.<br/></div>",
        body_class="fff_titlepage",
    )
    toc = xhtml('<div><h3>Table of Contents</h3><a href="file0001.xhtml">Crossing</a><br/></div>', body_class="fff_tocpage")
    ch1 = xhtml(
        '<h3 class="fff_chapter_title">Crossing</h3><p>The ferry left at midnight with two passengers.</p>'
        "<p>\u201cYou\u2019re late,\u201d said Juno.</p>",
        body_class="fff_chapter",
    )
    ch2 = xhtml('<h3 class="fff_chapter_title">Landing</h3><p>Pell was not late; the ferry was early.</p>', body_class="fff_chapter")
    log = xhtml("<h3>Update Log</h3><p class='log_entry'><b>Updated:</b> 2024-01-01</p>", body_class="fff_logpage")
    meta = (
        "<dc:title>Night Ferry</dc:title><dc:creator>Oriel Banks</dc:creator>"
        "<dc:contributor>FanFicFare [https://github.com/JimmXinu/FanFicFare]</dc:contributor>"
        "<dc:subject>Romance</dc:subject>"
    )
    docs = {"OEBPS/title_page.xhtml": title_page, "OEBPS/toc_page.xhtml": toc,
            "OEBPS/file0001.xhtml": ch1, "OEBPS/file0002.xhtml": ch2, "OEBPS/log_page.xhtml": log}  # fmt: skip
    work = read(write_epub(tmp_path / "ferry.epub", docs, meta, opf_name="content.opf"))
    m = work.meta
    assert m.title == "Night Ferry"
    assert m.authors == ["Oriel Banks"]
    assert m.url == "https://example.org/s/77"
    assert m.fandoms == ["Original Work"]
    assert m.rating == "General Audiences"
    assert m.tags == {"relationship": ["Pell/Juno Marsh"], "character": ["Pell", "Juno Marsh"], "freeform": ["Romance", "Mystery"]}
    assert m.stats["words"] == 1204
    assert m.summary == "Two strangers, one ferry, no timetable."
    assert [s.kind for s in work.segments] == [TITLE, SUMMARY, CHAPTER_HEADING, STORY, CHAPTER_HEADING, STORY]
    assert [c.title for c in work.chapters] == ["Crossing", "Landing"]
    assert "Table of Contents" not in work.text and "Update Log" not in work.text
    assert work.text[work.chapters[1].start : work.chapters[1].end] == "Pell was not late; the ferry was early."


def test_epub_found_by_content_without_extension(tmp_path):
    path = write_epub(tmp_path / "book.epub", {"a.xhtml": xhtml("<p>Sniffed, not named.</p>")})
    renamed = path.rename(tmp_path / "book")
    assert read(renamed).text == "Sniffed, not named."


def test_xml_entities_declared_in_a_dtd_are_not_expanded(tmp_path):
    laughs = (
        "<?xml version='1.0'?><!DOCTYPE html [<!ENTITY a \"ha\">"
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before &c; after.</p></body></html>'
    )
    work = read(write_epub(tmp_path / "laughs.epub", {"a.xhtml": laughs}))
    assert "haha" not in work.text
    assert work.text == "Before after."


def test_epub_with_a_chapters_id_that_is_not_ao3(tmp_path):
    docs = {"a.xhtml": xhtml('<div id="chapters"><h2>Part One</h2><p>Not from AO3 at all.</p></div>')}
    work = read(write_epub(tmp_path / "n.epub", docs, "<dc:title>N</dc:title>"))
    assert [(c.title, work.text[c.start : c.end]) for c in work.chapters] == [("Part One", "Not from AO3 at all.")]


def test_epub3_document_with_inline_svg_and_epub_attributes(tmp_path):
    doc = (
        "<?xml version='1.0' encoding='utf-8'?>"
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>'
        '<section epub:type="chapter"><h1>Gull</h1>'
        '<svg xmlns="http://www.w3.org/2000/svg"><title>a drawing of a gull</title></svg>'
        "<p>The gull took the sandwich and the moral high ground.</p></section></body></html>"
    )
    work = read(write_epub(tmp_path / "g.epub", {"g.xhtml": doc}, "<dc:title>Shore</dc:title>"))
    assert work.text == "Gull\n\nThe gull took the sandwich and the moral high ground."
    assert [c.title for c in work.chapters] == ["Gull"]
