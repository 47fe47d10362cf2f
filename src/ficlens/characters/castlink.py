"""A description in a speech tag linked to a named character by the dialogue around it.

`"...," sobbed the old servant.` names nobody on its own; a writer who describes a
speaker this way often lets the next speaker call them by name: `"There, Hannah," said
Kit`. `reply_calls` returns, for such descriptions, the character the reply calls:

- the description is definite ("the old servant", not "a servant", not "my aunt") and
  tags a quote right before it;
- the reply is the next turn: the first later quote, within REPLY_REACH characters, in a
  later paragraph or tagged by name; its tag names its speaker, and it calls exactly one
  character by name, not that speaker;
- the description's noun and that character agree in gender when both are known.

`Links` uses the result before salience (see `nominals`); no scratch keys.
"""

from __future__ import annotations

from bisect import bisect_right

from ficlens.characters.names import Occ
from ficlens.characters.nominals import head_noun, is_indefinite, noun_gender

REPLY_REACH = 600  # characters from the description to the reply that calls it by name
TAG_GAP = 80  # characters between a quote's end and the subject of its tag


def reply_calls(occs: list[Occ], noms: list[Occ], quotes: list, smap: dict, genders: list,
                paras: list[int]) -> dict[int, int]:
    """Start of a description tag -> the entity the reply calls by name (module doc).
    `paras` are the paragraph starts."""
    speech = [q for q in quotes if q.kind != "non_speech"]
    qends = [q.end for q in speech]
    calls: dict[int, set[int]] = {}  # quote index -> entities it calls by name
    tagged: dict[int, int] = {}  # quote index -> entity its tag names
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1:
            continue
        qi = bisect_right(qends, o.start) - 1
        if o.quoted and o.vocative and qi + 1 < len(speech) and speech[qi + 1].start < o.start:
            calls.setdefault(qi + 1, set()).add(t[0])
        elif o.speech and not o.quoted and qi >= 0 and o.start - qends[qi] <= TAG_GAP:
            tagged.setdefault(qi, t[0])
    out: dict[int, int] = {}
    for d in noms:
        if not d.speech or d.quoted or is_indefinite(d.surface) or d.surface.lower().startswith("my "):
            continue
        qi = bisect_right(qends, d.start) - 1
        if qi < 0 or d.start - qends[qi] > TAG_GAP:
            continue
        g = noun_gender(head_noun(d.core))
        for j in range(qi + 1, len(speech)):
            if speech[j].start - d.end > REPLY_REACH:
                break
            if j not in tagged:
                if bisect_right(paras, speech[j].start) - 1 == d.para:
                    continue  # the described speaker goes on
                break  # an untagged reply: who it calls says nothing sure
            names = calls.get(j, set()) - {tagged[j]}
            if len(names) == 1 and len(calls[j]) == 1:
                v = next(iter(names))
                if g is None or genders[v] in (g, None):
                    out[d.start] = v
            break
    return out
