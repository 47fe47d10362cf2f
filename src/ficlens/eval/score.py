"""Scoring one analysed `Work` against its gold annotation (the DESIGN.md matching rule).

Quotes: a predicted quote matches a gold quote when their spans overlap; matching is
one-to-one, the pairs with the largest overlap first, so a prediction that swallows
two gold quotes matches only one of them. When gold marks a multi-paragraph quote as
one span, the predicted parts of it (chained by `Quote.part_of`) beyond
the one that matches are not counted as spurious.

Speakers: a matched quote has the right speaker when the gold character that the
predicted speaker stands for (`ficlens.eval.fair`: at most one gold character per
predicted character, by shared names after normalisation: case, whitespace, curly
apostrophes, the period of a title such as "Mr.") is the gold speaker. Nothing looser
than equal names: "Bennet" does not resolve to "Mr. Bennet". Ids are not compared,
because predicted ids are prominence ranks ("c1", ...) and would agree with gold ids by
accident. The lenient figure (`*_lenient`: right when the predicted character shares any
name with the gold speaker, so a merge of two people is right for both) is a labelled
extra, never the headline.

Speaker accuracy is end to end: correct-speaker quotes over all gold speech quotes,
so a missed quote counts as wrong; `speaker_accuracy_detected` divides by the matched
gold speech quotes only. It is given per part (each gold quote) and per quotation (a
quotation interrupted by a tag is one; `ficlens.eval.quotations` says how parts are
grouped and how a quotation's predicted speaker is decided).

A gold `non_speech` quote is right when its prediction has kind `non_speech` or no
speaker; it counts in its own by-type row, not in the speaker accuracy. A gold `thought`
is counted apart (`thoughts*`): detected whatever kind ficlens gives it, and right where
the gold names a thinker and the predicted speaker stands for that thinker, whatever the
predicted kind. Gold without any quote `type` (LitBank) annotates speech only, so there
a predicted non-speech or thought quote that overlaps no gold quote is not a false positive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from ficlens.eval.fair import fair_map, score_cast
from ficlens.eval.gold import NON_SPEECH, THOUGHT, GoldCharacter, GoldQuote, GoldWork
from ficlens.eval.quotations import quotation_speaker, quotations
from ficlens.eval.tags import score_tags
from ficlens.model import Character, Quote, Work

if TYPE_CHECKING:
    from ficlens.fandoms import CharacterEntry

__all__ = ["Counts", "TypeCounts", "WorkScore", "match_spans", "norm_name", "score_work"]

_TITLE_DOT = re.compile(
    r"\b(mr|mrs|ms|mx|dr|st|prof|rev|capt|col|gen|lt|sgt|sr|jr|messrs|mme|mlle|hon)\.", re.IGNORECASE
)
UNTYPED = "(untyped)"
_Resolver = Callable[[str | None, str | None], bool]


def norm_name(name: str) -> str:
    """The form two names are compared in: 'Mr.  Bennet' and 'mr bennet' are equal, and so
    are 'The Hatter' and 'Hatter' or 'the narrator' and 'narrator' (one gold file writes the
    article, another does not; it never tells two people apart)."""
    name = _TITLE_DOT.sub(r"\1", name.replace("’", "'"))
    words = name.lower().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class TypeCounts:
    gold: int = 0
    matched: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.gold)

    @property
    def accuracy_detected(self) -> float | None:
        return _ratio(self.correct, self.matched)

    def add(self, other: TypeCounts) -> None:
        self.gold += other.gold
        self.matched += other.matched
        self.correct += other.correct


@dataclass(slots=True)
class Counts:
    gold: int = 0  # gold quotes, speech and non-speech
    predicted: int = 0
    matched: int = 0
    speech: int = 0  # gold speech quotes (parts)
    speech_matched: int = 0
    speaker_correct: int = 0
    speaker_correct_lenient: int = 0
    quotations: int = 0  # gold speech quotations (a quotation interrupted by a tag is one)
    quotations_matched: int = 0
    quotation_correct: int = 0
    quotation_correct_lenient: int = 0
    thoughts: int = 0  # gold thoughts
    thoughts_matched: int = 0
    thoughts_with_thinker: int = 0
    thought_correct: int = 0
    addressee_gold: int = 0  # gold quotes that name addressees
    addressee_matched: int = 0
    addressee_correct: int = 0
    predicted_characters: int = 0
    gold_speakers: int = 0
    speakers_found: int = 0
    speakers_split: int = 0
    speakers_merged: int = 0
    merged_predicted: int = 0
    alias_predicted: int = 0
    alias_predicted_right: int = 0
    alias_gold: int = 0
    alias_gold_found: int = 0
    tags_gold: int = 0  # relationship tags (gold that lists them)
    tags_predicted: int = 0
    tags_matched: int = 0
    tags_kind_right: int = 0
    by_type: dict[str, TypeCounts] = field(default_factory=dict)

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.speaker_correct, self.speech)

    @property
    def speaker_accuracy_detected(self) -> float | None:
        return _ratio(self.speaker_correct, self.speech_matched)

    @property
    def speaker_accuracy_lenient(self) -> float | None:
        return _ratio(self.speaker_correct_lenient, self.speech)

    @property
    def quotation_accuracy(self) -> float | None:
        return _ratio(self.quotation_correct, self.quotations)

    @property
    def quotation_accuracy_lenient(self) -> float | None:
        return _ratio(self.quotation_correct_lenient, self.quotations)

    @property
    def thought_accuracy(self) -> float | None:
        return _ratio(self.thought_correct, self.thoughts_with_thinker)

    @property
    def addressee_accuracy(self) -> float | None:
        return _ratio(self.addressee_correct, self.addressee_gold)

    @property
    def alias_precision(self) -> float | None:
        return _ratio(self.alias_predicted_right, self.alias_predicted)

    @property
    def alias_recall(self) -> float | None:
        return _ratio(self.alias_gold_found, self.alias_gold)

    @property
    def tag_precision(self) -> float | None:
        return _ratio(self.tags_matched, self.tags_predicted)

    @property
    def tag_recall(self) -> float | None:
        return _ratio(self.tags_matched, self.tags_gold)

    def add(self, other: Counts) -> None:
        for name in _INT_FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for t, tc in other.by_type.items():
            self.by_type.setdefault(t, TypeCounts()).add(tc)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: getattr(self, k) for k in _INT_FIELDS}
        for k in _RATIOS:
            out[k] = getattr(self, k)
        out["by_type"] = {
            t: {**asdict(tc), "accuracy": tc.accuracy, "accuracy_detected": tc.accuracy_detected}
            for t, tc in sorted(self.by_type.items())
        }
        return out


_INT_FIELDS = tuple(f.name for f in fields(Counts) if f.name != "by_type")
_RATIOS = (
    "precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_detected",
    "speaker_accuracy_lenient", "quotation_accuracy", "quotation_accuracy_lenient",
    "thought_accuracy", "addressee_accuracy", "alias_precision", "alias_recall",
    "tag_precision", "tag_recall",
)


@dataclass(slots=True)
class WorkScore:
    id: str
    counts: Counts
    words: int = 0
    seconds: float = 0.0
    # What went wrong, as (start, end) spans and names, for reading the errors.
    missed: list[tuple[int, int]] = field(default_factory=list)
    false_positives: list[tuple[int, int]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)
    characters: list[dict[str, Any]] = field(default_factory=list)  # per gold speaker
    stands_for: dict[str, str] = field(default_factory=dict)  # predicted id -> gold id (fair)

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "words": self.words, "seconds": self.seconds}
        out.update(self.counts.to_dict())
        if details:
            out["missed"] = [list(s) for s in self.missed]
            out["false_positives"] = [list(s) for s in self.false_positives]
            out["wrong_speaker"] = self.wrong_speaker
            out["characters"] = self.characters
        return out


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching: {gold index: predicted index}, largest overlaps first.

    Linear in the number of overlapping pairs: predictions are visited through a
    bisect over their starts and a running maximum of their ends, which stays correct
    even when a faulty stage emits overlapping predictions.
    """
    order = sorted(range(len(pred)), key=lambda i: pred[i])
    starts = [pred[i][0] for i in order]
    max_end: list[int] = []
    running = -1
    for i in order:
        running = max(running, pred[i][1])
        max_end.append(running)
    pairs: list[tuple[int, int, int]] = []
    for gi, (gs, ge) in enumerate(gold):
        lo = bisect_left(max_end, gs + 1)  # first prediction whose running end passes gs
        hi = bisect_left(starts, ge)
        for k in range(lo, hi):
            ps, pe = pred[order[k]]
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((-overlap, gi, order[k]))
    pairs.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _names(c: Character) -> set[str]:
    names = {norm_name(c.name)} | {norm_name(a) for a in c.aliases}
    if c.canonical:
        names.add(norm_name(c.canonical))
    names.discard("")
    return names


def score_work(gold: GoldWork, work: Work) -> WorkScore:
    """Count matches, speakers, quotations, thoughts, addressees and the cast of
    `work` against `gold`."""
    preds, match = _matched(gold, work)
    gold_names = {c.id: {norm_name(n) for n in c.names} - {""} for c in gold.characters}
    pred_names = {c.id: _names(c) for c in work.characters}
    votes: dict[str, Counter[str]] = {}
    for gi, pi in match.items():
        g, p = gold.quotes[gi], preds[pi]
        if p.speaker is not None and g.speaker is not None:
            votes.setdefault(p.speaker, Counter())[g.speaker] += 1
    stands = fair_map(gold_names, pred_names, votes)

    def fair(pred_id: str | None, gold_id: str | None) -> bool:
        return pred_id is not None and gold_id is not None and stands.get(pred_id) == gold_id

    def lenient(pred_id: str | None, gold_id: str | None) -> bool:
        if pred_id is None or gold_id is None:
            return False
        return bool(pred_names.get(pred_id, set()) & gold_names.get(gold_id, set()))

    counts = Counts(gold=len(gold.quotes), predicted=len(preds), matched=len(match))
    score = WorkScore(gold.id, counts, work.meta.words, stands_for=stands)
    for gi, g in enumerate(gold.quotes):
        _score_part(g, preds[match[gi]] if gi in match else None, counts, score, work, fair, lenient)
    _score_quotations(gold, preds, match, counts, fair, lenient)
    display = {c.id: c.name for c in work.characters}
    cast = score_cast(gold, gold_names, pred_names, stands, display)
    counts.predicted_characters = len(work.characters)
    for name in ("gold_speakers", "merged_predicted", "alias_predicted", "alias_predicted_right", "alias_gold", "alias_gold_found"):
        setattr(counts, name, getattr(cast, name))
    counts.speakers_found, counts.speakers_split, counts.speakers_merged = cast.found, cast.split, cast.merged
    score.characters = cast.per_character
    tags = score_tags(gold, work, stands)
    counts.tags_gold, counts.tags_predicted = tags.gold, tags.predicted
    counts.tags_matched, counts.tags_kind_right = tags.matched, tags.kind_right
    used = set(match.values())
    score.false_positives = [(q.start, q.end) for i, q in enumerate(preds) if i not in used]
    return score


def _matched(gold: GoldWork, work: Work) -> tuple[list[Quote], dict[int, int]]:
    """The predictions that are scored and their matching to the gold quotes."""
    preds = work.quotes
    match = match_spans([(q.start, q.end) for q in gold.quotes], [(q.start, q.end) for q in preds])
    absorbed = _absorbed(work, gold.quotes, match)
    if absorbed:
        preds = [q for i, q in enumerate(preds) if i not in absorbed]
        match = match_spans([(q.start, q.end) for q in gold.quotes], [(q.start, q.end) for q in preds])
    if not any(q.type for q in gold.quotes):
        # Untyped gold (LitBank) annotates speech only: a quotation predicted as
        # non-speech or as a thought that meets no gold quote agrees with it, so it is not spurious.
        used = set(match.values())
        keep = [i for i, q in enumerate(preds) if i in used or q.kind not in (NON_SPEECH, THOUGHT)]
        if len(keep) < len(preds):
            preds = [preds[i] for i in keep]
            match = match_spans([(q.start, q.end) for q in gold.quotes], [(q.start, q.end) for q in preds])
    return preds, match


def _score_part(
    g: GoldQuote, p: Quote | None, counts: Counts, score: WorkScore, work: Work, fair: _Resolver, lenient: _Resolver
) -> None:
    tc = counts.by_type.setdefault(g.type or UNTYPED, TypeCounts())
    tc.gold += 1
    if p is None:
        score.missed.append((g.start, g.end))
    else:
        tc.matched += 1
    if g.is_speech:
        counts.speech += 1
        ok = p is not None and p.kind != NON_SPEECH and fair(p.speaker, g.speaker)
        if p is not None:
            counts.speech_matched += 1
            counts.speaker_correct_lenient += p.kind != NON_SPEECH and lenient(p.speaker, g.speaker)
            if not ok:
                score.wrong_speaker.append(_wrong(g, p, work))
        counts.speaker_correct += ok
        tc.correct += ok
    elif g.is_thought:
        counts.thoughts += 1
        counts.thoughts_matched += p is not None
        if g.speaker is not None:
            counts.thoughts_with_thinker += 1
            ok = p is not None and fair(p.speaker, g.speaker)
            counts.thought_correct += ok
            tc.correct += ok
    elif p is not None and (p.kind == NON_SPEECH or p.speaker is None):
        tc.correct += 1
    if g.addressees:
        counts.addressee_gold += 1
        if p is not None:
            counts.addressee_matched += 1
            counts.addressee_correct += _addressees_ok(p, g, fair)


def _score_quotations(
    gold: GoldWork, preds: list[Quote], match: dict[int, int], counts: Counts, fair: _Resolver, lenient: _Resolver
) -> None:
    for group in quotations(gold):
        g = gold.quotes[group[0]]
        if not g.is_speech:
            continue
        counts.quotations += 1
        parts = [preds[match[i]] for i in group if i in match]
        if not parts:
            continue
        counts.quotations_matched += 1
        said = quotation_speaker([None if p.kind == NON_SPEECH else p.speaker for p in parts])
        counts.quotation_correct += fair(said, g.speaker)
        counts.quotation_correct_lenient += lenient(said, g.speaker)


def _absorbed(work: Work, gold: list[GoldQuote], match: dict[int, int]) -> set[int]:
    """Unmatched parts of a multi-paragraph quote that lie inside the gold quote another
    part matched: gold that marks the whole utterance as one span does not make them spurious.

    The parts are chained by `Quote.part_of` (kept in saved JSON too) (i continues into i + 1).
    """
    continues = {i - 1 for i, q in enumerate(work.quotes) if q.part_of is not None}
    if not continues:
        return set()
    gold_of = {pi: gold[gi] for gi, pi in match.items()}
    absorbed: set[int] = set()
    chain: list[int] = []
    for i in range(len(work.quotes)):
        chain.append(i)
        if i in continues:
            continue
        if len(chain) > 1:
            golds = [gold_of[j] for j in chain if j in gold_of]
            for j in chain:
                q = work.quotes[j]
                if j not in gold_of and any(g.start < q.end and q.start < g.end for g in golds):
                    absorbed.add(j)
        chain = []
    return absorbed


def _addressees_ok(p: Quote, g: GoldQuote, resolves: _Resolver) -> bool:
    """Right when every gold addressee is among the predicted ones and nothing else is."""
    if not p.addressees:
        return False
    every_gold = all(any(resolves(a, ga) for a in p.addressees) for ga in g.addressees)
    nothing_else = all(any(resolves(a, ga) for ga in g.addressees) for a in p.addressees)
    return every_gold and nothing_else


def _wrong(g: GoldQuote, p: Quote, work: Work) -> dict[str, Any]:
    c = work.character(p.speaker)
    return {
        "start": g.start,
        "end": g.end,
        "gold": g.speaker,
        "predicted": c.name if c else None,
        "kind": p.kind,
        "evidence": p.evidence,
        "cue": work.text[p.cue.start : p.cue.end] if p.cue else None,
    }


def gold_entries(characters: list[GoldCharacter]) -> list[CharacterEntry]:
    """The gold characters as a user's character list (`--gold-characters`), their
    pronouns (or a gold `gender`, read as pronouns by the loader) passed through."""
    from ficlens.fandoms import CharacterEntry

    return [
        CharacterEntry(name=c.names[0], aliases=list(c.names[1:]), pronouns=c.pronouns)
        for c in characters
        if c.names
    ]
