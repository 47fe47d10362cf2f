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
      without a BOM the bytes must be UTF-8 (a few stray bad bytes among valid UTF-8 are
      replaced with U+FFFD), else Windows-1252, which is accepted only when every byte is
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
- ``refused: possible zip bomb (over 256 MiB unpacked, over 200:1 compression, or over 10000 members)``
      Checked on the declared sizes before anything is decompressed, and again on the
      bytes actually read (a member may lie about its size).
"""

from __future__ import annotations

import zipfile
import zlib

NOT_FOUND = "no such file"
IS_DIRECTORY = "is a directory"
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
    "refused: possible zip bomb (over 256 MiB unpacked, over 200:1 compression, or over 10000 members)"
)

# What zipfile raises on a damaged or odd archive (NotImplementedError: an unknown zip
# version or compression method; RuntimeError: an encrypted member).
ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, ValueError, EOFError,
    NotImplementedError, RuntimeError, KeyError,
)  # fmt: skip


class ReadError(Exception):
    """A file that cannot be read as a story; `reason` is one of the messages above."""

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
