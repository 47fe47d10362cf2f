"""Quoted thoughts: kind `thought`, with their thinker as `speaker`.

The quotes stage reads a quotation framed by a thought tag (`"How odd," thought Mara`,
`"Don't," she thought.`, `He thinks, "..."`, `'I'm fine,' I told myself`), and the parts
that go on with it (`"Oh," Ash thought. "Oh, no."`), as non-speech, so that no rule of
attribution takes it for a turn of the conversation. Once attribution is done,
`attribute_thoughts` gives each such quotation kind `thought` and its thinker: the tag's
subject (a name, a pronoun as the characters stage resolved it, `I` the narrator), else
the thinker of the thought it goes on with, else the first character the narration of
its sentence names (`Looking at her, he simply thought, "..."` names him before the tag).
Written text, mentioned words and italics stay non-speech with no speaker.
"""

from __future__ import annotations

from ficlens.model import Span, Work
from ficlens.quotes.kinds import thought_continues, thought_subject
from ficlens.quotes.marks import DOUBLE, SINGLE
from ficlens.speakers.index import _Index
from ficlens.speakers.tuning import ANAPHORIC, CONF_NARRATION, CONF_TAG_NAME, CONF_TAG_PRONOUN, EXPLICIT, IMPLICIT

__all__ = ["THOUGHT", "attribute_thoughts"]

THOUGHT = "thought"


def attribute_thoughts(work: Work, ix: _Index) -> None:
    """Give every quoted thought kind `thought` and its thinker (module doc)."""
    text = work.text
    for i, q in enumerate(work.quotes):
        if q.kind != "non_speech" or text[q.start] not in DOUBLE + SINGLE:
            continue
        p = ix.para_of(q.start)
        if p < 0:
            continue
        para = work.paragraphs[p]
        who = thought_subject(text, q.start, q.end, para.start, para.end)
        prev = work.quotes[i - 1] if i > 0 else None
        goes_on = (
            prev is not None and prev.kind == THOUGHT and ix.para_of(prev.start) == p
            and thought_continues(text, prev.end, q.start)
        )
        if who is None and not goes_on:
            continue
        q.kind = THOUGHT
        thinker: str | None = None
        evidence: str | None = IMPLICIT
        conf, cue = CONF_NARRATION, None
        if who is not None and who[1] > who[0]:
            thinker = _subject(ix, who[0], who[1])
            word = text[who[0] : who[1]]
            pronoun = word.lower() in ("i", "he", "she", "they", "we", "you", "it")
            evidence, conf = (ANAPHORIC, CONF_TAG_PRONOUN) if pronoun else (EXPLICIT, CONF_TAG_NAME)
            cue = Span(*who)
        if thinker is None and goes_on and prev is not None:
            thinker, evidence, conf = prev.speaker, prev.evidence, prev.confidence
        if thinker is None:
            thinker = _sentence_subject(ix, max(para.start, prev.end if prev is not None else 0), q.start)
        q.speaker = thinker
        q.evidence, q.confidence, q.cue = (evidence, conf, cue) if thinker is not None else (None, 0.0, None)


def _subject(ix: _Index, start: int, end: int) -> str | None:
    """The character the tag's subject word stands for: its mention, or a pronoun the
    characters stage left unresolved (`I` the narrator, he/she the last of that gender)."""
    if ix.text[start:end] == "I" and ix.narrator is not None:
        return ix.narrator  # the narrator thinks in a first-person story, whatever `I` was resolved to
    for m in ix.mentions_in(start, end):
        if m.character is not None:
            return m.character
    word = ix.text[start:end]
    if word.lower() in ("i", "he", "she", "we"):
        return ix.resolve_pronoun(word, start)
    return None


def _sentence_subject(ix: _Index, lo: int, q_start: int) -> str | None:
    """The first character named in the narration sentence that leads into the thought."""
    if q_start <= lo:
        return None
    s0 = ix.last_sentence_start(lo, q_start)
    for m in ix.mentions_in(s0, q_start):
        if m.character is not None and not ix.in_quote(m.start):
            return m.character
    return None
