"""Readers: turn a file (plain text, AO3 HTML, EPUB) or a string into a `Work`."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ficlens.model import Source, Work
from ficlens.read.errors import ReadError
from ficlens.read.text import decode, normalise_newlines

__all__ = ["ReadError", "iter_paths", "read", "read_bytes"]


def read(source: str | Path) -> Work:
    """Read a path, or treat a string holding a newline as the story text itself."""
    if isinstance(source, str) and ("\n" in source or not source.strip()):
        if not source.strip():
            raise ReadError("<text>", "empty text")
        text = normalise_newlines(source)
        return Work(text=text, source=Source(None, "string", _sha(text.encode())))
    path = Path(source)
    if not path.exists():
        raise ReadError(str(path), "no such file")
    if path.is_dir():
        raise ReadError(str(path), "is a directory (use ficlens.read.iter_works)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(str(path), f"cannot read ({e.strerror})") from None
    return read_bytes(data, str(path))


def read_bytes(data: bytes, path: str | None = None) -> Work:
    text = decode(data, path)
    return Work(text=text, source=Source(path, "text", _sha(data)))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


READABLE = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".epub")


def iter_paths(paths: list[Path], failures: list[str]):
    """Files to read: given files as they are, folders walked recursively by extension."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in READABLE)
        elif p.exists():
            yield p
        else:
            failures.append(f"{p}: no such file")
