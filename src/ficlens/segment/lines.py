"""Units: the lines of a text grouped into paragraph units; marker lines and headings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ficlens.segment.patterns import (
    _DECORATION,
    _HEADING_BARE,
    _HEADING_SEP,
    _HEARTS,
    _LETTER_MARKER,
    _LETTER_RUN,
    _NUMBERED,
    _NUMWORD_ALONE,
    _QUOTE_CHAR,
    _SECTION,
    _SYMBOL_CHARS,
    _WORD_MARKER,
)


@dataclass(slots=True)
class _Unit:
    """A paragraph-sized piece of the text: a paragraph candidate or a marker line."""

    start: int
    end: int
    marker: bool
    lines: int
    gap: int  # newlines between the previous unit and this one
    label: str | None = None  # TITLE | AUTHOR_NOTE | SUMMARY | CHAPTER_HEADING; None = story


# --- units -------------------------------------------------------------------------------

def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end) of each non-blank line, stripped, with the newlines before it and
    whether the line is indented."""
    newlines = 0
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        a, b = strip_span(text, pos, line_end)
        if a < b:
            yield a, b, newlines, a > pos
            newlines = 0
        if nl < 0:
            break
        newlines += 1
        pos = nl + 1


def _units(text: str, start: int, end: int, line_mode: bool) -> list[_Unit]:
    units: list[_Unit] = []
    cur: _Unit | None = None
    first = True
    for a, b, nls, indented in _lines(text, start, end):
        line = text[a:b]
        gap = 2 if first else nls  # a segment's first unit follows a boundary
        first = False
        # "xx" right under "Love, Mum" is a kiss, not a break
        kiss = nls == 1 and cur is not None and not line_mode and line.islower() and _LETTER_RUN.match(line)
        if _is_marker(line) and not kiss:
            units.append(_Unit(a, b, True, 1, gap))
            cur = None
            continue
        # a line right under another continues its paragraph, unless each line is a
        # paragraph or a heading is glued to its neighbour ("Title\nChapter 1\nIt was...")
        if (
            cur is not None
            and nls == 1
            and not line_mode
            and not (cur.lines == 1 and _is_heading(text[cur.start : cur.end]))
            and not indented  # an indented line opens a paragraph in a hard-wrapped text
            and not _is_heading(line)
        ):
            cur.end = b
            cur.lines += 1
            continue
        cur = _Unit(a, b, False, 1, gap)
        units.append(cur)
    return units


def _is_line_mode(text: str) -> bool:
    """True when each line is a paragraph: long blocks of lines that end sentences."""
    lines = blocks = inner = ended = 0
    prev_line = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            prev_line = ""
            continue
        lines += 1
        if prev_line:
            inner += 1
            if prev_line[-1] in ".!?\"”’'…)*":
                ended += 1
        else:
            blocks += 1
        prev_line = line
    if blocks == 0 or lines / blocks < 2.5 or inner == 0:
        return False
    return ended / inner >= 0.5


def _is_marker(line: str) -> bool:
    if len(line) > 60:
        return False
    compact = line.replace(" ", "").replace("\t", "").replace("\ufe0f", "")  # emoji style selector: "❤️"
    if not compact:
        return False
    if _LETTER_RUN.match(line):
        return True
    # "<3<3<3", "♥♥♥": one heart alone is a chat reply more often than a break
    hearts = compact.count("<3") + sum(compact.count(h) for h in _HEARTS)
    if hearts:
        if hearts < 2 and not compact.replace("<3", "").strip("".join(_HEARTS)):
            return False
        compact = compact.replace("<3", "*")
        for h in _HEARTS:
            compact = compact.replace(h, "*")
    if compact.isalpha() and compact[0].isupper() and compact[1:].islower():
        return False  # a word ("Xxx", "Ooo"), not a row of letters
    if all(c in _SYMBOL_CHARS for c in compact):
        letters = [c for c in compact if c in "o0OxX"]
        symbols = len(compact) - len(letters)
        if not letters:
            # dots alone ("...", "…") are a silence more often than a break
            return not all(c in ".…" for c in compact)
        if _LETTER_MARKER.match(line):
            mixed = len(set(letters)) > 1 or any(c in "0" for c in letters)
            return symbols > 0 or (len(letters) >= 3 and mixed)
        return False
    return bool(_WORD_MARKER.match(line))


def _is_heading(line: str) -> bool:
    if len(line) > 120 or _QUOTE_CHAR.match(line):
        return False
    core = line.strip(_DECORATION)
    decorated = core != line
    if core.startswith(("**", "__")):
        core = core.strip("*_ ")
    if not core or not core[0].isupper() and not core[0].isdigit():
        return False
    return bool(
        _HEADING_SEP.match(core)
        or _HEADING_BARE.match(core)
        or _SECTION.match(core)
        or _NUMBERED.match(core)
        or (decorated and _NUMWORD_ALONE.match(core))
    )


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with surrounding whitespace removed (shared with the report and gold builder)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
