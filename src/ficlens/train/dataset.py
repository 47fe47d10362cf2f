"""Training rows from silver works: one row per labelled line, one vector per candidate.

History features are computed from the true history (teacher forcing): the label where a
line has one, else the cascade's speaker, which on name-tagged lines is the label anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from ficlens.speakers.learned.candidates import build_view
from ficlens.speakers.learned.decode import decode
from ficlens.speakers.learned.features import History, history_features, static_features
from ficlens.speakers.learned.scorer import Weights
from ficlens.train.silver import Silver

__all__ = ["HISTORY", "Row", "rows_of"]

HISTORY = "cascade"  # see `rows_of`: on dev, fitting on the true turns made the learned path overrule right tags


@dataclass(slots=True)
class Row:
    x: list[list[float]]  # one feature vector per candidate
    y: int  # index of the true speaker among the candidates, -1 when it is not one
    mode: str  # pronoun | deleted | kept
    cascade_right: bool


def rows_of(silver: Silver, history: str = HISTORY, weights: Weights | None = None) -> list[Row]:
    """One row per labelled line. `history` says whose speakers of the lines before the
    history features read: "truth" (the label, else the cascade's speaker), "cascade"
    (the cascade's, right or wrong), or "decoded" (what the decoder with `weights`
    chose). Decoding meets a history with mistakes in it: features learned on the true
    turns trust turn-taking more than a decoded history deserves (on dev, a model fitted
    on true turns overruled right pronoun tags by A, B, A alternation)."""
    view = build_view(silver.work)
    decoded = [ch.speaker if ch else None for ch in decode(view, weights)] if history == "decoded" and weights else None
    label_of = {lab.start: lab for lab in silver.labels}
    rows: list[Row] = []
    h = History()
    for i, qv in enumerate(view.views):
        lab = label_of.get(qv.quote.start)
        truth = lab.speaker if lab else qv.quote.speaker
        if lab is not None and qv.candidates:
            x = [static_features(view, qv, c) + history_features(qv, c, h) for c in qv.candidates]
            y = qv.candidates.index(truth) if truth in qv.candidates else -1
            rows.append(Row(x, y, lab.mode, qv.quote.speaker == truth))
        said = truth if history == "truth" else decoded[i] if decoded is not None else qv.quote.speaker
        h = h.push(said, not qv.same_para_prev)
    return rows
