"""The interaction network: for every pair of characters, how much they deal with each other.

Three counts per pair (a, b), a before b in id order:

- `conversations`: speech turns between them. A turn is a run of one speaker's quotes
  inside one paragraph ("A," she said, "B." is one turn). A turn by a counts for (a, b)
  when b is among its addressees, or when b spoke the previous turn in the same scene
  within `REPLY_GAP` paragraphs (a reply). Each turn counts once per partner.
- `co_presence`: the number of scenes (split at scene breaks and chapters) in which both
  are mentioned or speak.
- `mentions`: how often one is named (name or alias, not a pronoun) inside the other's quotes.

    weight = raw / max(raw over all pairs),
    raw = conversations + 0.5 * mentions + 2 * co_presence / number_of_scenes

so the strongest pair has weight 1.0; talking to each other dominates, talking about
each other counts half, and sharing every scene adds as much as two exchanges.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from ficlens.model import Interaction, Work
from ficlens.narrative.narration import scene_bounds

__all__ = ["find_interactions", "REPLY_GAP", "MENTION_FACTOR", "PRESENCE_FACTOR"]

REPLY_GAP = 2  # paragraphs between two turns that still makes the second a reply
MENTION_FACTOR = 0.5
PRESENCE_FACTOR = 2.0


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if _key(a) <= _key(b) else (b, a)


def _key(cid: str) -> tuple[int, str]:
    # ids are "c1", "c2", ... by prominence; order pairs numerically so c2 < c10
    digits = cid[1:]
    return (int(digits), cid) if digits.isdigit() else (1 << 30, cid)


def find_interactions(work: Work) -> list[Interaction]:
    starts = [p.start for p in work.paragraphs]
    known = {c.id for c in work.characters}

    def para(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    scenes = scene_bounds(work)
    scene_of_para = [0] * len(work.paragraphs)
    for s, (i, j) in enumerate(scenes):
        for k in range(i, j):
            scene_of_para[k] = s

    conversations: Counter[tuple[str, str]] = Counter()
    mentions: Counter[tuple[str, str]] = Counter()
    speech = sorted(
        (q for q in work.quotes if q.kind == "speech" and q.speaker in known), key=lambda q: q.start
    )

    # turns: (speaker, paragraph index, addressees)
    turns: list[tuple[str, int, set[str]]] = []
    for q in speech:
        k = para(q.start)
        if turns and turns[-1][0] == q.speaker and turns[-1][1] == k:
            turns[-1][2].update(a for a in q.addressees if a in known)
        else:
            assert q.speaker is not None  # speech was filtered to known speakers
            turns.append((q.speaker, k, {a for a in q.addressees if a in known}))
    prev: tuple[str, int, set[str]] | None = None
    for turn in turns:
        speaker, k, partners = turn[0], turn[1], set(turn[2])
        if (
            prev is not None
            and prev[0] != speaker
            and k - prev[1] <= REPLY_GAP
            and k >= 0
            and prev[1] >= 0
            and scene_of_para[k] == scene_of_para[prev[1]]
        ):
            partners.add(prev[0])
        for b in partners - {speaker}:
            conversations[_pair(speaker, b)] += 1
        prev = turn

    # names inside someone else's quotes
    qstarts = [q.start for q in speech]
    for m in work.mentions:
        if m.kind == "pronoun" or m.character not in known:
            continue
        i = bisect_right(qstarts, m.start) - 1
        said_by = speech[i].speaker if i >= 0 else None
        if said_by is not None and m.character is not None and m.start < speech[i].end and said_by != m.character:
            mentions[_pair(said_by, m.character)] += 1

    present: dict[int, set[str]] = defaultdict(set)
    for m in work.mentions:
        k = para(m.start)
        if m.character in known and 0 <= k < len(scene_of_para):
            present[scene_of_para[k]].add(m.character)
    for speaker, k, _ in turns:
        if 0 <= k < len(scene_of_para):
            present[scene_of_para[k]].add(speaker)
    co_presence: Counter[tuple[str, str]] = Counter()
    for chars in present.values():
        ranked = sorted(chars, key=_key)[:40]  # bounded: a crowd scene does not explode
        for x in range(len(ranked)):
            for y in range(x + 1, len(ranked)):
                co_presence[(ranked[x], ranked[y])] += 1

    n_scenes = max(1, len(scenes))
    pairs = set(conversations) | set(mentions) | set(co_presence)
    raw = {
        p: conversations[p] + MENTION_FACTOR * mentions[p] + PRESENCE_FACTOR * co_presence[p] / n_scenes
        for p in pairs
    }
    top = max(raw.values(), default=0.0) or 1.0
    out = [
        Interaction(a, b, conversations[(a, b)], co_presence[(a, b)], mentions[(a, b)], round(raw[(a, b)] / top, 4))
        for a, b in pairs
    ]
    out.sort(key=lambda i: (-i.weight, _key(i.a), _key(i.b)))
    return out
