"""Which fandom a story belongs to, from the names and canon words in its text.

Each pack gathers three kinds of evidence from the story (`PackEvidence`): distinctive
character names ("Lexa", "Clarke Griffin"), canon terms that are no character at all
("Polis", "Mount Weather", "Skaikru"), and how many more of its characters are named by an
everyday name only ("Sam", "Steve"). A logistic model turns the best pack's evidence,
and its lead over the runner-up, into a probability (`PackGuess.probability`); the pack is
chosen at 0.5 or more. Its weights ship in `detect_weights.json` and are refitted with
`python -m ficlens.fandoms.calibrate` (Standard Ebooks novels as the stories that must get
no pack, the same novels with their cast renamed into a pack's as the ones that must).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import cast

from ficlens.fandoms.load import Pack, all_packs, get_pack
from ficlens.model import Work

__all__ = ["PackEvidence", "PackGuess", "evidence", "guess_pack", "pack_from_names"]

# Chosen on the dev books: the lowest that gave no original story a pack (see calibrate.py).
THRESHOLD = 0.8
# A crossover names two fandoms alike; no one pack is right for it. Crossovers are not in
# the calibration data, so this is a rule: the runner-up within this share of the best.
CROSSOVER = 0.75
# Caps keep a long work from looking more certain than a short one that names the same cast.
NAME_CAP, TERM_CAP, CAST_CAP, LEAD_CAP = 6.0, 6.0, 8.0, 6.0

_CAPSEQ = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_PAREN = re.compile(r"\s*\([^)]*\)")

# Single names too common across fiction to identify a fandom on their own.
COMMON_NAMES = frozenset(
    """john james peter harry tony steve sam bruce mary molly luke ben anna jake jack
    david george fred bill charlie arthur tom will mike kate lily rose grace hope
    clint nick maria wanda vision thor loki sirius remus lucius finn han leia rey
    lincoln wells dante griffin hudson hill strange happy may buck stephen wilson percy
    henry jim sally echo cage green jordan miller collins reyes black potter sarah
    janine luna maya harper nate gaia roan titus nia carol scott parker barnes
    rogers stark banner fury coulson rhodes hogan ned phil cap pepper dean thomas
    dobby moody bell princess commander general captain doctor michael adam ted roy
    kevin karen alice emma ruby paul victoria max nancy billy robin lucas dustin
    eddie leo frank rachel hazel jason annie dawn faith tara oz riley angel spike
    christopher chris bobby josh taylor tommy colin isaac rupert sharon jamie nathan
    gold belle red link data seven pike kirk daisy martin tim elias helen oliver
    gerard melanie georgie jonah derek lydia allison erica danny theo liam noah
    melissa jackson""".split()
)


@dataclass(frozen=True, slots=True)
class PackEvidence:
    """What the story says for one pack."""

    pack: str
    names: float  # distinct characters by distinctive name, weighted 1 or 0.5
    terms: float  # distinct canon terms; a term shared by k packs counts 1/k
    others: int  # further characters named only by an everyday name ("Sam", "Steve")

    @property
    def strength(self) -> float:
        return min(self.names, NAME_CAP) + min(self.terms, TERM_CAP)


@dataclass(frozen=True, slots=True)
class PackGuess:
    pack: str | None  # the best pack, or None when nothing points anywhere
    probability: float  # that the story belongs to it
    best: PackEvidence | None
    runner_up: PackEvidence | None


def features(best: PackEvidence, runner: PackEvidence | None) -> list[float]:
    """The model's inputs for the best pack (the calibration script uses the same)."""
    lead = best.strength - (runner.strength if runner else 0.0)
    return [
        min(best.names, NAME_CAP),
        min(best.terms, TERM_CAP),
        min(float(best.others), CAST_CAP),
        max(min(lead, LEAD_CAP), -LEAD_CAP),
    ]


@lru_cache(maxsize=1)
def _model() -> dict[str, object]:
    raw = (resources.files("ficlens.fandoms") / "detect_weights.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


def everyday_names() -> frozenset[str]:
    """COMMON_NAMES, and the one-word pack names that the calibration found in many
    novels ("Diana", "Victoria", "Muriel"): too common to point to a fandom alone."""
    found = _model().get("everyday", [])
    return COMMON_NAMES | {str(n).lower() for n in found} if isinstance(found, list) else COMMON_NAMES


def probability(best: PackEvidence, runner: PackEvidence | None) -> float:
    model = _model()
    weights = [float(w) for w in cast(list[float], model["weights"])]
    bias = float(model["bias"])  # type: ignore[arg-type]
    z = bias + sum(w * x for w, x in zip(weights, features(best, runner), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, list[tuple[str, int, float]]], dict[str, list[tuple[str, int]]]]:
    """(distinctive forms -> (pack, character, weight), everyday forms -> (pack, character)).

    A full name ("Clarke Griffin") or an unusual one-word canonical name ("Lexa") weighs 1;
    another unusual one-word alias ("Heda") 0.5. A one-word form shared by two packs, or in
    COMMON_NAMES, is no distinctive evidence; an everyday name of one pack only still
    counts towards that pack's cast.
    """
    token_packs: dict[str, set[str]] = {}
    for p in all_packs():
        for c in p.characters:
            for form in [_PAREN.sub("", c.name), *c.aliases]:
                for tok in form.split():
                    token_packs.setdefault(tok, set()).add(p.id)
    common = everyday_names()
    distinctive: dict[str, list[tuple[str, int, float]]] = {}
    everyday: dict[str, list[tuple[str, int]]] = {}
    for p in all_packs():
        for i, c in enumerate(p.characters):
            canonical = _PAREN.sub("", c.name).strip()
            for form in sorted({canonical, *c.aliases}):
                words = form.split()
                # "The Doctor", "the Commander": descriptions any novel may use
                if not words or not form[0].isupper() or words[0] in ("The", "A"):
                    continue
                if len(words) > 1:
                    distinctive.setdefault(form, []).append((p.id, i, 1.0))
                elif form.lower() in common or len(form) < 3:
                    if len(token_packs.get(form, ())) == 1:
                        everyday.setdefault(form, []).append((p.id, i))
                elif len(token_packs.get(form, ())) == 1:
                    distinctive.setdefault(form, []).append((p.id, i, 1.0 if form == canonical else 0.5))
    return distinctive, everyday


def everyday_terms() -> frozenset[str]:
    """Pack terms that the calibration found in many novels ("Scotland Yard", "Paris"):
    real places and common words, no evidence for a fandom."""
    found = _model().get("everyday_terms", [])
    return frozenset(str(t) for t in found) if isinstance(found, list) else frozenset()


_RUN = re.compile(r"(?<![\w'’-])[\w'’-]+")  # a term can only start where such a run starts


@lru_cache(maxsize=1)
def _term_index() -> tuple[dict[str, re.Pattern[str]], dict[str, list[str]]]:
    """Every pack's terms as one anchored pattern per first word ("Mount" -> "Mount
    Weather|Mount Doom"), and term -> the packs that list it. Trying only the terms of the
    word at hand, instead of one alternation of all ~600 terms at every character, is the
    same search (longest term first) at a fifth of the cost."""
    owners: dict[str, list[str]] = {}
    common = everyday_terms()
    for p in all_packs():
        for term in p.terms:
            if term not in common:
                owners.setdefault(_term_key(term), []).append(p.id)
    by_first: dict[str, list[str]] = {}
    for t in sorted(owners, key=len, reverse=True):
        first = _RUN.match(t)
        heads = [first.group()] if first else [""]
        if t.startswith("the "):
            heads = ["the", "The"]
        for head in heads:
            by_first.setdefault(head, []).append(_term_pattern(t))
    patterns = {head: re.compile(rf"(?:{'|'.join(alts)})(?![\w'’-])") for head, alts in by_first.items()}
    return patterns, owners


def _term_pattern(term: str) -> str:
    """"the Ark" matches "The Ark" too (the rest keeps its case); a space matches any run
    of whitespace, so a hard-wrapped "Mount\nWeather" is found."""
    body = re.escape(term).replace("\\ ", r"\s+")
    return "[Tt]he" + body[3:] if term.startswith("the ") else body


def _term_key(term: str) -> str:
    return "the " + term[4:] if term[:4].lower() == "the " else term


def evidence(work: Work) -> list[PackEvidence]:
    """Evidence for every pack the story points to, strongest first."""
    spans = [(sp.start, sp.end) for sp in work.story_spans()]
    seqs = [m.group() for s, e in spans for m in _CAPSEQ.finditer(work.text, s, e)]
    names, cast = _names(seqs)
    terms = _terms(work.text, spans)
    out = [
        PackEvidence(pid, sum(names.get(pid, {}).values()), terms.get(pid, 0.0),
                     len(cast.get(pid, set()) - set(names.get(pid, {}))))
        for pid in sorted(set(names) | set(terms) | set(cast))
    ]
    return sorted(out, key=lambda ev: (-ev.strength, -ev.others, ev.pack))


def _names(seqs: Iterable[str]) -> tuple[dict[str, dict[int, float]], dict[str, set[int]]]:
    distinctive, everyday = _name_index()
    found: dict[str, dict[int, float]] = {}
    cast: dict[str, set[int]] = {}
    for seq in seqs:
        words = seq.split()
        # every contiguous run, so "Then Clarke Griffin" still finds "Clarke Griffin"
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                for pid, ci, weight in distinctive.get(" ".join(words[i:j]), ()):
                    chars = found.setdefault(pid, {})
                    chars[ci] = max(weight, chars.get(ci, 0.0))
            for pid, ci in everyday.get(words[i], ()):
                cast.setdefault(pid, set()).add(ci)
    return found, cast


def _terms(text: str, spans: list[tuple[int, int]]) -> dict[str, float]:
    patterns, owners = _term_index()
    seen: set[str] = set()
    for s, e in spans:
        pos = s
        for run in _RUN.finditer(text, s, e):
            if run.start() < pos:
                continue  # inside the term just found
            pattern = patterns.get(run.group())
            m = pattern.match(text, run.start(), e) if pattern is not None else None
            if m is not None:
                seen.add(_term_key(re.sub(r"\s+", " ", m.group())))
                pos = m.end()
    out: dict[str, float] = {}
    for term in sorted(seen):
        packs = owners.get(term, ())
        for pid in packs:
            out[pid] = out.get(pid, 0.0) + 1.0 / len(packs)
    return out


def guess_pack(work: Work) -> PackGuess:
    """The best pack for the story and how likely it is right."""
    ranked = evidence(work)
    if not ranked:
        return PackGuess(None, 0.0, None, None)
    best, runner = ranked[0], (ranked[1] if len(ranked) > 1 else None)
    return PackGuess(best.pack, probability(best, runner), best, runner)


def pack_from_names(work: Work) -> Pack | None:
    """The pack the story's own text points to, at probability THRESHOLD or more."""
    guess = guess_pack(work)
    if guess.pack is None or guess.probability < THRESHOLD:
        return None
    if guess.best is not None and guess.best.strength <= 0.0:
        return None  # everyday names alone ("Bob", "Tony", "Sam") never make a fandom
    if guess.runner_up and guess.best and guess.runner_up.strength >= CROSSOVER * guess.best.strength:
        return None
    return get_pack(guess.pack)
