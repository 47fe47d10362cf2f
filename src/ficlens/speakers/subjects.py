"""The subject of a tag or beat clause: a name, a possessor, a pronoun resolved in context."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ficlens.lang.en.function_words import POSTURE_PARTICIPLES
from ficlens.lang.en.speech_verbs import SPEECH_VERB
from ficlens.model import Mention
from ficlens.speakers.index import _Index
from ficlens.speakers.patterns import (
    _BARE_PRONOUN,
    _BODY,
    _NEXT_WORDS,
    _PERCEIVE,
    _PERCEIVE_BEAT,
    _POSSESSIVE,
    _PREP_BEFORE,
    _PREPS,
    _SUBORDINATE,
    _WORD,
)
from ficlens.speakers.tuning import HEARD_REACH, TAG_REACH

# `Over the noise came the voice of the bosun, roaring:`: the one whose voice it is speaks
_VOICE_OF = re.compile(r"\bvoices?\s+of\s+$", re.IGNORECASE)
# a sentence opening on a conjunction still opens on its subject: `And Beth looked at her hands.`
_OPENING_AND = re.compile(r"^[ \t\n—–-]*(?:And|Or)\s+$")


_LEAD_SUBJECT = re.compile(r"[ \t\n—–-]*(?:(?:And|But|Then)\s+)?(?:He|She|They|I|We)\s+[a-z]")


# a passive that moves its subject somewhere: the one moved is acted on, not acting
_CARRIED = re.compile(
    r"(?:\s*,[^,.;!?]{0,40},)?\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?!(?:" + "|".join(sorted(POSTURE_PARTICIPLES)) + r")\b)(?:[a-z]+ed|taken|borne|led|driven|brought)\s+"
    r"(?:away|off|out|back|in|into|down|up|aside|along|home)\b"
)


def _subject(ix: _Index, start: int, end: int, max_lead_words: int = 3) -> Mention | None:
    """The first mention in text[start:end] that stands as a subject: few words before it
    and no preposition right before it."""
    text = ix.text
    for m in ix.mentions_in(start, end):
        if m.start < start:
            continue  # inside the clause before the main one
        lead = text[start : m.start]
        if len(_WORD.findall(lead)) > max_lead_words:
            return None
        if _PREP_BEFORE.search(lead) and not _OPENING_AND.match(lead) and not _VOICE_OF.search(lead) or "," in lead and len(_WORD.findall(lead)) > 1:
            continue
        if m.kind == "pronoun" and text[m.start : m.end].lower() in _OBJECTIVE:
            continue  # `My aunt caught me yawning and said`: an object is nobody's subject
        if _LEAD_SUBJECT.match(lead) and not _PERCEIVE_BEAT.search(lead):
            return None  # `She squeezed his hand`: a pronoun no mention stands for is the subject, not `his`
        if _CARRIED.match(text, m.end, end):
            return None  # `The baby, fast asleep, was carried off`: one carried away does not talk
        comma = text.find(",", m.end, end) if _SUBORDINATE.match(lead) else -1
        if comma >= 0:
            start = comma + 1  # `When I had done, they shouted`: the main clause starts after the comma
            continue
        if not _owner_speaks(ix, m):
            # `her mother cried`; but not `Observing his daughter, he said`
            return None if _WORD.findall(lead) else _possessed(ix, m)
        return m
    return None


def _possessed(ix: _Index, m: Mention) -> Mention | None:
    """The person a possessor's kin description names (`his wife` -> Mrs. Bennet), when
    the characters stage found one: a title mention from the possessor's start on."""
    k = bisect_right(ix.m_starts, m.start)
    for x in ix.mentions[bisect_left(ix.m_starts, m.start) : k]:
        if x.end > m.end and x.kind == "title":
            return x if _owner_speaks(ix, x) else None  # `her aunt's voice`, not `his wife's sister`
    return None


def _owner_speaks(ix: _Index, m: Mention) -> bool:
    """False for a possessor whose possession is the real subject (`her husband`,
    `Tobin's sister`); true for anything else, and for `her voice`, `Lexa's gaze`."""
    text = ix.text
    possessive = text[m.start : m.end].lower() in _POSSESSIVE if m.kind == "pronoun" else text.startswith(("'s", "’s"), m.end)
    if not possessive:
        return True
    nxt = _NEXT_WORDS.match(text, m.end)
    if nxt is None:
        return True
    first, second = nxt.group(1).lower(), (nxt.group(2) or "").lower()
    if m.kind == "pronoun" and text[m.start : m.end].lower() == "her" and SPEECH_VERB.fullmatch(first):
        return True  # `heard her say`
    return first in _BODY or second in _BODY


_NOT_SUBJECT_AFTER = re.compile(r"^\s*(?:and|or|,|\.|;)", re.IGNORECASE)
_PREP_ONLY = re.compile(rf"\b(?:{_PREPS})\s+(?:the\s+)?$", re.IGNORECASE)


# a past-tense verb right before a name makes the name its object (not `indeed`, `Ned`)
_VERB_BEFORE = re.compile(r"\b(?!indeed\b)[a-z]{3,}ed\s+$")


def _verb_subject(ix: _Index, start: int, verb_start: int) -> Mention | None:
    """The subject nearest before the verb of a tag clause: `Nell rubbed her hands and
    Brother Tobias looked up and said`, `as he had said`. A name counts when no
    preposition precedes it and it is not an object (`hugged Tobin and said`)."""
    text = ix.text
    for m in reversed(ix.mentions_in(start, verb_start)):
        if m.kind == "pronoun":
            if text[m.start : m.end].lower() in _NOMINATIVE:
                return m
            continue
        if _PREP_ONLY.search(text[max(start, m.start - 12) : m.start]) or not _owner_speaks(ix, m):
            continue
        if _VERB_BEFORE.search(text[max(start, m.start - 20) : m.start]):
            continue  # `He beckoned Tom into the hall and said`: the one beckoned is no subject
        near = len(_WORD.findall(text[m.end : verb_start])) <= 2
        if near or not _NOT_SUBJECT_AFTER.match(text[m.end : m.end + 5]):
            return m
    return None


_NOMINATIVE = frozenset({"he", "she", "i", "we", "they"})
_OBJECTIVE = frozenset({"me", "him", "them", "us"})
_THIRD_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def _unresolved_subject(ix: _Index, start: int, verb_start: int) -> tuple[str, int] | None:
    """The last he/she/they before a tag verb when no mention stands for it: the
    subject nearest the verb, even though nobody could be found for it."""
    last = None
    for last in _THIRD_SUBJECT.finditer(ix.text, start, verb_start):  # noqa: B007 (the last match is read after the loop)
        pass
    if last is None:
        return None
    k = bisect_left(ix.m_starts, last.start())
    if k < len(ix.m_starts) and ix.m_starts[k] == last.start():
        return None
    return last.group(), last.start()


def _bare_pronoun(ix: _Index, start: int, end: int) -> tuple[str, int] | None:
    m = _BARE_PRONOUN.match(ix.text, start, end)
    if m is None:
        lead = re.match(r"\s*(?:[Tt]hen\s+|[Aa]nd\s+|[Bb]ut\s+|[Ss]o\s+)?", ix.text[start:end])
        m = _BARE_PRONOUN.match(ix.text, start + (lead.end() if lead else 0), end)  # the optional group always matches
    if m is None or (m.group(1) == "I" and ix.text[m.start(1)] != "I"):
        return None
    return m.group(1), m.start(1)


def _heard(ix: _Index, m: Mention, verb_start: int, beat: bool = False) -> Mention | None:
    """`I heard one of them cry`, `I can still hear him shout`: the one heard speaks,
    not the one hearing; in a beat also the one the narrator sees (`I can see Douglas
    there by the fire. "..."`). Returns the speaker's mention, `m` itself when nobody is perceived,
    or None when the one perceived is nobody the characters stage found."""
    seen = beat and m.character == ix.narrator  # what the narrator sees is told in beats
    heard = (_PERCEIVE_BEAT if seen else _PERCEIVE).search(ix.text, m.end, verb_start)
    if heard is None:
        return m
    ms = ix.mentions_in(heard.end(), min(verb_start, heard.end() + HEARD_REACH))
    return ms[0] if ms else _group_voice(ix, heard.end(), verb_start)


# an unnamed voice (`heard one voice say`, `said a shrill voice in the crowd`)
_A_VOICE = re.compile(r"\s*(?:a|an|one|another|some|other|several)\s+(?:[\w’'-]+\s+){0,3}?voices?\b", re.IGNORECASE)
_VOICE_IN = re.compile(r"\s+(?:in|from|among|amongst|out of)\s+")
GROUP_VOICE_BACK = 400  # characters before an unnamed voice within which its group is named


def _group_voice(ix: _Index, start: int, end: int, back: bool = True) -> Mention | None:
    """A group character speaks through an unnamed voice of it: `a voice in the crowd`,
    or `she heard one voice say` right after the narration named the men who came in.
    None when the voice is no group's (or is no voice at all); `back` looks for the
    group named before the voice."""
    # `voice` is itself a tag verb (`she voiced`), so the voice may run past `end`
    v = _A_VOICE.match(ix.text, start, max(end, start + TAG_REACH))
    if v is None:
        return None
    prep = _VOICE_IN.match(ix.text, v.end(), v.end() + 12)
    if prep is not None:
        ms = ix.mentions_in(prep.end(), prep.end() + 5)  # `in the crowd`: the mention may hold `the`
        return ms[0] if ms and not ix.text[prep.end() : ms[0].start].strip(" the") and ix.gender.get(ms[0].character) == "they" else None
    if not back:
        return None
    lo = bisect_left(ix.m_starts, start - GROUP_VOICE_BACK)
    for m in reversed(ix.mentions[lo : bisect_left(ix.m_starts, start)]):
        if ix.gender.get(m.character) == "they" and not ix.in_quote(m.start):
            return m
    return None


def _heard_last(ix: _Index, m: Mention, s0: int, end: int) -> Mention | None:
    """The one whose voice the narration's last sentence hears (`He heard her speak.`,
    `I heard the doctor's voice.`) says the next line, not the listener `m`; None when
    that voice is nobody the characters stage found (`He heard a voice.`)."""
    if m.start < s0:
        return m
    return _heard(ix, m, end)


# a clause joined to a he/she clause: `he mutters, and Price throws a glove`, `she said, as
# Nan came in`, `he said; Tom laughed`
_JOINED = re.compile(r"(?:,\s*(?:and|but|as|while|when|so|then|till|until)|\s+(?:and|but|while|as)|;)\s+(?:then\s+)?")
# the clause joined right onto a tag, past at most a word or two of it (`she says, low,
# and`), after a comma or a semicolon: a bare `as` (`He grinned as he pushed ...`) goes on
# with the tag's own clause (measured: taking it too lost 2 on SE train)
_JOINED_ON = re.compile(r"(?:,\s+[a-z]+){0,2}?(?=[,;])(?:" + _JOINED.pattern + ")")
# a joined clause runs to its first stop: `, and Mina does. She ...`
_CLAUSE_END = re.compile(r"[,;.!?\"“”]")


def joined_clauses(text: str, start: int, end: int, on_tag: bool = False) -> list[tuple[int, int]]:
    """The clauses joined to the one at `start` before `end`, each as (its start, its end
    at its first stop or `end`): a he or she is never someone the clause joined to its own
    names, and both checks of that read the clauses here (`switched_subjects`,
    `replies._named_after`). `on_tag`: only the one joined right onto the tag at `start`."""
    if on_tag:
        j = _JOINED_ON.match(text, start, end)
        opens = [j.end()] if j is not None else []
    else:
        opens = [j.end() for j in _JOINED.finditer(text, start, end)]
    out = []
    for at in opens:
        stop = _CLAUSE_END.search(text, at, end)
        out.append((at, stop.start() if stop is not None else end))
    return out


def switched_subjects(ix: _Index, offset: int) -> set[str]:
    """Characters named (not by a pronoun) as the subject of a clause joined to the one
    the he/she at `offset` opens, before the sentence ends or a line starts: a writer
    names the next clause's subject when it is someone new (`"...," he mutters, and
    Price throws a glove at him` -- he is not Price; one going on would be `and throws`)."""
    para = ix.work.paragraphs[ix.para_of(offset)]
    k = bisect_right(ix.q_starts, offset)
    end = min(ix.stop_after(offset, para.end), ix.q_starts[k] if k < len(ix.q_starts) else para.end)
    out: set[str] = set()
    for j, _ in joined_clauses(ix.text, offset, end):
        m = next(iter(ix.mentions_in(j, j + 1)), None)
        if m is not None and m.kind != "pronoun" and m.character is not None and _owner_speaks(ix, m):
            out.add(m.character)
    return out
