"""Every bad input gives a ReadError with its exact, documented one-line message."""

import codecs
import io
import os
import zipfile
from pathlib import Path

import pytest
from epubkit import write_epub, xhtml

from ficlens.read import ReadError, epub, read, read_bytes

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"


def error_of(path) -> str:
    with pytest.raises(ReadError) as info:
        read(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return info.value.reason


def make(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_no_such_file(tmp_path):
    assert error_of(tmp_path / "missing.txt") == "no such file"


def test_directory(tmp_path):
    assert error_of(tmp_path) == "is a directory"


def test_permission_denied(tmp_path, monkeypatch):
    path = make(tmp_path, "locked.txt", b"Some story.")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert error_of(path) == "permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(tmp_path):
    path = make(tmp_path, "locked.txt", b"Some story.")
    path.chmod(0)
    try:
        assert error_of(path) == "permission denied"
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_file(tmp_path, data):
    assert error_of(make(tmp_path, "empty.txt", data)) == "empty file"


def test_empty_string():
    with pytest.raises(ReadError) as info:
        read("  \n ")
    assert str(info.value) == "<text>: empty text"


@pytest.mark.parametrize(
    "data",
    [
        b"story text\x00\x00\x01\x02 more",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"ab\x01\x02\x03\x04\x05\x06\x07\x08cd\x0e\x0f\x10\x11\x12\x13",
    ],
    ids=["nul", "png", "pdf", "controls"],
)
def test_binary_file(tmp_path, data):
    assert error_of(make(tmp_path, "story.txt", data)) == "binary file, not text"


def test_plain_zip_is_binary(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "not an ebook")
    assert error_of(make(tmp_path, "archive.txt", buf.getvalue())) == "binary file, not text"


@pytest.mark.parametrize(
    "data",
    [
        b"Plain words \x81\x8d\x9d and more words",  # bytes cp1252 leaves undefined, invalid UTF-8
        "Привет, как твои дела сегодня вечером?".encode("koi8_r"),  # decodes as cp1252, but 70% high bytes
        codecs.BOM_UTF16_LE + b"a\x00\x00\xd8",  # BOM, then a lone surrogate
        codecs.BOM_UTF8 + b"caf\xe9",  # a UTF-8 BOM on Latin-1 bytes
    ],
    ids=["cp1252-undefined", "koi8", "utf16-surrogate", "utf8-bom-latin1"],
)
def test_unknown_text_encoding(tmp_path, data):
    assert error_of(make(tmp_path, "story.txt", data)) == "unknown text encoding (not UTF-8, UTF-16 or Windows-1252)"


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><head><title>t</title></head></html>",
        b"<!DOCTYPE html><html><body>",
        b"<html><body><script>var story = 1;</script></body></html>",
    ],
    ids=["no-body", "truncated", "no-text"],
)
def test_broken_html(tmp_path, data):
    assert error_of(make(tmp_path, "page.html", data)) == "broken HTML (no text could be recovered)"


def test_ao3_page_cut_before_its_chapters(tmp_path):
    page = (FIXTURES / "ao3_multi.html").read_bytes()
    cut = page[: page.index(b'<div id="chapters"')]
    assert error_of(make(tmp_path, "cut.html", cut)) == "broken HTML (no text could be recovered)"


def good_epub(tmp_path, name="ok.epub", **kw) -> Path:
    return write_epub(tmp_path / name, {"c1.xhtml": xhtml("<p>A line of story.</p>")}, "<dc:title>T</dc:title>", **kw)


def test_epub_that_is_not_a_zip(tmp_path):
    path = make(tmp_path, "book.epub", b"just some text pretending")
    assert error_of(path) == "not a valid EPUB (not a zip archive, or truncated)"


def test_truncated_epub(tmp_path):
    data = good_epub(tmp_path).read_bytes()
    path = make(tmp_path, "cut.epub", data[: len(data) // 2])
    assert error_of(path) == "not a valid EPUB (not a zip archive, or truncated)"


def test_epub_without_container(tmp_path):
    assert error_of(good_epub(tmp_path, container=False)) == "not a valid EPUB (META-INF/container.xml is missing)"


def test_epub_whose_opf_is_missing(tmp_path):
    path = tmp_path / "noopf.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="OPS/book.opf"/></rootfiles></container>')
    assert error_of(path) == "not a valid EPUB (package document OPS/book.opf is missing)"


def test_epub_whose_opf_is_not_xml(tmp_path):
    path = tmp_path / "badopf.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>')
        z.writestr("book.opf", "\x00\x01 not xml at all")
    assert error_of(path) == "not a valid EPUB (unreadable book.opf)"


def test_epub_spine_item_missing(tmp_path):
    path = good_epub(tmp_path, spine=["c1.xhtml", "c2.xhtml"])
    assert error_of(path) == "not a valid EPUB (spine item c2.xhtml is missing)"


def test_epub_with_no_text(tmp_path):
    path = write_epub(tmp_path / "blank.epub", {"c1.xhtml": xhtml("<div><img src='x.png'/></div>")})
    assert error_of(path) == "not a valid EPUB (no text in the spine)"


def test_epub_damaged_member(tmp_path):
    path = good_epub(tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("OEBPS/c1.xhtml")
    # flip bytes in the member's compressed data (after its 30-byte local header and name)
    at = info.header_offset + 30 + len(info.filename) + 4
    for i in range(at, at + 8):
        data[i] ^= 0xFF
    assert error_of(make(tmp_path, "bad.epub", bytes(data))) == "not a valid EPUB (damaged member OEBPS/c1.xhtml)"


ZIP_BOMB = "refused: possible zip bomb (over 256 MiB unpacked, over 200:1 compression, or over 10000 members)"


def test_zip_bomb_by_ratio(tmp_path):
    path = good_epub(tmp_path, extra={"OEBPS/padding.bin": b"\x00" * (4 * 1024 * 1024)})
    assert path.stat().st_size < 100_000
    assert error_of(path) == ZIP_BOMB


def test_zip_bomb_by_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(epub, "MAX_UNPACKED", 4096)
    path = good_epub(tmp_path, extra={"OEBPS/big.bin": os.urandom(5000)})
    # the message names the limit in force
    assert error_of(path) == ZIP_BOMB.replace("256 MiB", "4 KiB")


def test_zip_bomb_by_member_count(tmp_path, monkeypatch):
    monkeypatch.setattr(epub, "MAX_MEMBERS", 5)
    path = good_epub(tmp_path, extra={f"OEBPS/f{i}.css": b"p{}" for i in range(5)})
    assert error_of(path) == ZIP_BOMB


def test_zip_bomb_checked_before_decompressing(tmp_path, monkeypatch):
    path = good_epub(tmp_path, extra={"OEBPS/padding.bin": b"\x00" * (4 * 1024 * 1024)})

    def no_open(*a, **k):
        raise AssertionError("decompressed a member of a refused archive")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_open)
    assert error_of(path) == ZIP_BOMB


def test_read_bytes_names_no_file_when_given_none():
    with pytest.raises(ReadError) as info:
        read_bytes(b"")
    assert str(info.value) == "empty file"


def test_error_messages_are_documented():
    doc = (Path(epub.__file__).parent / "errors.py").read_text(encoding="utf-8")
    from ficlens.read import errors

    for name in dir(errors):
        value = getattr(errors, name)
        if name.isupper() and isinstance(value, str):
            assert value.split("{")[0] in doc.split('"""')[1], name


def test_damaged_files_read_or_fail_with_a_read_error(tmp_path):
    """Truncated and byte-flipped AO3 HTML and EPUB: a Work with valid spans, or a ReadError."""
    import random

    from epubkit import calibre_split

    page = (FIXTURES / "ao3_multi.html").read_bytes()
    book = write_epub(tmp_path / "b.epub", calibre_split(page), "<dc:title>T</dc:title>").read_bytes()
    rng = random.Random(20261123)
    for name, data in (("page.html", page), ("book.epub", book)):
        for _ in range(150):
            d = bytearray(data)
            if rng.random() < 0.4:
                d = d[: rng.randrange(len(d))]
            else:
                for _ in range(rng.randint(1, 12)):
                    d[rng.randrange(len(d))] = rng.randrange(256)
            try:
                work = read_bytes(bytes(d), name)
            except ReadError as e:
                assert "\n" not in str(e)
                continue
            for span in [*work.segments, *work.chapters]:
                assert 0 <= span.start <= span.end <= len(work.text)
