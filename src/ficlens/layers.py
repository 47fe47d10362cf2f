"""Typed working layers: what one stage hands to the later ones beside the public `Work`.

A layer is a frozen slot dataclass that names the stage making it (`STAGE`). Stages put
it with `work.layers.put(layer)` and read it with `work.layers.get(Kind)`; reading a
layer that was never made raises `MissingLayer`, which names the stage to run, instead
of handing back `None`. Layers are not part of the JSON output (`ficlens.work/1`): what
a user relies on lives on `Work` itself.

A third-party stage may define its own layer the same way; the store is keyed by type.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

__all__ = [
    "Cast",
    "Layers",
    "Markup",
    "Merges",
    "MissingLayer",
    "Narration",
    "QuoteLayer",
    "Sentences",
]


_PAST = float("inf")  # sorts after any end offset: a bisect key for "starts at or before"


class MissingLayer(LookupError):
    """A stage read a layer that no earlier stage made."""


@dataclass(frozen=True, slots=True)
class Markup:
    """Inline markup a reader saw: sorted `(start, end)` offsets of italic text (AO3 HTML)."""

    STAGE: ClassVar[str] = "read"
    italics: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sorted, non-overlapping `(start, end)` offsets of the sentences of every story paragraph.

    `lowercase`: the work is written in lower case by choice (`segment.lowercase_narration`),
    so a sentence, a spoken line, a name or the pronoun `i` may open on a small letter. The
    segmenter decides it, as its sentences depend on it; the quotes and characters stages
    read it here rather than counting again."""

    STAGE: ClassVar[str] = "segment"
    spans: tuple[tuple[int, int], ...] = ()
    lowercase: bool = False

    def index_of(self, offset: int) -> int:
        """Index of the last sentence starting at or before `offset` (-1: none); a bisect."""
        return bisect_right(self.spans, (offset, _PAST)) - 1

    def start_before(self, offset: int, floor: int) -> int:
        """Where the sentence holding `offset` starts, but not before `floor` (a rule's
        window); `floor` when no sentence starts between the two."""
        i = self.index_of(offset)
        return max(floor, self.spans[i][0]) if i >= 0 else floor

    def end_after(self, offset: int, limit: int) -> int:
        """Where the first sentence ending after `offset` ends, but not after `limit`."""
        i = self.index_of(offset)
        if i < 0 or self.spans[i][1] <= offset:
            i += 1
        return min(self.spans[i][1], limit) if i < len(self.spans) else limit

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences overlapping text[start:end], each clipped to it, in order."""
        i = max(self.index_of(start), 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            a, b = self.spans[i]
            if b > start:
                out.append((max(a, start), min(b, end)))
            i += 1
        return out


@dataclass(frozen=True, slots=True)
class QuoteLayer:
    """`continues`: indices `i` of `work.quotes` whose utterance goes on in quote `i + 1`
    (the next paragraph's part of a multi-paragraph quote); `style`: "double" or "single"."""

    STAGE: ClassVar[str] = "quotes"
    continues: frozenset[int] = frozenset()
    style: str = "double"


@dataclass(frozen=True, slots=True)
class Cast:
    """What the character stage knows beside `work.characters` / `work.mentions`.

    `narrator`: the first-person narrator's id (or None); `reader`: the id of the
    second-person "Y/N" / "reader" character; `first_person`: the narration is in the
    first person; `closed`: a user's character list restricted the cast; `surfaces`:
    each name form (as written) to its character id.
    """

    STAGE: ClassVar[str] = "characters"
    narrator: str | None = None
    reader: str | None = None
    first_person: bool = False
    closed: bool = False
    surfaces: tuple[tuple[str, str], ...] = ()

    def surface_map(self) -> dict[str, str]:
        return dict(self.surfaces)


@dataclass(frozen=True, slots=True)
class Narration:
    """`slices`: per paragraph, the `(start, end)` pieces outside quotes; `subjects`: the
    character references in narration, as the narrative stage found them."""

    STAGE: ClassVar[str] = "narrative"
    slices: tuple[tuple[tuple[int, int], ...], ...] = ()
    subjects: tuple[Any, ...] = ()  # narrative.narration.Subject; this module imports no stage


@dataclass(frozen=True, slots=True)
class Merges:
    """`into`: (described character id, named character id) pairs the cast_merge stage
    folded together, sorted; the first id is gone from `work.characters`."""

    STAGE: ClassVar[str] = "cast_merge"
    into: tuple[tuple[str, str], ...] = ()


L = TypeVar("L")


class Layers:
    """The working layers of one work, keyed by their type."""

    __slots__ = ("_made",)

    def __init__(self) -> None:
        self._made: dict[type, object] = {}

    def put(self, layer: object) -> None:
        self._made[type(layer)] = layer

    def has(self, kind: type) -> bool:
        return kind in self._made

    def get(self, kind: type[L]) -> L:
        try:
            return self._made[kind]  # type: ignore[return-value]
        except KeyError:
            stage = getattr(kind, "STAGE", "?")
            raise MissingLayer(f"no {kind.__name__} layer: run the {stage!r} stage first") from None

    def find(self, kind: type[L]) -> L | None:
        """The layer when made, else None (for stages that read a layer only when present)."""
        return self._made.get(kind)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Layers({', '.join(k.__name__ for k in self._made)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Layers) and self._made == other._made
