"""JSON and JSON Lines output of `ficlens.work/1` objects."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ficlens.export.atomic import atomic_write
from ficlens.model import Work


def dumps(work: Work, indent: int | None = None) -> str:
    return json.dumps(work.to_dict(), ensure_ascii=False, indent=indent)


def write_json(work: Work, path: str | Path) -> None:
    atomic_write(path, dumps(work, indent=2) + "\n")


def write_jsonl(works: Iterable[Work], path: str | Path) -> None:
    atomic_write(path, "".join(dumps(w) + "\n" for w in works))
