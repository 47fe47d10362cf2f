"""The one error readers raise: it names the file and the reason on one line.

`str(ReadError(path, reason))` is `"<path>: <reason>"`. The reasons are exactly these
(fields in braces are filled in):

- ``no such file``
- ``is a directory``
- ``permission denied``
- ``cannot read ({reason})``                      any other OS error, e.g. an I/O error
- ``empty file``                                  no bytes, or only whitespace
- ``empty text``                                  `read("")` on a string
- ``binary file, not text``                       NUL bytes, >5% control bytes, or the magic
                                                  bytes of an image, PDF, archive, program...
- ``unknown text encoding (not UTF-8, UTF-16 or Windows-1252)``
      The rule: a BOM decides (UTF-8, UTF-16, UTF-32) and its text must decode strictly;
      without a BOM the bytes must be UTF-8 (stray bad bytes among valid UTF-8, up to
      ten invalid sequences per valid one, are replaced with U+FFFD and reported by a
      `ReadWarning` with their count), else Windows-1252, which is accepted only when every byte is
      defined in cp1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are not) and at most 30% of the
      non-space bytes are >= 0x80 (Western text is mostly ASCII; Shift-JIS, GBK, KOI8-R
      and random bytes are not).
- ``broken HTML (no text could be recovered)``    no body, or truncated before any text
                                                  (for an AO3 download: before any story text)
- ``not a valid EPUB (not a zip archive, or truncated)``
- ``not a valid EPUB (META-INF/container.xml is missing)``
- ``not a valid EPUB (package document {name} is missing)``    the OPF named by container.xml
- ``not a valid EPUB (unreadable {name})``        container.xml or OPF that is not XML
- ``not a valid EPUB (spine item {name} is missing)``
- ``not a valid EPUB (damaged member {name})``    bad CRC, bad deflate data, encrypted
- ``not a valid EPUB (no text in the spine)``
- ``not a regular file (a device, FIFO or socket)``   given by path (or a symlink to one):
      refused before it is opened (/dev/zero never ends; a FIFO blocks)
- ``too large: {size} (the limit is {limit}; raise it with --max-bytes)``
      Checked on the file's size before it is read, and on what is read (at most the
      limit + 1 bytes: a file may grow, and `stat` gives 0 for a device). The limit (`MAX_BYTES`, 256 MiB by
      default; `read(path, max_bytes=...)`, `Options.max_bytes`, `--max-bytes`) is far
      above any real fic (the longest AO3 works, ~5M words, are ~30 MB): it stops a dump
      or a log renamed .txt from taking an hour and tens of GiB.
- ``refused: possible zip bomb (over {limit} unpacked, over 200:1 compression, or over 10000 members)``
      Checked on the declared sizes before anything is decompressed, and again on the
      bytes actually read (a member may lie about its size). The unpacked limit is the
      same `max_bytes` as a plain file's (an EPUB may not hold more text than a .txt).
"""

from __future__ import annotations

import re
import zipfile
import zlib

NOT_FOUND = "no such file"
IS_DIRECTORY = "is a directory"
NOT_REGULAR = "not a regular file (a device, FIFO or socket)"
PERMISSION = "permission denied"
UNREADABLE = "cannot read ({reason})"
EMPTY = "empty file"
EMPTY_TEXT = "empty text"
BINARY = "binary file, not text"
ENCODING = "unknown text encoding (not UTF-8, UTF-16 or Windows-1252)"
BROKEN_HTML = "broken HTML (no text could be recovered)"
EPUB_NOT_ZIP = "not a valid EPUB (not a zip archive, or truncated)"
EPUB_NO_CONTAINER = "not a valid EPUB (META-INF/container.xml is missing)"
EPUB_NO_OPF = "not a valid EPUB (package document {name} is missing)"
EPUB_BAD_XML = "not a valid EPUB (unreadable {name})"
EPUB_SPINE_MISSING = "not a valid EPUB (spine item {name} is missing)"
EPUB_DAMAGED = "not a valid EPUB (damaged member {name})"
EPUB_NO_TEXT = "not a valid EPUB (no text in the spine)"
ZIP_BOMB = (
    "refused: possible zip bomb (over {limit} unpacked, over 200:1 compression, or over 10000 members)"
)
TOO_LARGE = "too large: {size} (the limit is {limit}; raise it with --max-bytes)"

MAX_BYTES = 256 * 1024 * 1024  # default limit on a file's size and an EPUB's unpacked size

# What zipfile raises on a damaged or odd archive (NotImplementedError: an unknown zip
# version or compression method; RuntimeError: an encrypted member).
ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, ValueError, EOFError,
    NotImplementedError, RuntimeError, KeyError,
)  # fmt: skip


def format_size(n: int) -> str:
    """`268435456` -> "256 MiB", `2254857830` -> "2.1 GiB" (binary units, one decimal)."""
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024:
            break
        size /= 1024
    else:
        unit = "TiB"
    if unit == "bytes":
        return f"{n} bytes"
    return f"{size:.1f}".removesuffix(".0") + f" {unit}"


def parse_size(text: str) -> int:
    """A size as a user types it: "300000000", "512M", "512MB", "512MiB", "2G" (binary
    multiples). Raises ValueError for anything else."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b|bytes?)?\s*", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"not a size: {text!r} (e.g. 300000000, 512M, 2G)")
    factor = 1024 ** ("kmgt".index(m.group(2).lower()) + 1) if m.group(2) else 1
    return int(float(m.group(1)) * factor)


def check_size(size: int, max_bytes: int | None, path: str | None) -> None:
    """Raise the one-line `too large` error when `size` is over the limit (None: the
    default `MAX_BYTES`; 0 or less: no limit)."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if 0 < limit < size:
        raise ReadError(path, TOO_LARGE.format(size=format_size(size), limit=format_size(limit)))


STRAY_BYTES = "{count} invalid UTF-8 byte sequence(s) replaced with U+FFFD"


class ReadWarning(UserWarning):
    """A file read, but not quite as written (`warnings.warn`): `reason` says how."""

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class ReadError(Exception):
    """A file that cannot be read as a story; `reason` is one of the messages above."""

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
