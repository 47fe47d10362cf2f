"""Build the bundled sample stories and their gold files from readable annotated sources.

The sources live in `tests/samples/annotated/NAME.ann`: a JSON header, a line
`=== TEXT ===`, then the story with inline marks that this script removes while it
records their offsets (so no offset is ever computed by hand):

    ⟦clarke>lexa|e "I'm here," ⟧    a quotation (marks included) spoken by `clarke`
                                    to `lexa`; type e|a|i|n = explicit | anaphoric |
                                    implicit | non_speech; speaker `-` for none;
                                    t = a quoted thought, its thinker as speaker;
                                    addressees optional: ⟦-|n "hope"⟧
    ⟪title⟫ ... ⟪/⟫                 a non-story segment: title | note (author_note) |
                                    ch (chapter_heading) | summary
    ⟪sb⟫                            a scene break: put right before the first story
                                    paragraph after the break
    ⟪shift past⟫                    the narrative tense changes to `past` here

The header gives `id`, `fandom`, `pov` {person, character key}, `tense` {dominant},
`characters` [{key, names, pronouns}] and `relationships` [{tag, kind, characters
[keys]}]. Character ids c1, c2, ... are given by prominence (quotes spoken plus name
mentions in the story text, and a first-person narrator's I/me/my in the narration).

    .venv/bin/python tests/samples/build_gold.py          # rebuild every sample
    .venv/bin/python tests/samples/build_gold.py --check  # fail if a built file is stale

`--src DIR --out DIR` build another set of sources the same way, e.g. the held-out
stories that no rule was written against (`--heldout` is short for
`--src bench/heldout/annotated --out bench/heldout`).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ficlens.segment import strip_span

HERE = Path(__file__).parent
ANNOTATED = HERE / "annotated"
SAMPLES = HERE.parents[1] / "src" / "ficlens" / "samples"
HELDOUT = HERE.parents[1] / "bench" / "heldout"

SEP = "=== TEXT ===\n"
TYPES = {"e": "explicit", "a": "anaphoric", "i": "implicit", "n": "non_speech", "t": "thought"}
KINDS = {"title": "title", "note": "author_note", "ch": "chapter_heading", "summary": "summary"}
MARK = re.compile(r"⟦([^ ⟧]+) |⟧|⟪(/|sb|title|note|ch|summary|shift \w+)⟫")


def build(ann_path: Path) -> tuple[str, dict]:
    """Return (story text, gold dict) for one annotated source."""
    raw = ann_path.read_text(encoding="utf-8")
    head, body = raw.split(SEP, 1)
    header = json.loads(head)
    out: list[str] = []
    pos = 0  # offset in the output text
    last = 0  # offset in the annotated body
    quotes: list[dict] = []
    open_quote: dict | None = None
    open_seg: dict | None = None
    segments: list[dict] = []
    scene_breaks: list[int] = []
    shifts: list[dict] = []
    tense = header["tense"]["dominant"]
    for m in MARK.finditer(body):
        chunk = body[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(1) is not None:
            if open_quote is not None:
                raise ValueError(f"{ann_path.name}: nested quote mark at {pos}")
            open_quote = {"start": pos, "spec": m.group(1)}
        elif m.group(0) == "⟧":
            if open_quote is None:
                raise ValueError(f"{ann_path.name}: stray ⟧ at {pos}")
            quotes.append(_quote(open_quote, pos, ann_path.name))
            open_quote = None
        else:
            tag = m.group(2)
            if tag == "/":
                if open_seg is None:
                    raise ValueError(f"{ann_path.name}: stray ⟪/⟫ at {pos}")
                open_seg["end"] = pos
                segments.append(open_seg)
                open_seg = None
            elif tag == "sb":
                scene_breaks.append(pos)
            elif tag.startswith("shift "):
                new = tag.split()[1]
                shifts.append({"start": pos, "from": tense, "to": new})
                tense = new
            else:
                open_seg = {"start": pos, "end": None, "kind": KINDS[tag]}
    out.append(body[last:])
    text = "".join(out)
    if open_quote or open_seg:
        raise ValueError(f"{ann_path.name}: unclosed mark")
    for q in quotes:
        q["text"] = text[q["start"] : q["end"]]
    for s in segments:
        s["start"], s["end"] = strip_span(text, s["start"], s["end"])

    story = _story_spans(text, segments)
    story_text = "\n".join(text[a:b] for a, b in story)
    keys = [c["key"] for c in header["characters"]]
    score = {k: 0 for k in keys}
    for q in quotes:
        if q["speaker"]:
            score[q["speaker"]] += 1
    for c in header["characters"]:
        for name in c["names"]:
            n = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", story_text))
            if n == 0:
                raise ValueError(f"{ann_path.name}: alias {name!r} of {c['key']} not in the story text")
            score[c["key"]] += n
    if header["pov"]["person"] == "first":
        # a first-person narrator is mostly "I": count those, outside the quotes
        narration, pos = [], 0
        for q in quotes:
            narration.append(text[pos : q["start"]])
            pos = q["end"]
        narration.append(text[pos:])
        score[header["pov"]["character"]] += len(re.findall(r"\b(?:I|me|my|myself|mine)\b", " ".join(narration)))
    order = sorted(keys, key=lambda k: (-score[k], keys.index(k)))
    ids = {k: f"c{i + 1}" for i, k in enumerate(order)}
    for q in quotes:
        for k in [q["speaker"], *q["addressees"]]:
            if k is not None and k not in ids:
                raise ValueError(f"{ann_path.name}: unknown character {k!r} in quote {q['text'][:30]!r}")
        q["speaker"] = ids.get(q["speaker"])
        q["addressees"] = [ids[a] for a in q["addressees"]]

    headings = [s for s in segments if s["kind"] == "chapter_heading"]
    story_end = story[-1][1]
    if headings:
        chapters = []
        for i, h in enumerate(headings):
            end = headings[i + 1]["start"] if i + 1 < len(headings) else story_end
            chapters.append({"index": i + 1, "title": text[h["start"] : h["end"]], "start": h["start"], "end": end})
    else:
        chapters = [{"index": 1, "title": None, "start": story[0][0], "end": story_end}]

    chars = sorted(header["characters"], key=lambda c: order.index(c["key"]))
    gold = {
        "id": header["id"],
        "text_file": ann_path.stem + ".txt",
        "fandom": header["fandom"],
        "words": len(story_text.split()),
        "segments": [{"start": s["start"], "end": s["end"], "kind": s["kind"]} for s in segments],
        "chapters": chapters,
        "scene_breaks": scene_breaks,
        "pov": {"person": header["pov"]["person"], "character": ids.get(header["pov"]["character"])},
        "tense": {"dominant": header["tense"]["dominant"], "shifts": shifts},
        "characters": [{"id": ids[c["key"]], "names": c["names"], "pronouns": c["pronouns"]} for c in chars],
        "relationships": [
            {"tag": r["tag"], "kind": r["kind"], "characters": [ids[k] for k in r["characters"]]}
            for r in header["relationships"]
        ],
        "quotes": [
            {k: q[k] for k in ("start", "end", "text", "speaker", "addressees", "type")} for q in quotes
        ],
    }
    return text, gold


def _quote(open_quote: dict, end: int, name: str) -> dict:
    spec = open_quote["spec"]
    who, _, kind = spec.partition("|")
    if kind not in TYPES:
        raise ValueError(f"{name}: bad quote type in {spec!r}")
    speaker, _, addr = who.partition(">")
    speaker = None if speaker == "-" else speaker
    if (speaker is None) != (kind == "n"):
        raise ValueError(f"{name}: non_speech quotes, and only they, have no speaker ({spec!r})")
    return {
        "start": open_quote["start"],
        "end": end,
        "speaker": speaker,
        "addressees": [a for a in addr.split(",") if a],
        "type": TYPES[kind],
    }


def _story_spans(text: str, segments: list[dict]) -> list[tuple[int, int]]:
    """The text between the non-story segments, trimmed of surrounding whitespace."""
    spans, pos = [], 0
    for s in sorted(segments, key=lambda s: s["start"]):
        a, b = strip_span(text, pos, s["start"])
        if a < b:
            spans.append((a, b))
        pos = s["end"]
    a, b = strip_span(text, pos, len(text))
    if a < b:
        spans.append((a, b))
    return [_trim_markers(text, a, b) for a, b in spans]


def _trim_markers(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop break-marker lines (`~~~`, `oOo`) that open or close a story span: they
    separate the story from a note and belong to neither."""
    lines = text[start:end].split("\n")
    while len(lines) > 1 and not re.search(r"[^\W_]{2,}", lines[-1].replace("oOo", "")):
        end -= len(lines.pop()) + 1
    while len(lines) > 1 and not re.search(r"[^\W_]{2,}", lines[0].replace("oOo", "")):
        start += len(lines.pop(0)) + 1
    return strip_span(text, start, end)


def render(gold: dict) -> str:
    """JSON with one list item per line: readable in a diff, stable for --check."""
    lines = []
    for key, value in gold.items():
        if isinstance(value, list) and value:
            items = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f" {json.dumps(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _option(argv: list[str], name: str, default: Path) -> Path:
    if name in argv:
        i = argv.index(name)
        if i + 1 >= len(argv):
            raise SystemExit(f"{name} needs a folder")
        return Path(argv[i + 1])
    return default


def main(argv: list[str]) -> int:
    check = "--check" in argv
    heldout = "--heldout" in argv
    src = _option(argv, "--src", HELDOUT / "annotated" if heldout else ANNOTATED)
    out = _option(argv, "--out", HELDOUT if heldout else SAMPLES)
    stale = []
    sources = sorted(src.glob("*.ann"))
    if not sources:
        print(f"no *.ann sources in {src}", file=sys.stderr)
        return 1
    for ann in sources:
        text, gold = build(ann)
        files = {out / f"{ann.stem}.txt": text, out / f"{ann.stem}.gold.json": render(gold)}
        for path, content in files.items():
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != content:
                    stale.append(path.name)
            else:
                path.write_text(content, encoding="utf-8")
        if not check:
            n = len(gold["quotes"])
            print(f"{ann.stem}: {gold['words']} words, {n} quotes, {len(gold['characters'])} characters", file=sys.stderr)
    if stale:
        print(f"stale (run tests/samples/build_gold.py{' --heldout' if heldout else ''}): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
