"""Quotation marks: telling an opening mark from a closing one, and a quote from an apostrophe.

Each mark is judged by its neighbours only (one character either side), so a paragraph
is read in a single pass. Straight marks are judged like curly ones: `"` after a space
opens, before a space closes. For single marks the trouble is the apostrophe:

- between letters it is always an apostrophe (`don't`, `o'clock`);
- after a space before an elided word (`'em`, `'tis`, `'90s`, `'n'`) it is *elided*:
  an apostrophe unless a closer later in the paragraph shows it opened a quote
  (`'Course not,' he said.`);
- after a letter and before a space it is *weak*: it may close a quote (`‘I wonder’`)
  or be a possessive or dropped letter (`the Blakes'`, `goin'`), and is used as a
  closer only when no *strong* closer (after punctuation: `‘Yes,’`) comes first.
"""

from __future__ import annotations

import re

# Mark classes
OPEN = 1
CLOSE = 2  # a strong closer
EITHER = 3  # a straight double mark whose neighbours do not decide
WEAK = 4  # a single mark that may close a quote or be an apostrophe
ELIDED = 5  # a single mark before an elided word: opens a quote only if one closes
APOSTROPHE = 0

DOUBLE = '"“”'
SINGLE = "'‘’"
MARKS = re.compile(r"[\"“”'‘’]")

_DASHES = "-—–―"
_OPENING_PUNCT = "([{" + _DASHES + "“‘\"'_*"
# Elided words that start with an apostrophe: a mark before them opens nothing.
_ELISION = re.compile(
    r"(?:em|tis|twas|twere|twill|twould|twon't|cause|cos|coz|cuz|til|till|bout|round|n|neath|"
    r"nough|fore|gainst|mongst|twixt|im|er|ere|ow|is|e|ad|alf|appen|ave|ello|ome|ouse|eard|"
    r"ell|spose|specially|un|uns|ee|kay|sup|scuse|member|course|cept|fraid|gain)\b|\d",
    re.IGNORECASE,
)


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def classify(text: str, i: int, start: int, end: int) -> int:
    """The class of the mark at `text[i]`, inside the paragraph `text[start:end]`."""
    ch = text[i]
    prev = text[i - 1] if i > start else None
    nxt = text[i + 1] if i + 1 < end else None
    if ch == "“":
        return OPEN
    if ch == "”":
        return CLOSE
    if ch == '"':
        return _straight_double(prev, nxt)
    # single marks
    if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return APOSTROPHE
    if prev is not None and prev in _DASHES and _is_space(nxt):
        return CLOSE  # an interrupted line: `thoughts--'`
    if prev is None or prev.isspace() or prev in _OPENING_PUNCT:
        if nxt is None or nxt.isspace():
            return APOSTROPHE  # a lone mark between spaces
        if ch == "’" and nxt.isalnum():
            return APOSTROPHE  # ’em, ’tis: a right mark never opens
        if nxt.isalnum() and _ELISION.match(text, i + 1, end):
            return ELIDED
        return OPEN
    if prev.isalnum():
        return WEAK if (nxt is None or not nxt.isalnum()) else APOSTROPHE
    # after punctuation: a closer when nothing alphanumeric is glued to it
    if nxt is None or not nxt.isalnum():
        return CLOSE
    return APOSTROPHE


def _straight_double(prev: str | None, nxt: str | None) -> int:
    if nxt is None or nxt.isspace():
        return EITHER if _is_space(prev) else CLOSE
    if prev is None or prev.isspace() or prev in "([{“‘'_*":
        return OPEN
    if prev in _DASHES:
        return OPEN  # said:--"Hello
    if nxt in ",.;:!?)]}—–-…":
        return CLOSE
    return EITHER
