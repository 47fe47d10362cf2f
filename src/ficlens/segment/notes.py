"""Labels: author's notes (at the ends, around headings, inline `A/N:`), titles and subtitles."""

from __future__ import annotations

import re

from ficlens.model import (
    AUTHOR_NOTE,
    CHAPTER_HEADING,
    SUMMARY,
    TITLE,
)
from ficlens.segment.lines import _is_heading, _Unit
from ficlens.segment.patterns import (
    _BYLINE,
    _DISCLAIMER,
    _MAX_NOTE_PARAS,
    _NOTE_PARA_WORDS,
    _NOTE_START,
    _QUOTE_CHAR,
    _STRONG_CUE,
    _WEAK_CUE,
    PROMPT_QUOTE,
    fan_cues,
)

# --- labels --------------------------------------------------------------------------------


def _label(text: str, units: list[_Unit]) -> None:
    """Mark title, headings and notes; everything left unlabelled is story."""
    texts = [i for i, u in enumerate(units) if not u.marker]
    if not texts:
        return
    get = lambda i: text[units[i].start : units[i].end]  # noqa: E731

    headings = [i for i in texts if units[i].lines == 1 and _is_heading(get(i))]
    for i in headings:
        units[i].label = CHAPTER_HEADING
    # the short title line under a heading ("CHAPTER I" / "In Chancery") is part of it
    for i in headings:
        j = _next_text(units, i)
        if j is not None and units[j].label is None and _is_subtitle(get(j)) and not _note_start(get(j)):
            units[j].label = CHAPTER_HEADING

    # the front: title, then headings and notes in any order
    pos: int | None  # the title and byline move it on, maybe past the last unit
    pos = texts[0]
    first_lines = get(pos).split("\n")
    if len(first_lines) == 2 and _BYLINE.match(first_lines[1].strip()) and _is_title(first_lines[0].strip()):
        units[pos].label = TITLE  # "Title\nby author" glued together
        pos = _next_text(units, pos)
    elif units[pos].label is None and _is_title(get(pos)) and len(texts) >= 4:
        units[pos].label = TITLE
        nxt = _next_text(units, pos)
        if nxt is not None and _BYLINE.match(get(nxt)):
            units[nxt].label = TITLE
            pos = nxt
        pos = _next_text(units, pos)
    front_end = _scan_notes_forward(text, units, pos, at_front=True)

    # after each heading group: a note that opens clearly
    for i in headings:
        j = _next_text(units, i)
        while j is not None and units[j].label == CHAPTER_HEADING:
            j = _next_text(units, j)
        if j is not None:
            _scan_notes_forward(text, units, j, at_front=False)

    # the back, and before each heading: notes found backwards
    _scan_notes_backward(text, units, len(units) - 1, floor=front_end)
    for i in headings:
        if units[i].label == CHAPTER_HEADING:
            j = i - 1
            while j >= 0 and units[j].label == CHAPTER_HEADING:
                j -= 1
            _scan_notes_backward(text, units, j, floor=front_end)

    _mark_inline_notes(text, units)


# An explicit label that opens a note anywhere in a chapter: "A/N: sorry for the wait!",
# "(A/N: ...)", "[AN: ...]", "**Author's Note:** ...". "Author's note" needs a colon or a
# bracket after it, so prose about an author's notes stays story.
_INLINE_NOTE = re.compile(
    r"(?i)^[(\[*_~]{0,3}\s*(?:a/n\b|a\.n\.|a\.n\s*:|an\s*:|author'?s'?\s*notes?\s*[*_]{0,2}\s*[:)\]\-–—])"
)


def _mark_inline_notes(text: str, units: list[_Unit]) -> None:
    """Label notes between story paragraphs: a paragraph opening with an explicit A/N
    label, and the note paragraphs right after it."""
    i = 0
    while i < len(units):
        u = units[i]
        i += 1
        if u.marker or u.label is not None or not _is_inline_note(_t(text, u)):
            continue
        u.label = AUTHOR_NOTE
        count = 1
        close = _bracket_close(text, units, i - 1)
        # the note goes on to its closing bracket, while paragraphs say what only a note
        # says ("Thanks for reading!"), or with a note word up to a separator line
        # ("Enjoy!" / "***"); two note words alone are not enough inside a chapter
        # ("She was sorry she had read the story.")
        while i < len(units) and count < _MAX_NOTE_PARAS:
            v = units[i]
            if v.marker or v.label is not None:
                break
            para = _t(text, v)
            if not (i <= close or (_looks_like_note(para) and _STRONG_CUE.search(para))
                    or (_WEAK_CUE.search(para) and _closed_by_marker(text, units, i))):
                break
            v.label = AUTHOR_NOTE
            count += 1
            i += 1


def _bracket_close(text: str, units: list[_Unit], pos: int) -> int:
    """The unit that closes a note opened with an unclosed bracket ("(A/N: ..." ... ")"),
    within a few short paragraphs; -1 when there is none."""
    opening = _t(text, units[pos])
    closer = {"(": ")", "[": "]"}.get(opening[0])
    if closer is None or opening[-1] == closer:
        return -1
    for j in range(pos + 1, min(pos + 4, len(units))):
        para = _t(text, units[j])
        if units[j].marker or units[j].label is not None or len(para.split()) > _NOTE_PARA_WORDS or _QUOTE_CHAR.match(para):
            return -1  # a separator, a heading, a long paragraph or a line of dialogue
        if para[-1] == closer:
            return j
    return -1


def _closed_by_marker(text: str, units: list[_Unit], pos: int) -> bool:
    """Short quote-free paragraphs from `pos` up to a separator line within three units."""
    for j in range(pos, min(pos + 3, len(units))):
        if units[j].marker:
            return True
        para = _t(text, units[j])
        if units[j].label is not None or len(para.split()) > 40 or _QUOTE_CHAR.search(para):
            return False
    return False


# A postscript is a note only when it talks as notes do ("P.S. Sorry this chapter is
# late"): a letter in the story ends on one too ("P.S. Burn this.").
_POSTSCRIPT = re.compile(r"(?i)^[(\[*_~]{0,3}\s*p\.?\s?(?:p\.?\s?)?s\b\.?\s*[:.\-–—]?")
# Replies to reviewers: "Reply to Starlight22:", "Review replies:", "To the guest who asked..."
_REVIEW_REPLY = re.compile(
    r"(?i)^[(\[*_~]{0,3}\s*(?:(?:review(?:er)?s?\s+)?repl(?:y|ies)\s+(?:to\s+)?(?:reviews?|reviewers?|comments?|guests?|\S+\s*:)"
    r"|review(?:er)?\s+(?:replies|responses|corner)\b|(?:to\s+)?(?:the|my|a)\s+guest(?:\s+reviewer)?\s+(?:who\b|:)"
    r"|guest\s+reviewer\b)"
)


def _is_inline_note(para: str) -> bool:
    if len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _POSTSCRIPT.match(para):
        return not _QUOTE_CHAR.search(para) and bool(_STRONG_CUE.search(para) or _WEAK_CUE.search(para))
    if not (_INLINE_NOTE.match(para) or _REVIEW_REPLY.match(para)):
        return False
    # dialogue inside a note only when the whole note is bracketed: "(A/N: ...)"
    return not _QUOTE_CHAR.search(para) or (para[0] in "([" and para[-1] in ")]")


def _next_text(units: list[_Unit], i: int | None) -> int | None:
    if i is None:
        return None
    for j in range(i + 1, len(units)):
        if not units[j].marker:
            return j
    return None


def _scan_notes_forward(text: str, units: list[_Unit], pos: int | None, at_front: bool) -> int:
    """Label the notes (and, at the front, headings) from `pos`; return the first unit after."""
    count = 0
    in_note = False
    by_cues = False  # the block was opened by fan cues alone: it goes on only on such cues
    while pos is not None and pos < len(units):
        u = units[pos]
        if u.marker:
            in_note = False  # a separator line closes a note block
            pos += 1
            continue
        line = text[u.start : u.end]
        if u.label == CHAPTER_HEADING:
            if not at_front:
                break
            in_note = False
            pos += 1
            continue
        if u.label is not None:
            break
        start = _note_start(line) or (_looks_like_note(line) and _STRONG_CUE.search(line) and AUTHOR_NOTE)
        if start:
            kind = start
            by_cues = False
        elif _fan_note(line) and _next_text(units, pos) is not None:
            kind = AUTHOR_NOTE
            by_cues = not in_note or by_cues
        elif in_note and not by_cues and count < _MAX_NOTE_PARAS and _continues_note(text, units, pos):
            before = units[pos - 1].label
            kind = before if before in (AUTHOR_NOTE, SUMMARY) else AUTHOR_NOTE
        else:
            break
        u.label = kind
        in_note = True
        count += 1
        pos += 1
    return pos if pos is not None else len(units)


def _scan_notes_backward(text: str, units: list[_Unit], pos: int, floor: int) -> None:
    """Label note paragraphs going back from `pos` (the end of the text or of a chapter)."""
    while pos >= floor and pos >= 0 and units[pos].marker:
        pos -= 1
    found: list[int] = []
    while pos >= floor and pos >= 0 and len(found) < _MAX_NOTE_PARAS:
        u = units[pos]
        if u.marker or u.label is not None:
            break
        line = text[u.start : u.end]
        if not (_note_start(line) or _looks_like_note(line) or _fan_note(line)):
            break
        found.append(pos)
        pos -= 1
    # a block of weak-cue paragraphs needs one clear cue or opening somewhere in it
    if found and any(_note_start(p) or _STRONG_CUE.search(p) or _fan_note(p) for p in (_t(text, units[i]) for i in found)):
        for i in found:
            units[i].label = _note_start(_t(text, units[i])) or AUTHOR_NOTE


def _t(text: str, u: _Unit) -> str:
    return text[u.start : u.end]


def _note_start(para: str) -> str | None:
    """The segment kind when a paragraph opens as a note does, else None."""
    if len(para.split()) > _NOTE_PARA_WORDS:
        return None
    m = _NOTE_START.match(para)
    if m:
        if m.group("summary"):
            return SUMMARY
        if m.group("title"):
            return TITLE if "\n" not in para else AUTHOR_NOTE
        return AUTHOR_NOTE
    if _DISCLAIMER.search(para) and not _QUOTE_CHAR.search(para):
        return AUTHOR_NOTE
    return None


def _looks_like_note(para: str) -> bool:
    """No dialogue, and one phrase only a note uses or two words notes use a lot."""
    if _QUOTE_CHAR.search(para) or len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _STRONG_CUE.search(para):
        return True
    return len({m.group().lower() for m in _WEAK_CUE.finditer(para)}) >= 2


_FAN_NOTE_WORDS = 120


def _fan_note(para: str) -> bool:
    """A short paragraph with two kinds of fan-fiction note convention, or one and a
    note's tone ("!!", "idk"); three, tone aside, when it holds a quotation other than a
    prompt's (a story paragraph can quote a "lol!!"); never one that opens with a
    quotation mark."""
    if len(para.split()) > _FAN_NOTE_WORDS or _QUOTE_CHAR.match(para):
        return False
    kinds, tone = fan_cues(para)
    if _QUOTE_CHAR.search(para) and not PROMPT_QUOTE.search(para):
        return kinds >= 3
    return kinds >= 2 or (kinds == 1 and tone)


def _continues_note(text: str, units: list[_Unit], pos: int) -> bool:
    """Inside a note block: a paragraph with a note word, or one closed by a separator line."""
    para = _t(text, units[pos])
    if _QUOTE_CHAR.search(para) or len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _STRONG_CUE.search(para) or _WEAK_CUE.search(para):
        return True
    # short lines up to a separator ("A/N ...", "Enjoy!", "***") belong to the note
    for j in range(pos, min(pos + 3, len(units))):
        u = units[j]
        if u.marker:
            return True
        if len(_t(text, u).split()) > 40 or _QUOTE_CHAR.search(_t(text, u)):
            return False
    return False


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 15
        and len(line) <= 100
        and "\n" not in line
        and not _QUOTE_CHAR.match(line)
        and line[-1] not in ".,;:"
        and not _note_start(line)
        and not _is_heading(line)
        # AO3 titles are often all lower case ("the spare room"); a lower-case line is a
        # title only with no stop at its end, so a short opening sentence stays story
        and (line[0].isupper() or line[0].isdigit() or not line[0].isalpha() or line[-1] not in "!?…")
    )


def _is_subtitle(line: str) -> bool:
    words = line.split()
    if not 0 < len(words) <= 10 or len(line) > 70 or "\n" in line or _QUOTE_CHAR.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if line.isupper():
        return True
    return line[-1] not in ".,;:!?"
