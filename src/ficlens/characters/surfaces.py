"""Which surface forms are names: AO3 character tags, capitalised words used as names, forms kept as people."""

from __future__ import annotations

import re
from collections import Counter

from ficlens.characters.cluster import (
    Clusters,
    entry_forms,
)
from ficlens.characters.names import (
    Occ,
)
from ficlens.characters.tuning import _MID_CAPITAL, NAME_WORD_MIN
from ficlens.fandoms import CharacterEntry, Pack
from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.honorifics import ELDER_TITLES, HONORIFICS, REALM_TITLES
from ficlens.lang.en.kin import KIN_CALL_NAMES
from ficlens.lang.en.places import PLACE_HEADS
from ficlens.model import Work

_NOT_A_CHARACTER_TAG = re.compile(r"(?i)^(original|oc\b|reader|you\b|other character|minor character|background)")


def _tagged(work: Work, pack: Pack | None) -> list[CharacterEntry]:
    """The author's AO3 character tags, as entries: "Honoroit Banlardois" is then the name
    of the "Honoroit" in the text. Tags the pack already has are left to the pack."""
    known = {entry_forms(c)[0] for c in pack.characters} if pack else set()
    out = []
    for tag in work.meta.tags.get("character", []):
        entry = CharacterEntry(tag)
        if _NOT_A_CHARACTER_TAG.match(tag) or entry_forms(entry)[0] in known:
            continue
        out.append(entry)
    return out


def _name_words(text: str, lower: Counter[str]) -> set[str]:
    """Common words the text uses as a name ("Wren", "Hope"): capitalised in mid-sentence
    more often than written in lower case, so "Wren looked up" opening a sentence is the
    name too, not a word to strip."""
    mid = Counter(_MID_CAPITAL.findall(text))
    return {w.lower() for w, n in mid.items() if n >= NAME_WORD_MIN and n > lower[w.lower()]}


# texting style: a line with no capital at all ("also rowan says the reservoir can wait")
_NO_CAPITAL = re.compile(r"[^A-Z]*")
TEXTING_WORDS = 4  # words at least in such a line: "oh no", "yes" say nothing of style


def texting(text: str, quotes: list) -> list[tuple[int, int]]:
    """Spans of quotes written all in lower case from their first word, as text messages
    and chat lines are: their words say nothing about which words the story capitalises
    as names ("rowan" texted beside "Rowan Pike"). A quote going on after a tag (`," he
    said, "and then...`) is no such line."""
    out = []
    for q in quotes:
        body = text[q.start + 1 : q.end - 1]
        before = text[max(0, q.start - 2) : q.start]
        if len(body.split()) >= TEXTING_WORDS and _NO_CAPITAL.fullmatch(body) and not before.rstrip().endswith(","):
            out.append((q.start, q.end))
    return out


def canon_terms(pack: Pack | None) -> frozenset[str]:
    """A pack's places, groups and words of its canon ("Polis", "the Ark"), with and
    without their article: none of them is ever a character."""
    terms = pack.terms if pack is not None else ()
    return frozenset(t for term in terms for t in (term, term[4:] if term.lower().startswith("the ") else term))


def addressed_words(occs: list[Occ]) -> frozenset[str]:
    """Words the text shows to be a person's name: written after a personal honorific
    ("Mr. Battle", "Inspector Hall"), a surname, so the same word alone names that person,
    not a place ("Battle said"); and an elder's family title alone that tags a line or
    is called out ("said Mother", "Mother, look"), a name, not a bare title."""
    out = {o.core for o in occs if o.hon is not None and o.hon not in REALM_TITLES and " " not in o.core}
    out.update(o.core for o in occs if o.hon is None and o.core in ELDER_TITLES and (o.speech or o.vocative))
    return frozenset(out)


def _keep_surface(
    o: Occ, clusters: Clusters, vocab: set[str], terms: frozenset[str] = frozenset(),
    addressed: frozenset[str] = frozenset(),
) -> bool:
    if o.surface in KIN_CALL_NAMES:
        return True  # `Mum came in`: names.extract let it through only with no owner before it
    if o.surface in clusters.exact:
        # a pack alias that is also a common word ("Echo", "Hope") counts only mid-sentence
        return not (o.initial and " " not in o.surface and o.surface.lower() in vocab)
    if o.surface in terms or o.core in terms:
        return False  # "Polis" is a city of the canon, not a person
    if o.epithet:
        return True
    last = o.core.rsplit(None, 1)[-1]
    if o.hon is None and o.core not in addressed and (last in PLACE_HEADS or last.endswith(("shire", "men"))):
        return False  # "Front Street", "Yorkshire", "Englishmen"; but "Mr. Church", and "Church" alone once he is "Mr. Church"
    if o.hon is None and o.core in HONORIFICS:
        return HONORIFICS[o.core] == "n" or o.core in addressed  # a bare title may name its holder (see cluster)
    if o.hon is None and o.core in STOP and not o.speech:
        return False  # a tag's own speaker survives: `..." Irish remarked` (names.tag_named)
    if o.hon is None and o.initial and " " not in o.core and o.core.lower() in vocab:
        return False
    return True
