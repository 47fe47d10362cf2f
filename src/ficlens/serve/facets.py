"""Facet counts from an in-memory index: each facet value's works as a bitset.

Counting the works page's facets in SQL joins the characters and relationships tables
for every new set of filters (100-300 ms on 10,000 works). Here every (facet, value) has
the set of works that have it, as one Python int with a bit per work, made once from
the database (the corpus cannot change while it is served). A facet's counts under some
filters are then a bitwise AND and a popcount per value: a few milliseconds for 10,000
works, on no database cursor at all.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

# The set bits of every byte value: walking a bitset a byte at a time.
_BITS = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]


def _nbytes(works: int) -> int:
    """Bytes of a bitset over `works` works (one spare, as every bitset here has)."""
    return works // 8 + 1


@dataclass(frozen=True)
class FacetIndex:
    """Which works have each facet value; works are numbered by their place in `works`."""

    works: dict[str, int]  # work_id -> bit
    values: dict[str, dict[str, int]]  # facet -> value -> bitset of the works that have it
    everything: int  # the bitset of every work
    per_work: dict[str, list[tuple[str, ...]]]  # facet -> each work's values (by bit)
    ranked: dict[str, list[tuple[int, str]]]  # facet -> (works, value), the most works first

    @classmethod
    def build(cls, work_ids: Sequence[str], rows: Iterable[tuple[str, str, str]]) -> FacetIndex:
        """From every work id and the (work_id, facet, value) rows of the corpus."""
        works = {work_id: n for n, work_id in enumerate(work_ids)}
        size = _nbytes(len(works))
        bits: dict[str, dict[str, bytearray]] = {}
        per_work: dict[str, list[list[str]]] = {}
        for work_id, facet, value in rows:
            n = works[work_id]
            if facet not in per_work:
                per_work[facet] = [[] for _ in works]
            per_work[facet][n].append(value)
            row = bits.setdefault(facet, {}).get(value)
            if row is None:
                row = bits[facet][value] = bytearray(size)
            row[n >> 3] |= 1 << (n & 7)
        values = {f: {v: int.from_bytes(b, "little") for v, b in vs.items()} for f, vs in bits.items()}
        kept = {f: [tuple(vs) for vs in lists] for f, lists in per_work.items()}
        ranked = {f: sorted(((bits.bit_count(), v) for v, bits in vs.items()), key=lambda nv: (-nv[0], nv[1]))
                  for f, vs in values.items()}
        return cls(works, values, (1 << len(works)) - 1, kept, ranked)

    def of(self, work_ids: Iterable[str]) -> int:
        """The bitset of some works (ids not in the index are left out)."""
        row = bytearray(_nbytes(len(self.works)))
        for work_id in work_ids:
            n = self.works.get(work_id)
            if n is not None:
                row[n >> 3] |= 1 << (n & 7)
        return int.from_bytes(row, "little")

    def selected(self, filters: dict[str, list[str]], base: int, skip: str | None = None) -> int:
        """The works in `base` that have every filter value (those of facet `skip` aside)."""
        sel = base
        for facet, chosen in filters.items():
            if facet == skip:
                continue
            for value in chosen:
                sel &= self.values.get(facet, {}).get(value, 0)
        return sel

    def top(self, facet: str, filters: dict[str, list[str]], base: int, k: int) -> list[tuple[str, int]]:
        """The `k` values of `facet` with the most works among those the other filters
        select (ties by value), with how many: as in Datasette and AO3, the works you
        would get by adding the value."""
        if facet not in self.ranked:
            return []  # no work has a value for it (plain-text works have no tags)
        sel = self.selected(filters, base, skip=facet)
        ranked = self.ranked[facet]
        if sel.bit_count() * 8 < len(self.works):  # a few works: count their values
            each = self.per_work[facet]
            found = Counter(value for n in self._members(sel) for value in each[n])
            return heapq.nsmallest(k, found.items(), key=lambda vn: (-vn[1], vn[0]))
        best: list[tuple[int, str]] = []  # (-count, value), the k best so far, sorted
        bits = self.values[facet]
        for total, value in ranked:
            # Values come by their count over all works, the most first: no later one can
            # beat the k-th best, its count being at most its total.
            if len(best) == k and (-total, value) > best[-1]:
                break
            n = (bits[value] & sel).bit_count()
            if n and (len(best) < k or (-n, value) < best[-1]):
                bisect.insort(best, (-n, value))
                del best[k:]
        return [(value, -n) for n, value in best]

    def as_bytes(self, bitset: int) -> bytes:
        """A bitset as bytes, work n at byte n >> 3, bit n & 7: a bit test per work."""
        return bitset.to_bytes(_nbytes(len(self.works)), "little")

    def _members(self, bitset: int) -> Iterator[int]:
        for at, byte in enumerate(self.as_bytes(bitset)):
            if byte:
                for bit in _BITS[byte]:
                    yield at * 8 + bit
