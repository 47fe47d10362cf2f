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
- the one a narration sentence soon after opens on at the place the voice came from
  (`asked a tired voice from the stairs` ... `Priya came down the stairs`), also when
  the voice is a character itself;
- else the one the narration paragraph right after the line opens on, unless the
  voice's own sentence named them (the listener) or the voice is a character itself:
  `Then a voice called down from the landing. / "Mind the step, uncle." / Roddy was
  sitting at the top of the stairs.`

A line that ends its paragraph is also the one's whose voice the next paragraph opens
on (`"Excuse me, miss?" / A stranger's voice at her elbow made her jump.`,
`voice_next`), or whom the next paragraph says it was (`"You'll want gloves." / That
was Corin, in the doorway.`).

A voice none of this finds an owner for, leading into a line inside the narration
(`a voice whispers "..." and another voice, lower, goes "...," and then, a third, "..."`),
is nobody on stage: `unseen_voice` says so, and the turns leave such a line out, so it
has no speaker, is not the last speaker and sets up no one to answer it (the one on
stage hears it); `turns.name_unseen` then gives it to the one the very next line in
its paragraph calls by name (`"Bea, leave them,"`). Not a voice tagging the line after it (`"...," answered another
voice`): in an exchange that voice is as often one of its parties (LitBank).

With a user's character list, two more unnamed speakers: a listed group called by a
bare plural (`"Who bids, friends?"`, `group_calls`) is that line's addressee and so
answers it, and a listed "we" (`listed_we`) says the lines tagged `we said`.

`voice_tag(ix, q, prev_end, next_start, para_start)` returns the owner's mention or None; the
speakers package turns it into an explicit tag. It reads only the text, the sorted
mentions and the quotes of the `_Index` it is given; `group_calls` and `listed_we` read
`Cast.closed` (a user's list). It adds no layer. Each
look-up is a bisect over mention starts plus a scan of a bounded window: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from ficlens.lang.en.speech_verbs import SPEECH_VERB
from ficlens.lang.textscan import is_blank
from ficlens.layers import Cast
from ficlens.model import Mention, Quote

__all__ = ["group_calls", "listed_we", "unseen_voice", "voice_next", "voice_tag"]

FORWARD_PARAS = 3  # paragraphs after the line within which the narration points at the voice
FORWARD_CHARS = 1200  # and at most this many characters

# an unnamed voice: `a voice`, `a deep voice`, `another voice`, `other voices`, `a sharp answer`
_VOICE_NP = r"(?:a|an|one|another|some|other|several|many)\s+(?:[\w’'-]+\s+){0,3}?(?:voices?|reply|answer|cry|shout)\b"
_VOICE_AFTER = re.compile(
    rf"[\s,—–-]*(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern}|came|rose)\s+(?:[a-z]+ly\s+)?{_VOICE_NP}",
    re.IGNORECASE,
)
_VOICE_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|\b[Tt]hen\s+|\b[Aa]nd\s+){_VOICE_NP}\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern})[^.!?\"“”]*$",
    re.IGNORECASE,
)
_NOUN = re.compile(r"voice|repl|answer|cry|shout", re.IGNORECASE)
_STOP = re.compile(r"[.!?](?=\s|$)")
TAG_CHARS = 80  # characters next to a line within which its voice tag's noun stands
_OWNED = re.compile(r"\b(?:that|those|the\s+voices?)\s+of\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_POINTING = re.compile(r"(?:[Tt]hat|[Tt]his)\s+[a-z]")
_IRREGULAR_PLURALS = frozenset("men women people children gentlemen ladies folk folks".split())


def voice_tag(ix: Any, q: Quote, prev_end: int, next_start: int, para_start: int) -> Mention | None:
    """The one whose unnamed voice tags `q` (after it up to `next_start`, or before it
    from `prev_end`, or in a paragraph ending on `:`, `,` or `.` right before), or None."""
    text = ix.text
    # most lines have no voice next to them: one cheap search rules them out
    if _NOUN.search(text, q.end, min(next_start, q.end + TAG_CHARS)):
        sent_end = _sentence_end(text, q.end, next_start)
        v = _VOICE_AFTER.match(text, q.end, sent_end)
        if v is not None:
            return _owner(ix, v.end(), sent_end, q, before=False)
    start = prev_end if prev_end > para_start else para_start
    if start < q.start:
        seg = text[start : q.start].rstrip()
    else:
        # a paragraph ending on `:`, `,` or `.` right before: `A voice yelled from the barns:`
        p = ix.para_of(q.start)
        if p <= 0:
            return None
        prev = ix.work.paragraphs[p - 1]
        k = prev.end - 1
        while k > prev.start and text[k].isspace():
            k -= 1
        if text[k] not in ":,.":
            return None
        start = max(prev.start, _last_quote_end(ix, prev.start, prev.end))
        seg = text[start : prev.end].rstrip().rstrip(".")  # `Then a voice spoke out of the dark.`
    if not _NOUN.search(seg, max(0, len(seg) - TAG_CHARS * 2)):
        return None
    b = _VOICE_BEFORE.search(seg)
    if b is None:
        return None
    return _owner(ix, start + b.end(), start + len(seg), q, before=True)


# the last clause before a line opens on an unnamed voice, or on `a third` / `another`
# counting on from a voice named earlier in the paragraph: `and another voice, lower, goes`
_UNSEEN_BEFORE = re.compile(
    rf"(?:^|[.!?;]\s+|\b[Tt]hen\s+|\b[Aa]nd\s+|,\s+)(?:{_VOICE_NP}|(?P<count>(?:a|the)\s+(?:second|third|fourth|fifth|last)|another)\b)[^.!?\"“”]{{0,40}}$",
    re.IGNORECASE,
)


def unseen_voice(ix: Any, q: Quote, prev_end: int, next_start: int, para_start: int) -> bool:
    """True when `q` is said by a voice nobody on stage owns: the clause leading into it
    (never one after it: `"...," said a voice` is as often a party of the exchange) is an
    unnamed voice (`a voice whispers "..."`, `and another voice, lower, goes "..."`) whose
    owner the narration never shows (`voice_tag` finds none), and it names no one. Such a
    line is nobody's turn: the one on stage is the listener."""
    text = ix.text
    start = prev_end if prev_end > para_start else para_start
    if start < q.start:
        seg = text[start : q.start]
        b = _UNSEEN_BEFORE.search(seg)
        if b is not None:
            if b.group("count") and not _NOUN.search(text, para_start, start + b.start()):
                return False  # `a third` counts voices only after one was heard
            if any(m.kind != "pronoun" for m in ix.mentions_in(start + b.start(), q.start)):
                return False  # the tag names someone: `a voice, Tom's, said`
            s0 = max(text.rfind(c, para_start, start + b.start()) for c in ".!?\n") + 1
            if any(m.kind != "pronoun" and not ix.in_quote(m.start) for m in ix.mentions_in(max(s0, para_start), start + b.start())):
                # its narration shows someone first (`a young woman ..., and a faint voice`); a
                # name inside an earlier voice's words (`"Jester, leave them alone," and a third`) shows no one
                return False
            return voice_tag(ix, q, prev_end, next_start, para_start) is None
    # not a voice tagging a line after it (`"...," answered another voice`): in an exchange
    # that voice is as often one of its parties, on LitBank
    return False


def _last_quote_end(ix: Any, start: int, end: int) -> int:
    i = bisect_left(ix.q_starts, end) - 1
    return max(start, ix.work.quotes[i].end) if i >= 0 else start


def _sentence_end(text: str, start: int, end: int) -> int:
    m = _STOP.search(text, start, end)
    return m.end() if m else end


def _owner(ix: Any, after: int, sent_end: int, q: Quote, before: bool) -> Mention | None:
    text = ix.text
    for m in ix.mentions_in(after, sent_end):
        if m.kind != "pronoun" and _OWNED.search(text, max(after, m.start - 20), m.start):
            return m  # `answered a second voice; Nora could tell it was that of old Hannah`
    p = ix.para_of(q.start)
    paras = ix.work.paragraphs
    stop = min(paras[min(p + FORWARD_PARAS, len(paras) - 1)].end, q.end + FORWARD_CHARS)
    for m in ix.mentions_in(q.end, stop):
        if m.kind == "pronoun" or ix.para_of(m.start) == p and ix.in_quote(m.start):
            continue  # the voice's own words point at someone else: `"That man is a thief!"`
        surface = text[m.start : m.end]
        if _POINTING.match(surface):
            return m  # `"That man must work here," said Tam.`
        if _group(ix, m) and not ix.in_quote(m.start) and _opens_sentence(text, m.start):
            return m  # `The boys came running in.`
    placed = _came_from_place(ix, after, sent_end, stop)
    if placed is not None:
        return placed
    voice = ix.mentions_in(after - TAG_CHARS, after)
    if not before or voice and voice[-1].end >= after - 1 or ix.mentions_in(after, sent_end):
        # after a line (`"Help!" came a cry.`) the next paragraph more often shows who
        # answers than who cried; a voice that is itself a character (`said a gruff
        # voice`) or whose tag says more (`said a voice among the drovers`) is
        # overruled only by evidence
        return None
    return _shown_next(ix, p, after, sent_end)


# where an unnamed voice comes from: `asked a tired voice from the stairs`
_PLACE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:from|on|at|in|behind|outside|beyond|across|by)\s+the\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\b")


def _came_from_place(ix: Any, after: int, sent_end: int, stop: int) -> Mention | None:
    """The one a narration sentence soon after shows at the place the voice came from
    (`"Is anybody asleep?" asked a tired voice from the stairs.` ... `Priya came down the
    stairs`): the named subject opening that sentence, or None."""
    text = ix.text
    m = _PLACE.match(text, after, sent_end)
    if m is None:
        return None
    noun = re.compile(rf"\b{re.escape(m.group(1))}\b", re.IGNORECASE)
    for hit in noun.finditer(text, sent_end, stop):
        if ix.in_quote(hit.start()):
            continue
        s0 = max(text.rfind(c, sent_end, hit.start()) for c in ".!?\n\"”") + 1
        s0 = max(s0, sent_end)
        head = [x for x in ix.mentions_in(s0, hit.start()) if not ix.in_quote(x.start)]
        if head and head[0].kind != "pronoun" and _opens_sentence(text, head[0].start) and not text[s0 : head[0].start].strip():
            return head[0]
        return None  # the first sentence back at that place shows no one named
    return None


def _shown_next(ix: Any, p: int, after: int, sent_end: int) -> Mention | None:
    """The one the narration paragraph right after the line opens on, when that is
    nobody the voice's own sentence named (the one who hears it): `Then a voice called
    down from the landing. / "Mind the step, uncle." / Roddy was sitting at the top of the stairs.`"""
    paras = ix.work.paragraphs
    if p + 1 >= len(paras):
        return None
    nxt = paras[p + 1]
    if ix.in_quote(_first_char(ix.text, nxt.start, nxt.end)):
        return None
    head = ix.mentions_in(nxt.start, min(nxt.end, nxt.start + 40))
    if not head or head[0].kind == "pronoun" or ix.text[nxt.start : head[0].start].strip():
        return None
    s0 = ix.text.rfind(".", 0, after) + 1
    if any(m.character == head[0].character for m in ix.mentions_in(s0, sent_end)):
        return None
    return head[0]


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
    if not work.layers.get(Cast).closed:
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
    if not work.layers.get(Cast).closed:
        return None
    return next((c.id for c in work.characters if _WE_NAMES.intersection(f.lower() for f in (c.name, *c.aliases))), None)


_POSSESSED_VOICE = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?voice\b")
_IN_VOICE_OF = re.compile(r"\s*There\s+(?:was|is)\s+(?:[\w-]+\s+){1,6}?in\s+the\s+voice\s+of\s+(?:the\s+)?")
_VOICE_OF_OPENING = re.compile(r"\s*(?:[Tt]hen\s+|[Bb]ut\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}?voice\s+of\s+(?:the\s+)?")
# the narration right after a line saying whose it was: `"Move." / That was Dana, from upstairs.`
_NAMED_ONLY = re.compile(r"\s*(?:[.,;:!?—–]|--)")  # the sentence says only who: `That was Dana.`, `..., from upstairs`
_THAT_WAS = re.compile(r"\s*(?:[Aa]nd\s+|[Bb]ut\s+)?(?:That|This|It)(?:\s+(?:was|is|had\s+been)|[’']s)\s+")


def voice_next(ix: Any, q: Quote, para_end: int) -> Mention | None:
    """The one whose voice the next paragraph opens on said a line that ends its own
    paragraph (`"Is this yours?" / A stranger's voice at her elbow made her jump.`,
    `There was anger in the voice of the stranger.`), or whom it says the line was
    (`"Move." / That was Dana, from upstairs.`); None when the next paragraph
    opens otherwise."""
    text = ix.text
    if not is_blank(text, q.end, para_end):
        return None
    p = ix.para_of(q.start)
    paras = ix.work.paragraphs
    if p < 0 or p + 1 >= len(paras):
        return None
    nxt = paras[p + 1]
    if ix.in_quote(nxt.start) or ix.in_quote(_first_char(text, nxt.start, nxt.end)):
        return None
    head = ix.mentions_in(nxt.start, min(nxt.end, nxt.start + 80))
    if not head:
        return None
    m = head[0]
    lead = text[nxt.start : m.start]
    if m.kind != "pronoun" and (_VOICE_OF_OPENING.fullmatch(lead) or _IN_VOICE_OF.fullmatch(lead)):
        return m  # `The low voice of the stranger went on.`, `There was anger in the voice of Ned.`
    if len(lead.split()) <= 1 and _POSSESSED_VOICE.match(text, m.end):
        return m  # `A stranger's voice made her turn.`
    if m.kind != "pronoun" and _THAT_WAS.fullmatch(lead) and _NAMED_ONLY.match(text, m.end):
        return m  # `That was Dana, from upstairs.`; not `It was Tom's turn.`, `That was Tom being kind.`
    return None


def _first_char(text: str, start: int, end: int) -> int:
    k = start
    while k < end and text[k].isspace():
        k += 1
    return k
