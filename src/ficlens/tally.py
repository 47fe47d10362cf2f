"""`Tally`: weights summed per key, a `collections.Counter` for float values.

typeshed types `Counter[K]` as `dict[K, int]`, so the rules that add weights such as 0.2 or
1.5 to a Counter fail type checking although they run fine. `Tally` keeps the Counter
behaviour those rules rely on (a missing key reads as 0 and is not stored; `most_common`
ranks heaviest first with ties in insertion order) under a type that says what it holds."""

from __future__ import annotations

from collections.abc import Hashable
from operator import itemgetter
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


class Tally(dict[K, float]):
    """Float weights per key; reading a missing key gives 0 without storing it."""

    __slots__ = ()

    def __missing__(self, key: K) -> float:
        return 0  # an int, as Counter gives, so sums of whole weights stay what they were

    def most_common(self, n: int | None = None) -> list[tuple[K, float]]:
        """(key, weight) pairs, heaviest first; equal weights keep insertion order."""
        ranked = sorted(self.items(), key=itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:n]
