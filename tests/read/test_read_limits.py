"""A file too large for a story is refused from its size, before it is read, on one line."""

import json
import os
from pathlib import Path

import pytest
from epubkit import write_epub, xhtml
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.pipeline import Options, analyze
from ficlens.read import MAX_BYTES, ReadError, format_size, parse_size, read, read_bytes

STORY = 'Ilse wound the clock. "Twelve minutes," she said.\n\n"Then we run," Bram said.\n'


def sparse(path: Path, size: int) -> Path:
    """A file that reports `size` bytes but takes no disk space."""
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def no_reading(monkeypatch):
    def refuse(self):
        raise AssertionError("read a file that was too large")

    monkeypatch.setattr(Path, "read_bytes", refuse)


def test_a_file_over_the_default_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = sparse(tmp_path / "dump.txt", MAX_BYTES + 44 * 1024 * 1024)
    no_reading(monkeypatch)
    with pytest.raises(ReadError) as info:
        read(path)
    assert str(info.value) == f"{path}: too large: 300 MiB (the limit is 256 MiB; raise it with --max-bytes)"


def test_the_limit_is_set_from_read_or_options_and_zero_lifts_it(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    with pytest.raises(ReadError, match=r"too large: \d+ bytes \(the limit is 20 bytes"):
        read(path, max_bytes=20)
    with pytest.raises(ReadError, match="too large"):
        analyze(path, Options(max_bytes=20))
    with pytest.raises(ReadError, match="too large"):
        read_bytes(STORY.encode(), "story.txt", max_bytes=20)
    assert read(path, max_bytes=0).text == STORY
    work = analyze(path, Options(max_bytes=len(STORY.encode())))
    assert work.text == STORY and len(work.quotes) == 2


def test_an_epub_may_not_unpack_past_the_same_limit(tmp_path):
    # small on disk, 600 KB of text inside: under a 100 KB limit it is refused, and the
    # message names the limit in force
    path = write_epub(tmp_path / "long.epub", {"c1.xhtml": xhtml("<p>" + "word " * 120_000 + "</p>")}, "<dc:title>T</dc:title>")
    assert path.stat().st_size < 100_000
    with pytest.raises(ReadError) as info:
        read(path, max_bytes=100_000)
    assert info.value.reason.startswith("refused: possible zip bomb (over 97.7 KiB unpacked")
    assert read(path).text.count("word") == 120_000


def test_sizes_read_and_print_in_binary_units():
    assert [parse_size(s) for s in ("300000000", "512M", "512MB", "512MiB", "2g", "1.5K", "0")] == [
        300_000_000, 512 << 20, 512 << 20, 512 << 20, 2 << 30, 1536, 0,
    ]  # fmt: skip
    with pytest.raises(ValueError):
        parse_size("lots")
    assert [format_size(n) for n in (12, 4096, MAX_BYTES, 2_254_857_830)] == ["12 bytes", "4 KiB", "256 MiB", "2.1 GiB"]


def test_analyze_lists_a_too_large_file_and_goes_on(tmp_path):
    folder = tmp_path / "fics"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    sparse(folder / "server.log.txt", 3 << 30)
    out = tmp_path / "out"
    out.mkdir()

    result = CliRunner().invoke(app, ["analyze", str(folder), "--json", str(out)])

    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    line = f"error: {folder / 'server.log.txt'}: too large: 3 GiB (the limit is 256 MiB; raise it with --max-bytes)"
    assert line in result.stderr.splitlines()
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["text"] == STORY


def test_max_bytes_option_raises_or_lowers_the_limit(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    lowered = CliRunner().invoke(app, ["analyze", str(path), "--max-bytes", "10"])
    assert lowered.exit_code == 1
    assert f"{path}: too large: {len(STORY.encode())} bytes (the limit is 10 bytes" in lowered.stderr
    assert CliRunner().invoke(app, ["analyze", str(path), "--max-bytes", "1K"]).exit_code == 0
    bad = CliRunner().invoke(app, ["analyze", str(path), "--max-bytes", "huge"])
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


def test_a_device_or_a_link_to_one_is_refused_at_once(tmp_path):
    link = tmp_path / "story.txt"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), link):
        with pytest.raises(ReadError, match="not a regular file"):
            read(path)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        read(fifo)  # opening it would wait for a writer forever


def test_the_limit_holds_for_the_bytes_read_not_the_size_stat_gave(monkeypatch):
    maps = Path("/proc/self/maps")  # a regular file that stat calls empty
    if not maps.is_file() or maps.stat().st_size:
        pytest.skip("needs Linux /proc")
    asked: list[int] = []
    real_open = Path.open

    class Spy:
        def __init__(self, path, mode):
            self.f = real_open(path, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def read(self, n=-1):
            asked.append(n)
            return self.f.read(n)

    monkeypatch.setattr(Path, "open", lambda self, mode="r": Spy(self, mode))
    with pytest.raises(ReadError, match="too large"):
        read(maps, max_bytes=100)
    assert asked == [101]
