"""Training rows from silver works: one row per labelled line, one vector per candidate.

History features are computed from the true history (teacher forcing): the label where a
line has one, else the cascade's speaker, which on name-tagged lines is the label anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from ficlens.speakers.learned.candidates import build_view
from ficlens.speakers.learned.features import History, history_features, static_features
from ficlens.train.silver import Silver

__all__ = ["Row", "rows_of"]


@dataclass(slots=True)
class Row:
    x: list[list[float]]  # one feature vector per candidate
    y: int  # index of the true speaker among the candidates, -1 when it is not one
    mode: str  # pronoun | deleted | kept
    cascade_right: bool


def rows_of(silver: Silver) -> list[Row]:
    view = build_view(silver.work)
    label_of = {lab.start: lab for lab in silver.labels}
    rows: list[Row] = []
    h = History()
    for qv in view.views:
        lab = label_of.get(qv.quote.start)
        truth = lab.speaker if lab else qv.quote.speaker
        if lab is not None and qv.candidates:
            x = [static_features(view, qv, c) + history_features(qv, c, h) for c in qv.candidates]
            y = qv.candidates.index(truth) if truth in qv.candidates else -1
            rows.append(Row(x, y, lab.mode, qv.quote.speaker == truth))
        h = h.push(truth, not qv.same_para_prev)
    return rows
