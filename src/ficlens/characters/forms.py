"""Name forms: described names (`my cousin, Arthur`), article and implied forms, the fullest form of a name."""

from __future__ import annotations

import re
from collections import Counter

from ficlens.characters.cluster import (
    Ent,
)
from ficlens.characters.kinship import (
    KIN_NOUNS,
)
from ficlens.characters.names import (
    PARTICLES,
    split_hon,
)
from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.honorifics import HONORIFICS
from ficlens.lang.en.person_nouns import PERSON_NOUNS

_APPOS_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)(?:[ \t]+[a-z][a-z-]*){1,3}),[ \t]+$"
)


def _described_names(text: str, raw: list) -> list[tuple]:
    """A description set before a name in apposition ("my old friend, Walter
    Ames, was at the gate") is one more way the text calls that character: a mention
    over the description. Only a person noun heads it, and the name's clause goes on."""
    taken = {r[0] for r in raw if r[4] is not None}  # a bare "my" may start there
    out = []
    for start, end, idx, _kind, surface, quoted in raw:
        if surface is None or not surface[:1].isupper() or text[end : end + 1] not in (",", "."):
            continue
        m = _APPOS_BEFORE.search(text, max(0, start - 60), start)
        if m is None or m.start(1) in taken:
            continue
        phrase = m.group(1)
        head = phrase.rsplit(None, 1)[-1].lower()
        if head not in PERSON_NOUNS and head not in KIN_NOUNS:
            continue
        taken.add(m.start(1))
        out.append((m.start(1), m.end(1), idx, "title", phrase, quoted))
    return out


def _article_forms(text: str, raw: list, chosen: set[int]) -> dict[int, list[str]]:
    """A capitalised name the text mostly writes after "the" ("the Grey Heron", "the
    Hollanders") is known by that form too: the article is part of how it is called."""
    counts: dict[tuple[int, str], list[int]] = {}
    for start, _end, idx, _kind, surface, _quoted in raw:
        if surface is None or idx not in chosen or not surface[:1].isupper() or surface.startswith("The "):
            continue
        c = counts.setdefault((idx, surface), [0, 0])
        c[0] += 1
        c[1] += text[max(0, start - 4) : start].lower() == "the "
    out: dict[int, list[str]] = {}
    for (idx, surface), (n, with_the) in counts.items():
        if with_the * 2 > n:
            out.setdefault(idx, []).append("the " + surface)
    return out


def _implied_forms(forms: dict[int, Counter]) -> dict[int, list[str]]:
    """Names a written form implies: "Watson" in "Doctor Watson", "General" in "the General",
    "Draco" and "Malfoy" in "Draco Malfoy". Kept only when no other character has them."""
    owners: dict[str, set[int]] = {}
    for idx, seen in forms.items():
        for f in seen:
            owners.setdefault(f, set()).add(idx)
    derived: dict[int, list[str]] = {}
    for idx, seen in forms.items():
        for f in seen:
            words = f.split()
            if not any(w[:1].isupper() for w in words) or (len(words) > 1 and words[1][:1].islower()):
                continue  # "the old keeper" is a description: its words are not names
            if any(w.endswith(("'s", "’s")) for w in words[:-1]):
                continue  # so is "the Vicar's wife": "wife" is no name of hers
            parts = []
            if words[0].lower() == "the" and len(words) > 1:
                parts.append(" ".join(words[1:]))
            elif words[0].rstrip(".") in HONORIFICS and len(words) > 1:
                parts.append(" ".join(words[1:]))
            core = parts[-1].split() if parts else words
            if len(core) >= 2 and not PARTICLES.intersection(core):
                parts += [core[0], core[-1]]
            for p in parts:
                if p not in STOP or p in HONORIFICS:
                    owners.setdefault(p, set()).add(idx)
                    derived.setdefault(idx, []).append(p)
    return {
        idx: [p for p in dict.fromkeys(ps) if owners[p] == {idx} and p not in forms[idx]]
        for idx, ps in derived.items()
    }


def _fullest(e: Ent, seen: Counter[str]) -> str:
    """The fullest name seen: a full name (also inside "General Leia Organa"), else the
    commonest form, an honorific form ("Mrs. Bennet") winning a tie with a bare one."""
    full: Counter[str] = Counter()
    for f, n in seen.items():
        if f.lower().startswith("the "):
            continue
        core = split_hon(f)[1]
        if " " in core and all(w[:1].isupper() or w in PARTICLES for w in core.split()):
            full[core] += n
    if full:
        return max(full, key=lambda f: (not PARTICLES.intersection(f.split()), len(f.split()), full[f], f))
    if seen:
        # a name ("Dr. Hallam") over a description of the same person ("the doctor")
        return max(seen, key=lambda f: (f != f.lower(), seen[f], " " in f, f))
    return e.label
