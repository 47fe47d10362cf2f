"""Fit the conditional logit (softmax over a line's candidates) by Newton's method, in numpy.

The loss is the negative log likelihood of the true candidate plus an L2 penalty; with
about thirty features the Hessian is tiny, so a few exact Newton steps converge.
"""

from __future__ import annotations

import numpy as np

from ficlens.train.dataset import Row

__all__ = ["fit", "pack"]

L2 = 1.0  # penalty: keeps weights of rare features small (chosen on dev)
STEPS = 25


def pack(rows: list[Row]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows with the truth among the candidates, as (X[n, k, f], mask[n, k], y[n])."""
    usable = [r for r in rows if r.y >= 0]
    k = max(len(r.x) for r in usable)
    f = len(usable[0].x[0])
    x = np.zeros((len(usable), k, f))
    mask = np.zeros((len(usable), k), dtype=bool)
    for i, r in enumerate(usable):
        x[i, : len(r.x)] = r.x
        mask[i, : len(r.x)] = True
    return x, mask, np.array([r.y for r in usable])


def probabilities(w: np.ndarray, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    s = np.where(mask, x @ w, -np.inf)
    s -= s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def fit(rows: list[Row], l2: float = L2, steps: int = STEPS) -> np.ndarray:
    x, mask, y = pack(rows)
    n, _, f = x.shape
    w = np.zeros(f)
    for _ in range(steps):
        p = probabilities(w, x, mask)
        mean = np.einsum("nk,nkf->nf", p, x)
        grad = (x[np.arange(n), y] - mean).sum(axis=0) - l2 * w
        second = np.einsum("nk,nkf,nkg->fg", p, x, x) - mean.T @ mean
        step = np.linalg.solve(second + l2 * np.eye(f), grad)
        w += step
        if np.abs(step).max() < 1e-6:
            break
    return w
