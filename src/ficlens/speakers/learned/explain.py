"""How the learned scorer decided one quotation: its candidates, the features that fired, their weights."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ficlens.model import Work
from ficlens.speakers.learned.candidates import build_view
from ficlens.speakers.learned.decode import decode, line_probabilities, static_score
from ficlens.speakers.learned.features import NAMES, History, history_features, static_features
from ficlens.speakers.learned.scorer import Weights, dot, load_weights

__all__ = ["Explanation", "explain"]


@dataclass(slots=True)
class Candidate:
    id: str
    name: str
    probability: float
    score: float
    fired: list[tuple[str, float, float]] = field(default_factory=list)  # (feature, value, weight)


@dataclass(slots=True)
class Explanation:
    quote: int
    text: str
    cascade: str | None  # the rule cascade's speaker
    evidence: str | None
    chosen: str | None  # the decoded speaker
    candidates: list[Candidate] = field(default_factory=list)
    history: list[str | None] = field(default_factory=list)  # decoded speakers of the last turns

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote": self.quote,
            "text": self.text,
            "cascade": self.cascade,
            "evidence": self.evidence,
            "chosen": self.chosen,
            "history": self.history,
            "candidates": [
                {
                    "id": c.id,
                    "name": c.name,
                    "probability": round(c.probability, 4),
                    "score": round(c.score, 4),
                    "fired": [{"feature": f, "value": round(v, 4), "weight": round(w, 4)} for f, v, w in c.fired],
                }
                for c in self.candidates
            ],
        }


def explain(work: Work, quote_index: int, weights: Weights | None = None) -> Explanation:
    """Explain quotation `quote_index` (an index into `work.quotes`) of a work the rule
    cascade has attributed (run the pipeline without the learned stage first).

    Raises IndexError for an index out of range and ValueError for a non-speech quotation.
    """
    if not 0 <= quote_index < len(work.quotes):
        raise IndexError(f"quote {quote_index} out of range: the work has {len(work.quotes)} quotations (0-{len(work.quotes) - 1})")
    w = weights or load_weights()
    target = work.quotes[quote_index]
    view = build_view(work)
    at = next((qv for qv in view.views if qv.quote is target), None)
    if at is None:
        raise ValueError(f"quote {quote_index} is {target.kind}, not speech: it has no speaker to explain")
    choices = decode(view, w)
    h = History()
    for qv, ch in zip(view.views[: at.index], choices, strict=False):
        h = h.push(ch.speaker if ch else None, not qv.same_para_prev)
    chosen = choices[at.index]
    out = Explanation(quote_index, work.text[target.start : target.end], target.speaker, target.evidence, chosen.speaker if chosen else None)
    out.history = list(h.turns)
    if not at.candidates:
        return out
    static = [static_score(w, view, at, c) for c in at.candidates]
    probs = line_probabilities(w, at, at.candidates, h, static)
    weights_all = w.static + w.history
    for c, p in zip(at.candidates, probs, strict=False):
        x = static_features(view, at, c) + history_features(at, c, h)
        ch_ = work.character(c)
        cand = Candidate(c, ch_.name if ch_ else c, p, dot(weights_all, x) + (static_score(w, view, at, c) - dot(w.static, x[: len(w.static)])))
        cand.fired = [(n, v, wt) for n, v, wt in zip(NAMES, x, weights_all, strict=False) if v]
        out.candidates.append(cand)
    out.candidates.sort(key=lambda c: -c.probability)
    return out
