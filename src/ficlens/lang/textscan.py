"""Scans over long text that cost what they find, not the length of the text before it.

Stages ask, once per quote or mention, where the sentence around an offset starts. A
scan from the paragraph start made one long paragraph (a chapter pasted as one line)
quadratic in its length; `last_match_end` goes back from the end in growing windows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_NON_SPACE = re.compile(r"\S")
FIRST_WINDOW = 256  # characters; each miss widens the window fourfold


def last_match_end(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, limit: int | None = None,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> int:
    """The end of the last match of `pattern` in `text[lo:hi]` that ends before `limit`
    (default: `hi` + 1, any) and that `accept` takes; -1 when there is none.

    The matches must never hold whitespace except as their last character: each window
    then starts at a space, and the matches found from there are exactly those a scan
    from `lo` finds.
    """
    limit = hi + 1 if limit is None else limit
    width = FIRST_WINDOW
    while True:
        w = max(lo, min(hi, limit) - width)
        if w > lo:
            space = text.rfind(" ", lo, w)
            w = lo if space < 0 else space
        found = -1
        for m in pattern.finditer(text, w, hi):
            if m.end() >= limit:
                break
            if accept is None or accept(m):
                found = m.end()
        if found >= 0 or w == lo:
            return found
        width *= 4


def is_blank(text: str, lo: int, hi: int) -> bool:
    """Nothing but whitespace in `text[lo:hi]`; searched, not sliced and stripped, so the
    cost stops at the first visible character, however long the rest."""
    return _NON_SPACE.search(text, lo, hi) is None


def by_first_char(alternatives: Iterable[str], behind: str = "") -> str:
    """The regex alternation `a|b|...` grouped by each alternative's first character,
    order kept within each group: `he|him|his|she` -> `h(?:e|im|is)|s(?:he)`.

    The engine tries every alternative of an alternation at each position it reaches;
    grouped, it tries only those of one character. Alternatives of two groups can never
    match at the same position, so the match at each position is unchanged (in a pattern
    without re.IGNORECASE: with it, `H` and `h` would open alternatives of one group). Each
    alternative must open with one literal character: a letter, a digit, or a character
    escaped as `re.escape` writes it (a backslash and the character).

    `behind` (a zero-width test such as `\\b`) is checked behind each first character,
    `s(?<=\\bs)(?:...)`: the same as `\\b` before the alternation, but a pattern that
    opens on a literal character lets the engine skip ahead to the next such character
    instead of testing every position.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        head = alt[:2] if alt.startswith("\\") else alt[:1]
        if not head or not (head[-1].isalnum() or head.startswith("\\") or head[-1] in " '’\"/&,:;=@!%<>`"):
            raise ValueError(f"no literal first character: {alt!r}")
        groups.setdefault(head, []).append(alt[len(head) :])
    return "|".join(head + (f"(?<={behind}{head})" if behind else "") + "(?:" + "|".join(rest) + ")"
                    for head, rest in groups.items())
