"""How well the character layer matches a gold character list.

`python -m ficlens.characters.score GOLD.jsonl [--gold-characters] [--speakers-only] [--no-pack] [-v]`
prints, over all works of a gold file (LitBank format or a sample's `*.gold.json`):

- found: gold characters with a predicted character whose name or aliases contain one
  of their names;
- merged: predicted characters whose names cover two or more gold characters (a wrong
  merge of two people);
- aliases: gold names that land in the predicted character that holds most of that gold
  character's names (the samples' "every alias lands in the right character").
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from ficlens.model import Work

_NORM = re.compile(r"[^\w]+")


def norm(name: str) -> str:
    n = _NORM.sub(" ", name.lower()).strip()
    return n[4:] if n.startswith("the ") else n


_NOT_NAMES = frozenset("the a an my our his her their your that this these those one two other i they we you he she it".split())


def proper(name: str) -> bool:
    """A proper name worth matching (LitBank lists nominals like "the guide" too)."""
    words = name.split()
    if len(words) == 1 and (name.isupper() and len(name) > 2 or name.lower() in _NOT_NAMES):
        return False
    return any(w[:1].isupper() and w.lower() not in _NOT_NAMES for w in words)


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    merged: int = 0  # predicted characters covering >= 2 gold characters
    aliases: int = 0
    aliases_ok: int = 0
    aliases_part_ok: int = 0
    tags: int = 0
    tags_ok: int = 0
    nom: int = 0
    nom_ok: int = 0
    alias_misses: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.merged += other.merged
        self.aliases += other.aliases
        self.aliases_ok += other.aliases_ok
        self.aliases_part_ok += other.aliases_part_ok
        self.alias_misses += other.alias_misses
        self.misses += other.misses
        self.merges += other.merges


def _parts(form: str) -> list[str]:
    w = form.split()
    return [" ".join(w[i:j]) for i in range(len(w)) for j in range(i + 1, len(w) + 1)]


def score_work(work: Work, gold_chars: list[dict], speakers_only: bool = False) -> Score:
    sc = Score()
    pred = [(c.id, {norm(n) for n in [c.name, *c.aliases]}) for c in work.characters]
    owner: dict[str, set[str]] = {}
    for g in gold_chars:
        for n in g["names"]:
            if proper(n):
                owner.setdefault(norm(n), set()).add(g["id"])
    for _cid, names in pred:
        covered = {gid for n in names for gid in owner.get(n, ()) if len(owner[n]) == 1}
        if len(covered) >= 2:
            sc.merged += 1
            sc.merges.append(f"{work.source.path or '?'}: {sorted(covered)} in {sorted(names)}")
    for g in gold_chars:
        if speakers_only and not g.get("speaks", True):
            continue
        gold_names = [norm(n) for n in g["names"] if proper(n)]
        if not gold_names:
            continue
        sc.gold += 1
        hits = [(sum(n in p for n in gold_names), cid) for cid, p in pred]
        best = max(hits, default=(0, None))
        if best[0] > 0:
            sc.found += 1
        else:
            sc.misses.append(f"{work.source.path or '?'}: {g['id']} {g['names'][:3]}")
        holder = next((p for cid, p in pred if cid == best[1]), set())
        # a gold name the text only writes inside a longer form ("Watson" in "Doctor
        # Watson") lands when it is a whole-word part of one of the holder's forms
        words = {w for form in holder for w in [form, *_parts(form)]}
        for n in gold_names:
            sc.aliases += 1
            sc.aliases_ok += n in holder
            sc.aliases_part_ok += n in words
            if n not in words:
                sc.alias_misses.append(f"{work.source.path or '?'}: {g['id']} {n!r} not in {sorted(holder)}")
    return sc


_TAG_PRON = re.compile(r"[ \t,]*(?:(he|she|they|I)\s+[a-z]+|[a-z]+\s+(he|she|they|I))\b")


def score_pronoun_tags(work: Work, gold: dict) -> tuple[int, int]:
    """Pronoun speech tags right after a gold quote (`"...," she said`): how many of
    them resolve to the gold speaker. Returns (correct, total)."""
    by_start = {m.start: m.character for m in work.mentions if m.kind == "pronoun"}
    names = {g["id"]: {norm(n) for n in g["names"]} for g in gold["characters"]}
    chars = {c.id: {norm(n) for n in [c.name, *c.aliases]} for c in work.characters}
    ok = total = 0
    for q in gold["quotes"]:
        if not q.get("speaker"):
            continue
        m = _TAG_PRON.match(work.text, q["end"], q["end"] + 30)
        if not m:
            continue
        start = m.start(1) if m.group(1) else m.start(2)
        total += 1
        cid = by_start.get(start)
        ok += bool(cid and chars.get(cid, set()) & names.get(q["speaker"], set()))
    return ok, total


_GAP = re.compile(r"[ \t,]*(?:[a-z]+\s+)?$")


def score_nominal_tags(work: Work, gold: dict) -> tuple[int, int]:
    """Descriptions tagging a gold quote (`"...," said the surgeon`): how many resolve to
    the gold speaker. Returns (correct, total)."""
    titles = sorted((m.start, m.character) for m in work.mentions if m.kind == "title")
    starts = [t[0] for t in titles]
    names = {g["id"]: {norm(n) for n in g["names"]} for g in gold["characters"]}
    chars = {c.id: {norm(n) for n in [c.name, *c.aliases]} for c in work.characters}
    ok = total = 0
    for q in gold["quotes"]:
        i = bisect_left(starts, q["end"])
        if i == len(starts) or starts[i] - q["end"] > 25:
            continue
        if not work.text[starts[i] : starts[i] + 4].lower().startswith("the ") or not _GAP.match(work.text, q["end"], starts[i]):
            continue
        total += 1
        ok += bool(chars.get(titles[i][1], set()) & names.get(q.get("speaker"), set()))
    return ok, total


def _gold_lines(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [json.loads(text)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    from ficlens.characters import find_characters
    from ficlens.fandoms import CharacterEntry, choose_pack
    from ficlens.pipeline import Options, run
    from ficlens.read import read

    args = list(sys.argv[1:] if argv is None else argv)
    use_gold = "--gold-characters" in args
    speakers_only = "--speakers-only" in args
    no_pack = "--no-pack" in args
    paths = [Path(a) for a in args if not a.startswith("-")]
    if not paths:
        print("usage: python -m ficlens.characters.score GOLD.jsonl|X.gold.json [--gold-characters] [--speakers-only] [--no-pack] [-v]", file=sys.stderr)
        return 2
    total = Score()
    for path in paths:
        for g in _gold_lines(path):
            work = read(path.parent / g["text_file"]) if "text_file" in g else read(g["text"])
            opts = Options(fandom=g.get("fandom"))
            restrict: list[CharacterEntry] | None = None
            if use_gold:
                restrict = [CharacterEntry(c["names"][0], list(c["names"][1:]), c.get("pronouns")) for c in g["characters"]]
                opts.characters = restrict
            # the stages before characters, then characters with this tool's pack choice
            # (`--no-pack`); the later stages do not matter here
            run(work, opts, until="quotes")
            pack = None if (restrict or no_pack) else choose_pack(work, opts.fandom)
            find_characters(work, pack=pack, restrict=restrict)
            total.add(score_work(work, g["characters"], speakers_only))
            ok, n = score_pronoun_tags(work, g)
            total.tags_ok += ok
            total.tags += n
            ok, n = score_nominal_tags(work, g)
            total.nom_ok += ok
            total.nom += n
    print(f"gold characters: {total.gold}  found: {total.found} ({total.found / max(1, total.gold):.3f})")
    print(f"wrong merges (predicted characters covering >= 2 gold characters): {total.merged}")
    print(f"gold names in the right character: {total.aliases_ok}/{total.aliases} ({total.aliases_ok / max(1, total.aliases):.3f})"
          f"  counting parts of longer forms: {total.aliases_part_ok}/{total.aliases} ({total.aliases_part_ok / max(1, total.aliases):.3f})")
    print(f"pronoun speech tags resolved to the gold speaker: {total.tags_ok}/{total.tags} ({total.tags_ok / max(1, total.tags):.3f})")
    print(f"description speech tags (said the surgeon) resolved to the gold speaker: {total.nom_ok}/{total.nom} ({total.nom_ok / max(1, total.nom):.3f})")
    if "-v" in args:
        for m in total.misses:
            print("  missed", m)
        for m in total.merges:
            print("  merged", m)
        for m in total.alias_misses:
            print("  alias", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
