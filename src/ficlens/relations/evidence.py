"""Evidence for relationship tags: which cues name which pair of characters.

References are names and aliases, pronouns the earlier stages resolved, "I"/"you" inside
a quote (its speaker / addressee), and "I" in first-person narration (the narrator).
When a sentence refers to more than two characters, the cue goes to the two references
nearest to it, at reduced weight; when it refers to one, to that one and the nearest
other one named just before it (LOOKBACK characters, CROSS_SHARE weight), or, in dialogue,
to the speaker and the one spoken to when it is one of them (else to no pair). A family word whose
relative is not named ("my brother") goes to a character sharing the possessor's family
name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ficlens.fandoms.load import all_packs
from ficlens.lang.en.kin import FAMILY_ADDRESS
from ficlens.layers import Narration, Sentences
from ficlens.model import Character, Quote, Span, Work
from ficlens.relations.cues import AFFECTION, CUES, FAMILY, PARTNER, ROMANTIC, SLOW, cue_matches
from ficlens.relations.ships import NOTE_WEIGHT, coined_ships, note_bonds

__all__ = ["READER", "Evidence", "canon_bonds", "collect_evidence", "family_names", "name_resolver", "narrator"]

LOOKBACK = 300  # characters before the cue's sentence searched for the second person
CROSS_SHARE = 0.6

_FIRST = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our)\b")
_SECOND = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
# a family word said to the one spoken to, set off as an address: "Kid, I love you",
# "I love you too, Mom."
_FAMILY_ADDRESS = re.compile(
    r"(?:^[\"“]?|,\s*)(?:" + "|".join(sorted(FAMILY_ADDRESS, key=len, reverse=True)) + r")\s*(?:[,.!?—–-]|$)", re.I | re.M
)
_THIRD = re.compile(r"\b(?:[Hh]e|[Ss]he|him|[Hh]is|[Hh]er|[Hh]ers)\b")


@dataclass(slots=True)
class Evidence:
    """What the cues say about one pair, by family (weights summed)."""

    romantic: float = 0.0  # a kiss, "I love you", a partner word, a date
    slow: float = 0.0  # slow-burn signs: hands, foreheads, a lingering look, jealousy
    platonic: float = 0.0
    family: float = 0.0
    affection: float = 0.0
    labels: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def narrator(work: Work) -> str | None:
    pov = work.narrative.get("pov", {}) if work.narrative else {}
    return pov.get("character") if pov.get("person") == "first" else None


# a reader-insert ("Y/N", "(y/n)"), whom AO3 tags as "Reader"
READER = re.compile(r"\(?\s*y\s*/\s*n\s*\)?|reader", re.I)
_DISAMBIG = re.compile(r"\s*\([^)]*\)")


def name_resolver(work: Work) -> Callable[[str], str]:
    """A name as a tag writes it ("Clarke Griffin", "Reid", "Reader") -> the id of the
    character it names, else the name itself, lowercased."""
    names: dict[str, str] = {}
    for c in work.characters:
        for n in [c.name, *c.aliases, c.canonical or ""]:
            if n:
                names.setdefault(n.lower(), c.id)
            if n and READER.fullmatch(n.strip()):
                names.setdefault("reader", c.id)
    for c in work.characters:
        # "Clarke Griffin" in a tag resolves to a character known only as "Clarke"
        for n in [c.name, *c.aliases, c.canonical or ""]:
            for part in n.split():
                names.setdefault(part.lower(), c.id)

    def resolve(name: str) -> str:
        n = _DISAMBIG.sub("", name).strip().lower()
        if n in names:
            return names[n]
        for part in n.split():
            if part in names:
                return names[part]
        return n

    return resolve


# An author's note names the story's ship as AO3 tags it ("Morgan/Reid is endgame",
# "Cullen/Reader slow burn"): the slash between two names is the romance tag itself.
# Notes are mostly outside the story's paragraphs, so the whole text is read; two
# capitalised names of two letters or more ("Y/N" is no pair).
_SHIP = re.compile(r"(?<![\w/])([A-Z][\w'’-]+) ?/ ?([A-Z][\w'’-]+)(?![\w/])")
# ... and as notes are typed: "frodo/sam but its SLOW", "izzy/reader". A lowercase word
# must be a character's own name word ("hurt/comfort", "and/or" name no one): _name_words
_SHIP_LOWER = re.compile(r"(?<![\w/])([a-z][\w'’-]+) ?/ ?([a-z][\w'’-]+)(?![\w/])")
# "yes Effie and Haymitch are together": the note says the ship in words. Present tense
# only, and no place after it: "Merry and Pippin were together at the gate" is company
_TOGETHER = re.compile(
    # the capital first, the lookbehind after it: the engine skips ahead to each capital
    # instead of trying the lookbehind at every position (the same matches)
    r"([A-Z](?<![\w/][A-Z])[\w'’-]+) and ([A-Z][\w'’-]+) are (?:(?:so |totally |definitely |canonically )?"
    r"together(?! (?:in|at|on|with|for|again|now)\b)|dating|a couple|in love)\b"
)
SHIP_WEIGHT = 3.0  # as a kiss


def _name_words(work: Work) -> dict[str, str]:
    """Capitalised words of the characters' own names, lowercased -> id ("Frodo Baggins"
    gives "frodo" and "baggins"; "the boy" gives nothing): what a lowercase ship names."""
    out: dict[str, str] = {}
    for c in work.characters:
        for n in [c.name, *c.aliases, c.canonical or ""]:
            for w in _DISAMBIG.sub("", n).split():
                if w[:1].isupper() and len(w) > 1:
                    out.setdefault(w.lower(), c.id)
            if n and READER.fullmatch(n.strip()):
                out.setdefault("reader", c.id)
    return out


def _ship_tags(work: Work, evidence: dict[frozenset[str], Evidence]) -> None:
    resolve = None
    known = {c.id for c in work.characters}
    words: dict[str, str] | None = None
    found: list[tuple[int, int, str, str]] = []  # (start, end, a, b) of each ship named
    # each pattern tries every word of the text: skip the ones whose literal cannot occur
    # (most prose has no slash, and no "are together" kind of note)
    text = work.text
    ships = [*_SHIP.finditer(text)] if "/" in text else []
    for m in [*ships, *(_TOGETHER.finditer(text) if " are " in text else ())]:
        resolve = resolve or name_resolver(work)
        found.append((m.start(), m.end(), resolve(m.group(1)), resolve(m.group(2))))
    for m in _SHIP_LOWER.finditer(text) if "/" in text else ():
        words = _name_words(work) if words is None else words
        found.append((m.start(), m.end(), words.get(m.group(1), "?"), words.get(m.group(2), "?")))
    # "malec established", "bakugou x reader": the fandom's shorthand, in the notes only
    for pair, start, end in coined_ships(work):
        a, b = sorted(pair)
        found.append((start, end, a, b))
    for start, end, a, b in found:
        if a in known and b in known and a != b:
            ev = evidence[frozenset((a, b))]
            ev.romantic += SHIP_WEIGHT
            if "ship tag" not in ev.labels:
                ev.labels.append("ship tag")
            ev.spans.append(Span(start, end))
    # "maggie and nina are pining", "rebecca and keeley friendship": what the note says
    # two are to each other
    for pair, kind, start, end in note_bonds(work):
        ev = evidence[pair]
        if kind == ROMANTIC:
            ev.romantic += SHIP_WEIGHT
        elif kind == FAMILY:
            ev.family += NOTE_WEIGHT
        else:
            ev.platonic += NOTE_WEIGHT
        label = "ship tag" if kind == ROMANTIC else f"note: {kind}"
        if label not in ev.labels:
            ev.labels.append(label)
        ev.spans.append(Span(start, end))


def _references(work: Work) -> list[tuple[int, str]]:
    """(offset, character id) of every reference to a character, sorted by offset."""
    known = {c.id for c in work.characters}
    refs = {(m.start, m.character) for m in work.mentions if m.character in known}
    narration = work.layers.find(Narration)
    for s in narration.subjects if narration else ():
        if s.character in known:
            refs.add((s.start, s.character))
    text = work.text
    for q in work.quotes:
        if q.kind != "speech" or q.speaker not in known:
            continue
        for m in _FIRST.finditer(text, q.start, q.end):
            refs.add((m.start(), q.speaker))
        if q.addressees and q.addressees[0] in known:
            for m in _SECOND.finditer(text, q.start, q.end):
                refs.add((m.start(), q.addressees[0]))
    first = narrator(work)
    if first in known:
        for pieces in narration.slices if narration else ():
            for a, b in pieces:
                for m in _FIRST.finditer(text, a, b):
                    refs.add((m.start(), first))
    return sorted(refs)


def _sentence(spans: tuple[tuple[int, int], ...], starts: list[int], lo: int, hi: int, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around `pos` inside the paragraph [lo, hi), from the
    segmenter's sentences (`Sentences`); the paragraph when none holds `pos`."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and lo <= spans[i][0] and pos < spans[i][1] <= hi:
        return spans[i]
    return lo, hi


_DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)")  # "Katara (Avatar)": the fandom, not a family


_NOT_A_NAME = {"a", "an", "the", "my", "his", "her", "their", "your", "our", "this", "that", "some"}


def family_names(c: Character) -> set[str]:
    """The last word of each name of two words or more, when it is a name: "the old
    woman", "Big guy" and "the man lounging against" are descriptions, and two
    characters that both get one ("woman") are no kin."""
    out = set()
    for n in [c.name, *c.aliases, c.canonical or ""]:
        parts = _DISAMBIGUATOR.sub("", n).split()
        if len(parts) >= 2 and parts[0].lower() not in _NOT_A_NAME and parts[-1][:1].isupper():
            out.add(parts[-1].lower())
    return out


@lru_cache(maxsize=1)
def _bond_index() -> tuple[dict[str, set[str]], dict[frozenset[str], str]]:
    """Every pack's canon bonds: the pack characters a canonical name stands for
    ("pack:Name"), and the kind of each bonded pair of those keys."""
    names: dict[str, set[str]] = defaultdict(set)
    kinds: dict[frozenset[str], str] = {}
    for pack in all_packs():
        for b in pack.relationships:
            keys = [f"{pack.id}:{c}" for c in b.characters]
            kinds[frozenset(keys)] = b.kind
            for c, k in zip(b.characters, keys, strict=True):
                names[c.lower()].add(k)
    return dict(names), kinds


def canon_bonds(work: Work) -> dict[frozenset[str], str]:
    """Pairs of the work's characters (ids) that a fandom pack gives a canon bond, with its
    kind ("family", "platonic"): the canon's knowledge, which fans tag by even where the
    story shows little. Only a character the story's pack gave a canonical name counts."""
    names, kinds = _bond_index()
    keys: dict[str, set[str]] = {}
    for c in work.characters:
        found: set[str] = set()
        # only a pack's own character (its canonical name): an original story's "Tim" and
        # "Bruce" are nobody's canon brothers
        if c.canonical:
            found |= names.get(c.canonical.strip().lower(), set())
        if found:
            keys[c.id] = found
    out: dict[frozenset[str], str] = {}
    ids = sorted(keys)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            for ka in keys[a]:
                kind = next((kinds[frozenset((ka, kb))] for kb in keys[b] if frozenset((ka, kb)) in kinds), None)
                if kind is not None:
                    out[frozenset((a, b))] = kind
                    break
    return out


def _kin(characters: list[Character]) -> dict[str, list[str]]:
    """For each character, the others sharing a family name, most prominent first."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    surnames = {}
    for c in characters:
        surnames[c.id] = family_names(c)
        for s in surnames[c.id]:
            by_surname[s].append(c.id)
    rank = {c.id: i for i, c in enumerate(characters)}
    out: dict[str, list[str]] = {}
    for c in characters:
        # by prominence, not by set order: the result must not depend on the hash seed
        kin = {k for s in surnames[c.id] for k in by_surname[s] if k != c.id}
        out[c.id] = sorted(kin, key=rank.__getitem__)
    return out


def _nearest(refs: list[tuple[int, str]], ref_pos: list[int], s: int, e: int, pos: int) -> list[str]:
    """Characters referred to in [s, e), nearest to `pos` first."""
    lo, hi = bisect_left(ref_pos, s), bisect_left(ref_pos, e)
    chars: list[str] = []
    for _, cid in sorted(refs[lo:hi], key=lambda r: abs(r[0] - pos)):
        if cid not in chars:
            chars.append(cid)
    return chars


_POSSESSOR = re.compile(
    r"(?:\b(?P<det>[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)|(?P<name>\b[A-Z][\w-]*)['’]s)\s+"
    r"(?:(?:little|big|older|younger|elder|baby|twin|kid|half|step|dear|own|late)[\s-]+)?$"
)
_APPOSED_AFTER = re.compile(r",?\s+(?=[A-Z])")


def _containing(spans: list[tuple[int, int, str]], starts: list[int], pos: int) -> str | None:
    """The character of a name or alias mention that contains `pos` ("Kei's big brother")."""
    i = bisect_right(starts, pos) - 1
    while i >= 0 and pos - spans[i][0] < 60:
        if spans[i][0] <= pos < spans[i][1]:
            return spans[i][2]
        i -= 1
    return None


def _family_pair(
    text: str, m: re.Match[str], quote: Quote | None, ref_at: dict[int, str], narrator: str | None,
    kin_of: dict[str, list[str]], within: str | None = None, names: dict[str, str] | None = None,
) -> list[str]:
    """(possessor, relative) for a family or partner word: 'her brother Tom', "Nell's
    brother", 'my sister', 'his wife'.

    Such a word names a relation between its possessor and someone; a name elsewhere in
    the sentence is usually a third person ("that, Doctor Watson, is what I should like my
    brother to find out"), so the relative must be in apposition, share the possessor's
    family name, or be addressed ("Brother mine.").
    """
    before = _POSSESSOR.search(text, max(0, m.start() - 40), m.start())
    possessor = None
    if before is not None:
        det = (before.group("det") or "").lower()
        if det in ("my", "our"):
            possessor = quote.speaker if quote is not None else narrator
        elif det == "your":
            possessor = quote.addressees[0] if quote is not None and quote.addressees else None
        elif det:
            possessor = ref_at.get(before.start("det"))
        else:
            possessor = ref_at.get(before.start("name"))
    vocative = quote is not None and quote.speaker and quote.addressees and (
        text[quote.start + 1 : m.start()].strip() == "" or text[m.end() : m.end() + 5] == " mine"
    )
    if vocative and quote is not None and quote.speaker:  # (vocative implies both: for mypy)
        return [quote.speaker, quote.addressees[0]]
    if possessor is None:
        return []
    after = _APPOSED_AFTER.match(text, m.end())
    relative = ref_at.get(after.end()) if after else None
    if relative is None and within is not None:
        # the family word is part of the relative's own alias: "Kei's big brother answers"
        # (whose mention also starts where the possessor's name does)
        relative = within
        if possessor == within and before is not None and before.group("name"):
            possessor = (names or {}).get(before.group("name").lower())
    if relative is None and before is not None:
        # "Tom, her brother": a name just before the possessor, set off by a comma
        start = before.start()
        for back in range(start - 3, max(0, start - 30), -1):
            if back in ref_at and text[back:start].rstrip().endswith(","):
                relative = ref_at[back]
                break
    if relative is None or relative == possessor:
        kin = (kin_of.get(possessor) or []) if possessor is not None else []
        relative = kin[0] if kin else None
    return [possessor, relative] if possessor and relative and relative != possessor else []


def collect_evidence(work: Work) -> dict[frozenset[str], Evidence]:
    """Cue evidence for every pair of characters the cues name together."""
    text = work.text
    refs = _references(work)
    ref_pos = [r[0] for r in refs]
    ref_at = dict(refs)
    first = narrator(work)
    kin_of = _kin(work.characters)
    # a spouse shares the family name too ("Mr. Bennet ... his wife"): kin of the other gender
    gender = {c.id: c.pronouns for c in work.characters}
    spouse_of = {
        cid: [k for k in kin if gender.get(k) and gender.get(cid) and gender[k] != gender[cid]]
        for cid, kin in kin_of.items()
    }
    quotes = sorted((q.start, q.end, q) for q in work.quotes)
    qstarts = [q[0] for q in quotes]
    named = sorted((m.start, m.end, m.character) for m in work.mentions if m.kind != "pronoun" and m.end - m.start > 1)
    named_starts = [n[0] for n in named]
    names = {n.lower(): c.id for c in work.characters for n in (c.name, *c.aliases)}
    sents = work.layers.get(Sentences).spans
    sent_starts = [a for a, _ in sents]
    evidence: dict[frozenset[str], Evidence] = defaultdict(Evidence)
    for p, m in cue_matches(work):
        idx = int((m.lastgroup or "g0")[1:])
        _pattern, label, kind, weight = CUES[idx]
        s, e = _sentence(sents, sent_starts, p.start, p.end, m.start())
        qi = bisect_right(qstarts, m.start()) - 1
        quote = quotes[qi][2] if qi >= 0 and m.start() < quotes[qi][1] else None
        if quote is not None:
            # a cue in dialogue reads only that quote's sentence, plus its speaker and addressee
            s, e = max(s, quote.start), min(e, quote.end)
        if kind == FAMILY or label == PARTNER:
            kin = kin_of if kind == FAMILY else spouse_of
            within = _containing(named, named_starts, m.start()) if kind == FAMILY else None
            chars = _family_pair(text, m, quote, ref_at, first, kin, within, names)
        else:
            chars = _nearest(refs, ref_pos, s, e, m.start())
            # "I can't lose him, Raven": the one the speaker fears to lose is a third
            # person, not the one spoken to; only "you" is the addressee
            to_you = label == "I love you" or m.group().lower().endswith("you")
            if quote is not None and label in ("I love you", "I can't lose you") and quote.speaker and quote.addressees:
                if to_you:
                    chars = [quote.speaker, quote.addressees[0]]
                    if label == "I love you" and _FAMILY_ADDRESS.search(text, s, e):
                        kind = FAMILY  # "Kid, I love you": a parent's love, not romance
                else:
                    third = [c for c in chars if c not in (quote.speaker, quote.addressees[0])]
                    if not third:
                        continue  # the one feared lost is not known: no pair
                    chars = [quote.speaker, third[0]]
        share = 1.0 if len(chars) == 2 else 0.8
        one_named = len(chars) < 2 and kind != FAMILY and label != PARTNER
        if one_named and quote is not None:
            # "You're blushing," said to her: the two who talk. "He's got a date tonight":
            # a third person, whose other half the line does not name (the lookback below
            # would pair him with whoever spoke last: on train, a wrong tag as often as not)
            talk = {quote.speaker, quote.addressees[0]} if quote.speaker and quote.addressees else set()
            chars = sorted(c for c in talk if c) if chars and chars[0] in talk and len(talk) == 2 else []
            # ... and "He looks at you like you hung the moon": a "he" or "she" no stage
            # resolved is a third person, the one the cue is about
            if any(t.start() not in ref_at for t in _THIRD.finditer(text, s, e)):
                chars = []
            share = CROSS_SHARE
        elif one_named:
            # "She reached for her hand. Lexa didn't pull away.": the cue's sentence names
            # one of the two; the other is the nearest one named just before (up to
            # LOOKBACK characters, across a paragraph break), at a lower weight
            chars = _nearest(refs, ref_pos, max(0, s - LOOKBACK), e, m.start())
            share = CROSS_SHARE
        if len(chars) < 2 or chars[0] == chars[1]:
            continue
        ev = evidence[frozenset(chars[:2])]
        if kind == ROMANTIC:
            ev.romantic += weight * share
        elif kind == SLOW:
            ev.slow += weight * share
        elif kind == FAMILY:
            ev.family += weight * share
        elif kind == AFFECTION:
            ev.affection += weight * share
        else:
            ev.platonic += weight * share
        if label not in ev.labels:
            ev.labels.append(label)
        ev.spans.append(Span(s, e))
    _ship_tags(work, evidence)
    return evidence
