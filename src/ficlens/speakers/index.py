"""The look-up index of one work (paragraph of, sentences, mentions in, in-quote) and an attribution record."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ficlens.layers import Cast, Sentences
from ficlens.model import Mention, Quote, Span, Work
from ficlens.speakers import voices
from ficlens.speakers.patterns import _GENDER
from ficlens.speakers.tuning import (
    ANAPHORIC,
    BACK_MENTIONS,
    CONF_BEAT_NAME,
    CONF_BEAT_PRONOUN,
    CONF_TAG_NAME,
    CONF_TAG_PRONOUN,
    EXPLICIT,
)

_CLOSERS = ".!?…\"'”’)]"  # a sentence's stop and the marks closing round it


@dataclass(slots=True)
class _Attr:
    speaker: str | None  # None: a pronoun that resolved to nobody, re-resolved later
    evidence: str
    cue: Span
    confidence: float
    addressee: str | None = None  # object of the tag verb
    pronoun: tuple[str, int] | None = None  # the subject pronoun (gender, offset), re-resolved in context


class _Index:
    """Sorted starts of paragraphs, mentions and quotes, for bisect look-ups."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.text = work.text
        self.para_starts = [p.start for p in work.paragraphs]
        self.mentions = work.mentions
        self.m_starts = [m.start for m in work.mentions]
        self.q_starts = [q.start for q in work.quotes]
        self.gender = {c.id: c.pronouns for c in work.characters}
        cast = work.layers.get(Cast)
        self.narrator = cast.narrator
        self.reader = cast.reader  # the second-person "you" of a reader-insert story
        self.sentences = work.layers.get(Sentences)  # the segmenter's, shared by every stage
        # quote start -> its vocatives; asked several times per quote, and no rule of
        # attribute_speakers changes the mentions they come from
        self.vocs: dict[int, list[str]] = {}
        self.group_calls = voices.group_calls(work)
        self.we = voices.listed_we(work)

    def speech(self) -> list[Quote]:
        """The speech quotes, in order (asked after the conversation pass: kinds are fixed
        by then, speakers are not)."""
        return [q for q in self.work.quotes if q.kind == "speech"]

    def last_sentence_start(self, lo: int, hi: int) -> int:
        """Where the last shared sentence of text[lo:hi] (right-stripped) starts, but not
        before `lo`: the sentence a beat, tag or reply before a line opens with."""
        return self.sentences.start_before(lo + len(self.text[lo:hi].rstrip()) - 1, lo)

    def stop_after(self, offset: int, limit: int) -> int:
        """Where the stop of the first shared sentence ending after `offset` stands (before
        its closing marks), but not after `limit`: where a tag or beat clause after a line ends."""
        end = self.sentences.end_after(offset, limit)
        return offset + len(self.text[offset:end].rstrip(_CLOSERS))

    def para_of(self, offset: int) -> int:
        return bisect_right(self.para_starts, offset) - 1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.m_starts, start) : bisect_left(self.m_starts, end)]

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self.q_starts, offset) - 1
        return i >= 0 and offset < self.work.quotes[i].end

    def resolve_pronoun(self, word: str, offset: int) -> str | None:
        """A tag pronoun with no mention from the characters stage: the narrator for I,
        else the most recent character of that gender mentioned in narration."""
        w = word.lower()
        if w == "i":
            return self.narrator
        if w == "we":
            return self.we  # `"Sold!" we laughed.`: only a listed "we" speaks as one
        j = bisect_left(self.m_starts, offset) - 1
        stop = max(-1, j - BACK_MENTIONS)
        while j > stop:
            m = self.mentions[j]
            j -= 1
            if m.kind == "pronoun" and self.text[m.start : m.end].lower() in ("i", "me", "my"):
                continue
            if self.gender.get(m.character) == w and not self.in_quote(m.start):
                return m.character
        return None


def _attr(ix: _Index, m: Mention | None, word: tuple[str, int] | None, cue: Span, tag: bool) -> _Attr | None:
    """An attribution from a subject mention, or from a bare pronoun (word, offset)."""
    speaker: str | None
    if m is not None:
        speaker, pronoun = m.character, m.kind == "pronoun"
        if pronoun:
            word = (ix.text[m.start : m.end], m.start)
    elif word is not None:
        speaker, pronoun = ix.resolve_pronoun(*word), True
    else:
        return None
    gender = _GENDER.get(word[0].lower()) if pronoun and word else None
    if tag:
        conf = CONF_TAG_PRONOUN if pronoun else CONF_TAG_NAME
    else:
        conf = CONF_BEAT_PRONOUN if pronoun else CONF_BEAT_NAME
    if speaker is None and gender is None:
        return None
    return _Attr(speaker, ANAPHORIC if pronoun else EXPLICIT, cue, conf, None, (gender, word[1]) if gender and word else None)
