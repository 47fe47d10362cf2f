"""The annotators' tool for the book-split gold set (see bench/gold/GUIDELINES.md).

It knows nothing of ficlens: it finds quotation spans by their curly quotation marks only,
so an annotator never sees what the rules or the model say.

    python bench/gold/annotate.py toc SLUG                    # headings with paragraph numbers
    python bench/gold/annotate.py sheet SLUG --para P --count N > /tmp/x.sheet
    python bench/gold/annotate.py build LABELS [LABELS ...]    # -> bench/gold/se/ID.gold.json
    python bench/gold/annotate.py check                         # every label file builds
    python bench/gold/annotate.py agreement                     # double-annotated excerpts

A sheet shows the excerpt paragraph by paragraph, each quotation marked [Q7]“…”. The
annotator writes a labels file, `bench/gold/labels/ID__ANNOTATOR.txt`:

    excerpt: SLUG 120 80          (book slug, first paragraph, paragraph count)
    annotator: a
    @characters
    eliz | Elizabeth Bennet; Elizabeth; Lizzy; Miss Bennet | she
    @quotes
    Q1 eliz > darcy e
    Q2 ^
    Q3 - n

The gold file keeps offsets and labels only, with the sha256 of the book file; the text
stays in ../shared/data/standardebooks/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOOKS = HERE.parents[1].parent / "shared" / "data" / "standardebooks"
LABELS = HERE / "labels"
OUT = HERE / "se"
PARA = re.compile(r"[^\n](?:.|\n(?!\n))*")
TYPES = {"e": "explicit", "a": "anaphoric", "i": "implicit", "n": "non_speech", "t": "thought"}


@dataclass
class Span:
    start: int  # offsets into the excerpt
    end: int


def book_text(slug: str) -> str:
    path = BOOKS / f"{slug}.txt"
    if not path.is_file():
        sys.exit(f"{path}: no such book")
    return path.read_text(encoding="utf-8")


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARA.finditer(text)]


def excerpt(slug: str, para: int, count: int) -> tuple[str, int, int, list[tuple[int, int]]]:
    """(book text, excerpt start, excerpt end, paragraph spans relative to the excerpt)."""
    text = book_text(slug)
    paras = paragraphs(text)[para : para + count]
    if not paras:
        sys.exit(f"{slug}: no paragraph {para}")
    start, end = paras[0][0], paras[-1][1]
    return text, start, end, [(s - start, e - start) for s, e in paras]


def quotations(piece: str, paras: list[tuple[int, int]]) -> list[Span]:
    """Spans from an opening “ to its closing ” (marks included); a quotation still open
    at the end of its paragraph ends there (the next paragraph's “ starts a new part)."""
    spans: list[Span] = []
    for ps, pe in paras:
        i = ps
        while (o := piece.find("“", i, pe)) >= 0:
            c = piece.find("”", o + 1, pe)
            nxt = piece.find("“", o + 1, pe)
            if c >= 0 and (nxt < 0 or c < nxt):
                end = c + 1
            else:  # never closed before the next opening or the paragraph's end
                stop = nxt if nxt >= 0 else pe
                end = o + len(piece[o:stop].rstrip())
            spans.append(Span(o, end))
            i = end
    return spans


def cmd_toc(slug: str) -> None:
    text = book_text(slug)
    for n, (s, e) in enumerate(paragraphs(text)):
        line = text[s:e]
        if len(line) < 70 and "“" not in line and not line.endswith((".", ",", "?", "!")):
            print(f"{n:6d}  {line}")


def cmd_sheet(slug: str, para: int, count: int) -> None:
    text, start, end, paras = excerpt(slug, para, count)
    piece = text[start:end]
    spans = quotations(piece, paras)
    by_start = {s.start: (k, s) for k, s in enumerate(spans, 1)}
    print(f"# excerpt: {slug} {para} {count}  ({len(spans)} quotations)")
    for n, (ps, pe) in enumerate(paras, para):
        out, i = [], ps
        for j in range(ps, pe):
            if j in by_start:
                out.append(piece[i:j] + f"[Q{by_start[j][0]}]")
                i = j
        out.append(piece[i:pe])
        print(f"\n¶{n}  " + "".join(out))


def parse_labels(path: Path) -> dict:
    lines = [ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    head: dict[str, str] = {}
    chars: list[dict] = []
    labels: dict[int, list[str]] = {}
    section = None
    for n, ln in enumerate(lines, 1):
        if not ln:
            continue
        if ln.startswith("@"):
            section = ln[1:]
            continue
        where = f"{path}:{n}"
        if section is None:
            key, _, val = ln.partition(":")
            head[key.strip()] = val.strip()
        elif section == "characters":
            parts = [p.strip() for p in ln.split("|")]
            if len(parts) != 3 or not parts[0] or not parts[1]:
                sys.exit(f"{where}: want 'key | Name; Alias; ... | pronouns'")
            names = [x.strip() for x in parts[1].split(";") if x.strip()]
            chars.append({"id": parts[0], "names": names, "pronouns": parts[2] or None})
        elif section == "quotes":
            m = re.fullmatch(r"Q(\d+)\s+(.*)", ln)
            if not m:
                sys.exit(f"{where}: want 'Qn SPEAKER [> ADDR,...] TYPE' or 'Qn ^' / 'Qn x'")
            labels[int(m.group(1))] = m.group(2).split()
        else:
            sys.exit(f"{where}: unknown section @{section}")
    return {"head": head, "characters": chars, "labels": labels}


def build(path: Path) -> dict:
    parsed = parse_labels(path)
    slug, para, count = parsed["head"]["excerpt"].split()
    text, start, end, paras = excerpt(slug, int(para), int(count))
    spans = quotations(text[start:end], paras)
    keys = {c["id"] for c in parsed["characters"]}
    quotes: list[dict] = []
    first_of: int | None = None  # index in `quotes` of the quotation a ^ part continues
    for k, span in enumerate(spans, 1):
        lab = parsed["labels"].get(k)
        if lab is None:
            sys.exit(f"{path}: Q{k} has no label")
        if lab == ["x"]:
            continue
        if lab == ["^"]:
            if first_of is None:
                sys.exit(f"{path}: Q{k} continues nothing")
            prev = quotes[first_of]
            quotes.append({**{k2: prev[k2] for k2 in ("speaker", "addressees", "type")},
                           "start": span.start, "end": span.end, "part_of": first_of})
            continue
        speaker, rest = lab[0], lab[1:]
        addressees: list[str] = []
        if rest and rest[0] == ">":
            if len(rest) < 2:
                sys.exit(f"{path}: Q{k} has '>' and no addressee")
            addressees, rest = [a for a in rest[1].split(",") if a], rest[2:]
        if len(rest) != 1 or rest[0] not in TYPES:
            sys.exit(f"{path}: Q{k} needs one type of {'/'.join(TYPES)}")
        for key in [speaker, *addressees]:
            if key not in keys and key not in ("-", "?"):
                sys.exit(f"{path}: Q{k} names {key!r}, not in @characters")
        quotes.append({"start": span.start, "end": span.end,
                       "speaker": None if speaker in ("-", "?") else speaker,
                       "addressees": addressees, "type": TYPES[rest[0]],
                       **({"unsure": True} if speaker == "?" else {})})
        first_of = len(quotes) - 1
    extra = sorted(set(parsed["labels"]) - set(range(1, len(spans) + 1)))
    if extra:
        sys.exit(f"{path}: labels for quotations that do not exist: {extra}")
    return {
        "id": f"{slug}@{para}+{count}",
        "source": {"corpus": "standardebooks", "file": f"{slug}.txt",
                   "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   "start": start, "end": end, "paragraphs": [int(para), int(count)]},
        "annotator": parsed["head"].get("annotator"),
        "characters": parsed["characters"],
        "quotes": quotes,
    }


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*__*.txt"))


def primary(files: list[Path]) -> dict[str, Path]:
    """One label file per excerpt: the first annotator's (by file name) is the gold."""
    out: dict[str, Path] = {}
    for f in files:
        out.setdefault(f.name.split("__")[0], f)
    return out


def cmd_build(paths: list[Path]) -> None:
    OUT.mkdir(exist_ok=True)
    for p in paths:
        gold = build(p)
        target = OUT / (p.name.split("__")[0] + ".gold.json")
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{target}: {len(gold['quotes'])} quotes, {len(gold['characters'])} characters")


def _speaker_names(gold: dict) -> dict[str, set[str]]:
    return {c["id"]: {n.lower() for n in c["names"]} for c in gold["characters"]}


def cmd_agreement() -> None:
    groups: dict[str, list[Path]] = {}
    for f in label_files():
        groups.setdefault(f.name.split("__")[0], []).append(f)
    total = same = types_same = 0
    for excerpt_id, files in sorted(groups.items()):
        if len(files) < 2:
            continue
        a, b = build(files[0]), build(files[1])
        na, nb = _speaker_names(a), _speaker_names(b)
        # B's key -> A's key sharing the most names (keys are each annotator's own).
        to_a = {kb: max(na, key=lambda ka: len(na[ka] & nb[kb]), default=None) for kb in nb}
        qa = {(q["start"], q["end"]): q for q in a["quotes"]}
        n = s = t = 0
        for q in b["quotes"]:
            other = qa.get((q["start"], q["end"]))
            if other is None or other["speaker"] is None or q["speaker"] is None:
                continue
            n += 1
            s += to_a.get(q["speaker"]) == other["speaker"]
            t += q["type"] == other["type"]
        total, same, types_same = total + n, same + s, types_same + t
        print(f"{excerpt_id}: {s}/{n} speakers agree ({s / max(n, 1):.3f}), types {t}/{n}")
    if total:
        print(f"all: {same}/{total} speakers agree ({same / total:.3f}); "
              f"types {types_same}/{total} ({types_same / total:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("toc").add_argument("slug")
    sh = sub.add_parser("sheet")
    sh.add_argument("slug")
    sh.add_argument("--para", type=int, required=True)
    sh.add_argument("--count", type=int, required=True)
    sub.add_parser("build").add_argument("labels", nargs="+", type=Path)
    sub.add_parser("check")
    sub.add_parser("agreement")
    args = ap.parse_args()
    if args.cmd == "toc":
        cmd_toc(args.slug)
    elif args.cmd == "sheet":
        cmd_sheet(args.slug, args.para, args.count)
    elif args.cmd == "build":
        cmd_build(args.labels)
    elif args.cmd == "check":
        cmd_build(list(primary(label_files()).values()))
    else:
        cmd_agreement()


if __name__ == "__main__":
    main()
