"""Build test corpora from the bundled sample stories.

    python bench/generate.py corpus OUT_DIR --works 1000 [--min-words 800 --max-words 3000]
    python bench/generate.py work OUT.txt --words 1000000

Every generated work gets a cast of invented names: each sample's gold characters are
renamed (most prominent first) into the work's cast, so scenes drawn from different
samples still tell of the same people. Scenes (split at the samples' gold scene breaks)
are drawn at random and strung together, with scene breaks between them and a chapter
heading every few thousand words, until the work reaches its length. The same seed
builds the same files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "ficlens" / "samples"

FIRST = (
    "Ada Bram Cass Dario Edda Fenn Greta Hale Ines Jory Kesh Lior Mara Nilo Oona Pell "
    "Quill Rhea Soren Tamsin Ulla Vesna Wren Xavi Yara Zeno Alba Corin Delphine Emrys "
    "Farah Gideon Hester Ivo Juno Kasimir Lark Mireille Niamh Orrin"
).split()
LAST = (
    "Ashdown Brightwater Calloway Dunmore Everly Fairbank Greaves Holloway Ironside "
    "Jessup Kestrel Lindqvist Marchetti Northcote Oyelaran Pemberton Quayle Rosewood "
    "Sallow Thorne Underhill Vantongeren Whitlock Yardley Zubiri"
).split()
ADJ = "Silent Burning Hollow Second Last Winter Borrowed Quiet Broken Golden Salt Paper".split()
NOUN = "Crown Harbour Letter Promise Library Orbit Lantern Garden Truce Signal Map Bridge".split()
BREAK = re.compile(r"^\W*$|^\s*(o+O+o+|x+|~+)\s*$", re.IGNORECASE)


@dataclass
class Source:
    name: str
    scenes: list[list[str]]  # scene -> paragraphs
    characters: list[list[str]]  # gold characters, most prominent first -> names


def load_sources(folder: Path = SAMPLES) -> list[Source]:
    sources = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.parent / gold.get("text_file", gold_path.name.replace(".gold.json", ".txt"))
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8").replace("\r\n", "\n")
        skip = [(s["start"], s["end"]) for s in gold.get("segments", []) if s.get("kind") != "story"]
        cuts = [0, *sorted(gold.get("scene_breaks", [])), len(text)]
        scenes = []
        for start, end in zip(cuts, cuts[1:]):
            paragraphs = []
            pos = start
            for block in re.split(r"\n\s*\n", text[start:end]):
                b_start = text.index(block, pos) if block else pos
                pos = b_start + len(block)
                block = block.strip()
                if not block or BREAK.match(block):
                    continue
                if any(s <= b_start < e for s, e in skip):
                    continue
                paragraphs.append(block)
            if paragraphs:
                scenes.append(paragraphs)
        characters = [c["names"] for c in sorted(gold.get("characters", []), key=_id_order)]
        sources.append(Source(gold_path.name.replace(".gold.json", ""), scenes, characters))
    if not sources:
        sys.exit(f"error: no samples with gold files in {folder}")
    return sources


def _id_order(c: dict) -> tuple[int, str]:
    digits = re.sub(r"\D", "", str(c.get("id", "")))
    return (int(digits) if digits else 10**9, str(c.get("id")))


def _renamer(characters: list[list[str]], cast: list[tuple[str, str]]):
    """A function that renames a sample's characters into the work's cast."""
    mapping: dict[str, str] = {}
    for names, (first, last) in zip(characters, cast):
        primary = next((n for n in names if " " not in n and n[:1].isupper()), None)
        for name in names:
            if not name[:1].isupper():  # "the Commander": a title, not a name
                continue
            if " " in name:  # a full name, whatever its parts were called
                mapping[name] = f"{first} {last}"
            else:  # the name they go by, or a nickname
                mapping[name] = first if name == primary else last
    if not mapping:
        return lambda s: s
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)) + r")\b")
    return lambda s: pattern.sub(lambda m: mapping[m.group(1)], s)


def make_work(rng: random.Random, sources: list[Source], words: int, chapter_words: int = 5000) -> str:
    """One work of about `words` words (at least one scene)."""
    cast_size = max(len(s.characters) for s in sources)
    firsts = rng.sample(FIRST, min(cast_size, len(FIRST)))
    cast = [(f, rng.choice(LAST)) for f in firsts]
    renamed = []
    for source in sources:
        rename = _renamer(source.characters, cast)
        renamed.extend([[rename(p) for p in scene] for scene in source.scenes])
    title = f"The {rng.choice(ADJ)} {rng.choice(NOUN)}"
    parts = [title, ""]
    total = 0
    chapter = 0
    in_chapter = chapter_words  # start a chapter at once when the work is long
    first_in_chapter = True
    while total < words:
        scene = rng.choice(renamed)
        if words > chapter_words and in_chapter >= chapter_words:
            chapter += 1
            parts += [f"Chapter {chapter}", ""]
            in_chapter = 0
            first_in_chapter = True
        if not first_in_chapter:
            parts += ["* * *", ""]
        for paragraph in scene:
            parts += [paragraph, ""]
        n = sum(len(p.split()) for p in scene)
        total += n
        in_chapter += n
        first_in_chapter = False
    return "\n".join(parts)


def write_corpus(out: Path, works: int, min_words: int = 800, max_words: int = 3000, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    sources = load_sources()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    width = len(str(works))
    for i in range(works):
        path = out / f"work_{i:0{width}d}.txt"
        path.write_text(make_work(rng, sources, rng.randint(min_words, max_words)), encoding="utf-8")
        paths.append(path)
    return paths


def write_work(out: Path, words: int, seed: int = 1) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(make_work(random.Random(seed), load_sources(), words), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus", help="a folder of many works")
    c.add_argument("out", type=Path)
    c.add_argument("--works", type=int, default=1000)
    c.add_argument("--min-words", type=int, default=800)
    c.add_argument("--max-words", type=int, default=3000)
    c.add_argument("--seed", type=int, default=1)
    w = sub.add_parser("work", help="one long work")
    w.add_argument("out", type=Path)
    w.add_argument("--words", type=int, default=100_000)
    w.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.what == "corpus":
        paths = write_corpus(args.out, args.works, args.min_words, args.max_words, args.seed)
        print(f"wrote {len(paths)} works to {args.out}", file=sys.stderr)
    else:
        write_work(args.out, args.words, args.seed)
        print(f"wrote {args.out} ({len(args.out.read_text(encoding='utf-8').split()):,} words)", file=sys.stderr)


if __name__ == "__main__":
    main()
