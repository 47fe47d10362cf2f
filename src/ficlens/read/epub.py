"""EPUB: container.xml -> OPF -> spine order, read safely.

Three layouts:
- AO3 (calibre-made from the AO3 HTML; split files, renamed classes, surviving ids):
  the spine bodies are joined into one tree and read by `ficlens.read.ao3`, so the
  EPUB gives the same meta, segments and chapters as the matching HTML download.
- FanFicFare (`body.fff_titlepage` with `<b>Label:</b> value` lines, chapters in
  `body.fff_chapter` with `h3.fff_chapter_title`; table of contents and update log
  pages skipped).
- Anything else: spine bodies in order, h1-h3 as chapter headings (a first heading equal
  to the book title is the title); without headings each spine document is a chapter.

Zip bombs are refused before decompressing (declared sizes and ratios) and reads are
capped (members may lie about their size). Every failure is a `ReadError`.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from urllib.parse import unquote

from lxml import etree

from ficlens.model import CHAPTER_HEADING, SUMMARY, TITLE, Meta, Work
from ficlens.read import ao3
from ficlens.read.errors import (
    EPUB_BAD_XML,
    EPUB_DAMAGED,
    EPUB_NO_CONTAINER,
    EPUB_NO_OPF,
    EPUB_NO_TEXT,
    EPUB_NOT_ZIP,
    EPUB_SPINE_MISSING,
    MAX_BYTES,
    ZIP_BOMB,
    ZIP_ERRORS,
    ReadError,
    format_size,
)
from ficlens.read.html import (
    HEADING_TAGS,
    TextBuilder,
    blocks,
    body_of,
    has_class,
    paragraphs,
    parse_html,
    parse_xhtml,
    parse_xml,
    story_paragraphs,
    text_of,
)

__all__ = ["MAX_MEMBERS", "MAX_RATIO", "MAX_UNPACKED", "read_epub"]

MAX_UNPACKED = MAX_BYTES  # bytes, all members together (the default; `max_bytes` overrides)
MAX_RATIO = 200  # uncompressed : compressed, checked on members over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000
_CONTENT_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/xml")


class _Archive:
    """A zip opened only after its declared sizes pass, with a cap on the bytes read."""

    def __init__(self, data: bytes, path: str | None, max_bytes: int | None = None) -> None:
        self.path = path
        limit = MAX_UNPACKED if max_bytes is None else max_bytes
        if limit <= 0:  # no limit asked for: the zip's own bounds
            limit = 1 << 62
        self.bomb = ZIP_BOMB.format(limit=format_size(limit))
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except ZIP_ERRORS:
            raise ReadError(path, EPUB_NOT_ZIP) from None
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > limit:
            raise ReadError(path, self.bomb)
        for i in infos:
            if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise ReadError(path, self.bomb)
        self.names = {i.filename: i for i in infos}
        self.folded = {name.lower(): name for name in self.names}
        self.budget = limit

    def find(self, name: str) -> str | None:
        if name in self.names:
            return name
        return self.folded.get(name.lower())

    def read(self, name: str) -> bytes:
        info = self.names[name]
        if info.file_size > self.budget:
            raise ReadError(self.path, self.bomb)
        try:
            with self.zip.open(info) as f:
                data = f.read(info.file_size + 1)
        except ZIP_ERRORS:
            raise ReadError(self.path, EPUB_DAMAGED.format(name=name)) from None
        if len(data) > info.file_size:  # more than declared, or past the budget
            raise ReadError(self.path, self.bomb)
        self.budget -= len(data)
        return data


def read_epub(data: bytes, work: Work, max_bytes: int | None = None) -> Work:
    """`max_bytes` caps the unpacked size (None: `MAX_UNPACKED`; 0 or less: no cap)."""
    path = work.source.path
    archive = _Archive(data, path, max_bytes)
    opf_name = _rootfile(archive)
    opf = parse_xml(archive.read(opf_name))
    if opf is None:
        raise ReadError(path, EPUB_BAD_XML.format(name=opf_name))
    _opf_meta(opf, work.meta)
    bodies = [body for body in _spine_bodies(archive, opf, opf_name) if body is not None]

    if any(ao3.is_ao3(b) for b in bodies):  # the preface file holds #preface and the tag list
        opf_meta = work.meta
        work.meta = Meta()
        ok = ao3.read_ao3(_joined(bodies), work)
        _fill_missing(work.meta, opf_meta)
        if not ok:
            raise ReadError(path, EPUB_NO_TEXT)
        return work
    fff = any(c.startswith("fff_") for b in bodies for c in (b.get("class") or "").split())
    builder = TextBuilder()
    (_read_fanficfare if fff else _read_generic)(bodies, work.meta, builder)
    if not builder.finish(work):
        raise ReadError(path, EPUB_NO_TEXT)
    return work


def _rootfile(archive: _Archive) -> str:
    container = archive.find("META-INF/container.xml")
    if container is None:
        raise ReadError(archive.path, EPUB_NO_CONTAINER)
    root = parse_xml(archive.read(container))
    if root is None:
        raise ReadError(archive.path, EPUB_BAD_XML.format(name="META-INF/container.xml"))
    for el in root.iter("rootfile"):
        full = el.get("full-path")
        if full and (el.get("media-type") or "application/oebps-package+xml").endswith("package+xml"):
            name = archive.find(unquote(full))
            if name is None:
                raise ReadError(archive.path, EPUB_NO_OPF.format(name=full))
            return name
    raise ReadError(archive.path, EPUB_NO_OPF.format(name="(none named)"))


def _spine_bodies(archive: _Archive, opf: etree._Element, opf_name: str) -> Iterator[etree._Element | None]:
    base = posixpath.dirname(opf_name)
    manifest = {}
    for item in opf.iter("item"):
        manifest[item.get("id")] = item
    itemrefs = list(opf.iter("itemref"))
    if not itemrefs:
        raise ReadError(archive.path, EPUB_NO_TEXT)
    for ref in itemrefs:
        if ref.get("linear") == "no":
            continue
        item = manifest.get(ref.get("idref"))
        if item is None or not item.get("href"):
            raise ReadError(archive.path, EPUB_SPINE_MISSING.format(name=ref.get("idref")))
        href = unquote(item.get("href").split("#", 1)[0])
        media = item.get("media-type") or ""
        if media and media not in _CONTENT_TYPES:
            continue  # an image or other non-text page in the spine
        if "nav" in (item.get("properties") or "").split():
            continue
        name = archive.find(posixpath.normpath(posixpath.join(base, href)))
        if name is None:
            raise ReadError(archive.path, EPUB_SPINE_MISSING.format(name=href))
        root = parse_xhtml(archive.read(name))
        yield body_of(root) if root is not None else None


def _joined(bodies: list[etree._Element]) -> etree._Element:
    """One tree holding every spine body's children in order (AO3 ids repeat across splits)."""
    root = etree.Element("html")
    body = etree.SubElement(root, "body")
    for b in bodies:
        if b.text and b.text.strip():
            etree.SubElement(body, "div").text = b.text
        for child in list(b):
            body.append(child)
    return root


def _opf_meta(opf: etree._Element, meta: Meta) -> None:
    for el in opf.iter("title"):
        meta.title = meta.title or text_of(el) or None
    meta.authors = [text_of(el) for el in opf.iter("creator") if text_of(el)]
    for el in opf.iter("language"):
        meta.language = meta.language or text_of(el) or None
    for el in opf.iter("description"):
        summary = _html_text("".join(el.itertext()))
        meta.summary = meta.summary or summary or None
    subjects = [text_of(el) for el in opf.iter("subject") if text_of(el)]
    meta.tags["freeform"] = [s for s in subjects if s != "Fanworks"]
    for el in opf.iter("source", "identifier"):
        value = text_of(el)
        if value.startswith(("http://", "https://")):
            meta.url = meta.url or value


def _fill_missing(meta: Meta, opf_meta: Meta) -> None:
    meta.title = meta.title or opf_meta.title
    meta.authors = meta.authors or opf_meta.authors
    meta.language = meta.language or opf_meta.language
    meta.summary = meta.summary or opf_meta.summary


def _html_text(markup: str) -> str:
    """The text of an HTML fragment (dc:description holds escaped markup)."""
    if "<" not in markup:
        return " ".join(markup.split())
    root = parse_html(("<html><body>" + markup + "</body></html>").encode("utf-8"))
    return "\n\n".join(paragraphs(root)) if root is not None else ""


def _read_generic(bodies: list[etree._Element], meta: Meta, builder: TextBuilder) -> None:
    docs = [blocks(b, HEADING_TAGS, marks=True) for b in bodies]
    if not any(h for doc in docs for h, _ in doc):
        for doc in docs:  # no headings: each spine document with text is a chapter
            paras = [t for _, t in doc]
            if any(paras):
                builder.open_chapter(None)
                builder.add_story(paras)
        return
    flat = [b for doc in docs for b in doc]
    if flat and flat[0][0] and meta.title and flat[0][1].casefold() == meta.title.casefold():
        builder.add(TITLE, [flat[0][1]])
        flat = flat[1:]
    _chapters_from_blocks(flat, builder)


def _chapters_from_blocks(flat: list[tuple[bool, str]], builder: TextBuilder) -> None:
    """Headings open chapters (consecutive headings share one); text between is story."""
    run: list[str] = []
    heading_open = False
    for is_heading, text in flat:
        if is_heading:
            builder.add_story(run)
            run = []
            if heading_open:
                prev = builder.chapters[-1]
                prev.title = f"{prev.title}: {text}" if prev.title else text
            else:
                builder.open_chapter(ao3.chapter_title(text))
            builder.add(CHAPTER_HEADING, [text])
            heading_open = True
        else:
            run.append(text)
            heading_open = False
    builder.add_story(run)


# FanFicFare title-page label (lower case) -> Meta field or tag type
_FFF_FIELDS = {
    "category": "fandoms",
    "fandoms": "fandoms",
    "genre": "freeform",
    "extra tags": "freeform",
    "characters": "character",
    "relationships": "relationship",
    "warnings": "warnings",
    "rating": "rating",
    "language": "language",
    "summary": "summary",
    "description": "summary",
}
_FFF_STATS = {"published", "updated", "packaged", "created", "status", "chapters", "words"}


def _read_fanficfare(bodies: list[etree._Element], meta: Meta, builder: TextBuilder) -> None:
    chapter_bodies = []
    for body in bodies:
        classes = (body.get("class") or "").split()
        if "fff_titlepage" in classes:
            _fff_title_page(body, meta)
        elif "fff_chapter" in classes:
            chapter_bodies.append(body)
    if meta.title:
        builder.add(TITLE, [meta.title])
    if meta.summary:
        builder.add(SUMMARY, meta.summary.split("\n\n"))
    flat: list[tuple[bool, str]] = []
    for body in chapter_bodies:
        for h3 in body.iter("h3"):
            if has_class(h3, "fff_chapter_title"):
                flat.append((True, text_of(h3)))
                ao3.drop_element(h3)
                break
        flat.extend((False, t) for t in story_paragraphs(body))
    _chapters_from_blocks(flat, builder)


def _fff_title_page(body: etree._Element, meta: Meta) -> None:
    # The title page types its tags; the OPF's untyped dc:subject list would repeat them.
    meta.tags = {"relationship": [], "character": [], "freeform": []}
    h3 = body.find(".//h3")
    if h3 is not None:
        links = list(h3.iter("a"))
        if links:
            meta.title = text_of(links[0]) or meta.title
            meta.url = links[0].get("href") or meta.url
            authors = [text_of(a) for a in links[1:] if text_of(a)]
            if authors:
                meta.authors = authors
    for b in body.iter("b"):
        label = text_of(b).rstrip(":").strip().lower()
        value = _fff_value(b)
        if not value:
            continue
        target = _FFF_FIELDS.get(label)
        items = [v.strip() for v in value.split(", ") if v.strip()]
        if target == "summary":
            meta.summary = value
        elif target == "rating":
            meta.rating = value
        elif target == "language":
            meta.language = value
        elif target in ("fandoms", "warnings"):
            setattr(meta, target, items)
        elif target:  # Genre and Extra Tags both add freeform tags
            meta.tags[target] = meta.tags.get(target, []) + items
        elif label in _FFF_STATS:
            digits = value.replace(",", "")
            meta.stats[label] = int(digits) if label == "words" and digits.isdigit() else value


def _fff_value(b: etree._Element) -> str:
    """The text after `<b>Label:</b>` up to the next <br> or label (or the next table cell)."""
    parts = [b.tail or ""]
    for sib in b.itersiblings():
        if not isinstance(sib.tag, str):
            parts.append(sib.tail or "")
            continue
        if sib.tag in ("br", "b"):
            break
        parts.append("".join(sib.itertext()) + (sib.tail or ""))
    value = " ".join("".join(parts).split())
    if not value:
        cell = b.getparent()
        if cell is not None and cell.tag == "td":
            nxt = cell.getnext()
            if nxt is not None and nxt.tag == "td":
                value = text_of(nxt)
    return value
