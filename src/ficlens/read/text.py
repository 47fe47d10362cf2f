"""Plain text: decode (BOMs, UTF-8, BOM-less UTF-16, Windows-1252) and normalise newlines.

The decoded, newline-normalised text is `Work.text` for a .txt input, so offsets can be
checked against the file. The encoding rule is documented in `ficlens.read.errors`.
"""

from __future__ import annotations

import codecs
import warnings

from ficlens.read.errors import BINARY, EMPTY, ENCODING, STRAY_BYTES, ReadError, ReadWarning

STRAY_RATIO = 10  # invalid sequences per valid one up to which a file is still UTF-8

# Bytes a text file never holds (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(_CONTROL, b"\x00" * len(_CONTROL))
_HIGH = bytes(range(128, 256))
SNIFF_BYTES = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str | None = None) -> str:
    """The text of a file's bytes, newlines normalised to LF; a ReadError if it is not text."""
    if not data.strip():
        raise ReadError(path, EMPTY)
    text = _decode(data, path)
    if not text.strip():
        raise ReadError(path, EMPTY)
    return normalise_newlines(text)


def _decode(data: bytes, path: str | None) -> str:
    bom = bom_encoding(data)
    if bom:
        name, size = bom
        try:
            return data[size:].decode(name)
        except UnicodeDecodeError:
            raise ReadError(path, ENCODING) from None
    utf16 = _bomless_utf16(data[:SNIFF_BYTES])
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise ReadError(path, ENCODING) from None
    if looks_binary(data[:SNIFF_BYTES]):
        raise ReadError(path, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly-UTF-8 with a few stray bytes (pasted from elsewhere, cut mid-character):
    # keep the UTF-8 reading rather than turn every `…` into `â€¦`, and say how many
    # were replaced. A file counts as UTF-8 when at least one in STRAY_RATIO of its
    # non-ASCII sequences is valid UTF-8; Windows-1252 text makes a valid one about once
    # in 10,000 by chance (LitBank and Standard Ebooks texts re-encoded: 1 in 7,600 at most).
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in loose if ord(ch) > 127) - loose.count("\ufffd") + data.count("\ufffd".encode())
    if good > 0 and bad <= STRAY_RATIO * good:
        warnings.warn(ReadWarning(path, STRAY_BYTES.format(count=bad)), stacklevel=3)
        return loose
    return _cp1252(data, path)


def _cp1252(data: bytes, path: str | None) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ReadError(path, ENCODING) from None
    visible = len(data) - sum(data.count(c) for c in b" \t\r\n")
    high = len(data) - len(data.translate(None, _HIGH))
    if visible and high / visible > 0.30:
        raise ReadError(path, ENCODING)
    return text


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL on every other byte for Latin-script text."""
    if len(head) < 8:
        return None
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2], head[1::2]
    n = len(even)
    if odd.count(0) > 0.9 * n and even.count(0) < 0.05 * n:
        return "utf-16-le"
    if even.count(0) > 0.9 * n and odd.count(0) < 0.05 * n:
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or more than 5% bytes that no text file holds."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = head.translate(_CONTROL_TABLE).count(0)
    return controls > 0.05 * len(head)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
