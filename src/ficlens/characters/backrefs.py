""""The latter", "the former", "the last named": a phrase that points back at one of the
two people named last, found in the narration for `_resolve` to read like a pronoun."""

from __future__ import annotations

import re
from bisect import bisect_right

from ficlens.characters.names import Pron
from ficlens.model import Work

# gender "latter": the one named last; "former": the one named before that one
# (the first letter, then the lookbehind: the engine skips ahead to each T or t instead of
# trying the lookbehind at every position; the same matches)
_BACK = re.compile(r"[Tt](?<![\w'’-][Tt])he[ \t]+(latter|former|last[ \t-]named)(?![\w-])(?!['’]s)([ \t]+[a-z]+)?")


def back_refs(work: Work, starts: list[int]) -> list[Pron]:
    """A `Pron` (gender "latter" or "former") for each "the latter" / "the former" / "the
    last named" of the narration; a subject when a lower-case word (its verb) follows."""
    text = work.text
    qs = [q.start for q in work.quotes]
    qe = [q.end for q in work.quotes]
    out: list[Pron] = []
    for pi, p in enumerate(work.paragraphs):
        for m in _BACK.finditer(text, p.start, p.end):
            s, e = m.start(), m.start(2) if m.group(2) else m.end()
            qi = bisect_right(qs, s) - 1
            if qi >= 0 and s < qe[qi]:
                continue  # in a quote: the speaker's own back-reference, not the narration's
            g = "former" if m.group(1) == "former" else "latter"
            nxt = (m.group(2) or "").strip()
            subj = bool(nxt) and nxt not in ("of", "and", "or", "but", "in", "to", "with", "at", "on", "by", "for")
            out.append(Pron(s, e, m.group().lower()[: e - s], g, False, bisect_right(starts, s) - 1, pi, subj))
    return out
