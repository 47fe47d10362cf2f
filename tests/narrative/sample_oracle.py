"""Gold-fed works and scorers for the narrative and relations layers on the bundled samples.

`oracle_work(gold)` builds a `Work` whose earlier layers (segments, paragraphs, chapters,
scene breaks, characters, name mentions, quotes with speakers and addressees) come from
the gold file, so the narrative and relations stages are measured on their own, apart
from errors upstream. `pipeline_work(gold)` runs the whole pipeline instead (end to end).

Run as a script for the figures: `.venv/bin/python tests/narrative/sample_oracle.py`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ficlens.layers import Sentences
from ficlens.model import Chapter, Character, Mention, Paragraph, Quote, Segment, Work
from ficlens.segment import sentences

SAMPLES = Path(__file__).parents[2] / "src" / "ficlens" / "samples"
GOLDS = sorted(SAMPLES.glob("*.gold.json"))
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = gold.get("text") or (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    return gold, text


def oracle_work(path: Path) -> Work:
    gold, text = load(path)
    w = Work(text=text)
    pos = 0
    for s in sorted(gold.get("segments", []), key=lambda s: s["start"]):
        if s["start"] > pos:
            w.segments.append(Segment(pos, s["start"], "story"))
        w.segments.append(Segment(s["start"], s["end"], s["kind"]))
        pos = s["end"]
    if pos < len(text):
        w.segments.append(Segment(pos, len(text), "story"))
    for seg in w.story_spans():
        for m in _PARA.finditer(text, seg.start, seg.end):
            piece = m.group()
            a = m.start() + len(piece) - len(piece.lstrip())
            b = m.end() - (len(piece) - len(piece.rstrip()))
            if a < b:
                w.paragraphs.append(Paragraph(a, b))
    w.layers.put(Sentences(tuple(sentences(text, w.paragraphs))))  # the shared splitter, as the segmenter would
    w.chapters = [Chapter(c["index"], c.get("title"), c["start"], c["end"]) for c in gold.get("chapters", [])]
    w.scene_breaks = list(gold.get("scene_breaks", []))
    for c in gold["characters"]:
        w.characters.append(Character(c["id"], c["names"][0], aliases=c["names"][1:], pronouns=c.get("pronouns")))
    names = sorted(((n, c["id"]) for c in gold["characters"] for n in c["names"]), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    for name, cid in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            w.mentions.append(Mention(m.start(), m.end(), cid, "name"))
    w.mentions.sort(key=lambda m: m.start)
    for q in gold["quotes"]:
        kind = "non_speech" if q.get("type") == "non_speech" else "speech"
        w.quotes.append(Quote(q["start"], q["end"], q.get("speaker"), list(q.get("addressees") or []), kind=kind))
    fandom_tags = gold.get("meta", {}).get("tags", {}) if isinstance(gold.get("meta"), dict) else {}
    if fandom_tags:
        w.meta.tags.update(fandom_tags)
    return w


def pipeline_work(path: Path) -> Work:
    from ficlens.pipeline import analyze

    gold, _ = load(path)
    return analyze(SAMPLES / gold["text_file"])


def _gold_ids(gold: dict, work: Work) -> dict[str, str | None]:
    """Map predicted character ids to gold ids by shared names (case-insensitive)."""
    names = {n.lower(): c["id"] for c in gold["characters"] for n in c["names"]}
    out: dict[str, str | None] = {}
    for c in work.characters:
        cands = [c.name, *(c.aliases or []), c.canonical or ""]
        out[c.id] = next((names[n.lower()] for n in cands if n and n.lower() in names), None)
    return out


def score(path: Path, work: Work) -> dict:
    """Per-sample figures: POV person/character, dominant tense, shifts, tags."""
    gold, _ = load(path)
    ids = _gold_ids(gold, work)
    pov = work.narrative["pov"]
    character = pov["character"]
    character = ids.get(character, character) if character != "multiple" else character
    starts = [p.start for p in work.paragraphs]

    def para(offset: int) -> int:
        return max(i for i, s in enumerate(starts) if s <= offset) if starts and offset >= starts[0] else 0

    gold_shifts = gold["tense"]["shifts"]
    pred_shifts = work.narrative["tense"]["shifts"]
    found = sum(1 for g in gold_shifts if any(abs(para(g["start"]) - para(p["start"])) <= 1 and p["to"] == g["to"] for p in pred_shifts))
    right = sum(1 for p in pred_shifts if any(abs(para(g["start"]) - para(p["start"])) <= 1 and p["to"] == g["to"] for g in gold_shifts))
    gold_tags = {(frozenset(r["characters"]), r["kind"]) for r in gold.get("relationships", [])}
    pred_tags = {(frozenset(ids.get(c) for c in r.characters), r.kind) for r in work.relationships}
    return {
        "person": pov["person"] == gold["pov"]["person"],
        "character": character == gold["pov"]["character"],
        "dominant": work.narrative["tense"]["dominant"] == gold["tense"]["dominant"],
        "shifts_gold": len(gold_shifts),
        "shifts_found": found,
        "shifts_pred": len(pred_shifts),
        "shifts_right": right,
        "tags_gold": len(gold_tags),
        "tags_pred": len(pred_tags),
        "tags_right": len(gold_tags & pred_tags),
        "predicted": {
            "pov": [pov["person"], character],
            "tense": work.narrative["tense"]["dominant"],
            "shifts": [(p["start"], p["to"]) for p in pred_shifts],
            "tags": [r.tag for r in work.relationships],
        },
    }


def main() -> None:
    from ficlens.narrative import analyze_narrative
    from ficlens.relations import find_relations

    for label in ("oracle", "pipeline"):
        tot: dict[str, float] = {}
        for path in GOLDS:
            if label == "oracle":
                work = oracle_work(path)
                analyze_narrative(work)
                find_relations(work)
            else:
                work = pipeline_work(path)
            s = score(path, work)
            print(label, path.stem, {k: v for k, v in s.items()}, file=sys.stdout)
            for k, v in s.items():
                if k != "predicted":
                    tot[k] = tot.get(k, 0) + v
        n = len(GOLDS)
        sp = tot["shifts_right"] / tot["shifts_pred"] if tot["shifts_pred"] else 1.0
        tp = tot["tags_right"] / tot["tags_pred"] if tot["tags_pred"] else 0.0
        print(
            f"{label}: samples={n} person={tot['person']:.0f}/{n} character={tot['character']:.0f}/{n} "
            f"dominant={tot['dominant']:.0f}/{n} shifts recall={tot['shifts_found']:.0f}/{tot['shifts_gold']:.0f} "
            f"precision={sp:.2f} tags P={tp:.2f} R={tot['tags_right']:.0f}/{tot['tags_gold']:.0f}"
        )


if __name__ == "__main__":
    main()
