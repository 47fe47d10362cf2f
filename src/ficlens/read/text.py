"""Plain text: decode (UTF-8, BOMs, Windows-1252 fallback) and normalise newlines."""

from __future__ import annotations

import codecs

from ficlens.read.errors import ReadError


def decode(data: bytes, path: str | None = None) -> str:
    if not data.strip():
        raise ReadError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ReadError(path, f"broken UTF-16 text ({e.reason} at byte {e.start})") from None
    else:
        if b"\x00" in data[:4096]:
            raise ReadError(path, "binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
