"""Agreement between two independent annotations of the same original story.

A second annotator, who never saw the first one's gold, the rules or the tool's output,
copies a story's text (`bench/fanfic/ID.txt`) into `bench/fanfic/agreement/ID__NAME.ann`
(the `.ann` format of tests/samples/build_gold.py: a JSON header with their own
character list, `=== TEXT ===`, the text with their quotation marks) and labels every
quotation. This script builds each such file, checks that its text is the story's text
unchanged, and compares it with the writer's gold:

    .venv/bin/python bench/fanfic/agreement.py

Quotations are matched by their span (the same start and end; a span one annotator
split at a tag and the other did not counts as unmatched). A second annotator's
character stands for the writer's character sharing the most names (case-insensitive),
so the two may use different keys. Speakers agree when both name the same character
(or both none); types when both give the same type.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "samples"))

from build_gold import build  # noqa: E402  (the annotators' own build script)


def _names(gold: dict) -> dict[str, set[str]]:
    return {c["id"]: {n.lower() for n in c["names"]} for c in gold["characters"]}


def character_map(first: dict, second: dict) -> dict[str, str]:
    """Each of the second annotator's characters -> the writer's with the most shared names."""
    a, b = _names(first), _names(second)
    out: dict[str, str] = {}
    for cid, names in b.items():
        best = max(a, key=lambda k: (len(a[k] & names), -int(k[1:])), default=None)
        if best is not None and a[best] & names:
            out[cid] = best
    return out


def compare(first: dict, second: dict) -> dict[str, int]:
    """Counts of matched quotations, speakers agreeing and types agreeing."""
    mapping = character_map(first, second)
    spans = {(q["start"], q["end"]): q for q in first["quotes"]}
    matched = speakers = types = 0
    for q in second["quotes"]:
        g = spans.get((q["start"], q["end"]))
        if g is None:
            continue
        matched += 1
        mine = mapping.get(q["speaker"]) if q["speaker"] else None
        speakers += int(mine == g["speaker"])
        types += int(q["type"] == g["type"])
    return {"first": len(first["quotes"]), "second": len(second["quotes"]), "matched": matched,
            "speakers": speakers, "types": types}


def main() -> int:
    files = sorted((HERE / "agreement").glob("*__*.ann"))
    if not files:
        print("no double annotations in bench/fanfic/agreement/", file=sys.stderr)
        return 1
    total = {"first": 0, "second": 0, "matched": 0, "speakers": 0, "types": 0}
    for path in files:
        story = path.stem.split("__")[0]
        text, second = build(path)
        if text != (HERE / f"{story}.txt").read_text(encoding="utf-8"):
            print(f"{path.name}: its text differs from {story}.txt; fix the copy", file=sys.stderr)
            return 1
        first = json.loads((HERE / f"{story}.gold.json").read_text(encoding="utf-8"))
        c = compare(first, second)
        for k in total:
            total[k] += c[k]
        print(f"{path.stem}: quotations {c['first']} / {c['second']}, same span {c['matched']}; "
              f"speakers agree {c['speakers']}/{c['matched']}, types {c['types']}/{c['matched']}")
    m = total["matched"] or 1
    print(f"all: quotations {total['first']} / {total['second']}, same span {total['matched']}; speakers agree "
          f"{total['speakers']}/{total['matched']} ({total['speakers'] / m:.3f}), types {total['types']}/{total['matched']} "
          f"({total['types'] / m:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
