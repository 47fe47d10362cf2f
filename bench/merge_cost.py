"""What the predicted characters that merge two or more gold speakers cost, in quotations.

    .venv/bin/python bench/merge_cost.py se-train            # each merging character
    .venv/bin/python bench/merge_cost.py litbank --lost      # also every gold speaker not found

For each predicted character (end to end) that carries names of 2+ gold speakers, the
names it carries (each with the gold speakers it belongs to, `-` for none), the gold
speaker it stands for under the fair rule, and the quotations lost to the merge: the
quotations given to it whose gold speaker is another of the speakers it carries (the
fair scorer cannot credit them). With `--lost`, each gold speaker that no predicted
character stands for, with the quotations it says and the predicted characters those
went to (bench/split_cost.py prices the splits). Train sets and LitBank (a dev figure,
named by issue 12) only: for studying errors (see bench/accuracy.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ficlens.eval import analyze_gold, iter_gold, score_work
from ficlens.eval.gold import GoldWork
from ficlens.eval.quotations import quotation_speaker, quotations
from ficlens.eval.score import _matched, _names, norm_name
from ficlens.eval.splits import Splits, find_splits
from ficlens.model import Work

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {
    "se-train": (ROOT / "bench" / "gold" / "se", "train"),
    "fanfic-train": (ROOT / "bench" / "fanfic", "train"),
    "litbank": (DATA / "litbank" / "quotes.jsonl", None),
}


def _said(gold: GoldWork, work: Work) -> list[tuple[str, str | None]]:
    """(gold speaker, predicted speaker id or None) per gold speech quotation."""
    preds, match = _matched(gold, work)
    out = []
    for group in quotations(gold):
        g = gold.quotes[group[0]]
        if not g.is_speech or g.speaker is None:
            continue
        parts = [preds[match[i]] for i in group if i in match]
        who = quotation_speaker([None if p.kind == "non_speech" else p.speaker for p in parts]) if parts else None
        out.append((g.speaker, who))
    return out


def study(gold: GoldWork, lost_mode: bool) -> tuple[int, int, list[str]]:
    """(merging characters, quotations lost to them, lines to print) for one work."""
    work = analyze_gold(gold)
    ws = score_work(gold, work)
    gold_names = {c.id: {norm_name(n) for n in c.names} - {""} for c in gold.characters}
    said = _said(gold, work)
    speakers = {g for g, _ in said}
    lines: list[str] = []
    merging = lost_total = 0
    for c in work.characters:
        names = _names(c)
        touched = [g for g in gold_names if g in speakers and names & gold_names[g]]
        if len(touched) < 2:
            continue
        merging += 1
        stands = ws.stands_for.get(c.id)
        lost = Counter(g for g, p in said if p == c.id and g in touched and g != stands)
        lost_total += sum(lost.values())
        carried = ", ".join(
            f"{n!r}->{'/'.join(g for g in touched if n in gold_names[g]) or '-'}" for n in sorted(names)
        )
        lines.append(f"{sum(lost.values()):4d}  {gold.id[:40]:40} {c.id} stands for {stands}: {carried}; lost {dict(lost)}")
    if lost_mode:
        found = set(ws.stands_for.values())
        for g in sorted(speakers - found):
            went = Counter(p for s, p in said if s == g)
            names = sorted(gold_names[g])
            shown = {(next((x.name for x in work.characters if x.id == p), p) if p else None): n for p, n in went.items()}
            lines.append(f"  not found  {gold.id[:40]:40} {g} {names}: {sum(went.values())} quotations -> {shown}")
    return merging, lost_total, lines


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in SETS:
        print(f"usage: merge_cost.py {'|'.join(SETS)} [--lost]", file=sys.stderr)
        return 2
    path, split = SETS[argv[0]]
    splits = Splits(find_splits(path) or ROOT / "bench" / "gold" / "splits.json")
    merging = lost = 0
    for gold in iter_gold(path, None, None):
        if split is not None and splits.of(gold) != split:
            continue
        m, n, lines = study(gold, "--lost" in argv)
        merging, lost = merging + m, lost + n
        for line in lines:
            print(line, flush=True)
    print(f"{argv[0]}: predicted characters merging 2+ speakers {merging}; quotations lost to them {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
