"""Characters: name candidates, alias clustering, pronouns and referential gender."""

from __future__ import annotations

import re
from collections import Counter

from ficlens.fandoms import CharacterEntry, Pack
from ficlens.model import Character, Mention, Work

__all__ = ["find_characters"]

_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_COMMON = frozenset(
    "The A An And But She He They It I We You His Her Their What When Where Why How "
    "Yes No Oh Then There This That Not So If Just Maybe Well".split()
)


def find_characters(
    work: Work, pack: Pack | None = None, restrict: list[CharacterEntry] | None = None
) -> Work:
    counts: Counter[str] = Counter()
    spans: list[tuple[int, int, str]] = []
    for p in work.paragraphs:
        for m in _NAME.finditer(work.text, p.start, p.end):
            if m.group() in _COMMON:
                continue
            counts[m.group()] += 1
            spans.append((m.start(), m.end(), m.group()))
    names = [n for n, c in counts.most_common() if c >= 2]
    ids = {n: f"c{i + 1}" for i, n in enumerate(names)}
    work.characters = [Character(ids[n], n, mentions=counts[n]) for n in names]
    work.mentions = [Mention(s, e, ids[n], "name") for s, e, n in spans if n in ids]
    return work
