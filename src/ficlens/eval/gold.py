"""Gold files: JSON Lines (one work a line), a single `*.gold.json`, or a folder of them.

Each work is `{"id", "text_file" (relative to the gold file) | "text" | "source",
"quotes": [{"start", "end", "text", "speaker", "addressees"?, "type"?, "part_of"?}],
"characters": [{"id", "names", "pronouns"? | "gender"?}]}`; other fields (segments, pov,
...) are kept in `raw`.

A book excerpt (bench/gold/se/, written by bench/gold/annotate.py) carries `"source":
{"corpus": "standardebooks", "file", "sha256", "start", "end"}` instead of its text: the
book is read from the data folder (`data_dir`, else the FICLENS_DATA environment
variable, else `../shared/data` beside the repository that holds the gold file), its
sha256 is checked, and `text[start:end]` is the work's text; quote offsets are relative
to it. `part_of` (a continuation part) is the index, in the file's quote list, of the
quotation's first part.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ficlens.read.errors import ReadError, check_size
from ficlens.read.text import decode, normalise_newlines

__all__ = ["GoldCharacter", "GoldError", "GoldQuote", "GoldWork", "iter_gold"]

NON_SPEECH = "non_speech"
THOUGHT = "thought"
# a gold `gender` where a file has no `pronouns` (the pipeline's character lists take pronouns)
_GENDER_PRONOUNS = {"male": "he", "m": "he", "female": "she", "f": "she", "nonbinary": "they", "plural": "they"}


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file and the problem."""


@dataclass(slots=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None = None
    addressees: list[str] = field(default_factory=list)
    type: str | None = None
    part_of: int | None = None  # index (in `GoldWork.quotes`) of the quotation's first part

    @property
    def is_speech(self) -> bool:
        """Said aloud by a known speaker: the quotes the speaker accuracy counts."""
        return self.type not in (NON_SPEECH, THOUGHT) and self.speaker is not None

    @property
    def is_thought(self) -> bool:
        return self.type == THOUGHT


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
    file: Path | None = None  # the gold file itself


def iter_gold(
    path: str | Path, max_bytes: int | None = None, data_dir: str | Path | None = None
) -> Iterator[GoldWork]:
    """Yield the gold works in a JSONL file, a `*.gold.json` file, or a folder of those;
    a `text_file` over `max_bytes` is refused as `read` refuses it; `data_dir` holds the
    books that `source` gold refers to."""
    path = Path(path)
    data = Path(data_dir) if data_dir is not None else None
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
        if not files:
            raise GoldError(f"{path}: no *.gold.json files in this folder")
        for f in files:
            yield _work(_load_json(f), f, max_bytes=max_bytes, data_dir=data)
    elif not path.exists():
        raise GoldError(f"{path}: no such file")
    elif path.name.endswith(".json"):
        yield _work(_load_json(path), path, max_bytes=max_bytes, data_dir=data)
    else:
        for n, line in enumerate(_read(path).splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: not JSON ({e.msg})") from None
            yield _work(record, path, n, max_bytes, data)


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


def default_data_dir(near: Path) -> Path | None:
    """FICLENS_DATA, else `../shared/data` beside the repository (the folder with a
    pyproject.toml) that holds `near`; None when neither is there."""
    env = os.environ.get("FICLENS_DATA")
    if env:
        return Path(env)
    for folder in Path(near).resolve().parents:
        if (folder / "pyproject.toml").is_file():
            return folder.parent / "shared" / "data"
    return None


def _source_text(src: Any, where: str, data_dir: Path | None, gold_path: Path) -> str:
    """The excerpt a `source` names: its book read from the data folder, sha256 checked."""
    if not isinstance(src, dict) or not all(k in src for k in ("corpus", "file", "sha256", "start", "end")):
        raise GoldError(f"{where}: 'source' needs corpus, file, sha256, start and end")
    folder = data_dir or default_data_dir(gold_path)
    if folder is None:
        raise GoldError(f"{where}: no data folder for source {src['file']} (give --data DIR or set FICLENS_DATA)")
    book = folder / str(src["corpus"]) / str(src["file"])
    try:
        raw = book.read_bytes()
    except OSError as e:
        raise GoldError(f"{where}: source {book} cannot be read ({e.strerror or e})") from None
    if hashlib.sha256(raw).hexdigest() != src["sha256"]:
        raise GoldError(f"{where}: source {book} does not match its sha256 (a different edition of the book?)")
    try:
        text = raw.decode("utf-8")
        start, end = int(src["start"]), int(src["end"])
    except (UnicodeDecodeError, TypeError, ValueError) as e:
        raise GoldError(f"{where}: source {book} is unusable ({e})") from None
    if not 0 <= start < end <= len(text):
        raise GoldError(f"{where}: source span {start}-{end} lies outside {book}")
    return text[start:end]


def _pronouns(c: dict[str, Any]) -> str | None:
    if c.get("pronouns"):
        return str(c["pronouns"])
    gender = c.get("gender")
    return _GENDER_PRONOUNS.get(str(gender).lower()) if gender else None


def _work(
    data: Any, gold_path: Path, line: int | None = None, max_bytes: int | None = None, data_dir: Path | None = None
) -> GoldWork:
    where = f"{gold_path}:{line}" if line else str(gold_path)
    if not isinstance(data, dict):
        raise GoldError(f"{where}: a gold work must be a JSON object")
    story: Path | None = None
    if "text" in data:
        text = normalise_newlines(str(data["text"]))
    elif "source" in data:
        text = _source_text(data["source"], where, data_dir, gold_path)
    elif "text_file" in data:
        story = gold_path.parent / data["text_file"]
        try:
            check_size(story.stat().st_size, max_bytes, str(story))
            text = decode(story.read_bytes(), str(story))
        except (OSError, ReadError) as e:
            raise GoldError(f"{where}: text_file {story} cannot be read ({e})") from None
    else:
        raise GoldError(f"{where}: needs 'text', 'text_file' or 'source'")
    try:
        quotes = [
            GoldQuote(
                int(q["start"]),
                int(q["end"]),
                q.get("speaker"),
                list(q.get("addressees") or []),
                q.get("type"),
                None if q.get("part_of") is None else int(q["part_of"]),
            )
            for q in data.get("quotes", [])
        ]
        characters = [
            GoldCharacter(str(c["id"]), [str(n) for n in c.get("names", [])], _pronouns(c))
            for c in data.get("characters", [])
        ]
    except (KeyError, TypeError, ValueError) as e:
        raise GoldError(f"{where}: malformed quote or character ({e!r})") from None
    for q in quotes:
        if not 0 <= q.start < q.end <= len(text):
            raise GoldError(f"{where}: quote span {q.start}-{q.end} lies outside the text")
    quotes = _sorted_parts(quotes, where)
    wid = str(data.get("id") or (story.stem if story else gold_path.stem))
    return GoldWork(wid, text, quotes, characters, story, data, gold_path)


def _sorted_parts(quotes: list[GoldQuote], where: str) -> list[GoldQuote]:
    """The quotes in text order, each `part_of` moved to the first part's new index."""
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].end))
    new_index = {old: new for new, old in enumerate(order)}
    out = [quotes[i] for i in order]
    for q in out:
        if q.part_of is not None:
            if q.part_of not in new_index:
                raise GoldError(f"{where}: part_of {q.part_of} names no quote")
            q.part_of = new_index[q.part_of]
            if out[q.part_of].start >= q.start:
                raise GoldError(f"{where}: a part (at {q.start}) is part_of a quote that does not come before it")
    return out
