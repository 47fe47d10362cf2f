"""The narrator's sibling named right after being brought in: "When my brother lets
himself in ... "You look awful," Theo says." makes "my brother" Theo.

A first-person writer often brings a sibling in by relation and names them in the next
lines. `introduced_siblings` gives the narration's first "my brother" / "my sister" (or
"my son" / "my daughter": `lang.en.kin.KIN_SIBLING`) the
character the narration names next, within SIBLING_REACH paragraphs, when the description
tags a quote somewhere (`my brother says`: the sibling is there, not "my brother died,
leaving me his two children. Halsey was eleven"), when that character
is named by a plain name (no title: "Mr. Ames" is no one's brother by first name), is of
the kin noun's gender, is not the narrator, and appears nowhere before the description.
The result joins `Links.fixed`, beside `kinship.stated_kin` ("my sister Hattie").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ficlens.characters.cluster import Ent, ent_gender
from ficlens.characters.kinship import _tags
from ficlens.characters.names import Occ
from ficlens.lang.en.kin import KIN_NOUNS, KIN_SIBLING

SIBLING_REACH = 2  # paragraphs after the description's within which the sibling is named
# (opening on the letter, the word start checked after it: the engine then skips ahead to
# each M or m instead of trying the pattern at every position; the same matches)
_MY_SIBLING = re.compile(r"[Mm](?<=\b[Mm])y[ \t]+(?:(?:big|little|older|younger|elder|baby|twin|kid)[ \t]+)?([a-z]+)\b")


def introduced_siblings(
    text: str, occs: list[Occ], paragraphs: list, quotes: list, smap: dict, ents: list[Ent], narrator: int | None
) -> dict[str, int]:
    """"my brother" -> the sibling named right after it (see the module doc)."""
    qspans = sorted((q.start, q.end) for q in quotes)
    qstarts = [s for s, _ in qspans]
    pstarts = [p.start for p in paragraphs]

    def quoted(at: int) -> bool:
        i = bisect_right(qstarts, at) - 1
        return i >= 0 and qspans[i][0] <= at < qspans[i][1]

    first: dict[int, int] = {}  # character -> start of its first mention anywhere
    for o in occs:
        t = smap.get(o.surface) if not o.nominal else None
        if t and len(t) == 1 and t[0] not in first:
            first[t[0]] = o.start
    uses = [m for m in _MY_SIBLING.finditer(text) if m.group(1) in KIN_SIBLING and not quoted(m.start())]
    speaking = {m.group(1) for m in uses if _tags(text, m.start(), m.end())}
    out: dict[str, int] = {}
    done: set[str] = set()
    for m in uses:
        noun = m.group(1)
        if noun not in speaking or f"my {noun}" in done:
            continue
        done.add(f"my {noun}")  # only the first use brings the sibling in
        g = KIN_NOUNS.get(noun)
        para = bisect_right(pstarts, m.start()) - 1
        for o in occs:
            if o.start <= m.end() or o.quoted or o.nominal:
                continue
            if bisect_right(pstarts, o.start) - 1 > para + SIBLING_REACH:
                break
            t = smap.get(o.surface)
            if not t or len(t) != 1 or first.get(t[0], -1) < m.start():
                continue  # someone already in the story is no sibling just brought in
            idx = t[0]
            if o.hon is None and idx != narrator and g is not None and ent_gender(ents[idx]) == g:
                out[f"my {noun}"] = idx
            break  # only the first newcomer named after the description
    return out
