"""AO3-style relationship tags: `A/B` (romantic or sexual) and `A & B` (platonic, family).

For every pair of characters that the cues name together (`evidence.py`) or that talk to
each other (or that share a canon family bond in a fandom pack and talk), `pair_features`
reads ten numbers: the weight (log scale) of romance cues
(strong and slow-burn together), of strong romance cues alone, of friendship cues, of
family words and of tenderness any pair may show, how strongly the pair interacts, how
exclusive that attention is (the pair's interaction against each one's strongest
partner), how prominent the lesser of the two characters is, how many exchanges
they have, and whether the pack gives them a canon family bond. A multinomial logistic model (`tag_weights.json`, fitted on the train split's
gold tags alone by `python -m ficlens.train.relations`) turns them into the chances of
no tag, a romantic and a platonic tag; a pair is tagged when the chance of some tag
reaches TAG_AT (TALK_AT for a pair with no cue; for a pair with neither lead,
ASIDE_CUED_AT and ASIDE_AT; its confidence). It is romantic when its
romance evidence outweighs its family evidence and either reaches ROMANCE_MIN or backs a
model that reads romance; else platonic. A platonic pair with family words or a shared
family name or a canon family bond is tagged `family` (an AO3 `&` tag like any platonic one).

Names: the character's canonical (fandom pack) name, else its own name. Order: AO3's
wrangling guideline for relationship tags (alphabetical by family name, a single name
counting as the family name), so tags look like the canonical ones readers search
for; `Relationship.characters` keeps prominence order (most prominent first).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from ficlens.model import Character, Interaction, Relationship, Work
from ficlens.relations.evidence import READER, Evidence, canon_bonds, collect_evidence, family_names, name_resolver

__all__ = ["FEATURES", "KINDS", "decide", "is_aside", "pair_features", "probabilities", "propose_tags", "tag_agreement", "tag_name"]

FEATURES = ("love", "romance", "friendship", "family", "tenderness", "interaction", "exclusive", "prominence", "exchanges", "canon_family")
KINDS = ("none", "romantic", "platonic")  # the model's classes, in its weight rows' order
ROMANTIC, PLATONIC, FAMILY = "romantic", "platonic", "family"
# A pair is tagged when the chance of some tag is at least TAG_AT, and a pair with no cue
# at all, only talk, at TALK_AT: fans tag a story's main pairs, not everyone who speaks.
# The model is fitted on the train split alone; both bars were chosen on dev (samples,
# held-out set A, fan-fiction dev, end to end and with gold characters: summed F1 1.339
# at 0.35 / 0.45 against 1.333 at 0.3 / 0.45, 1.319 at 0.4 / 0.45, 1.326 at 0.35 / 0.5).
TAG_AT = 0.35
TALK_AT = 0.45
# ... and a talk-only pair that has neither of the story's two leads (its two most
# prominent characters) at ASIDE_AT: fans tag the main characters' friendships, not every
# pair of the supporting cast who trade lines. On train such pairs were a third gold
# tags, against two thirds of a lead's talk-only pairs above TALK_AT (dev alike). Tags
# P / R, end to end and with gold characters, at 0.5 against TALK_AT for all: fan-fiction
# train 0.717 / 0.525 and 0.716 / 0.488 (from 0.701 / 0.530, 0.686 / 0.493), the dev
# split 0.630 / 0.791 and 0.692 / 0.837 (from 0.607 / 0.791, 0.679 / 0.837).
ASIDE_AT = 0.5
# an aside with a cue needs what a lead's talk-only pair needs: its cue is often one
# person's (a blush, a hug among many) and paired with whoever is nearest. Against TAG_AT
# for all cued pairs: train end to end P 0.740 (from 0.717), with gold characters 0.726
# (from 0.716), dev end to end 0.642 (from 0.630), recall the same everywhere.
ASIDE_CUED_AT = 0.45
LEADS = 2
# a pair with no cue is a candidate from STRONG_TURNS exchanges on; the model then weighs
# its talk (dev, end to end: P 0.585 R 0.721 at 2, against 0.564 / 0.721 at 3 and
# 0.500 / 0.698 at 4, each refitted)
STRONG_TURNS = 2
CANON_FAMILY = FEATURES.index("canon_family")


def tag_name(names: list[str], romantic: bool) -> str:
    """An AO3 tag from character names, ordered by family name as AO3 wranglers do."""
    # the Reader goes last, as on AO3 ("Cullen Rutherford/Reader")
    ordered = sorted(names, key=lambda n: (n == "Reader", n.split()[-1].lower(), n.lower()) if n.split() else (False, "", ""))
    return ("/" if romantic else " & ").join(ordered)


def _display(c: Character) -> str:
    # a reader-insert ("Y/N", "(y/n)") is tagged as AO3 tags it: "Cullen Rutherford/Reader"
    name = c.canonical or c.name
    return "Reader" if READER.fullmatch(name.strip()) else name


_DETERMINER = {"a", "an", "the", "my", "his", "her", "their", "your", "our", "some", "that", "this"}


def _proper(name: str) -> bool:
    """A name with a capitalised word past any leading determiner: "Vó", "the Sheriff"."""
    words = name.split()
    if words and words[0].lower() in _DETERMINER:
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def _described(c: Character) -> bool:
    """A character known only by descriptions ("a low voice", "The old man", "her mom"):
    no one fans name in a tag, and most often a lesser half of someone the text names.
    One capitalised name or alias is enough to keep it ("the sheriff", alias "Dad")."""
    names = [c.canonical or "", c.name, *c.aliases]
    return not any(_proper(n) for n in names if n) and _display(c) != "Reader"


def pair_features(
    work: Work, interactions: list[Interaction], evidence: dict[frozenset[str], Evidence] | None = None
) -> dict[frozenset[str], list[float]]:
    """The model's inputs for every candidate pair (the calibration script reads them too);
    `evidence` is `collect_evidence(work)` when the caller already has it."""
    by_id = {c.id: c for c in work.characters}
    inter = {frozenset((i.a, i.b)): i for i in interactions}
    evidence = collect_evidence(work) if evidence is None else evidence
    # a pair that only shares scenes is no relationship: a candidate has cue evidence or
    # STRONG_TURNS exchanges
    pairs = set(evidence) | {p for p, i in inter.items() if i.conversations >= STRONG_TURNS}
    # a canon family bond (fandom pack: siblings, parents, found family the canon names)
    # makes a candidate of two who talk in the story; a bond between characters who never
    # meet there is no tag. Canon friendships are left out: on dev they added untagged
    # pairs (end to end P 0.500 R 0.814 with them, 0.607 / 0.791 without), and a canon
    # friendship is as often a story's romance (friends to lovers) as its friendship
    family = {p for p, k in canon_bonds(work).items() if k == FAMILY and p in inter and inter[p].conversations}
    pairs |= family
    order = {c.id: i for i, c in enumerate(work.characters)}
    # exclusive attention: how much each of the two deals with the other, against that
    # character's strongest partner; a couple or a pair of friends is each other's first
    top: dict[str, float] = {}
    for p, i in inter.items():
        for c in p:
            top[c] = max(top.get(c, 0.0), i.weight)
    out: dict[frozenset[str], list[float]] = {}
    for pair in pairs:
        if len(pair) != 2 or not pair <= by_id.keys() or any(_described(by_id[c]) for c in pair):
            continue
        a, b = sorted(pair)
        ev = evidence.get(pair) or Evidence()
        it = inter.get(pair)
        weight = it.weight if it else 0.0
        # cue weights on a log scale: the second kiss tells less than the first, and a long
        # work is not more certain than a short one
        out[pair] = [
            # strong and slow-burn romance together: the train split has few kisses, so a
            # weight of its own for them is learned from next to nothing
            math.log1p(ev.romantic + ev.slow),
            math.log1p(ev.romantic),
            math.log1p(ev.platonic),
            math.log1p(ev.family),
            math.log1p(ev.affection),
            weight,
            min(weight / top[a] if top.get(a) else 0.0, weight / top[b] if top.get(b) else 0.0),
            1.0 / (1 + max(order[a], order[b])),
            min(it.conversations, 12) / 12 if it else 0.0,  # absolute: two lines in a short text are no relationship
            1.0 if pair in family else 0.0,
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
# model learned whether a pair is tagged far better than which kind, and a kiss must read
# as romance. ROMANCE_MIN is on the features' log scale: log1p(1.5), a kiss at half weight.
ROMANCE_MIN = 0.9
FRIENDS_MIN = 1.09  # log1p(2.0): "best friend" once, or "friend" twice


def decide(
    p: list[float], x: list[float], tag_at: float = TAG_AT, talk_at: float = TALK_AT, aside: bool = False,
    aside_at: float = ASIDE_AT, aside_cued_at: float = ASIDE_CUED_AT,
) -> int:
    """The index in KINDS of the tag for a pair with chances `p` and features `x` (0: none);
    `aside`: neither of the two is a lead (`is_aside`)."""
    # a canon family bond is evidence like a cue: the lower bar
    cued = any(x[:5]) or bool(x[CANON_FAMILY])
    # (an aside's bar is never below a lead's, whatever bars a calibration tries)
    if aside:
        bar = max(aside_cued_at, tag_at) if cued else max(aside_at, talk_at)
    else:
        bar = tag_at if cued else talk_at
    if 1.0 - p[0] < bar:
        return 0
    love, romance, friends, family = x[0], x[1], x[2], x[3]
    if family >= love or (x[CANON_FAMILY] and romance == 0):
        return 2  # canon family with no kiss or "I love you" stays family
    if romance == 0 and (friends >= love or friends >= FRIENDS_MIN):
        return 2  # friendship outweighs slow-burn signs (jealousy, a blush) with no kiss or "I love you"
    # strong romance evidence, or the model reads romance and some romance cue backs it
    return 1 if love >= ROMANCE_MIN or (love > 0 and p[1] > p[2]) else 2


def is_aside(work: Work, pair: frozenset[str]) -> bool:
    """Neither of the two is one of the story's LEADS most prominent characters."""
    return not pair & {c.id for c in work.characters[:LEADS]}


def propose_tags(work: Work, interactions: list[Interaction]) -> list[Relationship]:
    by_id = {c.id: c for c in work.characters}
    order = {c.id: i for i, c in enumerate(work.characters)}
    evidence = collect_evidence(work)
    out: list[Relationship] = []
    for pair, x in sorted(pair_features(work, interactions, evidence).items(), key=lambda kv: sorted(kv[0])):
        p = probabilities(x)
        best = decide(p, x, aside=is_aside(work, pair))
        if best == 0:
            continue
        ev = evidence.get(pair) or Evidence()
        kind = KINDS[best]
        a, b = sorted(pair)
        if kind == PLATONIC and (x[3] > 0 or x[CANON_FAMILY] or family_names(by_id[a]) & family_names(by_id[b])):
            kind = FAMILY
        labels = list(ev.labels) or ["strong interaction"]
        if x[CANON_FAMILY]:
            labels.append("canon family")
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


def tag_agreement(work: Work) -> dict:
    """Compare the author's relationship tags with the inferred ones (character sets and kind)."""
    author = list(work.meta.tags.get("relationship") or [])
    if not author:
        return {}
    resolve = name_resolver(work)

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
