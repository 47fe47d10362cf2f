"""Which clusters are people, and which descriptions (`the old man`) stand for one."""

from __future__ import annotations

from ficlens.characters.cluster import (
    Ent,
)
from ficlens.characters.describe import _description_gender
from ficlens.characters.names import (
    Occ,
)
from ficlens.characters.tuning import _WORDLIKE
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.places import PLACES
from ficlens.tally import Tally


def _people(occs: list[Occ], smap: dict, ents: list[Ent], closed: bool) -> set[int]:
    """Entities kept as characters: entries always, text-found ones on person evidence."""
    person: Tally[int] = Tally()
    place: Tally[int] = Tally()
    count: Tally[int] = Tally()
    strong: set[int] = set()
    inner: set[int] = set()  # seen at least once mid-sentence
    personal: set[int] = set()  # ever a speaker, vocative, possessor or with an honorific
    for o in occs:
        t = smap.get(o.surface)
        if not t:
            continue
        for idx in t:
            w = 1.0 / len(t)
            count[idx] += w
            # "the Admiral Benbow" (an inn), "the Prince Albert": an honorific after
            # "the" names a thing
            hon = o.hon is not None and not o.after_the
            p = 2 * o.speech + 2 * o.vocative + 2 * hon + o.subject + o.possessive
            person[idx] += w * p
            place[idx] += w * (o.place + 1.0 * o.after_the + 3 * (o.core in PLACES))
            # a vocative that opens a quote may be an exclamation ("Nonsense!")
            if o.speech or hon or (o.vocative and not o.initial):
                strong.add(idx)
            if o.speech or hon or o.vocative or o.possessive:
                personal.add(idx)
            if not o.initial:
                inner.add(idx)
    keep = set()
    for e in ents:
        if e.entry is not None or e.label == "Y/N":
            keep.add(e.idx)
            continue
        i = e.idx
        if count[i] == 0:
            continue
        pv = person[i] + 1.5 * (e.votes["he"] + e.votes["she"])
        given = e.label.split()[0] if e.label else ""
        if given in FEMALE_NAMES or given in MALE_NAMES:
            pv += 1  # a known given name
            strong.add(i)
        if pv < place[i] or (pv == place[i] and count[i] < 2):
            continue
        if i not in inner and not e.full and (i not in strong or _WORDLIKE.search(e.label)):
            continue  # "Briefly," "Nonsense!" open sentences; names also occur mid-sentence
        votes = e.votes["he"] + e.votes["she"]
        if count[i] < 3 and place[i] > 0 and not (i in personal or votes or i in strong):
            continue  # "riders from Arkadia ... half of Arkadia thinks": no sign of a person
        if pv > 0 and (count[i] >= 2 or i in strong):
            keep.add(i)
        elif count[i] >= 2 and place[i] == 0 and i in inner:
            keep.add(i)
    return keep


def _nominals(noms: list[Occ], ents: list[Ent], keep: set[int]) -> dict[str, int]:
    """Entities for unnamed people who speak: "said the surgeon", "the old man asked".

    A description is a candidate only when it tags a quote at least once; each use of
    it may still turn out to describe a named character (see `_resolve`)."""
    out: dict[str, int] = {}
    for o in noms:
        if not o.speech:
            continue
        # "the tall porter, who had waited" is the later "the tall porter"
        idx = out.get(o.surface, out.get(o.core))
        if idx is None:
            e = Ent(len(ents), label=o.surface)
            e.gender = _description_gender(o.core)
            ents.append(e)
            keep.add(e.idx)
            idx = e.idx
        out.setdefault(o.surface, idx)
        if " " in o.core:
            out.setdefault(o.core, idx)
    return out
