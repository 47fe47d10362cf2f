"""The book-level train / dev / test split (bench/gold/splits.json) and which part a
gold work falls in.

A Standard Ebooks excerpt (gold with a `source`) is in its book's split. Fan fiction is
listed by path from the repository root without the file's extension: a story
(`bench/heldout/hp_letters`) or a folder of them (`src/ficlens/samples`). A work in no
split is an error, not a silent skip, so a figure never quietly leaves works out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ficlens.eval.gold import GoldError, GoldWork

__all__ = ["SPLITS", "Splits", "find_splits"]

SPLITS = ("train", "dev", "test")
_RELATIVE = Path("bench") / "gold" / "splits.json"


def find_splits(near: Path) -> Path | None:
    """bench/gold/splits.json of the repository (the folder with a pyproject.toml) that
    holds `near`, else of the current folder's."""
    for start in (Path(near).resolve(), Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").is_file() and (folder / _RELATIVE).is_file():
                return folder / _RELATIVE
    return None


class Splits:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.root = path.resolve().parents[2]  # bench/gold/splits.json -> the repository
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise GoldError(f"{path}: cannot read the split file ({e})") from None
        if not isinstance(data, dict):
            raise GoldError(f"{path}: the split file must be a JSON object")
        self.books: dict[str, str] = dict(data.get("standardebooks") or {})
        self.fanfic: dict[str, str] = dict(data.get("fanfic") or {})
        bad = sorted({v for v in (*self.books.values(), *self.fanfic.values()) if v not in SPLITS})
        if bad:
            raise GoldError(f"{path}: unknown split name(s) {bad}; want {'/'.join(SPLITS)}")

    def of(self, gold: GoldWork) -> str:
        """The split `gold` belongs to; GoldError when the split file does not list it."""
        source = gold.raw.get("source")
        if isinstance(source, dict):
            slug = str(source.get("file", "")).removesuffix(".txt")
            if slug in self.books:
                return self.books[slug]
            raise GoldError(f"{self.path}: book {slug!r} (work {gold.id}) is in no split")
        key = self._key(gold)
        for listed, split in sorted(self.fanfic.items(), key=lambda kv: -len(kv[0])):
            if key == listed or key.startswith(listed.rstrip("/") + "/"):
                return split
        raise GoldError(f"{self.path}: work {gold.id} ({key or 'inline text'}) is in no split")

    def _key(self, gold: GoldWork) -> str:
        where = gold.path or gold.file
        if where is None:
            return ""
        name = where.name.removesuffix(".gold.json")
        stem = where.with_name(name).with_suffix("") if name == where.name else where.with_name(name)
        try:
            return stem.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return stem.as_posix()
