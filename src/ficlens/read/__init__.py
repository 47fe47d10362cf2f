"""Readers: turn a file (plain text, AO3 HTML, EPUB, any HTML) or a string into a `Work`.

`read(path)` chooses the format by content, not only by extension (`sniff`):
a zip with the EPUB mimetype (or a `.epub` name, or a META-INF/container.xml) is an
EPUB; a file starting with markup and holding `<html` or `<!DOCTYPE html` in its first
KB (or an .html name and markup first) is HTML;
the magic bytes of images, PDFs, archives and programs are binary; anything else is
text. `read(str)` with a newline in it reads the string as story text.
Errors are `ReadError`s with the messages listed in `ficlens.read.errors`.
`max_bytes` (default `MAX_BYTES`, 256 MiB; 0 or less: no limit) refuses a bigger file
before reading it, and caps an EPUB's unpacked size.

Modules: `text` (decoding), `html` (markup to paragraphs, `TextBuilder`, generic HTML),
`ao3` (AO3 downloads, also inside AO3 EPUBs, and saved AO3 work pages), `epub` (safe zip,
OPF spine; AO3, FanFicFare and generic layouts), `errors`. Structured readers fill
`segments` and `chapters` (the segmenter keeps them) and the `Markup` layer (italics).
Source formats: text | html | ao3_html | epub | string.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ficlens.model import Source, Work
from ficlens.read.errors import (
    BINARY,
    BROKEN_HTML,
    EMPTY,
    EMPTY_TEXT,
    IS_DIRECTORY,
    MAX_BYTES,
    NOT_FOUND,
    NOT_REGULAR,
    PERMISSION,
    UNREADABLE,
    ZIP_ERRORS,
    ReadError,
    check_size,
    format_size,
    parse_size,
)
from ficlens.read.text import SNIFF_BYTES, bom_encoding, decode, looks_binary, normalise_newlines

__all__ = ["MAX_BYTES", "ReadError", "format_size", "iter_paths", "parse_size", "read", "read_bytes", "sniff"]

EPUB_MIMETYPE = b"application/epub+zip"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Extensions read without sniffing; other files in a folder are sniffed.
READABLE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".epub")
# Obviously not a story: skipped in folders without being opened.
NOT_STORY = frozenset(
    ".json .jsonl .csv .tsv .xml .yaml .yml .toml .ini .cfg .conf .py .pyc .js .ts .css .sh .bat "
    ".sql .db .duckdb .sqlite .parquet .arrow .pkl .npy .log .lock "
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .heic .psd "
    ".mp3 .m4a .ogg .flac .wav .mp4 .mkv .mov .avi .webm "
    ".zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .pdf .doc .docx .odt .rtf .mobi .azw .azw3 "
    ".exe .dll .so .dylib .bin .iso .dmg .woff .woff2 .ttf .otf".split()
)
# Names of a folder's housekeeping files (any extension): not stories.
NOT_STORY_NAMES = frozenset(
    "readme license licence copying notice authors contributing changelog changes history todo manifest".split()
)
# Magic bytes of files that are never story text (none a plausible start of prose: two-
# letter ones like BMP's "BM" are left to the NUL/control-byte check).
_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"%PDF",
    b"\x1f\x8b", b"BZh9", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x28\xb5\x2f\xfd", b"\x7fELF",
    b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"OggS", b"fLaC", b"ID3", b"RIFF",
    b"SQLite format 3", b"PAR1", b"\xd0\xcf\x11\xe0", b"{\\rtf", b"wOFF", b"wOF2", b"\x00\x00\x01\x00",
)


def read(source: str | Path, max_bytes: int | None = None) -> Work:
    """Read a path, or treat a string holding a newline as the story text itself.

    A file over `max_bytes` (None: `MAX_BYTES`; 0 or less: no limit) is refused from its
    size, before any of it is read."""
    if isinstance(source, str) and ("\n" in source or not source.strip()):
        if not source.strip():
            raise ReadError("<text>", EMPTY_TEXT)
        text = normalise_newlines(source)
        return Work(text=text, source=Source(None, "string", _sha(text.encode())))
    path = Path(source)
    name = str(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        data = _read_limited(path, name, limit)
    except FileNotFoundError:
        raise ReadError(name, NOT_FOUND) from None
    except IsADirectoryError:
        raise ReadError(name, IS_DIRECTORY) from None
    except PermissionError:
        raise ReadError(name, IS_DIRECTORY if path.is_dir() else PERMISSION) from None
    except OSError as e:
        raise ReadError(name, UNREADABLE.format(reason=e.strerror or type(e).__name__)) from None
    return read_bytes(data, name, max_bytes)


def _read_limited(path: Path, name: str, limit: int) -> bytes:
    """The file's bytes, refused when over `limit`. The limit holds for what is read, not
    for what `stat` says (0 for a device, and a file may grow): at most `limit` + 1 bytes
    are read. Devices, FIFOs and sockets are refused before they are opened: /dev/zero
    never ends and a FIFO blocks."""
    info = path.stat()  # through symlinks: a link to /dev/zero is /dev/zero
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(name, IS_DIRECTORY)
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(name, NOT_REGULAR)
    check_size(info.st_size, limit, name)
    with path.open("rb") as f:
        data = f.read(limit + 1) if limit > 0 else f.read()
    check_size(max(len(data), info.st_size), limit, name)
    return data


def read_bytes(data: bytes, path: str | None = None, max_bytes: int | None = None) -> Work:
    """Read a file's bytes; `path` names it in errors and decides ties (a `.epub` name).
    `max_bytes` as for `read`."""
    check_size(len(data), max_bytes, path)
    if not data.strip():
        raise ReadError(path, EMPTY)
    kind = sniff(data, path)
    sha = _sha(data)
    if kind in ("binary", "zip"):
        raise ReadError(path, BINARY)
    if kind == "epub":
        from ficlens.read.epub import read_epub

        return read_epub(data, Work(text="", source=Source(path, "epub", sha)), max_bytes)
    if kind == "html":
        return _read_html(data, sha, path)
    return Work(text=decode(data, path), source=Source(path, "text", sha))


def _read_html(data: bytes, sha: str, path: str | None) -> Work:
    from ficlens.read import ao3
    from ficlens.read.html import parse_html, read_generic_html

    root = parse_html(data)
    if root is None:
        raise ReadError(path, BROKEN_HTML)
    for is_layout, read_layout in ((ao3.is_ao3_page, ao3.read_ao3_page), (ao3.is_ao3, ao3.read_ao3)):
        if is_layout(root):
            work = Work(text="", source=Source(path, "ao3_html", sha))
            if not read_layout(root, work):
                raise ReadError(path, BROKEN_HTML)
            return work
    return read_generic_html(root, sha, path)


def sniff(data: bytes, path: str | os.PathLike | None = None) -> str:
    """'epub', 'html', 'text', 'zip' (not an EPUB) or 'binary', from the first bytes."""
    suffix = os.path.splitext(str(path))[1].lower() if path else ""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if EPUB_MIMETYPE in head[:100] or suffix == ".epub" or _has_container(data):
            return "epub"
        return "zip"
    if suffix == ".epub":
        return "epub"  # not a zip at all: the EPUB reader says so
    if head.startswith(_MAGIC) or (len(head) > 12 and head[4:8] == b"ftyp"):
        return "binary"
    bom = bom_encoding(head)
    try:
        start = head[bom[1] :].decode(bom[0], errors="ignore") if bom else head[:2048].decode("latin-1")
    except LookupError:
        start = ""
    start = start[:1024].lstrip().lower()
    # Markup first, then an <html> or doctype within the first KB (a story that merely
    # mentions "<html>" in its first lines stays text).
    if start.startswith("<") and ("<html" in start or "<!doctype html" in start):
        return "html"
    if suffix in HTML_SUFFIXES and start.startswith("<"):
        return "html"
    return "text"


def _has_container(data: bytes) -> bool:
    if len(data) < 22:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "META-INF/container.xml" in z.namelist()
    except ZIP_ERRORS:
        return False


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iter_paths(paths: Iterable[Path], failures: list[str]) -> Iterator[Path]:
    """Files to read: given files as they are; folders walked recursively, in sorted order.

    In a folder, hidden files and folders and housekeeping files (README, LICENSE,
    CHANGELOG...) are skipped, known story extensions are taken,
    obvious non-story files (images, data, archives...) are skipped, and any other file
    (no extension, an unknown one) is taken when its first bytes sniff as text, HTML or
    EPUB. A path that does not exist goes to `failures` as "PATH: no such file".
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from _walk(p)
        elif p.exists() or p.is_symlink():
            yield p
        else:
            failures.append(f"{p}: {NOT_FOUND}")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.split(".")[0].lower() in NOT_STORY_NAMES:
                continue
            path = Path(dirpath) / name
            if not path.is_file():  # a FIFO or socket would block a read; a dangling link
                continue
            suffix = path.suffix.lower()
            if suffix in READABLE:
                yield path
            elif suffix not in NOT_STORY and _sniffs_as_story(path):
                yield path


def _sniffs_as_story(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return True  # unreadable: let read() name the problem
    if not head.strip():
        return False
    kind = sniff(head, path)
    if kind == "zip" and head.startswith(b"PK\x03\x04"):
        # the container may sit past the first KB; only a full read can tell
        kind = "epub" if _zip_is_epub(path) else "zip"
    if kind in ("epub", "html"):
        return True
    return kind == "text" and (bom_encoding(head) is not None or not looks_binary(head))


def _zip_is_epub(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return "META-INF/container.xml" in z.namelist()
    except ZIP_ERRORS:
        return False
