"""AO3 "Download" HTML, and the same structure inside AO3's calibre-made EPUBs.

The walker keys on what survives calibre (ids `preface`, `chapters`, `afterword`,
`endnotes`, `endnotesN`; classes `tags`, `byline`, `heading`, `toc-heading`;
`blockquote` after a "Summary"/"Notes" label), never on `div.meta` or `div.userstuff`
classes that calibre renames, so one walker reads both formats. Layout reference:
`../shared/data/ao3/README.md` (otwarchive `app/views/downloads/`).

Text order: title, summary, work notes, then per chapter its heading, chapter summary,
chapter notes, story text and chapter end notes, then the work's end notes.

`read_ao3_page` reads the other AO3 layout a user may have: the work's web page saved
from the browser (otwarchive `works/show`, `works/_meta`, `chapters/_chapter`): tags in
`dl.work.meta`, the work inside `#workskin` (`h2.title`, `h3.byline`, `div.summary.module`,
`div.notes.module`, `#chapters > div.chapter` with `h3.title` and `div.userstuff`, the
afterword's `#work_endnotes`). Menus, kudos and comments outside `#workskin` are left out.
"""

from __future__ import annotations

import re

from lxml import etree

from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, SUMMARY, TITLE, Meta, Work
from ficlens.read.html import TextBuilder, has_class, paragraphs, story_paragraphs, text_of

__all__ = ["chapter_title", "is_ao3", "is_ao3_page", "read_ao3", "read_ao3_page"]

# The label paragraph before a <blockquote class="userstuff">, and the segment it makes.
_LABELS = {
    "summary": SUMMARY,
    "notes": AUTHOR_NOTE,
    "chapter summary": SUMMARY,
    "chapter notes": AUTHOR_NOTE,
    "chapter end notes": AUTHOR_NOTE,
    "end notes": AUTHOR_NOTE,
}
# dt label (lower case, no colon, singular) -> where its tags go
_TAG_FIELDS = {
    "rating": "rating",
    "archive warning": "warnings",
    "category": "categories",
    "categorie": "categories",
    "fandom": "fandoms",
    "relationship": "relationship",
    "character": "character",
    "additional tag": "freeform",
}
_STAT = re.compile(r"([A-Z][A-Za-z ]*?):\s*(\S+)")
_COUNT_STATS = frozenset(("words", "kudos", "hits", "comments", "bookmarks"))
_CHAPTER_PREFIX = re.compile(r"^\s*chapter\s+\d+\s*(?::\s*(.*\S))?\s*$", re.I | re.S)
_WORK_URL = re.compile(r"archiveofourown\.org/works/\d+")


def is_ao3(root: etree._Element) -> bool:
    """An AO3 download: a #preface or #chapters block, and the tag list or the AO3 message.

    A page cut off before its chapters still counts, so it fails as broken rather than
    being read as a generic page whose "story" is the preface.
    """
    if not root.xpath("//*[@id='chapters' or @id='preface']"):
        return False
    if root.xpath("//dl[contains(concat(' ', normalize-space(@class), ' '), ' tags ')]"):
        return True
    return any("Archive of Our Own" in text_of(p) for p in root.iter("p") if has_class(p, "message"))


def read_ao3(root: etree._Element, work: Work) -> bool:
    """Fill `work` (text, segments, chapters, meta) from an AO3 tree; False if no story text."""
    meta = work.meta
    builder = TextBuilder()
    prefaces = root.xpath("//*[@id='preface']")

    for dl in root.xpath("//dl[contains(concat(' ', normalize-space(@class), ' '), ' tags ')]")[:1]:
        _read_tags(dl, meta)
    for pre in prefaces:
        for p in pre.iter("p"):
            if has_class(p, "message") and meta.url is None:
                for a in p.iter("a"):
                    if _WORK_URL.search(a.get("href") or ""):
                        meta.url = a.get("href")
                        break
        for h1 in pre.iter("h1"):
            meta.title = meta.title or text_of(h1)
        for el in pre.iter("div", "p"):
            if has_class(el, "byline") and not meta.authors:
                meta.authors = _authors(el)

    if meta.title:
        builder.add(TITLE, [meta.title])
    for pre in prefaces:
        _add_labelled(pre, builder, meta)

    for block in root.xpath("//*[@id='chapters']"):
        for child in block:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "h2":  # a one-chapter work's hidden toc-heading
                builder.open_chapter(text_of(child) or None)
            elif (child.get("id") or "").startswith("endnotes"):
                _add_labelled(child, builder, meta)
            elif (heading := _chapter_heading(child)) is not None:
                heading_text = text_of(heading)
                builder.open_chapter(chapter_title(heading_text))
                builder.add(CHAPTER_HEADING, [heading_text])
                _add_labelled(child, builder, meta)
            else:
                builder.add_story(story_paragraphs(child))

    for endnotes in root.xpath("//*[@id='endnotes']"):
        _add_labelled(endnotes, builder, meta)

    has_story = builder.finish(work)
    if not meta.title:
        title = root.find(".//title")
        meta.title = text_of(title).split(" - ")[0] if title is not None else None
    return has_story


def chapter_title(heading: str) -> str | None:
    """'Chapter 3: Conversations' -> 'Conversations'; 'Chapter 2' -> None; else the heading."""
    m = _CHAPTER_PREFIX.match(heading)
    if m:
        return m.group(1)
    return heading.strip() or None


def _chapter_heading(el: etree._Element) -> etree._Element | None:
    if el.tag == "h2" or el.tag in ("script", "style"):
        return None
    for h in el.iter("h2"):
        if has_class(h, "heading"):
            return h
    return None


def _add_labelled(container: etree._Element, builder: TextBuilder, meta: Meta) -> None:
    """Each "Summary"/"Notes"/... label followed by its blockquote, in document order."""
    for p in container.iter("p"):
        parent = p.getparent()
        if parent is not None and parent.tag == "blockquote":
            continue
        kind = _LABELS.get(text_of(p).lower())
        if kind is None:
            continue
        quote = p.getnext()
        while quote is not None and not isinstance(quote.tag, str):
            quote = quote.getnext()
        if quote is not None and quote.tag == "blockquote":
            _add_quote(kind, quote, builder, meta)


def _add_quote(kind: str, quote: etree._Element, builder: TextBuilder, meta: Meta) -> None:
    """A summary or notes blockquote: a segment, and the work's summary or one of its notes."""
    paras = [t for t in paragraphs(quote) if t]
    if builder.add(kind, paras) is None:
        return
    joined = "\n\n".join(paras)
    if kind == SUMMARY:
        meta.summary = meta.summary or joined
    else:
        meta.notes.append(joined)


def _authors(byline: etree._Element) -> list[str]:
    names = [text_of(a) for a in byline.iter("a") if a.get("rel") == "author"]
    if names:
        return [n for n in names if n]
    text = text_of(byline)
    text = text[3:] if text.lower().startswith("by ") else text
    return [n.strip() for n in re.split(r",| and ", text) if n.strip()]


def _read_tags(dl: etree._Element, meta: Meta) -> None:
    label = None
    for el in dl:
        if el.tag == "dt":
            label = text_of(el).rstrip(":").strip().lower()
        elif el.tag == "dd" and label:
            _one_tag_field(label, el, meta)
            label = None


def _one_tag_field(label: str, dd: etree._Element, meta: Meta) -> None:
    singular = label[:-1] if label.endswith("s") else label
    values = [text_of(a) for a in dd.iter("a")] or [v.strip() for v in text_of(dd).split(", ")]
    values = [v for v in values if v]
    target = _TAG_FIELDS.get(singular) or _TAG_FIELDS.get(label)
    if target == "rating":
        meta.rating = ", ".join(values) or None
    elif target in ("warnings", "categories", "fandoms"):
        getattr(meta, target).extend(values)
    elif target:
        meta.tags.setdefault(target, []).extend(values)
    elif label == "language":
        meta.language = text_of(dd) or None
    elif label == "stats":
        meta.stats.update(_stats(text_of(dd)))
    elif label in ("series", "collections", "collection"):
        key = "collections" if label.startswith("collection") else "series"
        meta.stats.setdefault(key, []).extend(
            [text_of(dd)] if key == "series" else values
        )


def _stats(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in _STAT.findall(text):
        key = key.strip().lower()
        if key in _COUNT_STATS:
            try:
                out[key] = int(value.replace(",", ""))
            except ValueError:
                out[key] = value
        else:
            out[key] = value
    return out


def _has_classes(*names: str) -> str:
    return " and ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names)


_WORK_META = f"//dl[{_has_classes('work', 'meta')}]"
# dd class on the work page -> the label the download uses for the same tags
_PAGE_LABELS = {
    "rating": "rating",
    "warning": "archive warning",
    "category": "category",
    "fandom": "fandom",
    "relationship": "relationship",
    "character": "character",
    "freeform": "additional tags",
    "language": "language",
    "series": "series",
    "collections": "collections",
}


def is_ao3_page(root: etree._Element) -> bool:
    """An AO3 work page saved from the browser: `#workskin` and the `dl.work.meta` tag list."""
    return bool(root.xpath("//*[@id='workskin']")) and bool(root.xpath(_WORK_META))


def read_ao3_page(root: etree._Element, work: Work) -> bool:
    """Fill `work` from a saved AO3 work page; False if no story text."""
    meta = work.meta
    builder = TextBuilder()
    for dl in root.xpath(_WORK_META)[:1]:
        _read_page_tags(dl, meta)
    skin = root.xpath("//*[@id='workskin']")[0]
    for link in root.xpath("//link[@rel='canonical']"):
        if _WORK_URL.search(link.get("href") or ""):
            meta.url = link.get("href")
    for h2 in skin.xpath(f".//h2[{_has_classes('title')}]")[:1]:
        meta.title = text_of(h2) or None
    for byline in skin.xpath(f".//h3[{_has_classes('byline')}]")[:1]:
        meta.authors = _authors(byline)
    if meta.title:
        builder.add(TITLE, [meta.title])
    for preface in skin.xpath(f"./div[{_has_classes('preface')}][not({_has_classes('afterword')})]")[:1]:
        _add_modules(preface, builder, meta)

    for block in skin.xpath(".//*[@id='chapters']"):
        chapter_divs = [c for c in block if isinstance(c.tag, str) and (c.get("id") or "").startswith("chapter-")]
        if not chapter_divs:  # a one-chapter work: the text sits in #chapters itself
            builder.open_chapter(meta.title)
            chapter_divs = [block]
        for chapter in chapter_divs:
            for child in chapter:
                if not isinstance(child.tag, str):
                    continue
                if has_class(child, "preface"):
                    for h3 in child.xpath(f"./h3[{_has_classes('title')}]")[:1]:
                        heading_text = text_of(h3)
                        builder.open_chapter(chapter_title(heading_text))
                        builder.add(CHAPTER_HEADING, [heading_text])
                    _add_modules(child, builder, meta)
                elif has_class(child, "userstuff"):
                    for landmark in child.xpath(f"./h3[{_has_classes('landmark')}]"):
                        drop_element(landmark)
                    builder.add_story(story_paragraphs(child))

    for afterword in skin.xpath(f".//div[{_has_classes('afterword')}]"):
        _add_modules(afterword, builder, meta)
    return builder.finish(work)


def _add_modules(container: etree._Element, builder: TextBuilder, meta: Meta) -> None:
    """The summary and notes modules in a preface, in document order."""
    for div in container.iter("div"):
        classes = (div.get("class") or "").split()
        if "module" not in classes or not ("summary" in classes or "notes" in classes):
            continue
        quote = div.find("blockquote")
        if quote is not None:
            _add_quote(SUMMARY if "summary" in classes else AUTHOR_NOTE, quote, builder, meta)


def _read_page_tags(dl: etree._Element, meta: Meta) -> None:
    for dd in dl:
        if dd.tag != "dd":
            continue
        classes = (dd.get("class") or "").split()
        if not classes:
            continue
        if classes[0] == "stats":
            meta.stats.update(_stats(" ".join(t.strip() for t in dd.itertext() if t.strip())))
        elif classes[0] in _PAGE_LABELS:
            _one_tag_field(_PAGE_LABELS[classes[0]], dd, meta)


def drop_element(el: etree._Element) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
