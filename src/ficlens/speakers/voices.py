"""Unnamed voices as speakers, identified by the narration around them.

A tag whose subject is an unnamed voice (`shouted a voice from the gallery`,
`"...," came a sharp answer`, `A voice yelled down by the river:`) names nobody, so the
line would otherwise go to whoever the conversation expects. The narration usually says
whose voice it was, and the line is theirs:

- in the tag's own sentence: `answered a second voice; Nora could tell it was that of
  old Hannah` (`that of`, `the voice of`);
- soon after, by pointing at the one who spoke: `"That man must work here," said Tam.`
  (a `that`/`this` description within a few paragraphs, even inside a quote);
- a group that a narration sentence soon after opens on: `A thin voice yelled from
  beyond the barns: / "Supper!" / The pickers came trooping up the slope.`

With a user's character list, two more unnamed speakers: a listed group called by a
bare plural (`"Who bids, friends?"`, `group_calls`) is that line's addressee and so
answers it, and a listed "we" (`listed_we`) says the lines tagged `we said`.

`voice_tag(ix, q, prev_end, next_start, para_start, para_end)` returns the owner's mention or None; the
speakers package turns it into an explicit tag. It reads only the text, the sorted
mentions and the quotes of the `_Index` it is given, and adds no scratch keys. Each
look-up is a bisect over mention starts plus a scan of a bounded window: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from ficlens.model import Mention, Quote
from ficlens.speakers.verbs import SPEECH_VERB

__all__ = ["group_calls", "listed_we", "voice_tag"]

FORWARD_PARAS = 3  # paragraphs after the line within which the narration points at the voice
FORWARD_CHARS = 1200  # and at most this many characters

# an unnamed voice: `a voice`, `a deep voice`, `another voice`, `other voices`, `a sharp answer`
_VOICE_NP = r"(?:a|an|one|another|some|other|several|many)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>voices?|reply|answer|cry|shout)\b"
_VOICE_AFTER = re.compile(
    rf"[\s,—–-]*(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern}|came|rose)\s+(?:[a-z]+ly\s+)?{_VOICE_NP}",
    re.IGNORECASE,
)
_VOICE_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\b[Tt]hen\s+|\b[Aa]nd\s+)(?P<np>{_VOICE_NP})\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern})[^.!?\"“”]*$",
    re.IGNORECASE,
)
_OWNED = re.compile(r"\b(?:that|those|the\s+voices?)\s+of\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_POINTING = re.compile(r"(?:[Tt]hat|[Tt]his)\s+[a-z]")
_IRREGULAR_PLURALS = frozenset("men women people children gentlemen ladies folk folks".split())


def voice_tag(ix: Any, q: Quote, prev_end: int, next_start: int, para_start: int, para_end: int) -> Mention | None:
    """The one whose unnamed voice tags `q` (after it up to `next_start`, or before it
    from `prev_end`, or in a paragraph ending on `:` right before), or None."""
    text = ix.text
    sent_end = _sentence_end(text, q.end, next_start)
    v = _VOICE_AFTER.match(text, q.end, sent_end)
    if v is not None:
        return _owner(ix, v.end(), sent_end, v.group("noun"), q)
    start = prev_end if prev_end > para_start else para_start
    seg = text[start : q.start].rstrip()
    if not seg and prev_end <= para_start:
        p = ix.para_of(q.start)
        if p > 0:
            prev = ix.work.paragraphs[p - 1]
            start = max(prev.start, _last_quote_end(ix, prev.start, prev.end))
            seg = text[start : prev.end].rstrip()
            if not seg.endswith((":", ",")):
                return None
    b = _VOICE_BEFORE.search(seg)
    if b is None:
        return None
    return _owner(ix, start + b.end(), start + len(seg), b.group("noun"), q)


def _last_quote_end(ix: Any, start: int, end: int) -> int:
    i = bisect_left(ix.q_starts, end) - 1
    return max(start, ix.work.quotes[i].end) if i >= 0 else start


def _sentence_end(text: str, start: int, end: int) -> int:
    m = re.compile(r"[.!?](?=\s|$)").search(text, start, end)
    return m.end() if m else end


def _owner(ix: Any, after: int, sent_end: int, noun: str, q: Quote) -> Mention | None:
    text = ix.text
    for m in ix.mentions_in(after, sent_end):
        if m.kind != "pronoun" and _OWNED.search(text, max(after, m.start - 20), m.start):
            return m  # `another voice, which Ann knew to be that of Mrs. Reed`
    p = ix.para_of(q.start)
    paras = ix.work.paragraphs
    stop = min(paras[min(p + FORWARD_PARAS, len(paras) - 1)].end, q.end + FORWARD_CHARS)
    for m in ix.mentions_in(q.end, stop):
        if m.kind == "pronoun":
            continue
        surface = text[m.start : m.end]
        if _POINTING.match(surface):
            return m  # `"That lady looks clever," whispered Ann.`
        if _group(ix, m) and not ix.in_quote(m.start) and _opens_sentence(text, m.start):
            return m  # `The boys came running in.`
    return None


def _group(ix: Any, m: Mention) -> bool:
    if ix.gender.get(m.character) == "they":
        return True
    last = ix.text[m.start : m.end].split()[-1]
    return last.islower() and (last in _IRREGULAR_PLURALS or last.endswith("s") and not last.endswith(("ss", "'s", "’s")))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:”\"" or before.endswith("\n")


def group_calls(work: Any) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A user's listed group called by a bare plural (`"Who bids, friends?"`): the
    characters stage matches no lower-case single word, so the calls are found here.
    Returns a pattern of those words and word -> character id, or None."""
    if not work.scratch.get("closed_characters"):
        return None
    words: dict[str, str] = {}
    for c in work.characters:
        for form in (c.name, *c.aliases):
            w = form.lower()
            if form.isalpha() and form[1:].islower() and _plural(w):
                words.setdefault(w, c.id)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE), words


def _plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_WE_NAMES = frozenset({"we", "us", "our"})


def listed_we(work: Any) -> str | None:
    """A user's listed first-person plural narrator (`we`, `us`, `our`), who says the
    lines tagged `we said`; None when the list has none (then `we` tags nobody)."""
    if not work.scratch.get("closed_characters"):
        return None
    return next((c.id for c in work.characters if _WE_NAMES.intersection(f.lower() for f in (c.name, *c.aliases))), None)
