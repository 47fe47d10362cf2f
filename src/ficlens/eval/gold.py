"""Gold files: JSON Lines (one work a line), a single `*.gold.json`, or a folder of them.

Each work is `{"id", "text_file" (relative to the gold file) | "text", "quotes":
[{"start", "end", "text", "speaker", "addressees"?, "type"?}], "characters": [{"id",
"names", "pronouns"?}]}`; other fields (segments, pov, ...) are kept in `raw`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ficlens.read.errors import ReadError, check_size
from ficlens.read.text import decode, normalise_newlines

__all__ = ["GoldCharacter", "GoldError", "GoldQuote", "GoldWork", "iter_gold"]

NON_SPEECH = "non_speech"


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file and the problem."""


@dataclass(slots=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None = None
    addressees: list[str] = field(default_factory=list)
    type: str | None = None

    @property
    def is_speech(self) -> bool:
        return self.type != NON_SPEECH and self.speaker is not None


@dataclass(slots=True)
class GoldCharacter:
    id: str
    names: list[str]
    pronouns: str | None = None


@dataclass(slots=True)
class GoldWork:
    id: str
    text: str
    quotes: list[GoldQuote]
    characters: list[GoldCharacter]
    path: Path | None = None  # the story file, when the gold names one
    raw: dict[str, Any] = field(default_factory=dict)


def iter_gold(path: str | Path, max_bytes: int | None = None) -> Iterator[GoldWork]:
    """Yield the gold works in a JSONL file, a `*.gold.json` file, or a folder of those;
    a `text_file` over `max_bytes` is refused as `read` refuses it."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
        if not files:
            raise GoldError(f"{path}: no *.gold.json files in this folder")
        for f in files:
            yield _work(_load_json(f), f, max_bytes=max_bytes)
    elif not path.exists():
        raise GoldError(f"{path}: no such file")
    elif path.name.endswith(".json"):
        yield _work(_load_json(path), path, max_bytes=max_bytes)
    else:
        for n, line in enumerate(_read(path).splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: not JSON ({e.msg})") from None
            yield _work(data, path, n, max_bytes)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read ({e})") from None


def _load_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(_read(path))
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}: not JSON ({e.msg} at line {e.lineno})") from None


def _work(data: Any, gold_path: Path, line: int | None = None, max_bytes: int | None = None) -> GoldWork:
    where = f"{gold_path}:{line}" if line else str(gold_path)
    if not isinstance(data, dict):
        raise GoldError(f"{where}: a gold work must be a JSON object")
    story: Path | None = None
    if "text" in data:
        text = normalise_newlines(str(data["text"]))
    elif "text_file" in data:
        story = gold_path.parent / data["text_file"]
        try:
            check_size(story.stat().st_size, max_bytes, str(story))
            text = decode(story.read_bytes(), str(story))
        except (OSError, ReadError) as e:
            raise GoldError(f"{where}: text_file {story} cannot be read ({e})") from None
    else:
        raise GoldError(f"{where}: needs 'text' or 'text_file'")
    try:
        quotes = [
            GoldQuote(
                int(q["start"]),
                int(q["end"]),
                q.get("speaker"),
                list(q.get("addressees") or []),
                q.get("type"),
            )
            for q in data.get("quotes", [])
        ]
        characters = [
            GoldCharacter(str(c["id"]), [str(n) for n in c.get("names", [])], c.get("pronouns"))
            for c in data.get("characters", [])
        ]
    except (KeyError, TypeError, ValueError) as e:
        raise GoldError(f"{where}: malformed quote or character ({e!r})") from None
    for q in quotes:
        if not 0 <= q.start < q.end <= len(text):
            raise GoldError(f"{where}: quote span {q.start}-{q.end} lies outside the text")
    quotes.sort(key=lambda q: (q.start, q.end))
    wid = str(data.get("id") or (story.stem if story else gold_path.stem))
    return GoldWork(wid, text, quotes, characters, story, data)
