"""AO3-style relationship tags: `A/B` (romantic or sexual) and `A & B` (platonic, family).

For every pair of characters that the cues name together (`evidence.py`) or that talk to
each other, `pair_features` reads eleven numbers: the weight of strong romance cues, of
slow-burn cues, of friendship cues, of family words and of tenderness any pair may show,
how strongly the pair interacts and how many exchanges they have, whether they share a
family name, and three that are relative to the work (what a reader tags is what the
story is about): whether it is the work's most romantic pair, the rank of its
interaction, and how prominent the lesser of the two characters is. A multinomial logistic model (`tag_weights.json`, fitted on the dev gold
tags by `python -m ficlens.train.relations`) turns them into the chances of no tag,
a romantic and a platonic tag; a pair is tagged when the chance of some tag reaches
TAG_AT (its confidence). It is romantic when its romance and slow-burn evidence
outweighs its family evidence and either reaches ROMANCE_MIN or backs a model that reads
romance; else platonic. A platonic pair with family words or a shared family name is
tagged `family` (an AO3 `&` tag like any platonic one).

Names: the character's canonical (fandom pack) name, else its own name. Order: AO3's
wrangling guideline for relationship tags (alphabetical by family name, a single name
counting as the family name), so tags look like the canonical ones readers search
for; `Relationship.characters` keeps prominence order (most prominent first).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from ficlens.model import Character, Interaction, Relationship, Work
from ficlens.relations.evidence import Evidence, collect_evidence, family_names

__all__ = ["FEATURES", "KINDS", "decide", "pair_features", "probabilities", "propose_tags", "tag_agreement", "tag_name"]

FEATURES = (
    "romance", "slow_burn", "friendship", "family", "tenderness", "interaction", "exchanges", "surname",
    "top_romance", "interaction_rank", "prominence",
)
KINDS = ("none", "romantic", "platonic")  # the model's classes, in its weight rows' order
ROMANTIC, PLATONIC, FAMILY = "romantic", "platonic", "family"
# A pair is tagged when the chance of some tag is at least TAG_AT, and a pair with no cue
# at all, only talk, at TALK_AT: fans tag a story's main pairs, not everyone who speaks.
# Both chosen on the dev gold tags, each work judged by a model fitted on the train split
# (11 works, too few alone) and the other dev works (`python -m ficlens.train.relations`):
# F1 0.721 (P 0.646, R 0.816 of the candidate gold pairs) at 0.35 / 0.45, against 0.674
# with one bar at 0.3 and 0.723 (R 0.789) at 0.35 / 0.5; a missed relationship costs a
# reader as much as a wrong one, so the bar with the higher recall.
TAG_AT = 0.35
TALK_AT = 0.45
STRONG_TURNS = 4
_CAP = 6.0  # evidence weights are capped: a long work is not more certain than a short one


def tag_name(names: list[str], romantic: bool) -> str:
    """An AO3 tag from character names, ordered by family name as AO3 wranglers do."""
    # the Reader goes last, as on AO3 ("Cullen Rutherford/Reader")
    ordered = sorted(names, key=lambda n: (n == "Reader", n.split()[-1].lower(), n.lower()) if n.split() else (False, "", ""))
    return ("/" if romantic else " & ").join(ordered)


# a reader-insert ("Y/N", "(y/n)") is tagged as AO3 tags it: "Cullen Rutherford/Reader"
_READER = re.compile(r"\(?\s*y\s*/\s*n\s*\)?|reader", re.I)


def _display(c: Character) -> str:
    name = c.canonical or c.name
    return "Reader" if _READER.fullmatch(name.strip()) else name


def pair_features(
    work: Work, interactions: list[Interaction], evidence: dict[frozenset[str], Evidence] | None = None
) -> dict[frozenset[str], list[float]]:
    """The model's inputs for every candidate pair (the calibration script reads them too);
    `evidence` is `collect_evidence(work)` when the caller already has it."""
    by_id = {c.id: c for c in work.characters}
    inter = {frozenset((i.a, i.b)): i for i in interactions}
    evidence = collect_evidence(work) if evidence is None else evidence
    # a pair that only shares scenes, or trades a line or two, is no relationship: a
    # candidate has cue evidence or STRONG_TURNS exchanges (chosen on dev: precision 0.628
    # at 4 against 0.556 at 2 and 0.515 at 1, for 27, 30 and 35 gold pairs found)
    pairs = set(evidence) | {p for p, i in inter.items() if i.conversations >= STRONG_TURNS}
    surnames = {c.id: family_names(c) for c in work.characters}
    order = {c.id: i for i, c in enumerate(work.characters)}
    # what a reader tags is relative: the work's most romantic pair, its strongest pairs
    love = {p: ev.romantic + ev.slow for p, ev in evidence.items()}
    top_love = max(love.values(), default=0.0)
    by_weight = sorted(inter, key=lambda p: (-inter[p].weight, sorted(p)))
    rank = {p: i for i, p in enumerate(by_weight)}
    out: dict[frozenset[str], list[float]] = {}
    for pair in pairs:
        if len(pair) != 2 or not pair <= by_id.keys():
            continue
        a, b = sorted(pair)
        ev = evidence.get(pair) or Evidence()
        it = inter.get(pair)
        out[pair] = [
            min(ev.romantic, _CAP),
            min(ev.slow, _CAP),
            min(ev.platonic, _CAP),
            min(ev.family, _CAP),
            min(ev.affection, _CAP),
            it.weight if it else 0.0,
            min(it.conversations, 12) / 12 if it else 0.0,
            1.0 if surnames[a] & surnames[b] else 0.0,
            1.0 if top_love > 0 and love.get(pair, 0.0) == top_love else 0.0,
            1.0 / (1 + rank[pair]) if pair in rank else 0.0,
            1.0 / (1 + max(order[a], order[b])),
        ]
    return out


@lru_cache(maxsize=1)
def _model() -> tuple[list[list[float]], list[float]]:
    raw = json.loads((resources.files("ficlens.relations") / "tag_weights.json").read_text(encoding="utf-8"))
    return [[float(w) for w in row] for row in raw["weights"]], [float(b) for b in raw["bias"]]


def probabilities(x: list[float]) -> list[float]:
    """The chance of each of KINDS for a pair with features `x`."""
    weights, bias = _model()
    z = [b + sum(w * v for w, v in zip(row, x, strict=True)) for row, b in zip(weights, bias, strict=True)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    return [v / sum(e) for v in e]


# The kind is read from the evidence, not from the model: with a few dozen gold tags the
# model learned whether a pair is tagged far better than which kind (romance cues came
# out weighing for friendship as much as for romance), and a kiss must read as romance.
ROMANCE_MIN = 1.5
FRIENDS_MIN = 2.0  # "best friend" once, or "friend" twice


def decide(p: list[float], x: list[float], tag_at: float = TAG_AT, talk_at: float = TALK_AT) -> int:
    """The index in KINDS of the tag for a pair with chances `p` and features `x` (0: none)."""
    cued = any(x[:5])
    if 1.0 - p[0] < (tag_at if cued else talk_at):
        return 0
    love, family = x[0] + x[1], x[3]
    if family >= love:
        return 2
    if x[0] == 0 and (x[2] >= x[1] or x[2] >= FRIENDS_MIN):
        return 2  # "best friend" outweighs slow-burn signs (jealousy, a blush) with no kiss or "I love you"
    # strong romance evidence, or the model reads romance and some romance cue backs it
    return 1 if love >= ROMANCE_MIN or (love > 0 and p[1] > p[2]) else 2


def propose_tags(work: Work, interactions: list[Interaction]) -> list[Relationship]:
    by_id = {c.id: c for c in work.characters}
    order = {c.id: i for i, c in enumerate(work.characters)}
    evidence = collect_evidence(work)
    out: list[Relationship] = []
    for pair, x in sorted(pair_features(work, interactions, evidence).items(), key=lambda kv: sorted(kv[0])):
        p = probabilities(x)
        best = decide(p, x)
        if best == 0:
            continue
        ev = evidence.get(pair) or Evidence()
        kind = KINDS[best]
        if kind == PLATONIC and (x[3] > 0 or x[7] > 0):
            kind = FAMILY
        labels = list(ev.labels) or ["strong interaction"]
        ids = sorted(pair, key=lambda c: order[c])
        out.append(
            Relationship(
                tag=tag_name([_display(by_id[c]) for c in ids], kind == ROMANTIC),
                kind=kind,
                characters=ids,
                confidence=round(1.0 - p[0], 3),
                evidence=labels,
                spans=ev.spans[:12],
            )
        )
    out.sort(key=lambda r: (-r.confidence, r.tag))
    return out


_DISAMBIG = re.compile(r"\s*\([^)]*\)")


def _resolver(work: Work) -> Callable[[str], str]:
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
    inferred_keys = {(frozenset(r.characters), ROMANTIC if r.kind == ROMANTIC else PLATONIC): r.tag for r in work.relationships}
    matched = [inferred_keys[k] for k in inferred_keys if k in author_keys]
    return {
        "author": author,
        "inferred": [r.tag for r in work.relationships],
        "matched": matched,
        "precision": round(len(matched) / len(inferred_keys), 3) if inferred_keys else None,
        "recall": round(len(matched) / len(author_keys), 3),
    }
