"""AO3-style relationship tags: `A/B` (romantic or sexual) and `A & B` (platonic).

Evidence comes from cue phrases (a kiss, "I love you", girlfriend, holding hands,
jealousy, blushing; sister, best friend, ...) in a sentence that refers to both
characters. References are names and aliases, pronouns the earlier stages resolved,
"I"/"you" inside a quote (its speaker / addressee), and "I" in first-person narration
(the narrator). When a sentence refers to more than two characters, the cue goes to the
two references nearest to it, at reduced weight. A family word whose relative is not
named ("my brother") goes to a character sharing the possessor's family name.

A pair is tagged romantic when its romantic evidence reaches `ROMANCE_MIN` and
outweighs any family evidence; platonic when it has friendship or family evidence and
some interaction, when the pair's interaction is among the strongest in the work
(`STRONG_WEIGHT`, `STRONG_TURNS`), or when a strongly interacting pair shows tenderness
below the romantic threshold (a hug, a squeezed hand between friends: `AFFECTION_WEIGHT`).
Everything else, however often co-mentioned, is not tagged: a reader filtering by tag
wants the relationships the story is about. The thresholds were set on the five bundled
samples; the interaction-only rule is the least certain of them.

Names: the character's canonical (fandom pack) name, else its own name. Order: AO3's
wrangling guideline for relationship tags (alphabetical by family name, a single name
counting as the family name), so tags look like the canonical ones readers search
for; `Relationship.characters` keeps prominence order (most prominent first).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from ficlens.model import Character, Interaction, Relationship, Span, Work
from ficlens.textscan import last_match_end

__all__ = ["propose_tags", "tag_agreement", "tag_name", "ROMANCE_MIN"]

ROMANCE_MIN = 1.5
PLATONIC_MIN = 1.0
STRONG_WEIGHT = 0.7
STRONG_TURNS = 4
AFFECTION_WEIGHT = 0.4  # a pair this strong with some, not romantic, tenderness is platonic

ROMANTIC, PLATONIC, FAMILY, AFFECTION = "romantic", "platonic", "family", "affection"
PARTNER = "partner word"
_POSS = r"(?:(?:[A-Z][\w'’-]*['’]s)|her|his|my|your|their|our)"
# (pattern, evidence label, kind, weight)
_CUES: list[tuple[str, str, str, float]] = [
    (r"\bkiss(?:ed|es|ing)?\b(?=[^.!?]{0,30}\b(?:cheek|forehead|knuckles|temple|hair)\b)", "kiss on the cheek", ROMANTIC, 2.0),
    (r"\bkiss(?:ed|es|ing)?\b", "kiss", ROMANTIC, 3.0),
    (r"\bI love you\b|\bin love with\b|\bI['’]m in love\b", "I love you", ROMANTIC, 3.0),
    (r"\b(?:lovers?|girlfriend|boyfriend|fianc[eé]e?|wife|husband|spouse)\b", PARTNER, ROMANTIC, 2.0),
    (r"\b(?:on a date|date night|first date)\b", "date", ROMANTIC, 1.5),
    (
        r"\b(?:hold(?:s|ing)?|held|t(?:ake|akes|ook|aking)|squeez(?:e|es|ed|ing)|clasp(?:s|ed)?|grabb?(?:s|ed)?|"
        r"let(?:ting)? go of|lac(?:e|ed|es)|twin(?:e|ed)|joined)\s+(?:" + _POSS + r"\s+)?hands?\b"
        r"|\bhand in hand\b|\bjoined hands\b|\bfingers (?:laced|intertwined|tangled|wrapped around)\b",
        "holding hands",
        ROMANTIC,
        1.0,
    ),
    (r"\b(?:embrac(?:e|es|ed|ing)|cuddl(?:e|es|ed|ing)|snuggl(?:e|es|ed|ing))\b|\bin (?:" + _POSS + r") arms\b", "embrace", ROMANTIC, 1.0),
    (r"\bjealous(?:y|ly)?\b", "jealousy", ROMANTIC, 1.0),
    (
        r"\bblush(?:es|ed|ing)?\b|\b(?:ears|cheeks|face) (?:are |were |is |was )?(?:going |turning |went |turned )?(?:pink|red)\b"
        r"|\bheart (?:raced|races|racing|pounded|pounds|pounding|skipped|skips|hammered|fluttered|flutters)\b",
        "blushing",
        ROMANTIC,
        0.7,
    ),
    # a hug is tenderness, not romance: friends and siblings hug as much as lovers do
    (r"\bhug(?:s|ged|ging)?\b", "hug", AFFECTION, 1.0),
    (r"\bbest friends?\b", "best friend", PLATONIC, 2.0),
    (r"\bfriends?(?:hip)?\b", "friend", PLATONIC, 1.0),
    (
        r"\b(?:brothers?|sisters?|siblings?|twins?|mother|father|mum|mom|dad|son|daughter|cousin|aunt|uncle|"
        r"grand(?:mother|father|ma|pa))\b",
        "family",
        FAMILY,
        2.0,
    ),
]
_CUE_RE = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, *_rest) in enumerate(_CUES)), re.I)
# Every cue contains one of these words; scanning for them first and running the full cue
# patterns only around them is several times faster than scanning with the full patterns.
_TRIGGER = re.compile(
    r"\b(?:kiss|lov|girlfriend|boyfriend|fianc|wife|husband|spouse|date|hand|finger|embrac|cuddl|"
    r"snuggl|arms|hug|jealous|blush|pink|red\b|heart|friend|brother|sister|sibling|twin|mother|"
    r"father|mum|mom|dad|son\b|daughter|cousin|aunt|uncle|grand)"
)  # run on lowercased text: a case-insensitive alternation is about 8x slower
_BEFORE, _AFTER = 45, 45  # how far a cue pattern may start before / end after its trigger
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’']*\s")  # at a run's start only: linear on "....."
_FIRST = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our)\b")
_SECOND = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")


@dataclass(slots=True)
class _Evidence:
    romantic: float = 0.0
    platonic: float = 0.0
    family: float = 0.0
    affection: float = 0.0
    labels: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def tag_name(names: list[str], romantic: bool) -> str:
    """An AO3 tag from character names, ordered by family name as AO3 wranglers do."""
    ordered = sorted(names, key=lambda n: (n.split()[-1].lower(), n.lower()) if n.split() else ("", ""))
    return ("/" if romantic else " & ").join(ordered)


def _display(c: Character) -> str:
    return c.canonical or c.name


def _narrator(work: Work) -> str | None:
    pov = work.narrative.get("pov", {}) if work.narrative else {}
    return pov.get("character") if pov.get("person") == "first" else None


def _references(work: Work) -> list[tuple[int, str]]:
    """(offset, character id) of every reference to a character, sorted by offset."""
    known = {c.id for c in work.characters}
    refs = {(m.start, m.character) for m in work.mentions if m.character in known}
    for s in work.scratch.get("narration_subjects", []):
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
    narrator = _narrator(work)
    if narrator in known:
        for pieces in work.scratch.get("narration", []):
            for a, b in pieces:
                for m in _FIRST.finditer(text, a, b):
                    refs.add((m.start(), narrator))
    return sorted(refs)


def _sentence(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """Bounds of the sentence around `pos` inside the paragraph [lo, hi)."""
    start = max(lo, last_match_end(_SENT_END, text, lo, pos))
    m = _SENT_END.search(text, pos, hi)
    return start, (m.end() if m else hi)


def _family_name(c: Character) -> set[str]:
    out = set()
    for n in [c.name, *c.aliases, c.canonical or ""]:
        parts = n.split()
        if len(parts) >= 2:
            out.add(parts[-1].lower())
    return out


def _kin(characters: list[Character]) -> dict[str, list[str]]:
    """For each character, the others sharing a family name, most prominent first."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    surnames = {}
    for c in characters:
        surnames[c.id] = _family_name(c)
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


def _family_pair(text, m, quote, ref_at, narrator, kin_of) -> list[str]:
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
    if vocative:
        return [quote.speaker, quote.addressees[0]]
    if possessor is None:
        return []
    after = _APPOSED_AFTER.match(text, m.end())
    relative = ref_at.get(after.end()) if after else None
    if relative is None and before is not None:
        # "Tom, her brother": a name just before the possessor, set off by a comma
        start = before.start()
        for back in range(start - 3, max(0, start - 30), -1):
            if back in ref_at and text[back:start].rstrip().endswith(","):
                relative = ref_at[back]
                break
    if relative is None or relative == possessor:
        kin = kin_of.get(possessor) or []
        relative = kin[0] if kin else None
    return [possessor, relative] if relative and relative != possessor else []


def _cue_matches(work: Work):
    """(paragraph, cue match) pairs in text order: the cue around each trigger word, once."""
    text = work.text
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two; keep offsets exact
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for p in work.paragraphs:
        seen_until = p.start
        for t in _TRIGGER.finditer(low, p.start, p.end):
            if t.start() < seen_until:
                continue
            lo = max(p.start, t.start() - _BEFORE)
            for m in _CUE_RE.finditer(text, lo, min(p.end, t.end() + _AFTER)):
                if m.start() > t.start():
                    break  # later cues cannot contain the trigger: skip scanning the rest
                # only the cue containing this trigger: one starting later may be cut short
                if m.start() <= t.start() < m.end() and m.start() >= seen_until:
                    seen_until = m.end()
                    yield p, m
                    break


def collect_evidence(work: Work) -> dict[frozenset[str], _Evidence]:
    text = work.text
    refs = _references(work)
    ref_pos = [r[0] for r in refs]
    ref_at = dict(refs)
    narrator = _narrator(work)
    kin_of = _kin(work.characters)
    # a spouse shares the family name too ("Mr. Bennet ... his wife"): kin of the other gender
    gender = {c.id: c.pronouns for c in work.characters}
    spouse_of = {
        cid: [k for k in kin if gender.get(k) and gender.get(cid) and gender[k] != gender[cid]]
        for cid, kin in kin_of.items()
    }
    quotes = sorted((q.start, q.end, q) for q in work.quotes)
    qstarts = [q[0] for q in quotes]
    evidence: dict[frozenset[str], _Evidence] = defaultdict(_Evidence)
    for p, m in _cue_matches(work):
        idx = int(m.lastgroup[1:])
        _pattern, label, kind, weight = _CUES[idx]
        s, e = _sentence(text, p.start, p.end, m.start())
        qi = bisect_right(qstarts, m.start()) - 1
        quote = quotes[qi][2] if qi >= 0 and m.start() < quotes[qi][1] else None
        if quote is not None:
            # a cue in dialogue reads only that quote's sentence, plus its speaker and addressee
            s, e = max(s, quote.start), min(e, quote.end)
        if kind == FAMILY or label == PARTNER:
            kin = kin_of if kind == FAMILY else spouse_of
            chars = _family_pair(text, m, quote, ref_at, narrator, kin)
        else:
            chars = _nearest(refs, ref_pos, s, e, m.start())
            if quote is not None and label == "I love you" and quote.speaker and quote.addressees:
                chars = [quote.speaker, quote.addressees[0]]
        if len(chars) < 2 or chars[0] == chars[1]:
            continue
        share = 1.0 if len(chars) == 2 else 0.8
        ev = evidence[frozenset(chars[:2])]
        if kind == ROMANTIC:
            ev.romantic += weight * share
        elif kind == FAMILY:
            ev.family += weight * share
        elif kind == AFFECTION:
            ev.affection += weight * share
        else:
            ev.platonic += weight * share
        if label not in ev.labels:
            ev.labels.append(label)
        ev.spans.append(Span(s, e))
    return evidence


def propose_tags(work: Work, interactions: list[Interaction]) -> list[Relationship]:
    by_id = {c.id: c for c in work.characters}
    order = {c.id: i for i, c in enumerate(work.characters)}
    inter = {frozenset((i.a, i.b)): i for i in interactions}
    evidence = collect_evidence(work)
    pairs = set(evidence) | {
        frozenset((i.a, i.b)) for i in interactions if i.weight >= STRONG_WEIGHT and i.conversations >= STRONG_TURNS
    }
    out: list[Relationship] = []
    for pair in pairs:
        if not pair <= by_id.keys():
            continue
        ev = evidence.get(pair) or _Evidence()
        it = inter.get(pair)
        w = it.weight if it else 0.0
        turns = it.conversations if it else 0
        if ev.romantic >= ROMANCE_MIN and ev.romantic > ev.family:
            kind = ROMANTIC
            conf = min(0.97, 0.45 + 0.08 * ev.romantic + 0.25 * w)
        elif (
            (ev.platonic + ev.family >= PLATONIC_MIN and (w > 0 or turns > 0))
            or (w >= STRONG_WEIGHT and turns >= STRONG_TURNS)
            or ((ev.romantic > 0 or ev.affection > 0) and w >= AFFECTION_WEIGHT)
        ):
            kind = PLATONIC
            conf = min(0.95, 0.35 + 0.1 * (ev.platonic + ev.family) + 0.35 * w)
            if not ev.labels:
                ev.labels.append("strong interaction")
        else:
            continue
        ids = sorted(pair, key=lambda c: order[c])
        out.append(
            Relationship(
                tag=tag_name([_display(by_id[c]) for c in ids], kind == ROMANTIC),
                kind=kind,
                characters=ids,
                confidence=round(conf, 3),
                evidence=list(ev.labels),
                spans=ev.spans[:12],
            )
        )
    out.sort(key=lambda r: (-r.confidence, r.tag))
    return out


_DISAMBIG = re.compile(r"\s*\([^)]*\)")


def _resolver(work: Work):
    names: dict[str, str] = {}
    for c in work.characters:
        for n in [c.name, *c.aliases, c.canonical or ""]:
            if n:
                names.setdefault(n.lower(), c.id)
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


def tag_agreement(work: Work) -> dict:
    """Compare the author's relationship tags with the inferred ones (character sets and kind)."""
    author = list(work.meta.tags.get("relationship") or [])
    if not author:
        return {}
    resolve = _resolver(work)

    def key(tag: str) -> tuple[frozenset[str], str]:
        kind = ROMANTIC if "/" in tag else PLATONIC
        parts = re.split(r"\s*[/&]\s*", tag)
        return frozenset(resolve(p) for p in parts if p.strip()), kind

    author_keys = {key(t): t for t in author}
    inferred_keys = {(frozenset(r.characters), r.kind): r.tag for r in work.relationships}
    matched = [inferred_keys[k] for k in inferred_keys if k in author_keys]
    return {
        "author": author,
        "inferred": [r.tag for r in work.relationships],
        "matched": matched,
        "precision": round(len(matched) / len(inferred_keys), 3) if inferred_keys else None,
        "recall": round(len(matched) / len(author_keys), 3),
    }
