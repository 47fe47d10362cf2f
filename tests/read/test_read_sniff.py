"""Format sniffing by content, and folder walking with iter_paths."""

import zipfile
from pathlib import Path

from epubkit import write_epub, xhtml

from ficlens.read import iter_paths, read, sniff

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def test_sniff_by_content():
    assert sniff(b"<!DOCTYPE html>\n<html><body>x</body></html>") == "html"
    assert sniff(b"\n\n   <HTML lang='en'><p>x</p></HTML>") == "html"
    assert sniff("<html>x</html>".encode("utf-16")) == "html"
    assert sniff(b"She said <html> is a tag, once.") == "text"  # in the first KB, but prose first
    assert sniff(b"<?xml version='1.0'?>\n<html><body/></html>") == "html"
    assert sniff(b"Once upon a time.") == "text"
    assert sniff(b"<p>A fragment</p>", "frag.htm") == "html"
    assert sniff(b"<p>A fragment</p>", "frag.txt") == "text"
    assert sniff(PNG, "cover.txt") == "binary"
    assert sniff(b"not a zip", "x.epub") == "epub"


def test_sniff_zip_kinds(tmp_path):
    epub = write_epub(tmp_path / "b.epub", {"a.xhtml": xhtml("<p>x</p>")}).read_bytes()
    assert sniff(epub) == "epub"
    plain = tmp_path / "p.zip"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("a.txt", "x")
    assert sniff(plain.read_bytes()) == "zip"
    # an EPUB whose mimetype entry is missing is still known by its container.xml
    odd = tmp_path / "odd"
    with zipfile.ZipFile(odd, "w") as z:
        z.writestr("META-INF/container.xml", "<container/>")
    assert sniff(odd.read_bytes()) == "epub"


def test_html_with_a_txt_name_is_read_as_html(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes((FIXTURES / "ao3_single.html").read_bytes())
    assert read(path).source.format == "ao3_html"


def build_folder(root: Path) -> None:
    (root / "a.txt").write_text("A story.\n", encoding="utf-8")
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "b.html").write_text("<html><body><p>B.</p></body></html>", encoding="utf-8")
    (root / "sub" / "deeper" / "chapter_three").write_text("No extension, plain story.\n", encoding="utf-8")
    (root / "sub" / "saved_page").write_bytes(b"<!DOCTYPE html><html><body><p>C.</p></body></html>")
    write_epub(root / "sub" / "book_without_extension", {"a.xhtml": xhtml("<p>D.</p>")})
    (root / "sub" / "weird.ext").write_text("Unknown extension, still text.\n", encoding="utf-8")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (root / "cover").write_bytes(PNG)  # an image without an extension
    (root / "blob.dat").write_bytes(bytes(range(256)) * 4)
    (root / "gold.json").write_text('{"quotes": []}', encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (root / "empty_note").write_bytes(b"")
    (root / "bad.txt").write_bytes(b"")  # a story extension: taken, and read() reports it
    (root / "README.md").write_text("# My fics\n", encoding="utf-8")
    (root / "sub" / "LICENSE").write_text("All rights reserved.\n", encoding="utf-8")


def test_iter_paths_walks_folders_by_extension_and_sniffing(tmp_path):
    build_folder(tmp_path)
    failures: list[str] = []
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path], failures)]
    assert found == [
        "a.txt",
        "bad.txt",
        "sub/b.html",
        "sub/book_without_extension",
        "sub/saved_page",
        "sub/weird.ext",
        "sub/deeper/chapter_three",
    ]
    assert failures == []


def test_iter_paths_keeps_given_files_and_reports_missing_ones(tmp_path):
    (tmp_path / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    failures: list[str] = []
    missing = tmp_path / "nope.txt"
    found = list(iter_paths([tmp_path / "cover.jpg", missing], failures))
    assert found == [tmp_path / "cover.jpg"]  # named explicitly: read() will say what is wrong
    assert failures == [f"{missing}: no such file"]


def test_every_walked_file_reads_or_fails_cleanly(tmp_path):
    from ficlens.read import ReadError

    build_folder(tmp_path)
    formats = {}
    for path in iter_paths([tmp_path], []):
        try:
            formats[path.name] = read(path).source.format
        except ReadError as e:
            formats[path.name] = e.reason
    assert formats == {
        "a.txt": "text",
        "bad.txt": "empty file",
        "b.html": "html",
        "book_without_extension": "epub",
        "saved_page": "html",
        "weird.ext": "text",
        "chapter_three": "text",
    }


def test_iter_paths_skips_fifos_and_dangling_links(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        import pytest

        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "story.txt").write_text("A story.\n", encoding="utf-8")
    assert [p.name for p in iter_paths([tmp_path], [])] == ["story.txt"]


def test_prose_that_starts_like_a_short_magic_number_is_text():
    assert sniff(b"BMX bikes lined the fence.") == "text"
    assert sniff(b"MZ had never liked the harbour.") == "text"
    assert read_text_of(b"BMX bikes lined the fence.") == "BMX bikes lined the fence."


def read_text_of(data: bytes) -> str:
    from ficlens.read import read_bytes

    return read_bytes(data, "s.txt").text
