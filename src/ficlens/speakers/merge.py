"""The cast_merge rules: a described speaker the other party calls by name (`"Walter," said the old woman`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ficlens.layers import Cast
from ficlens.model import Character, Quote, Work
from ficlens.speakers.index import _Index
from ficlens.speakers.vocatives import _vocatives

# --- a described speaker the other party calls by name ---

_DETERMINERS = ("a", "an", "the", "one", "another", "this", "that", "some")


def _is_description(c: Character) -> bool:
    forms = [c.name, *c.aliases]
    return all(f[:1].islower() or f.split()[0].lower() in _DETERMINERS for f in forms if f)


def _name_descriptions(work: Work, ix: _Index) -> dict[str, str]:
    """A described speaker ("the child", "the man with the sack") whom the only other
    party of the conversation calls by a name (`"Walter," said the old woman`), or who
    names himself, is the character of that name: its quotes, mentions and descriptions
    move there. Never when the two ever answer each other, when two names tie, or when
    the name and the description disagree in gender."""
    if work.layers.get(Cast).closed:
        return {}  # a user's list says who is who
    chars = {c.id: c for c in work.characters}
    described = {cid for cid, c in chars.items() if _is_description(c)}
    if not described:
        return {}
    speech = [i for i, q in enumerate(work.quotes) if q.kind != "non_speech" and q.speaker is not None]
    paras = [ix.para_of(work.quotes[i].start) for i in speech]
    votes: dict[str, dict[str, int]] = {}
    apart: set[tuple[str | None, str | None]] = set()  # (description, name) seen answering each other
    for k, i in enumerate(speech):
        s = work.quotes[i].speaker
        if k > 0 and paras[k] - paras[k - 1] == 1:  # one paragraph's quotes are one turn, not an answer
            apart.add((s, work.quotes[speech[k - 1]].speaker))
            apart.add((work.quotes[speech[k - 1]].speaker, s))
        if s in described:
            v = _self_named(ix, work.quotes[i], work.quotes[speech[k - 1]] if k > 0 else None, described)
            if v is not None:
                votes.setdefault(s, {}).setdefault(v, 0)
                votes[s][v] += 2  # naming oneself says more than being called
        vocs = [v for v in _vocatives(ix, work.quotes[i]) if v != s and v not in described]
        if len(vocs) != 1:
            continue
        near = [speech[j] for j in (k - 1, k + 1) if 0 <= j < len(speech) and abs(paras[j] - paras[k]) <= 1]
        others = {work.quotes[j].speaker for j in near} - {s}
        if len(others) == 1 and (d := next(iter(others))) in described:
            votes.setdefault(d, {}).setdefault(vocs[0], 0)
            votes[d][vocs[0]] += 1
    merge: dict[str, str] = {}
    for d, vs in votes.items():
        ranked = sorted(vs.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            continue  # two names, no winner
        v = ranked[0][0]
        gd, gv = chars[d].pronouns, chars[v].pronouns
        if (d, v) in apart or (gd and gv and gd != gv):
            continue
        merge[d] = v
    if not merge:
        return merge
    for q in work.quotes:
        if q.speaker in merge:
            q.speaker = merge[q.speaker]
        q.addressees = list(dict.fromkeys(merge.get(a, a) for a in q.addressees if merge.get(a, a) != q.speaker))
    for m in work.mentions:
        if m.character in merge:
            m.character = merge[m.character]
    for d, v in merge.items():
        c = chars[v]
        c.aliases += [f for f in (chars[d].name, *chars[d].aliases) if f not in c.aliases and f != c.name]
        c.mentions += chars[d].mentions
    work.characters = [c for c in work.characters if c.id not in merge]
    cast = work.layers.get(Cast)
    if cast.surfaces:
        work.layers.put(replace(cast, surfaces=tuple((f, merge.get(cid, cid)) for f, cid in cast.surfaces)))
    ix.gender = {c.id: c.pronouns for c in work.characters}
    return merge


_SELF_NAMING = re.compile(r"(?:\bI am|\bI'm|\bI’m|\bI be|\b[Mm]y name is|\bname's|\bname’s|\b[Cc]all me)\s+(?:plain\s+|just\s+)?$")
_WHAT_NAME = re.compile(r"\bname\W*\?", re.IGNORECASE)  # "What name?", "And your name, sir?"


def _self_named(ix: _Index, q: Quote, before: Quote | None, described: set[str]) -> str | None:
    """The named character a line names as its own speaker: `"...I be plain Tom Ash"`,
    `"My name is Askew"`, or a name that answers "What name?"."""
    text = ix.text
    for m in ix.mentions_in(q.start + 1, q.end):
        if m.kind == "pronoun" or m.character in described:
            continue
        lead = text[max(q.start + 1, m.start - 20) : m.start]
        if _SELF_NAMING.search(lead):
            return m.character
        if m.start <= q.start + 2 and before is not None and _WHAT_NAME.search(text, before.start, before.end):
            return m.character
    return None
