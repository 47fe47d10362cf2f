"""Kinship: who "his wife", "her mother", "Tom's aunt" and a child's "Da" are.

Entry points, all called by `find_characters`:

- `parent_names(...)`: a parent word used as a name ("Da", "Mam", "Papa", "Mother") is
  the story's one father (mother) of a known family: a character of that gender whose
  surname another character shares, never named in a paragraph with the word (there he is
  someone else: "Tom looks like Da"). The word's surface then names that character.
- `link(...)`: after pronoun resolution, each narration possessor (a resolved "his" /
  "her", an unresolved one, or a name with 's) followed by a kin noun ("his wife", "her
  elder sister", "Tom's aunt") gets a "title" mention over the whole description, for
  1. the member of the possessor's family the relation names, by honorific and surname:
     the wife of Mr. X is Mrs. X, the mother of a Bennet daughter Mrs. (or Ms.) Bennet, the brother
     of Nell Carver the other Carver man, the father of Stiles Stilinski the one
     Stilinski man known by an office ("Sheriff Stilinski"); a possessor with no known surname takes the most
     recently mentioned married couple's member for "her mother" / "his father"; when the
     pronoun's own referent has no such relative, the nearest recent character of its
     gender who has one ("cried his wife" with "his" misread);
  2. else the one holder of the kin title ("Uncle John" for "his uncle"); for a cousin,
     else the one other character the narration gives a cousin ("her cousin" ... "said
     his cousin");
  3. else the character an earlier identical description of the same possessor named;
  4. else (not with a closed character list) a new minor character named by the
     description ("his wife", "Tom's aunt") when some use of it tags a quote.
  `speakers/` reads such a mention as the subject instead of its possessor.
- `pinned(...)`: those mentions as name occurrences for a second salience pass.
- `definite_kin(...)`: "said the mother" is the family's mother (or the story's one Mrs.).
- `narrator_kin(...)`: the narrator's "my mother" is Mrs. (Ms.) X for a narrator X.
- `kin_vocatives(...)`: "Oh, papa!", "Uncle, sit down." inside a quote are vocative
  mentions of the family member the word names.
- `stated_kin(...)`, `called_kin(...)`: the narrator's kin the narration names outright
  ("my mother ... Her name was Agnes", "my cousin, Arthur Vell.", "my sister Hattie")
  or who answers a question calling a character by name (`"Right, Tom?"` / `"...,"
  said my uncle`) is that character (read by `_resolve` through `Links.fixed`).

No layers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence, Set
from functools import lru_cache

from ficlens.characters.cluster import MARRIED, Ent, ent_gender
from ficlens.characters.names import Occ, Pron
from ficlens.characters.nominals import _NAME_WAS
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES
from ficlens.lang.en.honorifics import HON_GENDER, HONORIFICS
from ficlens.lang.en.kin import (
    DEFINITE_PARENTS,
    KIN_NOUNS,
    KIN_OTHER,
    KIN_PARENT,
    KIN_SAME,
    KIN_SIBLING,
    KIN_SPOUSE,
    KIN_TITLES,
)
from ficlens.lang.en.speech_verbs import SPEECH_VERB

__all__ = ["definite_kin", "kin_vocatives", "link", "narrator_kin", "parent_names", "pinned", "called_kin", "stated_kin", "PARENT_WORDS"]

# the kin vocabulary lives in lang/en/kin.py; the short names are the ones the rules here use
SPOUSE, PARENT, SIBLING, OTHER = KIN_SPOUSE, KIN_PARENT, KIN_SIBLING, KIN_OTHER
# kin each of whom is the other's kin by the same word
MUTUAL = frozenset({"cousin"})
# kin often left unnamed ("said her husband"): a description of theirs may be a character
NEW_KIN = frozenset(SPOUSE) | frozenset(PARENT) | frozenset(SIBLING) | {"aunt", "uncle", "grandmother", "grandfather", "nurse"}
# a parent word used as a name: "Da's field", "Mam, come quick"
PARENT_WORDS = frozenset(w.capitalize() for w in PARENT)

_POSSESSOR = {"his": "he", "her": "she"}
_KIN = "|".join(sorted(map(re.escape, KIN_NOUNS), key=len, reverse=True))
# after the possessor: `'s`, at most one lower-case modifier, the kin noun (which may own
# something itself: "her aunt's voice")
_AFTER = re.compile(rf"(['’]s)?[ \t]+(?:([a-z-]+)[ \t]+)?({_KIN})(?![\w-])(?!['’](?![sS]\b))")
_NOT_MODIFIER = frozenset("and or but to of in on at with was is had has who that said".split())
# between a kin noun and its tag verb: `his mother had replied`, `her aunt then said`
_AUX = re.compile(r"[ \t]+(?:(?:had|has|have|then|now|only|at last|[a-z]+ly)[ \t]+){0,2}([a-z]+)")
_PREV = re.compile(r"([A-Za-z]+)[ \t,]*$")
# what a child calls a parent, as the narrator's own kin would be written ("my mother")
_SAME = KIN_SAME
_VOC_WORDS = "|".join(sorted([*_SAME, "mother", "father", "aunt", "uncle", "grandmother", "grandfather"], key=len, reverse=True))
# opening the quote or after a comma, closed by punctuation: `"Oh, papa!`, `"Uncle, you`;
# opening a later sentence of the quote before a comma: `"... before the frost. Aunt, you promised`
# both branches open on a kin word: a lookahead on their first letters first, so the
# lookbehinds are tried only there, not at every character of every quote (2.5x faster)
_VOC_FIRST = "".join(sorted({w[0].lower() for w in _VOC_WORDS.split("|")}))
_VOCATIVE = re.compile(
    rf"(?=(?i:[{_VOC_FIRST}]))"
    rf"(?:(?:^|(?<=[“\"‘]|,)|(?<=[“\"‘,] )|(?<=[Oo]h )|(?<=[Dd]ear ))(?i:({_VOC_WORDS}))(?=\s*[,.!?;—–]|--)"
    rf"|(?<=[.!?] )({_VOC_WORDS.title()}),)"
)
_DEFINITE = DEFINITE_PARENTS  # "said the mother"
_SURNAME_HON = (MARRIED | {"Mr", "Ms", "Monsieur", "Herr", "Signor", "Senor"}) - {"Lady"}
OWNER_REACH = 30  # mentions looked back at for another possessor of a kin description
RECENT = 400  # mentions looked back at to choose between family members
_MALE_HON = frozenset(h for h, g in HONORIFICS.items() if g == "m") - {"Master", "Father", "Brother", "Uncle"}


def _surnames(e: Ent) -> set[str]:
    out = {f.split()[-1] for f in e.full}
    # "Mr. Bennet" gives a surname; "Master Philip", "Sir John", "Miss Jane" a first name
    out.update(core.split()[-1] for h, core in e.hon_forms if " " in core or (h in _SURNAME_HON))
    return out


def _hons(e: Ent) -> set[tuple[str, str]]:
    return {(h, core.split()[-1]) for h, core in e.hon_forms}


def _given_gender(name: str) -> str | None:
    if name in MALE_NAMES and name not in FEMALE_NAMES:
        return "he"
    return "she" if name in FEMALE_NAMES and name not in MALE_NAMES else None


def _gender(e: Ent) -> str | None:
    g = ent_gender(e)
    for h, _ in e.hon_forms:
        g = g or HON_GENDER.get(HONORIFICS.get(h, "n"))
    return g


def parent_names(kin_occs: list[Occ], occs: list[Occ], smap: dict, ents: list[Ent], keep: set[int]) -> list[str]:
    """Map parent words used as names onto the family's parent; returns the surfaces mapped."""
    words = {o.surface for o in kin_occs}
    if not words:
        return []
    families: dict[str, set[int]] = {}
    for i in keep:
        for s in _surnames(ents[i]):
            families.setdefault(s, set()).add(i)
    paras: dict[int, set[int]] = {}  # entity -> paragraphs it is named in
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1:
            paras.setdefault(t[0], set()).add(o.para)
    done = []
    for w in sorted(words):
        g = PARENT[w.lower()]
        own = smap.get(w)
        with_word = {o.para for o in kin_occs if o.surface == w}
        cands = set()
        for members in families.values():
            if len(members) < 2:
                continue  # no family: a surname nobody else bears
            for i in members:
                if own and i in own:
                    continue
                gi = _gender(ents[i]) or next((_given_gender(f.split()[0]) for f in ents[i].full), None)
                if gi == g and not (with_word & paras.get(i, set())):
                    cands.add(i)
        if len(cands) == 1:
            j = cands.pop()
            if own:
                keep.difference_update(i for i in own if ents[i].entry is None)
            smap[w] = (j,)
            done.append(w)
    return done


def link(
    text: str, raw: list[tuple], ents: list[Ent], keep: set[int], closed: bool, prons: Sequence[Pron] = ()
) -> list[tuple[int, int, int, str, str | None, bool]]:
    """Mentions for kin descriptions after their possessors (see the module doc). A
    narration "his"/"her" in `prons` that resolution left alone still owns its kin
    ("his mother had replied" with the youth never named)."""
    fam = _Families(ents, keep)
    order = sorted(raw, key=lambda r: r[0])
    found = []  # (start, end, possessor, noun, description, tags a quote, pronoun gender)
    for start, end, idx, kind, surface, quoted in order:
        if quoted:
            continue
        if kind != "pronoun" and (surface is None or not text.startswith(("'s", "’s"), end)):
            continue
        kin = _kin_after(text, start, end, kind == "pronoun")
        if kin is not None:
            found.append((start, kin[0], idx, kin[1], kin[2], _tags(text, start, kin[0]), kin[3]))
    resolved = {r[0] for r in order if r[3] == "pronoun"}
    for p in prons:
        if p.quoted or p.start in resolved or p.word not in _POSSESSOR:
            continue
        kin = _kin_after(text, p.start, p.end, True)
        if kin is not None:
            owner = -1 if p.word == "his" else -2  # nobody known: one key per pronoun
            found.append((p.start, kin[0], owner, kin[1], kin[2], _tags(text, p.start, kin[0]), kin[3]))
    found.sort()
    out = []
    known: dict[tuple[int, str], int] = {}
    made: dict[tuple[int, str], int] = {}
    speaking = {(f[2], f[3]) for f in found if f[5]}
    mutual: dict[str, set[int]] = {}  # "cousin" -> the characters said to have one
    for f in found:
        if f[3] in MUTUAL and f[2] >= 0:
            mutual.setdefault(f[3], set()).add(f[2])
    starts = [r[0] for r in order]
    for start, end, owner, noun, desc, _tag, pron in found:
        key = (owner, noun)
        k = bisect_right(starts, start)
        target = fam.member(owner, noun, order, k)
        if target is None and pron is not None:
            # "cried his wife" with "his" taken for the wrong man: the nearest man of
            # that gender whose family the relation fits
            for other in _recent(order, k, pron, fam, owner):
                target = fam.member(other, noun, order, k)
                if target is not None:
                    owner = other
                    break
        if target is None:
            target = fam.titled(noun, order, k)
        if target is None:
            target = known.get(key)
        if target is None and noun in MUTUAL and owner >= 0:
            # "her cousin" ... "said his cousin": the one other character whose cousin
            # the narration speaks of is this one's cousin
            others = mutual.get(noun, set()) - {owner}
            target = next(iter(others)) if len(others) == 1 else None
        surface = None
        if target is None and not closed and key in speaking and noun in NEW_KIN and not fam.maybe_parent(owner, noun):
            target = made.get(key)
            if target is None:
                e = Ent(len(ents), label=desc)
                e.gender = KIN_NOUNS[noun]
                ents.append(e)
                keep.add(e.idx)
                target = made[key] = e.idx
            surface = desc
        if target is None or target == owner:
            continue
        if surface is None and pron is None and target in made.values():
            surface = desc  # "the Vicar's wife" names the kin "his wife" made: her name to show
        known[key] = target
        out.append((start, end, target, "title", surface, False))
    return out


def narrator_kin(raw: list[tuple], ents: list[Ent], keep: set[int], narrator: int | None) -> None:
    """The narrator's kin ("my mother", a character of its own in `raw`) moves, in place,
    to the narrator's family member when one fits (Mrs. X for a narrator X)."""
    if narrator is None:
        return
    fam = _Families(ents, keep)
    moved: dict[str, int | None] = {}
    for n, (start, end, _idx, kind, surface, quoted) in enumerate(raw):
        if kind != "title" or not surface or not surface.startswith("my "):
            continue
        noun = surface.rsplit(None, 1)[-1]
        if surface not in moved:
            moved[surface] = fam.member(narrator, noun, [], 0) if noun in KIN_NOUNS else None
        if moved[surface] is not None:
            raw[n] = (start, end, moved[surface], kind, surface, quoted)


# the narrator's kin: "my mother", "my old uncle". `[Mm](?<=\b[Mm])` is `\b[Mm]` that re can
# scan for by its first character (a leading `\b` makes a whole-text search ~3x slower)
_MY_KIN = re.compile(rf"[Mm](?<=\b[Mm])y[ \t]+(?:([a-z-]+)[ \t]+)?({_KIN})(?![\w-])")


# the narrator's kin in apposition with a name: "my cousin, Arthur Vell.", "my uncle Toby was"
_MY_KIN_APPOS = re.compile(
    rf"[Mm](?<=\b[Mm])y[ \t]+(?:[a-z-]+[ \t]+)?({_KIN})(?:,[ \t]+((?:[A-Z][a-z]*\.?[ \t]+){{0,2}}[A-Z][a-z]+)(?=[ \t]*[,.;:!?)—])"
    rf"|[ \t]+((?:[A-Z][a-z]*\.?[ \t]+){{0,2}}[A-Z][a-z]+)(?=[ \t]*[,.;:!?)—]|[ \t]+[a-z]))"
)


def stated_kin(text: str, paragraphs: list, quotes: list, smap: dict, ents: list[Ent]) -> dict[str, int]:
    """"my mother" -> the character the narration names as the narrator's kin: in
    apposition ("my cousin, Arthur Vell.") or by "Her name was Agnes" when the
    narration's nearest kin of the pronoun's gender before that sentence, in its
    paragraph, is the narrator's ("I kept my mother's shop ... Her name was
    Agnes")."""
    pstarts = [p.start for p in paragraphs]
    qspans = sorted((q.start, q.end) for q in quotes)
    qstarts = [s for s, _ in qspans]
    pairs: list[tuple[str, int]] = []
    for m in _MY_KIN_APPOS.finditer(text):
        t = smap.get(m.group(2) or m.group(3))
        if t and len(t) == 1 and not _quoted(qspans, qstarts, m.start()) and _fits(ents[t[0]], m.group(1)):
            pairs.append((f"my {m.group(1)}", t[0]))
    for m in _NAME_WAS.finditer(text):
        t = smap.get(m.group(1))
        if not t or len(t) != 1 or _quoted(qspans, qstarts, m.start()):
            continue
        g = "she" if m.group(0)[:3].lower() == "her" else "he"
        if _gender(ents[t[0]]) not in (g, None):
            continue
        pi = bisect_right(pstarts, m.start()) - 1
        desc = None
        for k in _MY_KIN.finditer(text, paragraphs[pi].start if pi >= 0 else 0, m.start()):
            if _quoted(qspans, qstarts, k.start()) or (k.group(1) and k.group(1) in _NOT_MODIFIER):
                continue
            if KIN_NOUNS[k.group(2)] in (g, None):
                desc = f"my {k.group(2)}"  # the nearest of the pronoun's gender
        if desc is not None:
            pairs.append((desc, t[0]))
    return _agreed(pairs)


def _fits(e: Ent, noun: str) -> bool:
    """The character may be that kin: "cousin" any, "mother" not a man."""
    return KIN_NOUNS[noun] is None or _gender(e) in (KIN_NOUNS[noun], None)


def _agreed(pairs: list[tuple[str, int]]) -> dict[str, int]:
    """Description -> character, for the descriptions all evidence gives one character."""
    out: dict[str, int] = {}
    clash: set[str] = set()
    for desc, idx in pairs:
        if out.setdefault(desc, idx) != idx:
            clash.add(desc)
    return {d: i for d, i in out.items() if d not in clash}


# a tag on the answer to a line that called someone by name: `"...," said my uncle`
_MY_KIN_TAG = re.compile(rf"[ \t]*(?:([a-z]+)[ \t]+[Mm]y[ \t]+({_KIN})(?![\w-])|[Mm]y[ \t]+({_KIN})[ \t]+([a-z]+))")


_YES_NO = re.compile(r"(?:Yes|No|Ay|Aye)\b")


def called_kin(
    text: str, occs: list[Occ], quotes: list, smap: dict, ents: list[Ent], narrator: int | None
) -> dict[str, int]:
    """"my uncle" -> the character a question calls by name when the very next line is
    tagged by the narrator's kin (`"Isn't that so, Tom?"` / `"Quite so," said my
    uncle`; `"Is it Mrs. Ames?" asked the stranger.` / `"It is," said my mother`): the
    one asked answers. A remark is no question (`"Late again, Noll," said
    Ada.` / `"...," said my brother` may leave the narrator Noll silent)."""
    qstarts = [q.start for q in quotes]
    pairs: list[tuple[str, int]] = []
    for o in occs:
        if not (o.vocative and o.quoted) or o.nominal:
            continue
        t = smap.get(o.surface)
        qi = bisect_right(qstarts, o.start) - 1
        if not t or len(t) != 1 or t[0] == narrator or qi < 0 or qi + 1 >= len(quotes) or quotes[qi + 1].start - quotes[qi].end > 300:
            continue
        if "?" not in text[o.end : quotes[qi].end][-3:] and not _YES_NO.match(text, quotes[qi + 1].start + 1):
            continue  # a question, or a line the answer says yes or no to
        m = _MY_KIN_TAG.match(text, quotes[qi + 1].end)
        if m is None:
            continue
        verb, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if not _speech(verb) or not _fits(ents[t[0]], noun):
            continue
        pairs.append((f"my {noun}", t[0]))
    return _agreed(pairs)


def _quoted(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    i = bisect_right(starts, offset) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def kin_vocatives(
    text: str, quotes: list, raw: list[tuple], ents: list[Ent], keep: set[int], me: int | None = None
) -> list[tuple[int, int, int, str, str | None, bool]]:
    """Mentions for kin words called out in a quote ("Oh, papa!", "Uncle, sit down."):
    the one holding that family title ("Uncle John"), else the one kin of that word the
    narration describes ("my mother", "his mother" for "mamma"), else the parent of a family with a child in the
    story (Mr. Penwarden when Rosie Penwarden says "papa"), the latest mentioned; in a
    story told by `me` (the narrator or the reader) with none of those, a parent of their
    own, one per parent word's sense ("Just out, Mum." on the phone is the narrator's mother)."""
    fam = _Families(ents, keep)
    order = sorted(raw, key=lambda r: r[0])
    starts = [r[0] for r in order]
    # "mother" -> whom "my mother", "his mother" name in the narration (a listed "my mother" too)
    kin_of: dict[str, set[int]] = {}
    for r in order:
        if r[3] != "pronoun" and not r[5] and r[4] and r[4].split(None, 1)[0].lower() in ("my", "his", "her"):
            noun = r[4].rsplit(None, 1)[-1]
            kin_of.setdefault(_SAME.get(noun, noun), set()).add(r[2])
    mine = {noun: next(iter(t)) for noun, t in kin_of.items() if len(t) == 1}
    out: list[tuple[int, int, int, str, str | None, bool]] = []
    made: dict[str, int] = {}  # "mother" -> the parent of `me` made here
    for q in quotes:
        if getattr(q, "kind", None) == "non_speech":
            continue
        for m in _VOCATIVE.finditer(text, q.start, q.end):
            g = 1 if m.group(1) else 2
            word = m.group(g).lower()
            k = bisect_right(starts, m.start(g))
            target = fam.titled(word, order, k)
            if target is None:  # (not `or`: the first character's index is 0)
                target = mine.get(_SAME.get(word, word))
            if target is None and word in PARENT:
                target = fam.family_parent(PARENT[word], order, k)
            if target is None and me is not None and word in PARENT:
                sense = _SAME.get(word, word)
                if sense not in made:
                    e = Ent(len(ents), label=m.group(g)[:1].upper() + m.group(g)[1:], gender=PARENT[word])
                    ents.append(e)
                    keep.add(e.idx)
                    made[sense] = e.idx
                target = made[sense]
            if target is not None:
                # a parent made here is known by the word alone: it names them ("Mum")
                surface = m.group(g) if target in made.values() else None
                out.append((m.start(g), m.end(g), target, "alias", surface, True))
    return out


def definite_kin(noms: list[Occ], raw: list[tuple], ents: list[Ent], keep: set[int]) -> None:
    """"said the mother", "the father asked": in place, the family's parent (see
    `_Families.family_parent`), else the story's one Mrs. (Mr.), when there is one."""
    occs = [o for o in noms if not o.quoted and o.surface.lower() in _DEFINITE]
    if not occs:
        return
    fam = _Families(ents, keep)
    order = sorted(raw, key=lambda r: r[0])
    starts = [r[0] for r in order]
    at = {(r[0], r[1]): n for n, r in enumerate(raw)}
    for o in occs:
        g = PARENT[o.surface.lower().split()[-1]]
        target = fam.family_parent(g, order, bisect_right(starts, o.start))
        if target is None:
            target = fam.only_titled(g)
        if target is None:
            continue
        t = (o.start, o.end, target, "title", o.surface, False)
        if (o.start, o.end) in at:
            raw[at[(o.start, o.end)]] = t
        else:
            raw.append(t)


def pinned(
    kin: list[tuple], text: str, prons: list[Pron], occs: list[Occ]
) -> tuple[list[Occ], dict[str, tuple[int]], dict[str, tuple]]:
    """Kin mentions as name occurrences for a second salience pass, so that "said his
    wife" makes Mrs. Bennet the salient "she": the occurrences, their surface map and the
    mention each stands for (their surfaces are private keys)."""
    where = {p.start: (p.sent, p.para) for p in prons}
    where.update((o.start, (o.sent, o.para)) for o in occs)
    extra, smap, back = [], {}, {}
    for t in kin:
        start, end, target = t[0], t[1], t[2]
        if start not in where:
            continue
        key = f"\x00kin{start}"
        sent, para = where[start]
        extra.append(Occ(start, end, key, key, None, False, False, False, sent, para, subject=_tags(text, start, end)))
        smap[key] = (target,)
        back[key] = t
    return extra, smap, back


def _kin_after(text: str, start: int, end: int, pronoun: bool) -> tuple[int, str, str, str | None] | None:
    """(end, kin noun, description, pronoun gender) of a kin description owned by the
    possessor at text[start:end] ("his wife", "Tom's aunt"), or None."""
    word = text[start:end]
    if pronoun and word.lower() not in _POSSESSOR:
        return None
    m = _AFTER.match(text, end)
    if m is None or pronoun == bool(m.group(1)):
        return None
    if m.group(2) and (m.group(2) in _NOT_MODIFIER or m.group(2) in KIN_NOUNS):
        return None
    noun = m.group(3)
    if noun == "lady" and word.lower() != "his":
        return None  # "her lady" is her mistress, not a wife
    desc = text[start : m.end()]
    desc = desc[0].lower() + desc[1:] if pronoun else desc
    return m.end(), noun, desc, _POSSESSOR.get(word.lower()) if pronoun else None


def _latest(want: set[int], order: list[tuple], upto: int) -> int | None:
    """The one character in `want`, or of several the one mentioned last before `upto`."""
    if len(want) <= 1:
        return next(iter(want), None)
    for r in reversed(order[max(0, upto - RECENT) : upto]):
        if r[2] in want:
            return r[2]
    return None


def _recent(order: list[tuple], k: int, gender: str, fam: _Families, owner: int) -> list[int]:
    """Characters of a possessive pronoun's gender mentioned just before it, latest first."""
    out: list[int] = []
    for r in reversed(order[max(0, k - OWNER_REACH) : k]):
        i = r[2]
        if i != owner and i not in out and fam.gender.get(i, gender) in (gender, None):
            out.append(i)
    return out


def _tags(text: str, start: int, end: int) -> bool:
    """True when the description is the subject of a speech verb: `said his wife`,
    `his mother had replied`."""
    p = _PREV.search(text, max(0, start - 20), start)
    if p and _speech(p.group(1)) and not p.group(1).endswith("ing"):
        return True  # `said his wife`; `Observing his daughter` is no tag
    n = _AUX.match(text, end, end + 40)
    return bool(n and _speech(n.group(1)))


@lru_cache(maxsize=4096)
def _speech(word: str) -> bool:
    return SPEECH_VERB.fullmatch(word) is not None


class _Families:
    """Per character, once: gender, surnames, titled surnames; and the married couples."""

    def __init__(self, ents: list[Ent], keep: set[int]) -> None:
        self.ids = sorted(keep)
        self.gender = {i: _gender(ents[i]) for i in self.ids}
        self.names = {i: _surnames(ents[i]) for i in self.ids}
        self.hons = {i: _hons(ents[i]) for i in self.ids}
        # a given name's own gender overrules pronoun votes for siblings ("Charlotte" is no brother)
        self.given = {i: {_given_gender(f.split()[0]) for f in ents[i].full} - {None} for i in self.ids}
        self.wives = {i: {s for h, s in self.hons[i] if h in MARRIED} for i in self.ids}
        self.misters = {i: {s for h, s in self.hons[i] if h in _MALE_HON} for i in self.ids}
        # a mother may go by Ms. X (a single mother, or no marriage the text tells of): a
        # parent, though no wife in a couple
        self.mothers = {i: self.wives[i] | {s for h, s in self.hons[i] if h == "Ms"} for i in self.ids}
        wives = set().union(*self.wives.values()) if self.ids else set()
        misters = set().union(*self.misters.values()) if self.ids else set()
        self.couples = wives & misters  # surnames with both a Mr. and a Mrs.

    def titled(self, noun: str, order: list[tuple], upto: int) -> int | None:
        """The character with the kin noun's family title ("Uncle John" for "his uncle"),
        the latest mentioned when several have it."""
        titles = KIN_TITLES.get(noun)
        if not titles:
            return None
        return _latest({i for i in self.ids if any(h in titles for h, _ in self.hons[i])}, order, upto)

    def family_parent(self, g: str, order: list[tuple], upto: int) -> int | None:
        """A Mr. (Mrs.) X when the story has a child X (an untitled character of surname X)
        or a Mrs. (Mr.) X; the latest mentioned of several."""
        titled = self.mothers if g == "she" else self.misters
        children = {s for i in self.ids if not (self.wives[i] or self.misters[i]) for s in self.names[i]}
        return _latest({i for i in self.ids if titled[i] & (children | self.couples)}, order, upto)

    def only_titled(self, g: str) -> int | None:
        """The story's one Mrs. (for "she") or Mr. (for "he"), if it has exactly one."""
        titled = self.wives if g == "she" else self.misters
        found = [i for i in self.ids if titled[i]]
        return found[0] if len(found) == 1 else None

    def maybe_parent(self, owner: int, noun: str) -> bool:
        """True when "his mother" may be a titled woman of the story: the possessor's
        surname is unknown and the story has a Mrs. (a Mr. for "his father")."""
        if noun not in PARENT or self.names.get(owner):
            return False
        titled = self.wives if KIN_NOUNS[noun] == "she" else self.misters
        return any(titled[i] for i in self.ids if i != owner)

    def parent(self, i: int, g: str | None, s: str | None) -> bool:
        titled = self.mothers[i] if g == "she" else self.misters[i]
        return s in titled if s is not None else bool(titled & self.couples)

    def member(self, owner: int, noun: str, order: list[tuple], upto: int) -> int | None:
        """The member of the possessor's family a relation names, if one fits best."""
        if owner not in self.names or (noun not in SPOUSE and noun not in PARENT and noun not in SIBLING):
            return None
        g = KIN_NOUNS[noun]
        surnames: Set[str | None] = self.names[owner] or {None}  # None: no surname to match
        titled = self.wives[owner] or self.misters[owner]
        if noun in PARENT and titled:
            return None  # Mrs. X's mother is not Mrs. X
        cands = []
        for i in self.ids:
            gi = self.gender[i]
            if i == owner or gi not in (g, None):
                continue
            for s in surnames:
                if noun in SPOUSE:
                    # Mr. X's wife is Mrs. X; plain Robert X's Mrs. X is as likely his mother
                    mine = self.misters[owner] if g == "she" else self.wives[owner]
                    ok = s in mine and s in (self.wives[i] if g == "she" else self.misters[i])
                elif noun in PARENT:
                    ok = self.parent(i, g, s)
                else:
                    ok = (s is not None and gi == g and s in self.names[i] and not (self.wives[i] or self.misters[i])
                          and self.given[i] <= {g})
                if ok:
                    cands.append(i)
                    break
        if not cands and noun in PARENT and not titled:
            # "his dad" of Stiles Stilinski is Sheriff Stilinski: a man (woman) of the
            # family surname known by a rank or office rather than Mr. (Mrs.)
            cands = [i for i in self.ids if i != owner and self.gender[i] == g
                     and any(HONORIFICS.get(h) == "n" and c in surnames for h, c in self.hons[i])]
            if len(cands) > 1:
                return None
        return _latest(set(cands), order, upto)
