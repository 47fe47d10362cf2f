"""Descriptions as characters: kin words, plain persons, leading descriptions, their gender and label."""

from __future__ import annotations

import re
from collections import Counter

from ficlens.characters.cluster import (
    Ent,
)
from ficlens.characters.names import (
    Occ,
)
from ficlens.characters.nominals import (
    _modifiers,
    noun_gender,
)
from ficlens.characters.tuning import NOMINAL_LINK
from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.given_names import ELDER_NAMES
from ficlens.lang.en.honorifics import HONORIFICS, RANK_STYLE_GENDER, RANK_STYLE_KEYS, RANK_TITLES
from ficlens.lang.en.kin import FAMILY_ROLES
from ficlens.lang.en.person_nouns import AGE_FORMS

_FAMILY_ROLES = FAMILY_ROLES  # lang/en/kin.py says which kin words and why


def _kin_word(o: Occ) -> bool:
    """A definite family role ("said the mother", "the father asked"): with a character list it still
    names a salient listed character of that gender, a writer's way to avoid the name."""
    return o.surface.lower().startswith("the ") and o.surface.rsplit(None, 1)[-1] in _FAMILY_ROLES


# head nouns that say only age and sex: "said the girl" is mostly someone already named
_PLAIN_PERSON = frozenset("man woman girl boy lady gentleman youth lad lass fellow".split())


def _plain_person(o: Occ) -> bool:
    """A definite "the young man", "the girl": with a character list a writer's way to
    avoid repeating the salient character's name, not a newcomer like "said the officer"."""
    words = o.core.lower().split()
    return len(words) <= 3 and words[0] == "the" and words[-1] in _PLAIN_PERSON


def rank_style(phrase: str) -> bool:
    """"his lordship", "her Ladyship", "my lord": a rank's style of address that stands for
    its holder on stage (`honorifics.RANK_STYLE_KEYS` says which)."""
    # `names.extract` files a style under its lower-case key, so the test is on that key
    return " ".join(phrase.lower().split()) in RANK_STYLE_KEYS


def not_ranked(o: Occ, ents: list[Ent], state: dict, genders: list) -> set[int]:
    """For "said his lordship": the entities on stage that hold no title of rank ("Lord
    Peter", "Lady Fanny"), when one of the style's gender does; salience then picks among
    the ranked ones (his valet is more salient, but not "his lordship"). Empty otherwise."""
    if not rank_style(o.core):
        return set()
    g = _description_gender(o.core)
    ranked = {i for i in state if any(h in RANK_TITLES for h, _ in ents[i].hon_forms) and genders[i] in (g, None)}
    return {i for i in state if i not in ranked} if ranked else set()


def _plain_word(o: Occ) -> bool:
    """A description that says only age and sex ("the woman", "the old man"): a writer's
    way to avoid a name, so it may stand for the salient character of its gender; so does
    a rank's style ("said his lordship"), for the one on stage who holds it."""
    if rank_style(o.core):
        return True
    return any(len(w) <= 3 and w[-1] in _PLAIN_PERSON for w in (o.surface.lower().split(), o.core.lower().split()) if w)


# a description's own words after its noun that pick someone out: "the man in the brown
# coat", "the woman with the basket", "the man at the gate"
_PICKED_OUT = re.compile(r"[ \t]+(?:in|at|with|from|on)[ \t]")


def picked_out(o: Occ) -> bool:
    """A plain description with a phrase of its own after the noun ("said the man in the
    brown coat"): the writer tells this person apart by it, so it is not the salient man
    the bare "the man" would stand for (measured: salience gave "the man with the brown
    coat" to the hero on stage). A relative clause ("the old man, who had waited") is no
    such sign: it goes on about the one on stage as often (measured: taken too, LitBank -4)."""
    core = o.core.rstrip()
    if o.surface.startswith(core):
        return _PICKED_OUT.match(o.surface, len(core)) is not None
    # a narration description keeps its head noun alone as core ("man" of "the man in the cardigan")
    lead = "the " + core.lower()
    return o.surface.lower().startswith(lead) and _PICKED_OUT.match(o.surface, len(lead)) is not None


def _leads(occs: list[Occ], smap: dict, genders: list, narrator: int | None) -> dict[str, int]:
    """Per gender (he, she), the entity named most often: the likely referent of a bare
    pronoun that opens a story or a scene before anyone of that gender is named in it."""
    named: Counter[int] = Counter()
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1 and not o.quoted and t[0] != narrator:
            named[t[0]] += 1
    out: dict[str, int] = {}
    for idx, _n in named.most_common():
        if genders[idx] in ("he", "she"):
            out.setdefault(genders[idx], idx)
    return out


def _description_gender(description: str) -> str | None:
    if rank_style(description):
        # "his Grace" is a man, "her Majesty" a woman; "my lord" says it in its noun
        first, word = description.lower().split()
        return {"his": "he", "her": "she"}.get(first) or RANK_STYLE_GENDER.get(word)
    return noun_gender(description.rsplit(None, 1)[-1])


def _describe(
    o: Occ, state: dict, genders: list, nominal: dict[str, int], decay: float, named: set[int] | tuple = ()
) -> int | None:
    """Who "the old man" is: a salient named character of its gender not named in the
    same sentence (a writer's way to avoid repeating a name), else the unnamed person of
    that description, if one speaks. A description that has a gender takes only a
    character known to be of it (measured: one named only in calls, "Ferreira", took
    "said the old woman" from the woman on stage; LitBank and fanfic train gained)."""
    g = _description_gender(o.core)
    best, best_score = None, NOMINAL_LINK
    for idx, (sal, sent, _start, _subj) in state.items():
        if sent == o.sent or idx in nominal.values() or idx in named:
            continue
        if g is not None and genders[idx] != g:
            continue  # salience alone never makes one the text gives no gender "the old woman"
        score = sal * decay ** (o.sent - sent)
        if score > best_score:
            best, best_score = idx, score
    return best if best is not None else nominal.get(o.surface)


def _kind(o: Occ, e: Ent) -> str:
    if o.epithet or o.surface.startswith(("the ", "The ")):
        return "title"
    if o.hon is not None:
        return "name"
    if " " in o.core or o.core == e.label or any(f.split()[0] == o.core for f in e.full):
        return "name"
    if e.entry is not None:
        names = e.entry.name.split()
        if o.core in names[:1] or o.core == e.entry.name:
            return "name"
    if o.core in HONORIFICS or o.core in STOP:
        return "title"
    return "alias"


# "exclaimed old Hobb", "young Ned": the narration's own age word before a name
# (each word opens on its letter, the lookbehind after it: the engine skips ahead to each
# o or y instead of trying the lookbehind at every position; the same matches)
_AGED = re.compile(r"(o(?<![A-Za-z]o)ld|y(?<![A-Za-z]y)oung)[ \t]+([A-Z][a-z]+)\b(?!\.)")


def aged_names(text: str, smap: dict) -> dict[str, set[int]]:
    """"old" / "young" -> the entities the text calls "old Hobb" / "young Ned"
    (a name that names one entity only); "elder" -> those called by a grandparent word
    ("Nonna"), who are "old" too."""
    out: dict[str, set[int]] = {}
    for m in _AGED.finditer(text):
        t = smap.get(m.group(2))
        if t and len(t) == 1:
            out.setdefault(m.group(1), set()).add(t[0])
    # one called by a grandparent word ("Nonna", "Grandpa") is old as surely
    for s, t in smap.items():
        if s in ELDER_NAMES and len(t) == 1:
            out.setdefault("old", set()).add(t[0])
            out.setdefault("elder", set()).add(t[0])
    return out


def aged_holder(o: Occ, aged: dict[str, set[int]], genders: list, state: dict, apart: set[int]) -> int | None:
    """Who "the old gentleman" is when exactly one character on stage of its gender is
    one the text calls "old X": the writer's own epithet for him."""
    g = _description_gender(o.core)
    ages = {AGE_FORMS.get(w, w) for w in _modifiers(o.core)} & {"old", "young"}
    everyone = {i for a in ages for i in aged.get(a, ()) if g is None or genders[i] in (g, None)}
    cands = {i for i in everyone if i in state and state[i][1] != o.sent}
    if not cands and len(everyone) == 1 and everyone <= aged.get("elder", set()):
        # the story's one grandmother, come back on stage as "the old woman" (one the text
        # calls "old Hobb" may be anyone's old man off stage: measured, SE train -2)
        cands = everyone
    if len(cands) != 1:
        return None
    idx = next(iter(cands))
    return None if idx in apart else idx
