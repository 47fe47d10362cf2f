"""Cheap pre-checks over a whole work's text: where given words stand.

`starts_of(low, words)` lists, sorted, every start of each word in the lower-cased text
(`str.find`, far cheaper than a regex over a whole work); `any_between(starts, start,
end)` says whether one of them lies in text[start:end]. A rule runs its regexes only on
stretches the words say can match. It adds no layer.
"""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["any_between", "starts_of"]


def starts_of(low: str, words: tuple[str, ...]) -> list[int]:
    """Sorted starts of every occurrence of each of `words` in `low` (overlaps included)."""
    out = []
    for w in words:
        i = low.find(w)
        while i != -1:
            out.append(i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def any_between(starts: list[int], start: int, end: int) -> bool:
    """Whether a start in the sorted `starts` lies in [start, end)."""
    return bisect_left(starts, start) < bisect_left(starts, end)
