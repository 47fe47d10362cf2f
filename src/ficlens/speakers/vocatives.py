"""Vocatives: the names a line calls (`"Bell, come here."`), inside a turn or a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left

from ficlens.lang.en.function_words import CALL_CLAUSE_OPENERS, CALL_OPENERS
from ficlens.lang.en.kin import KIN_NOUNS
from ficlens.lang.en.person_nouns import PERSON_NOUNS
from ficlens.model import Quote
from ficlens.speakers.index import _Index
from ficlens.speakers.patterns import _ABBREV

# after a greeting the name is a call with no comma before it (`"Hi Mom."`, `"thank you Bea."`)
_CALLS = "|".join(sorted(CALL_OPENERS | {w.capitalize() for w in CALL_OPENERS}, key=len, reverse=True)).replace(" ", r"\s+")
_VOC_BEFORE = re.compile(r"(?:^|[,;—–-]|\b(?:oh|Oh|O|dear|my|" + _CALLS + r"))\s*$")
_VOC_AFTER = re.compile(r"^\s*(?:[,.!?;…—–-]|$)")
# a call opening a new clause of the line after `and`/`but`: `"Well rowed!--and Tom, where
# were you?"` (the name then a comma: a call, not a subject; a bare sentence start is not
# enough, `"Be quiet. Tom, who was there, knows."`)
_VOC_TURN_BEFORE = re.compile(r"(?:[,;—–-]\s*(?:and|but|now))\s+$")
_VOC_TURN_AFTER = re.compile(r"^\s*,")


# a call opening a later sentence, when a pronoun or a plea opens the clause after it:
# `"... before the frost. Aunt, you promised me."`, also past a fond apposition (`"Sit
# down! Ada, my dear girl, you look frozen."`); not `"Tom, who was there, knows."`
_VOC_SENT_BEFORE = re.compile(r"[.!?]\s+$")
# (or an order or a question opens it: `"Sit. Bea, get the plates."`, `"Bea, is that yours?"`)
_CLAUSE = "|".join(sorted(CALL_CLAUSE_OPENERS | {"you", "I", "we", "please", "let"}, key=len, reverse=True))
_VOC_SENT_AFTER = re.compile(r"^\s*,\s*(?:(?:my|our)\s+[^,.!?]{1,30},\s*)?(?:" + _CLAUSE + r")\b", re.IGNORECASE)


# a name in apposition is talked about, not called: `my friend, Miss Spencer`, `the maid,
# Ada Mason` (a person noun after `my`, `our` or `the` just before it; not `You're a fine
# girl, Fergy` nor `He's your master, Danny`, nor a name ending a question or a cry), and
# `Ulric Fiennes, the sculptor, you know` (a short noun phrase after it, between commas)
_APPOS_NOUNS = PERSON_NOUNS | frozenset(KIN_NOUNS) | {"friend", "neighbour", "neighbor", "cousin", "partner", "colleague"}
_APPOS_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Tt]he)\s+(?:[a-z]+\s+){0,2}([a-z]+),\s*$")
_APPOS_AFTER = re.compile(r"^,\s*(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,")


# a name that opens the line as a question and the line goes on is echoed, asked about:
# `"Rennick? No, he left at noon."` (a lone `"Rennick?"` may still be a call, and so is
# `"Rennick? Are you there?"` and `"Rennick? Rennick, wake up."`)
_ECHO_AFTER = re.compile(r"^\s*\?\s+(?!(?:[Aa]re|[Ii]s (?:that|it)|[Yy]ou|[Ww]here are)\b)[\w‘'“\"…]")
# a name after a dash that follows a word, ending its clause: a name supplied for what
# came before, `"the new clerk—Rennick—told me"`, `"it was the cook—Mrs. Abel."`
# (not `"and—Rennick, a glass?"`, a call after the break)
_DASH_BEFORE = re.compile(r"[a-z]\s*[—–]\s*$")
_DASH_AFTER = re.compile(r"^\s*(?:[.—–]|$)")
# a name opening the line with `sir` or `my lord` after it is announced to the one so
# called: `"Mr. Rennick, sir."`, `"Mrs. Abel, my lady, is waiting."`
_ANNOUNCE_AFTER = re.compile(r"^,\s*(?:sir|madam|ma[’']am|my lord|my lady|your lordship|your ladyship)\b")


def _talked_about(text: str, qstart: int, qend: int, start: int, end: int) -> bool:
    """Whether a name that reads like a call is an echo, an aside or an announcement."""
    after = text[end : min(qend, end + 40)]
    opening = start <= qstart + 2
    if opening and _ECHO_AFTER.match(after) and not after.lstrip(" ?").startswith(text[start:end].split()[-1]):
        return True
    if _DASH_BEFORE.search(text[max(qstart + 1, start - 6) : start]) and _DASH_AFTER.match(after):
        return True
    return opening and _ANNOUNCE_AFTER.match(after) is not None


def _apposed(before: str) -> bool:
    g = _APPOS_BEFORE.search(before)
    return g is not None and g.group(1) in _APPOS_NOUNS


# a name that is a sentence of its own inside the line, after a word's full stop, calls:
# `"Hey. Robin. Rob."`, `"I know. Sam. Stop."`, `"Oh. Ada."`, `"I vote we go in. Ada?"`.
# Not after a question, which it may answer (`"Who came? Tom."`), nor after a cry (`"Oh!
# George!"`: measured, it lost an end-to-end merge on se-dev), an initial or a title
# (`"... to see J. A. Lamb!"`, `"Dr. Moss."`), nor a name the speaker gives as their own
# (`"It's me. Major Brent."`, `"Mine's Byng. Reggie Byng."`)
_VOC_ALONE_BEFORE = re.compile(r"(?:\b(?:\w*[a-z]{2}|[A-Z][a-z])[.…]|…)\s+$")
_VOC_ALONE_AFTER = re.compile(r"^[.!?…]")
_DESCRIBING = frozenset({"My", "Our", "Your", "His", "Her", "Their", "The", "That", "This"})
_OWN_NAME_BEFORE = re.compile(r"(?:\bme|\b(?:[Mm]ine|[Nn]ame)[’']s\b[^.!?…]*)[.!…]\s+$")


def _voc_alone(before: str, after: str, name: str) -> bool:
    if not name[:1].isupper() or name.split()[0] in _DESCRIBING:
        return False  # `"Yeah. My sister. She wants me home."`: a description, talked about
    stop = before.rstrip()
    if _ABBREV.search(stop[:-1] + ".") and not stop.endswith("No."):
        return False  # `"... with Mr. Lamb."`, `"Mrs. Lamb!"`: a title, not a full stop
    return bool(_VOC_ALONE_BEFORE.search(before) and _VOC_ALONE_AFTER.match(after)) and not _OWN_NAME_BEFORE.search(before)


def _voc_turn(before: str, after: str) -> bool:
    return bool(_VOC_TURN_BEFORE.search(before) and _VOC_TURN_AFTER.match(after))


def _voc_sentence(before: str, after: str) -> bool:
    return bool(_VOC_SENT_BEFORE.search(before) and _VOC_SENT_AFTER.match(after))


def _vocatives(ix: _Index, q: Quote) -> list[str]:
    """Characters addressed by name inside the quote: `"..., Clarke."`, `"Bell! ..."`."""
    known = ix.vocs.get(q.start)
    if known is not None:
        return list(known)
    text, out = ix.text, list[str]()
    if _answers_with_a_name(ix, q):
        return out
    for m in ix.mentions_in(q.start + 1, q.end):
        if m.kind == "pronoun" or m.end > q.end:
            continue
        before = text[max(q.start + 1, m.start - 12) : m.start]
        after = text[m.end : min(q.end, m.end + 12)]
        if (m.start <= q.start + 2 or _VOC_BEFORE.search(before)) and _VOC_AFTER.match(after) or _voc_turn(
            before, after
        ) or _voc_sentence(before, text[m.end : min(q.end, m.end + 50)]) or _voc_alone(
            text[max(q.start + 1, m.start - 30) : m.start], after, text[m.start : m.end]
        ):
            rest = text[m.end : min(q.end, m.end + 60)]
            if _APPOS_AFTER.match(rest) or _apposed(text[max(q.start + 1, m.start - 40) : m.start]) and not rest.lstrip().startswith(("?", "!")):
                continue
            if _talked_about(text, q.start, q.end, m.start, m.end):
                continue
            if _inner_quoted(text, q.start + 1, m.start):
                continue  # `"Someone said to me, 'We don't, Mrs. Hale.'"`: a call repeated, not made
            if m.character not in out:
                out.append(m.character)
    if ix.group_calls is not None:
        rx, ids = ix.group_calls
        for g in rx.finditer(text, q.start + 1, q.end):
            before, after = text[max(q.start + 1, g.start() - 12) : g.start()], text[g.end() : min(q.end, g.end() + 3)]
            if (g.start() <= q.start + 2 or _VOC_BEFORE.search(before)) and _VOC_AFTER.match(after) and ids[g.group().lower()] not in out:
                out.append(ids[g.group().lower()])  # `"Who bids, friends?"`
    ix.vocs[q.start] = out
    return list(out)


# an inner quotation opening (‘ or ' after a space or mark, then a capital) and its close (not an apostrophe)
_INNER_OPEN = re.compile(r"(?:(?<=[\s,:;(—–-])[‘']|“)(?=[A-Z])")
_INNER_CLOSE = re.compile(r"[’'](?![A-Za-z])|”")


def _inner_quoted(text: str, start: int, pos: int) -> bool:
    """Whether `pos` sits inside a quotation nested in the quote whose text starts at `start`."""
    opened = None
    for opened in _INNER_OPEN.finditer(text, start, pos):  # noqa: B007 (the last match is read after the loop)
        pass
    return opened is not None and _INNER_CLOSE.search(text, opened.end(), pos) is None


# possessive: each word taken whole (the same matches); tried as 1-3 pieces of one long
# capitalised token, the pattern took seconds on a few hundred letters
_BARE_NAME = re.compile(r"\W*(?:[A-Z][\w'’.-]*+\s*){1,3}[.…]?\W*")


_ASKS_WHO = re.compile(r"\b(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich|[Nn]ame|called|[Ww]ho[’']s)\b")


def _answers_with_a_name(ix: _Index, q: Quote) -> bool:
    """A line that is only a name, right after a question asking after someone (`"What is
    his name?"` / `"Hollis."`), answers it: the name is who was asked about, not who is
    spoken to. After any other question (`"Can I buy both?"` / `"Iz."`) the name calls
    (measured: fanfic-train +5 / +2 quotations end to end / gold chars, fanfic-dev gold +2)."""
    body = ix.text[q.start + 1 : q.end - 1]
    if not _BARE_NAME.fullmatch(body) or "!" in body or "?" in body:
        return False
    i = bisect_left(ix.q_starts, q.start) - 1
    if i < 0:
        return False
    prev = ix.work.quotes[i]
    said = ix.text[prev.start : prev.end].rstrip("\"'”’ ")
    # a question asking after someone (`"Who did it?"`, `"And his name?"`); a bare name
    # after any other question calls (`"Can I have both?"` / `"Iz."`)
    asked = said.endswith("?") and _ASKS_WHO.search(said[said.rfind(".", 0, len(said) - 1) + 1 :]) is not None
    return asked and ix.para_of(prev.start) >= ix.para_of(q.start) - 1
