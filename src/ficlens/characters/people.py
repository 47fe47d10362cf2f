"""Which clusters are people, and which descriptions (`the old man`) stand for one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ficlens.characters.cluster import (
    Ent,
)
from ficlens.characters.describe import _description_gender
from ficlens.characters.names import (
    Occ,
)
from ficlens.characters.tuning import _WORDLIKE
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.kin import FAMILY_ROLES, KIN_PARENT
from ficlens.lang.en.person_nouns import PERSON_NOUNS
from ficlens.lang.en.places import PLACES
from ficlens.tally import Tally

# speech tags ("said the Lion") that make a name a person however often "the" comes before it
SPEAKS_PERSON = 2
RECUR_SUBJECT = 3  # narration uses as a sentence subject that make "the captain" someone
# role nouns: no plain word of age and sex (`describe._plain_person`), no kin word
_PLAIN = frozenset("man woman girl boy lady gentleman youth lad lass fellow child creature".split())
_ROLES = frozenset(n for n in PERSON_NOUNS if n not in _PLAIN and n not in FAMILY_ROLES and n not in KIN_PARENT)


def _people(occs: list[Occ], smap: dict, ents: list[Ent], closed: bool) -> set[int]:
    """Entities kept as characters: entries always, text-found ones on person evidence."""
    person: Tally[int] = Tally()
    place: Tally[int] = Tally()
    count: Tally[int] = Tally()
    speaks: Tally[int] = Tally()  # speech tags naming it: "said the Lion"
    strong: set[int] = set()
    inner: set[int] = set()  # seen at least once mid-sentence
    personal: set[int] = set()  # ever a speaker, vocative, possessor or with an honorific
    for o in occs:
        t = smap.get(o.surface)
        if not t or o.capitals:
            continue  # a name in capitals (`"DIAZ!"`) only adds to one the text shows otherwise
        for idx in t:
            w = 1.0 / len(t)
            count[idx] += w
            # "the Admiral Benbow" (an inn), "the Prince Albert": an honorific after
            # "the" names a thing
            hon = o.hon is not None and not o.after_the
            p = 2 * o.speech + 2 * o.vocative + 2 * hon + o.subject + o.possessive
            person[idx] += w * p
            speaks[idx] += w * o.speech
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
        if (pv < place[i] or (pv == place[i] and count[i] < 2)) and speaks[i] < SPEAKS_PERSON:
            continue  # a thing, unless it speaks: "the Cowardly Lion" is "the" a dozen times
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


# the phrase a writer tells a plain person apart by: "the man in the cardigan", "the woman
# with the brown umbrella" (a preposition, an article or possessive, one or two words)
_MARK = re.compile(r"[ \t]+(?:in|with|from)[ \t]+(?:the|a|an|his|her|their)[ \t]+([a-z]+)(?:[ \t]([a-z]+))?")
MARKED_RECUR = 2  # narration uses of one marked description that make it someone


def marked_descriptions(text: str, noms: list[Occ]) -> list[Occ]:
    """`noms` with a plain description the narration marks by a phrase of its own the same
    way at least MARKED_RECUR times ("The man in the cardigan has been holding the same
    book ... The man in the cardigan puts the book down") written out in full: one
    unnamed person the writer keeps apart from whoever is on stage (`picked_out`). Of the
    phrase's one- and two-word forms the longest that recurs counts ("in the brown coat",
    not "in the cardigan has")."""
    forms: dict[int, list[str]] = {}
    seen: Counter[str] = Counter()
    for k, o in enumerate(noms):
        if o.quoted or o.speech or o.surface.lower() != "the " + o.core.lower():
            continue  # a plain "the man", not "the old man" (told apart already) nor a tag
        m = _MARK.match(text, o.end)
        if m:
            short = text[o.end : m.end(1)].replace("\t", " ")
            forms[k] = [o.surface + short + (" " + m.group(2) if m.group(2) else ""), o.surface + short]
            seen.update({f.lower() for f in forms[k]})
    out = list(noms)
    for k, fs in forms.items():
        f = next((f for f in fs if seen[f.lower()] >= MARKED_RECUR), None)
        if f is not None:
            out[k] = replace(noms[k], surface=f, end=noms[k].end + len(f) - len(noms[k].surface))
    return out


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
    _recurring(noms, out, ents, keep)
    # a description the narration marks the same way again (`marked_descriptions`) is
    # someone of their own though no tag names them so: "he asks" carries their lines
    for o in noms:
        if not o.quoted and not o.speech and o.surface.lower() not in out:
            if o.surface.lower().startswith("the " + o.core.lower() + " ") and _MARK.match(o.surface, len(o.core) + 4):
                e = Ent(len(ents), label=o.surface)
                e.gender = _description_gender(o.core)
                ents.append(e)
                keep.add(e.idx)
                out[o.surface.lower()] = e.idx
    for o in noms:
        if o.surface.lower() in out:
            out.setdefault(o.surface, out[o.surface.lower()])
    return out


def _recurring(noms: list[Occ], out: dict[str, int], ents: list[Ent], keep: set[int]) -> None:
    """Entities for an unnamed person the narration keeps acting by a role noun alone
    ("the captain blew through his nose ... the captain made no change in his dress"),
    never tagging a quote with it: "he said" carries the lines, and with no character
    for him they went to whoever was named. A role noun made a sentence subject in the
    narration RECUR_SUBJECT times is someone; the plain words of age and sex ("the man")
    and kin words are left to salience and `kinship`, and a title a named character
    holds ("the doctor" for Dr. Ames) still names that character (`Links`)."""
    subjects: Tally[str] = Tally()
    for o in noms:
        words = o.surface.lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in _ROLES and o.subject and not o.quoted:
            subjects[words[1]] += 1
    for noun, n in subjects.items():
        if n < RECUR_SUBJECT or f"the {noun}" in out or f"The {noun}" in out:
            continue
        e = Ent(len(ents), label=f"the {noun}")
        e.gender = _description_gender(noun)
        ents.append(e)
        keep.add(e.idx)
        out[f"the {noun}"] = out[f"The {noun}"] = e.idx
