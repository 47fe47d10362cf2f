"""The learned scorer's weights: loaded from package data, applied with plain Python.

A conditional logit: a candidate's score is the dot product of its feature vector with
the weights, and the probability that it said the line is the softmax of the scores over
the line's candidates. With about thirty features per candidate, a Python dot product is
faster than building numpy arrays per quotation, so inference needs no new dependency;
`python -m ficlens.train` (numpy, the `train` extra) writes the weights.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ficlens.speakers.learned.features import NAMES, STATIC

__all__ = ["Weights", "WeightsError", "load_weights", "softmax"]

WEIGHTS_FILE = "weights.json"
SCHEMA = "ficlens.speaker-weights/1"


class WeightsError(ValueError):
    """A weights file that cannot be used: wrong schema or features this code does not have."""


@dataclass(frozen=True, slots=True)
class Weights:
    static: tuple[float, ...]
    history: tuple[float, ...]
    about: dict

    def to_dict(self) -> dict:
        return {"schema": SCHEMA, "features": NAMES, "weights": list(self.static + self.history), "about": self.about}


def from_dict(data: dict, origin: str) -> Weights:
    if data.get("schema") != SCHEMA:
        raise WeightsError(f"{origin}: not a {SCHEMA} file")
    names, values = data.get("features"), data.get("weights")
    if names != NAMES or not isinstance(values, list) or len(values) != len(NAMES):
        raise WeightsError(f"{origin}: its features do not match this version's ({len(NAMES)} features); retrain")
    w = tuple(float(v) for v in values)
    return Weights(w[: len(STATIC)], w[len(STATIC) :], dict(data.get("about", {})))


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> Weights:
    """The shipped weights (package data), or a weights file at `path`."""
    if path is None:
        text = resources.files("ficlens.speakers.learned").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        origin = f"ficlens/speakers/learned/{WEIGHTS_FILE}"
    else:
        text, origin = Path(path).read_text(encoding="utf-8"), path
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise WeightsError(f"{origin}: not JSON ({e.msg})") from None
    return from_dict(data, origin)


def dot(w: tuple[float, ...], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x, strict=False) if b)


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
