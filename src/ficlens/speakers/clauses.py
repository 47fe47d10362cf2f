"""Tag clauses after and before a quote (`she said to him`, `Ann turned to Joe and said`)."""

from __future__ import annotations

import re

from ficlens.lang.en.speech_verbs import NOD_WORDS, OBJECT_VERBS, OF_OBJECT_VERBS, SPEECH_VERB
from ficlens.model import Quote, Span
from ficlens.speakers.index import _Attr, _attr, _Index
from ficlens.speakers.patterns import (
    _ADVERB_GAP,
    _INDIRECT,
    _ONE_OF,
    _POSSESSIVE,
    _VOICE,
)
from ficlens.speakers.sentences import _last_sentence_start
from ficlens.speakers.subjects import (
    _VERB_BEFORE,
    _bare_pronoun,
    _group_voice,
    _heard,
    _owner_speaks,
    _possessed,
    _subject,
    _unresolved_subject,
    _verb_subject,
)
from ficlens.speakers.tuning import TAG_REACH


def _post_tag(ix: _Index, q: Quote, end: int, quote_follows: bool) -> _Attr | None:
    text = ix.text
    seg = text[q.end : end]
    cut = ix.stop_after(q.end, end) - q.end
    clause = seg[:cut]
    lead_ws = len(clause) - len(clause.lstrip(" \t\n,—–-"))
    inner_end = text[q.start : q.end].rstrip("\"'”’ ")[-1:] if q.end - q.start > 1 else ""
    if quote_follows and cut == len(seg) and clause.rstrip()[-1:] in (",", ":") and inner_end in ".!?…":
        # `"Yes." Raven yelled, "Bell!"`: the narration tags the next quote
        if clause[lead_ws : lead_ws + 1].isupper():
            return None
    v = SPEECH_VERB.search(clause, lead_ws)
    voice = _VOICE.search(clause, lead_ws)
    if voice is not None and (v is None or voice.start() < v.start()):
        v = voice
    if v is None or v.start() > TAG_REACH or _silent(clause, lead_ws, v):
        return None  # `"Do you like it?" Emmy made no reply.`: one who says nothing tags no line
    if inner_end == "?" and v.group().lower() in NOD_WORDS:
        return None  # `"You remember the bag?" She nodded.`: the one nodding answers the question
    if _ABOUT_TO.search(clause, lead_ws, v.start()):
        return None  # `"Ah, no," as I was about to speak`: one who was going to speak did not say this line
    base = q.end
    cue = Span(base + lead_ws, base + v.end())
    if not clause[lead_ws : v.start()].strip():
        # inverted: `said Clarke`, `said the Commander`, `said he`
        after = base + v.end()
        ms = ix.mentions_in(after, after + 40)
        gap = text[after : ms[0].start] if ms else ""
        m = ms[0] if ms and (not gap.strip(" \t\nthe").strip() or _ADVERB_GAP.fullmatch(gap) or _ONE_OF.fullmatch(gap)) else None
        m = _group_voice(ix, after, base + len(clause), back=False) or m  # `said a shrill voice in the crowd`
        if m is not None and not _owner_speaks(ix, m):
            m = _possessed(ix, m)  # `said his wife`: the wife, not him
            if m is None:
                return None  # `said her husband`: someone the characters stage did not name
        word = None if m else _bare_pronoun(ix, after, base + len(clause))
        attr = _attr(ix, m, word, Span(cue.start, (m.end if m else after)), True)
        if attr is not None:
            attr.addressee = _object(ix, v.group(), (m.end if m else after), base + len(clause))
        return attr
    if _INDIRECT.match(clause, v.end()):
        return None  # `"...?" I answered that the ferry had gone`: reported speech, not this line's tag
    m = _subject(ix, base + lead_ws, base + v.start())
    if m is not None:
        m = _heard(ix, m, base + v.start())
        if m is None:
            return None
    word = None if m else _bare_pronoun(ix, base + lead_ws, base + v.start())
    if m is None and word is None:
        return None
    attr = _attr(ix, m, word, cue, True)
    if attr is not None:
        attr.addressee = _object(ix, v.group(), base + v.end(), base + len(clause))
    return attr


_ENDS_ON_SPEECH = re.compile(r"\b(?:spoke|speaks|said|says|began|begins|replied|replies|answered|answers|continued|went on)\.$")


# a speech verb or noun that says nobody spoke: `Emmy made no reply`, `he said nothing`
_SILENCE = re.compile(
    r"\b(?:made|makes|make|gave|gives|give|had|has|could\s+find)\s+no\s+(?:reply|answer|response)\b"
    r"|\b(?:said|says|say)\s+nothing\b|\b(?:did|does|do|could|would)(?:\s+not|n[’']t)\s+(?:answer|reply|respond|say)\b"
)


def _silent(seg: str, lo: int, v: re.Match[str]) -> bool:
    """Whether the speech verb `v` of seg[lo:] is part of a silence (`made no reply`)."""
    return any(m.start() <= v.start() < m.end() for m in _SILENCE.finditer(seg, max(lo, v.start() - 30), v.end() + 10))


_ABOUT_TO = re.compile(r"\b(?:about|going|ready)\s+to\s+$")
_AND_OPENS = re.compile(r"\s*and\s")
_AS_CLAUSE = re.compile(r"\s*(?:as|when|while|after|before|until|once)\s+(?:he|she|they|I|[A-Z]\w+)\b")


def _pre_tag(ix: _Index, start: int, q_start: int) -> _Attr | None:
    text = ix.text
    seg = text[start:q_start].rstrip()
    if seg.endswith(".") and _ENDS_ON_SPEECH.search(seg):
        seg = seg[:-1]  # `at which Mrs. Pike spoke. "..."`: a sentence that ends on its speech verb
    if not seg or (seg[-1] not in ",:—–-" and not seg[-1].isalnum()):
        return None
    # kept on speakers/sentences, measured: the shared Sentences here move 12 Prisoner of
    # Zenda lines to another character (LitBank spk/q 0.845 -> 0.841)
    s0 = _last_sentence_start(seg)
    verbs = list(SPEECH_VERB.finditer(seg, s0))
    if not verbs:
        voice = _VOICE.search(seg, s0)
        if voice is None:
            return None
        verbs = [voice]
    v = verbs[-1]
    if _ABOUT_TO.search(seg, s0, v.start()):
        return None  # `"No," as Tobin was about to speak, "hear me"`: he did not say it
    base = start
    # the comma-separated clause holding the verb: `Before Octavia could answer, Raven yelled`
    c0 = max(seg.rfind(",", s0, v.start()) + 1, s0)
    if len(verbs) > 1 and c0 > s0 and _AS_CLAUSE.match(seg, c0):
        # `"...," exclaimed Mrs. Hale, as he finished, "..."`: the clause is an aside, the tag is before it
        v = verbs[-2]
        c0 = max(seg.rfind(",", s0, v.start()) + 1, s0)
    m = _verb_subject(ix, base + c0, base + v.start())
    word = _unresolved_subject(ix, m.end if m is not None else base + c0, base + v.start())
    if word is not None:
        # `As I drew near she nodded and said`: a pronoun the characters stage left
        # unresolved is still the subject; the `I` before it is not
        m = None
    elif m is None:
        m = _subject(ix, base + c0, base + v.start(), max_lead_words=8)
    b0 = max(seg.rfind(";", s0, c0), seg.rfind(":", s0, c0)) + 1 if _AND_OPENS.match(seg, c0) else 0
    if m is None and word is None and b0 > s0:
        # `...; but Nell put her head in at the door, and said`: the clause the `and` goes on
        # from, back to the last semicolon or colon, opens on the subject, not the sentence
        m = _subject(ix, base + b0, base + c0, max_lead_words=8)
    if m is None and word is None:
        m = _subject(ix, base + s0, base + v.start(), max_lead_words=8)
    if m is None and word is None:
        ms = ix.mentions_in(base + v.end(), base + v.end() + 20)
        if ms and not text[base + v.end() : ms[0].start].strip(" \t\nthe").strip():
            # `said Clarke:`, `said his wife:`; `Observing his daughter, ...` is no tag
            m = ms[0] if _owner_speaks(ix, ms[0]) else None if v.group().endswith("ing") else _possessed(ix, ms[0])
    if m is not None and m.start < base + v.start():
        m = _heard(ix, m, base + v.start())
        if m is None:
            return None
    if m is None and word is None:
        word = _bare_pronoun(ix, base + c0, base + v.start()) or _bare_pronoun(ix, base + s0, base + v.start())
    cue_start = m.start if m is not None and m.start < base + v.start() else base + v.start()
    attr = _attr(ix, m, word, Span(cue_start, base + v.end()), True)
    if attr is not None:
        attr.addressee = _object(ix, v.group(), base + v.end(), base + len(seg))
        if attr.addressee is None and attr.pronoun is not None and m is not None:
            attr.addressee = _clause_object(ix, m.end, base + v.start())
    return attr


def _clause_object(ix: _Index, start: int, verb_start: int) -> str | None:
    """The one a pronoun subject acted on before speaking (`He beckoned Tom into the hall
    and said`): Tom hears the line and is not the `he`."""
    for m in ix.mentions_in(start, verb_start):
        if m.kind != "pronoun" and _VERB_BEFORE.search(ix.text[max(start, m.start - 20) : m.start]):
            return m.character
    return None


def _object(ix: _Index, verb: str, start: int, end: int) -> str | None:
    """The addressee named right after the verb: `told her`, `asked Clarke`, `said to him`."""
    ms = ix.mentions_in(start, min(end, start + 25))
    if not ms:
        return None
    m = ms[0]
    surface = ix.text[m.start : m.end].lower()
    if surface.endswith(("self", "selves")) or surface in _POSSESSIVE - {"her"} or ix.text.startswith(("'s", "’s"), m.end):
        return None  # `to herself`, `to his companion`, `to Tobin's sister`
    gap = ix.text[start : m.start].strip().lower()
    if surface == "her" and gap in ("to", "at") and re.match(r"\s+[a-z]", ix.text[m.end : m.end + 2]):
        return None  # `said to her son`
    if gap in ("to", "at") or (gap == "" and OBJECT_VERBS.match(verb.split()[0])):
        return m.character
    if gap == "of" and OF_OBJECT_VERBS.match(verb.split()[0]):
        return m.character  # `asked of Manuel`: whom the question is put to
    return None
