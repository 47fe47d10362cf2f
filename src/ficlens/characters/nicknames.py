"""Nicknames made from a known name: fused with a word ("Bakageyama" for Kageyama) or
clipped with a pet ending ("Yams" for Yamaguchi, "Tsukki" for Tsukishima, "Tobes" for Tobi).

`cluster.Clusters` makes such a word a character of its own, since it neither is nor
begins a name of the story. `rejoin` then points it at the one character whose name it
contains or clips, when nothing speaks against it: the word is no given name of its own
and is called out as a name in a quote ("A dozen is twelve, Yams.", even though the text
has "yams" too, in a chat's lower-case handle), exactly one character fits, and the pronouns the
narration gives the word do not clash with that character's gender.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ficlens.characters.cluster import Clusters, Ent, _clear, ent_gender
from ficlens.characters.names import Occ
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.speech_verbs import SPEECH_VERB

FUSED_MIN = 5  # letters of the known name inside a fused word: "Kageyama", not "Ann"
FUSED_EXTRA = 5  # letters a fused word may add to the name ("baka", "ka" overlapping)
CLIP_MIN = 3  # letters a clipped nickname keeps of the name: "Yam" of Yamaguchi
# pet endings after a clipped name: "Yams", "Tsukki" ("-y", "-ie" are `cluster`'s own)
_PET_ENDINGS = ("s", "i")
# "-es" after a clipped short name ("Tobes" for Tobi): the clip may keep all but one letter,
# since the ending is two letters of its own and no plural or possessive of the name
_PET_ES = "es"


def _bases(word: str) -> list[str]:
    """What a clipped nickname may keep of the name: "Yams" -> "Yam", "Tsukki" -> "Tsuk"."""
    out = []
    for end in _PET_ENDINGS:
        if word.endswith(end) and len(word) > len(end):
            base = word[: -len(end)]
            if len(base) >= 2 and base[-1] == base[-2]:
                base = base[:-1]  # "Tsukk" -> "Tsuk": the consonant doubled before the ending
            if len(base) >= CLIP_MIN:
                out.append(base)
    return out


def _fits(word: str, name: str) -> bool:
    """True when `word` fuses `name` with a short word or clips it with a pet ending."""
    lw, ln = word.lower(), name.lower()
    if len(name) >= FUSED_MIN and lw != ln and 0 < len(lw) - len(ln) <= FUSED_EXTRA and lw.endswith(ln):
        return True  # "bakageyama" ends with "kageyama"
    if any(len(name) - len(b) >= 2 and name.startswith(b) for b in _bases(word)):
        return True
    base = word[: -len(_PET_ES)]
    return word.endswith(_PET_ES) and len(base) >= CLIP_MIN and len(name) - len(base) >= 1 and name.startswith(base)


def rejoin(
    smap: dict[str, tuple[int, ...]], clusters: Clusters, occs: list[Occ], votes: dict[str, Counter]
) -> dict[str, tuple[int, ...]]:
    """`smap` with each fused or clipped nickname pointed at the character it names (see
    the module doc); every surface that named the nickname's own entity follows it."""
    names = set(clusters.first) | set(clusters.last)
    called = {o.surface for o in occs if o.vocative}
    moved: dict[int, int] = {}
    for word, idx in clusters.by_single.items():
        if smap.get(word) != (idx,) or word in FEMALE_NAMES or word in MALE_NAMES or word not in called:
            continue  # a nickname is what someone is called: "Athens" is no "Athenian"
        targets = {
            i for n in names if n != word and " " not in n and _fits(word, n)
            for i in clusters.first.get(n, set()) | clusters.last.get(n, set()) if i != idx
        }
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        said, g = _clear(votes.get(word)), ent_gender(clusters.ents[target])
        if said is not None and g is not None and said != g:
            continue  # "Hans" the narration calls "he" is not Hannah
        moved[idx] = target
    if not moved:
        return smap
    return {s: tuple(sorted({moved.get(i, i) for i in t})) for s, t in smap.items()}


# a one-letter call in a quote: "Shut up, Q.", "Thanks, O." ("I" is the pronoun, "A" an
# article or a grade), after a word in lower case or the quote's first word: after a name
# the letter goes on a list ("Enter W. Beverley, R.": a stage side)
_INITIAL_CALL = re.compile(r"(?:^\W[A-Z][a-z]*|(?<![\w'’])[a-z][\w'’]*)[,—] ([B-HJ-Z])(?=[.!?,—])")
# the word after the letter's stop: a name there makes the letter its initial
_NEXT_WORD = re.compile(r"\.[ \t]+([A-Z]\w*)")


def initial_calls(
    text: str, quotes: list, paragraphs: list, sents: list[int], occs: list[Occ], smap: dict[str, tuple[int, ...]],
) -> tuple[list[Occ], dict[str, tuple[int, ...]]]:
    """One-letter nicknames called out in quotes ("Thanks, O." for Octavia): the letter is
    the one character whose given name it begins, when exactly one does. The name words
    are the story's own (a name or alias its text uses), never an honorific."""
    found: list[tuple[int, str]] = []
    for q in quotes:
        found += [(q.start + m.start(1), m.group(1)) for m in _INITIAL_CALL.finditer(text[q.start : q.end])]
    if not found:
        return occs, smap
    heads: dict[str, set[int]] = {}
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1 or o.hon is not None or o.nominal or o.epithet:
            continue
        heads.setdefault(o.core[:1], set()).add(t[0])
    pstarts = [p.start for p in paragraphs]
    out = dict(smap)
    new: list[Occ] = []
    for start, letter in found:
        nm = _NEXT_WORD.match(text, start + 1)
        if nm and nm.group(1) in smap:
            continue  # "Yours sincerely, R. Hallam": the initial of a name written out
        who = heads.get(letter, set())
        if len(who) != 1 or (letter in smap and smap[letter] != (next(iter(who)),)):
            continue
        out[letter] = (next(iter(who)),)
        new.append(Occ(start, start + 1, letter, letter, None, False, False, True,
                       max(0, bisect_right(sents, start) - 1), max(0, bisect_right(pstarts, start) - 1), vocative=True))
    return sorted(occs + new, key=lambda o: o.start), out


_ME = {"i": re.compile(r"\b(?:me|my|myself)\b"), "you": re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)}
_SPEAKS = {"i": re.compile(r"\bI[ \t]+([a-z]+)"), "you": re.compile(r"\b[Yy]ou[ \t]+([a-z]+)")}


def called_narrator(
    text: str, occs: list[Occ], smap: dict[str, tuple[int, ...]], ents: list[Ent], paragraphs: list, quotes: list,
    me: int, person: str,
) -> dict[str, tuple[int, ...]]:
    """`smap` with the narrator's (or the reader's, `person` "you") pet names pointed at
    them: a name that is only ever called out in quotes ("Go to bed, Hat."), no given
    name, listed form or titled name, and called once in a paragraph whose narration acts
    on the narrator ("She pats my head", "he sees your arm") without the narrator
    speaking there. Others' nicknames ("You do now, Death Boy.") stand in a bare line."""
    qspans = sorted((q.start, q.end) for q in quotes)
    qstarts = [q[0] for q in qspans]
    pstarts = [p.start for p in paragraphs]
    # each paragraph's narration is blanked once: a long paragraph with many calls in it
    # would otherwise be copied once per call (quadratic in a one-paragraph file)
    narrations: dict[int, str] = {}
    by_surface: dict[str, list[Occ]] = {}
    for o in occs:
        by_surface.setdefault(o.surface, []).append(o)
    named: Counter[int] = Counter(i for s, t in smap.items() for i in t)
    out = dict(smap)
    for s, found in by_surface.items():
        t = smap.get(s)
        if not t or len(t) != 1 or t[0] == me or named[t[0]] != 1 or s in FEMALE_NAMES or s in MALE_NAMES:
            continue
        e = ents[t[0]]
        if e.entry is not None or e.full or e.hon_forms or not all(o.quoted and o.vocative for o in found):
            continue
        for o in found:
            p = paragraphs[bisect_right(pstarts, o.start) - 1]
            narration = narrations.get(p.start)
            if narration is None:
                narration = narrations[p.start] = _outside(text, p.start, p.end, qspans, qstarts)
            spoken = any(SPEECH_VERB.fullmatch(m.group(1)) for m in _SPEAKS[person].finditer(narration))
            if _ME[person].search(narration) and not spoken:
                out[s] = (me,)
                break
    return out


def _outside(text: str, start: int, end: int, qspans: list[tuple[int, int]], qstarts: list[int]) -> str:
    """The paragraph's narration: its text with the quotes blanked out (`qstarts`: the
    quotes' starts, for the bisection)."""
    chars = list(text[start:end])
    for qs, qe in qspans[max(0, bisect_right(qstarts, start) - 1) :]:
        if qs >= end:
            break
        for k in range(max(qs, start), min(qe, end)):
            chars[k - start] = " "
    return "".join(chars)
