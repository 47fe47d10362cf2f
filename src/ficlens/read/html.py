"""HTML to paragraphs, shared by the AO3, EPUB and generic HTML readers.

`blocks(element)` turns markup into the paragraphs a reader sees: each block element
(`<p>`, `<div>`, headings, list items...) and each run of two or more `<br>` ends a
paragraph, a single `<br>` is a line break inside one, `<hr>` becomes a `* * *` line so
the segmenter sees the scene break, and inline markup (italics, links) becomes plain
text. `TextBuilder` joins paragraphs with a blank line ("\\n\\n"), the segmenter's
paragraph rule, and records each part's `Segment`. An empty paragraph (`<p>&nbsp;</p>`,
AO3's form of a blank line the author left) widens the gap to two blank lines, which
the segmenter reads as a scene break when the text's usual gap is one blank line.

Scratch layer added here (not in the JSON output):

- the `Markup` layer (`work.layers`), `italics`: sorted `(start, end)` offsets of italic text (`<i>`, `<em>`)
  inside story segments, for HTML and EPUB inputs. Fan fiction sets thoughts, signs and
  telepathy in italics, which the quote stage can tell from speech.

lxml is used safely: no network, no entity expansion, no huge trees.
"""

from __future__ import annotations

import codecs
import re
from html.entities import name2codepoint

from lxml import etree

from ficlens.layers import Markup
from ficlens.model import STORY, Chapter, Meta, Segment, Source, Work
from ficlens.read.errors import BROKEN_HTML, ReadError
from ficlens.read.text import bom_encoding

SCENE_BREAK = "* * *"
_BR = "\x00"  # stands for <br> while a paragraph is gathered; no parsed text holds NUL
# Where italics open and close, carried inside story paragraph text until TextBuilder
# takes them out (private-use code points; any in the input are removed first).
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARK = re.compile("[\ue000\ue001]")
_OPEN_SPACE = re.compile("\ue000(\\s+)")
_SPACE_CLOSE = re.compile("(\\s+)\ue001")
ITALIC_TAGS = frozenset(("i", "em"))

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header html legend li main "
    "nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
SKIP_TAGS = frozenset(
    "head title script style template noscript svg math iframe object select textarea button".split()
)
HEADING_TAGS = frozenset(("h1", "h2", "h3"))

# No entity expansion, no DTD or network fetches, no gzip inflation, libxml2's size limits.
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, recover=True, decompress=False
)
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
_HTML_ONLY_ENTITIES = frozenset(n.encode() for n in name2codepoint) - {b"amp", b"lt", b"gt", b"quot", b"apos"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XHTML_NS = re.compile(rb"""\sxmlns\s*=\s*["']http://www\.w3\.org/1999/xhtml["']""")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def html_parser(encoding: str) -> etree.HTMLParser:
    # The HTML parser never expands entities from a DTD; it only knows HTML's own names.
    return etree.HTMLParser(encoding=encoding, no_network=True, huge_tree=False, decompress=False, remove_pis=True)


def html_encoding(data: bytes) -> str:
    """The encoding of an HTML file: BOM, then <meta charset>, then UTF-8 if valid, else cp1252."""
    bom = bom_encoding(data)
    if bom:
        return bom[0]
    m = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.match(data[:200])
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            codecs.lookup(name)
            # as browsers do (WHATWG): a page declared Latin-1 or ASCII is read as cp1252
            return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii") else name
        except LookupError:
            pass
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def parse_html(data: bytes) -> etree._Element | None:
    bom = bom_encoding(data)
    if bom:
        data = data[bom[1] :]
    try:
        return etree.fromstring(data, html_parser(html_encoding(data) if not bom else bom[0]))
    except (etree.LxmlError, ValueError, LookupError):
        return None


def parse_xml(data: bytes) -> etree._Element | None:
    """Parse XML (OPF, container, XHTML) without DTDs, entity expansion or network; no namespaces."""
    try:
        root = etree.fromstring(data, _XML_PARSER)
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    return strip_namespaces(root)


def parse_xhtml(data: bytes) -> etree._Element | None:
    """An EPUB content document: XML when it is XML, else HTML (named entities like &nbsp;).

    libxml2 in recover mode drops every entity after the first undefined one, so a
    document using HTML's named entities goes to the HTML parser instead.
    """
    if not any(m.group(1) in _HTML_ONLY_ENTITIES for m in _NAMED_ENTITY.finditer(data)):
        # Dropping the XHTML default namespace before parsing is much cheaper than
        # renaming every element after; `blocks` copes with the odd namespaced element.
        try:
            root = etree.fromstring(_XHTML_NS.sub(b"", data, count=1), _XML_PARSER)
        except (etree.LxmlError, ValueError):
            root = None
        if root is not None and len(root):
            return root
    return parse_html(data)


def strip_namespaces(root: etree._Element) -> etree._Element:
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str) and tag[0] == "{":
            el.tag = tag.split("}", 1)[1]
        if el.attrib:
            for key in [k for k in el.attrib if k[0] == "{"]:
                local = key.split("}", 1)[1]
                value = el.attrib.pop(key)
                if local not in el.attrib:
                    el.set(local, value)
    return root


def has_class(el: etree._Element, name: str) -> bool:
    return name in (el.get("class") or "").split()


def text_of(el: etree._Element) -> str:
    """All text under an element, whitespace collapsed (for labels, tags, titles)."""
    return " ".join("".join(el.itertext()).split())


def blocks(
    root: etree._Element, headings: frozenset[str] = frozenset(), marks: bool = False
) -> list[tuple[bool, str]]:
    """The paragraphs under `root` in reading order, as (is_heading, text).

    Elements named in `headings` give heading paragraphs; everything else is body text.
    With `marks`, body text keeps italic marks for `TextBuilder.add_story` to take out.
    """
    out: list[tuple[bool, str]] = []
    cur: list[str] = []
    in_heading = 0

    def flush() -> bool:
        if not cur:
            return False
        raw = "".join(cur)
        cur.clear()
        heading = in_heading > 0
        if marks:
            if heading:
                raw = _MARK.sub("", raw)
            elif _OPEN in raw or _CLOSE in raw:
                # marks hug the words they wrap, so collapsing spaces cannot double one
                raw = _SPACE_CLOSE.sub(_CLOSE + r"\1", _OPEN_SPACE.sub(r"\1" + _OPEN, raw))
                if not _MARK.sub("", raw).strip():
                    return False
        if _BR not in raw:
            line = " ".join(raw.split())
            if line:
                out.append((heading, line))
            return bool(line)
        lines: list[str] = []
        for part in raw.split(_BR):
            line = " ".join(part.split())
            if line:
                lines.append(line)
            elif lines:  # an empty line: a run of <br> ends the paragraph
                out.append((heading, "\n".join(lines)))
                lines = []
        if lines:
            out.append((heading, "\n".join(lines)))
        return True

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag
        if event == "comment" or event == "pi":
            if el.tail:
                cur.append(el.tail)
            continue
        if event == "start":
            if not isinstance(tag, str):  # an entity reference left unexpanded
                cur.append(_entity(el.text))
                continue
            if tag[0] == "{":  # e.g. inline SVG or MathML in an EPUB
                tag = tag.rpartition("}")[2]
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
                if tag in headings:
                    in_heading += 1
            elif tag == "br":
                cur.append(_BR)
            elif marks and tag in ITALIC_TAGS:
                cur.append(_OPEN)
            elif tag == "hr":
                flush()
                out.append((False, SCENE_BREAK))
            if el.text:
                cur.append(_MARK.sub("", el.text) if marks else el.text)
        else:
            if isinstance(tag, str):
                if tag[0] == "{":
                    tag = tag.rpartition("}")[2]
                if tag in BLOCK_TAGS:
                    if not flush() and tag == "p" and out and out[-1][1]:
                        # an empty paragraph (AO3's <p>&nbsp;</p>) is a blank line
                        out.append((False, ""))
                    if tag in headings:
                        in_heading -= 1
                elif tag == "td" or tag == "th":
                    cur.append(" ")
                elif marks and tag in ITALIC_TAGS:
                    cur.append(_CLOSE)
            if el.tail and el is not root:
                cur.append(_MARK.sub("", el.tail) if marks else el.tail)
    flush()
    return out


def paragraphs(root: etree._Element, marks: bool = False) -> list[str]:
    """Paragraph texts; "" stands for an empty <p> (a blank line the author left)."""
    return [text for _, text in blocks(root, marks=marks)]


def story_paragraphs(root: etree._Element) -> list[str]:
    """Paragraphs of story text, italics marked (see `TextBuilder.add_story`)."""
    return paragraphs(root, marks=True)


def _take_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without italic marks, and the (start, end) of each italic run in it."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    depth = opened = pos = last = 0
    for m in _MARK.finditer(text):
        pieces.append(text[last : m.start()])
        pos += m.start() - last
        last = m.end()
        if m.group() == _OPEN:
            if depth == 0:
                opened = pos
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and pos > opened:
                spans.append((opened, pos))
    pieces.append(text[last:])
    pos += len(text) - last
    if depth and pos > opened:  # an italic left open runs to the paragraph's end
        spans.append((opened, pos))
    return "".join(pieces), spans


def _entity(ref: str | None) -> str:
    # Only HTML's own named characters; an entity declared in a DTD is never expanded.
    name = (ref or "")[1:-1]
    cp = name2codepoint.get(name)
    return chr(cp) if cp else ""


class TextBuilder:
    """Joins the parts of a work into one text and records each part's segment and chapter."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.segments: list[Segment] = []
        self.chapters: list[Chapter] = []
        self._opened_at: list[int] = []
        self.italics: list[tuple[int, int]] = []

    def open_chapter(self, title: str | None) -> Chapter:
        chapter = Chapter(len(self.chapters) + 1, title, -1, -1)
        self.chapters.append(chapter)
        self._opened_at.append(self.pos)
        return chapter

    def add_story(self, paras: list[str]) -> tuple[int, int] | None:
        """Story text, extending the open chapter (story before any heading opens one)."""
        span = self.add(STORY, paras)
        if span is not None:
            chapter = self.chapters[-1] if self.chapters else self.open_chapter(None)
            if chapter.start < 0:
                chapter.start = span[0]
            chapter.end = span[1]
        return span

    def finish(self, work: Work) -> bool:
        """Put text, segments and chapters on `work`; False when there is no story text."""
        for chapter, at in zip(self.chapters, self._opened_at):
            if chapter.start < 0:  # a chapter without text: an empty span where it stood
                chapter.start = chapter.end = at
        work.text = self.text()
        work.segments = self.segments
        work.chapters = self.chapters
        if self.italics:
            work.layers.put(Markup(tuple(self.italics)))
        return self.has(STORY)

    def add(self, kind: str, paras: list[str]) -> tuple[int, int] | None:
        """Add a part; an empty paragraph between two others widens their gap to two blank lines."""
        pieces: list[str] = []
        italics: list[tuple[int, int]] = []
        at = 0  # length of the part so far
        gap = False
        for p in paras:
            if not p:
                gap = bool(pieces)
                continue
            if pieces:
                sep = "\n\n\n" if gap else "\n\n"
                pieces.append(sep)
                at += len(sep)
            if _OPEN in p or _CLOSE in p:
                p, spans = _take_marks(p)
                italics.extend((at + a, at + b) for a, b in spans)
            pieces.append(p)
            at += len(p)
            gap = False
        if not pieces:
            return None
        if self.pos:
            self.parts.append("\n\n")
            self.pos += 2
        if kind == STORY:
            self.italics.extend((self.pos + a, self.pos + b) for a, b in italics)
        text = "".join(pieces)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        self.segments.append(Segment(start, self.pos, kind))
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)

    def has(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.segments)


def body_of(root: etree._Element) -> etree._Element | None:
    if root.tag == "body":
        return root
    return root.find(".//body")


def read_generic_html(root: etree._Element, data_sha: str, path: str | None) -> Work:
    """Any HTML page: its body text is one story segment; the title from <title> or <h1>."""
    body = body_of(root)
    if body is None:
        raise ReadError(path, BROKEN_HTML)
    meta = Meta()
    title_el = root.find(".//title")
    h1 = body.find(".//h1")
    for el in (h1, title_el):
        if el is not None and text_of(el):
            meta.title = text_of(el)
            break
    lang = root.get("lang")
    meta.language = lang or None
    builder = TextBuilder()
    work = Work(text="", source=Source(path, "html", data_sha), meta=meta)
    builder.add(STORY, story_paragraphs(body))
    if not builder.finish(work):
        raise ReadError(path, BROKEN_HTML)
    work.chapters = []  # one page is one story; the segmenter finds any chapters in it
    return work


__all__ = [
    "SCENE_BREAK",
    "TextBuilder",
    "blocks",
    "paragraphs",
    "parse_html",
    "parse_xhtml",
    "parse_xml",
    "read_generic_html",
    "story_paragraphs",
    "text_of",
]
