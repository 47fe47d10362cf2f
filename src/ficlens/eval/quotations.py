"""Quotations made of parts: `"Well," said he, "I go."` is one quotation in two parts.

Gold built by bench/gold/annotate.py (it has a `source`) states its parts with
`part_of`, and so does any gold that uses the field. Other gold (LitBank, which splits
interrupted quotations, and the samples and held-out stories) does not, so there
consecutive gold quotes are parts of one quotation when they have the same speaker, lie
in one paragraph (no line break between them) and only narration separates them (no
quotation mark in between).

The predicted speaker of a quotation is the one predicted for most of its detected
parts; on a tie, the earliest detected part's. A quotation is detected when any of its
parts is.
"""

from __future__ import annotations

from collections import Counter

from ficlens.eval.gold import GoldQuote, GoldWork

__all__ = ["quotation_speaker", "quotations"]

_MARKS = frozenset('"“”‘’«»„')


def quotations(gold: GoldWork) -> list[list[int]]:
    """The gold quotes grouped into quotations: lists of indices into `gold.quotes`."""
    if "source" in gold.raw or any(q.part_of is not None for q in gold.quotes):
        return _stated(gold.quotes)
    return _grouped(gold.text, gold.quotes)


def _stated(quotes: list[GoldQuote]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(i if q.part_of is None else q.part_of, []).append(i)
    return [groups[k] for k in sorted(groups)]


def _grouped(text: str, quotes: list[GoldQuote]) -> list[list[int]]:
    out: list[list[int]] = []
    for i, q in enumerate(quotes):
        if out and _continues(text, quotes[out[-1][-1]], q):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _continues(text: str, prev: GoldQuote, q: GoldQuote) -> bool:
    if prev.speaker is None or prev.speaker != q.speaker or q.start < prev.end:
        return False
    between = text[prev.end : q.start]
    return "\n" not in between and not (_MARKS & set(between))


def quotation_speaker(parts: list[str | None]) -> str | None:
    """The speaker predicted for most detected parts (given in text order), the earliest
    part's on a tie; None when no part is detected."""
    if not parts:
        return None
    counts = Counter(parts)
    best = max(counts.values())
    return next(p for p in parts if counts[p] == best)
