"""What the characters one person is split into cost end to end, in quotations.

    .venv/bin/python bench/split_cost.py se-train            # each split gold speaker
    .venv/bin/python bench/split_cost.py fanfic-train --hidden

The fair scorer lets several predicted characters stand for one gold character (each
shares a gold name), so a split costs lines only through attribution: the speaker rules
see two people where there is one. This oracle measures that: for each gold speaker the
cast block counts as split, it merges the predicted parts right after the characters
stage (the most prominent part keeps the others' mentions and names), runs the rest of
the pipeline and counts the quotations gained (a negative number: the split helped).
`--hidden` measures the other kind instead: a predicted character that stands for
nobody (none of its names is a gold name) yet says mostly one gold speaker's lines
("the girl" for Miss Bassett); it is merged into that speaker's part. Train sets only:
for studying errors (see bench/accuracy.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import ficlens.pipeline as pipeline
from ficlens.eval import analyze_gold, iter_gold, score_work
from ficlens.eval.fair import fair_map
from ficlens.eval.gold import GoldWork
from ficlens.eval.quotations import quotation_speaker, quotations
from ficlens.eval.score import _matched, _names, norm_name
from ficlens.eval.splits import Splits, find_splits
from ficlens.layers import Cast
from ficlens.model import Work

ROOT = Path(__file__).resolve().parents[1]
SETS = {"se-train": (ROOT / "bench" / "gold" / "se", "train"), "fanfic-train": (ROOT / "bench" / "fanfic", "train")}
_find = pipeline.find_characters
# the merge the characters stage is to make: gold work, gold ids whose parts to merge,
# and the unmapped predicted ids (hidden parts) to merge into their speaker's part
_PLAN: dict[str, Any] = {"gold": None, "targets": set(), "hidden": {}}


def _merged_find(work: Work, pack: Any = None, restrict: Any = None) -> Work:
    _find(work, pack=pack, restrict=restrict)
    gold: GoldWork | None = _PLAN["gold"]
    if gold is None or restrict is not None:
        return work
    gold_names = {c.id: {norm_name(n) for n in c.names} - {""} for c in gold.characters}
    stands = fair_map(gold_names, {c.id: _names(c) for c in work.characters}, {})
    groups: dict[str, list[str]] = {}
    for c in work.characters:  # prominence order: the first part keeps the others
        if stands.get(c.id) in _PLAN["targets"]:
            groups.setdefault(stands[c.id], []).append(c.id)
    for pid, gid in _PLAN["hidden"].items():
        if gid in groups and pid not in stands:
            groups[gid].append(pid)
    merge = {p: ps[0] for ps in groups.values() for p in ps[1:]}
    if not merge:
        return work
    chars = {c.id: c for c in work.characters}
    for m in work.mentions:
        m.character = merge.get(m.character, m.character)
    for d, v in merge.items():
        chars[v].aliases += [f for f in (chars[d].name, *chars[d].aliases) if f not in chars[v].aliases and f != chars[v].name]
        chars[v].mentions += chars[d].mentions
    work.characters = [c for c in work.characters if c.id not in merge]
    cast = work.layers.get(Cast)
    work.layers.put(replace(cast, narrator=merge.get(cast.narrator or "", cast.narrator), reader=merge.get(cast.reader or "", cast.reader),
                            surfaces=tuple((f, merge.get(cid, cid)) for f, cid in cast.surfaces)))
    return work


def _correct(gold: GoldWork, targets: set[str], hidden: dict[str, str]) -> int:
    _PLAN.update(gold=gold, targets=targets, hidden=hidden)
    try:
        return score_work(gold, analyze_gold(gold)).counts.quotation_correct
    finally:
        _PLAN.update(gold=None, targets=set(), hidden={})


def _hidden_parts(gold: GoldWork, work: Work, stands: dict[str, str]) -> dict[str, str]:
    """Unmapped predicted id -> the gold speaker of most of its quotations (over half)."""
    preds, match = _matched(gold, work)
    said: dict[str, Counter[str]] = {}
    for group in quotations(gold):
        g = gold.quotes[group[0]]
        parts = [preds[match[i]] for i in group if i in match]
        who = quotation_speaker([None if p.kind == "non_speech" else p.speaker for p in parts]) if parts else None
        if g.is_speech and g.speaker is not None and who is not None and who not in stands:
            said.setdefault(who, Counter())[g.speaker] += 1
    return {p: c.most_common(1)[0][0] for p, c in said.items() if 2 * c.most_common(1)[0][1] > sum(c.values())}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in SETS:
        print(f"usage: split_cost.py {'|'.join(SETS)} [--hidden]", file=sys.stderr)
        return 2
    path, split = SETS[argv[0]]
    hidden_mode = "--hidden" in argv
    splits = Splits(find_splits(path) or ROOT / "bench" / "gold" / "splits.json")
    pipeline.find_characters = _merged_find
    base_total = gain_total = costly = 0
    for gold in iter_gold(path, None, None):
        if splits.of(gold) != split:
            continue
        work = analyze_gold(gold)
        ws = score_work(gold, work)
        base = ws.counts.quotation_correct
        base_total += base
        names = {c.id: c.name for c in work.characters}
        if hidden_mode:
            cases = [({g}, {p: g}, f"{g}: {names[p]!r} (stands for nobody)") for p, g in _hidden_parts(gold, work, ws.stands_for).items()]
        else:
            cases = [({c["gold"]}, {}, f"{c['gold']}: {' / '.join(c['predicted'])}") for c in ws.characters if len(c["predicted"]) > 1]
        for targets, hidden, label in cases:
            delta = _correct(gold, targets, hidden) - base
            costly += delta > 0
            print(f"{delta:+4d}  {gold.id[:44]:44} {label}", flush=True)
        if cases:
            gain_total += _correct(gold, set().union(*(t for t, _, _ in cases)), {k: v for _, h, _ in cases for k, v in h.items()}) - base
    kind = "hidden parts" if hidden_mode else "splits"
    print(f"{argv[0]}: quotations right {base_total}; all {kind} merged: {gain_total:+d}; {costly} cost lines one by one")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
