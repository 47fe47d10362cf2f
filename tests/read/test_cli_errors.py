"""End to end: a folder run reads the good files, lists the bad ones, exits non-zero."""

import json
import zipfile
from pathlib import Path

from epubkit import write_epub, xhtml
from typer.testing import CliRunner

from ficlens.cli import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "read"
STORY = 'Wren opened the gate. "It sings," she said.\n\nTomas laughed. "Only for you."\n'


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_folder_with_bad_files(tmp_path):
    folder = tmp_path / "a folder [with brackets] and a rather long name to make the lines wide"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "ledger.html").write_bytes((FIXTURES / "ao3_single.html").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 story? \x00\x00")
    (folder / "broken.epub").write_bytes(b"PK\x03\x04 cut short")
    bomb = write_epub(folder / "bomb.epub", {"a.xhtml": xhtml("<p>x</p>")})
    with zipfile.ZipFile(bomb, "a") as z:
        z.writestr("zeros.bin", b"\x00" * (4 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    out = tmp_path / "out"
    out.mkdir()

    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", str(out)])

    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    expected = {
        f"{folder / 'empty.txt'}: empty file",
        f"{folder / 'binary.txt'}: binary file, not text",
        f"{folder / 'broken.epub'}: not a valid EPUB (not a zip archive, or truncated)",
        f"{folder / 'bomb.epub'}: refused: possible zip bomb (over 256 MiB unpacked, over 200:1 compression, or over 10000 members)",
    }
    # each failure is one whole line as it happens ...
    assert {line.removeprefix("error: ") for line in error_lines(result.stderr)} == expected
    # ... and the list at the end names each again, one line each
    tail = result.stderr.split("4 file(s) failed:")[1].splitlines()
    assert {line.strip() for line in tail if line.strip()} == expected
    # the good files were still processed
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "ledger.json"]
    assert result.stderr.count("error: ") == 4
    ledger = json.loads((out / "ledger.json").read_text(encoding="utf-8"))
    assert ledger["source"]["format"] == "ao3_html"
    assert ledger["meta"]["tags"]["relationship"] == ["Ines/Dalia"]


def test_single_missing_file_says_so(tmp_path):
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(app, ["analyze", str(missing)])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: {missing}: no such file"]
    assert "Traceback" not in result.stderr


def test_single_bad_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Привет, как твои дела сегодня вечером?".encode("koi8_r"))
    result = CliRunner().invoke(app, ["analyze", str(path)])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: {path}: unknown text encoding (not UTF-8, UTF-16 or Windows-1252)"]


def test_same_name_html_and_epub_write_two_reports(tmp_path):
    from epubkit import calibre_split

    folder = tmp_path / "in"
    folder.mkdir()
    page = (FIXTURES / "ao3_multi.html").read_bytes()
    (folder / "ledger.html").write_bytes(page)
    write_epub(folder / "ledger.epub", calibre_split(page), "<dc:title>The Keeper's Ledger</dc:title>")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", str(out)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["ledger.epub.json", "ledger.html.json"]
    html, epub = (json.loads((out / n).read_text(encoding="utf-8")) for n in ("ledger.html.json", "ledger.epub.json"))
    assert html["source"]["format"] == "ao3_html" and epub["source"]["format"] == "epub"
    assert html["text"] == epub["text"]
    assert html["chapters"] == epub["chapters"]
