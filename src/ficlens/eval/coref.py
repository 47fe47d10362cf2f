"""B3 on LitBank's PER coreference (`../shared/data/litbank/characters.jsonl`): how well
ficlens's mentions (`work.mentions`, each linked to a character) group the people.

B3 is computed over the gold mentions. Each gold mention is paired with the predicted
mention it overlaps most (one-to-one, `match_spans`); its response cluster is the gold
mentions whose paired mentions belong to the same predicted character, or itself alone
when nothing is paired with it (so a mention ficlens never links costs recall). Predicted
mentions paired with no gold mention are left out. `kinds` picks the gold mentions:
all of PROP / NOM / PRON, or only the names. Singleton chains are kept, as in LitBank.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ficlens.eval.gold import GoldError
from ficlens.eval.score import match_spans
from ficlens.model import Work

__all__ = ["B3", "b3", "read_chains"]

Chains = list[list[tuple[int, int, str]]]  # per chain: (start, end, kind) mentions


@dataclass(slots=True)
class B3:
    mentions: int = 0
    linked: int = 0  # gold mentions paired with a predicted mention
    precision_sum: float = 0.0
    recall_sum: float = 0.0

    @property
    def precision(self) -> float | None:
        return self.precision_sum / self.mentions if self.mentions else None

    @property
    def recall(self) -> float | None:
        return self.recall_sum / self.mentions if self.mentions else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    def add(self, other: B3) -> None:
        self.mentions += other.mentions
        self.linked += other.linked
        self.precision_sum += other.precision_sum
        self.recall_sum += other.recall_sum


def read_chains(path: Path) -> dict[str, Chains]:
    """{book id: its PER chains} from LitBank's characters.jsonl."""
    out: dict[str, Chains] = {}
    try:
        for _n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                book = json.loads(line)
                out[book["id"]] = [
                    [(int(m["start"]), int(m["end"]), str(m["kind"])) for m in c["mentions"]] for c in book["characters"]
                ]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise GoldError(f"{path}: cannot read the coreference chains ({e!r})") from None
    return out


def b3(chains: Chains, work: Work, kinds: frozenset[str] = frozenset({"PROP", "NOM", "PRON"})) -> B3:
    gold = [(s, e, ci) for ci, chain in enumerate(chains) for s, e, k in chain if k in kinds]
    preds = work.mentions
    pair = match_spans([(s, e) for s, e, _ in gold], [(m.start, m.end) for m in preds])
    # response cluster of each gold mention: the predicted character, or a singleton of its own
    response = [("c", preds[pair[i]].character) if i in pair else ("m", i) for i in range(len(gold))]
    gold_size = Counter(ci for _, _, ci in gold)
    resp_size = Counter(response)
    both = Counter((ci, r) for (_, _, ci), r in zip(gold, response, strict=False))
    out = B3(mentions=len(gold), linked=len(pair))
    for (_, _, ci), r in zip(gold, response, strict=False):
        common = both[(ci, r)]
        out.precision_sum += common / resp_size[r]
        out.recall_sum += common / gold_size[ci]
    return out
