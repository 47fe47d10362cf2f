"""Plain text: encodings, newline normalisation, offsets, and read(str)."""

import codecs

import pytest

from ficlens.read import read, read_bytes
from ficlens.read.errors import ReadWarning

STORY = 'Café at dawn.\n"Ça va?" asked Zoë — softly.\n\nThe kettle sang.\n'


@pytest.mark.parametrize(
    "encoded",
    [
        STORY.encode("utf-8"),
        codecs.BOM_UTF8 + STORY.encode("utf-8"),
        codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
        STORY.encode("utf-16-le"),  # no BOM: found by the NUL pattern
        STORY.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoded):
    path = tmp_path / "story.txt"
    path.write_bytes(encoded)
    work = read(path)
    assert work.text == STORY
    assert work.source.format == "text"
    assert work.source.path == str(path)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_become_lf_and_offsets_match_the_file(tmp_path, newline):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.replace("\n", newline).encode("utf-8"))
    work = read(path)
    assert work.text == STORY
    # offsets are into the decoded, normalised file: the same text a user reopens with universal newlines
    with open(path, encoding="utf-8") as f:
        assert f.read() == work.text
    start = work.text.index('"Ça va?"')
    assert work.text[start : start + 8] == '"Ça va?"'


def test_mixed_line_endings(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"one\r\ntwo\rthree\nfour")
    assert read(path).text == "one\ntwo\nthree\nfour"


def test_utf8_with_a_stray_byte_stays_utf8():
    # one bad byte (a cp1252 apostrophe pasted in) must not turn every accent into mojibake
    data = "Zoë and Renée met at the café. It".encode() + b"\x92" + b"s late."
    with pytest.warns(ReadWarning, match="1 invalid UTF-8"):
        text = read_bytes(data, "x.txt").text
    assert text.startswith("Zoë and Renée met at the café.")
    assert "\ufffd" in text


def test_a_few_bad_bytes_among_fewer_good_ones_stay_utf8_with_a_warning():
    # one `…` and three cp1252 marks pasted in: the file is UTF-8 with three bad bytes
    data = "Wait\u2026 she said.\n".encode() + b"bad \x92 byte \x93x\x94\n"
    with pytest.warns(ReadWarning, match=r"x.txt: 3 invalid UTF-8 byte sequence\(s\) replaced"):
        text = read_bytes(data, "x.txt").text
    assert text.startswith("Wait\u2026 she said.")
    assert text.count("\ufffd") == 3


def test_clean_utf8_and_cp1252_files_read_without_a_warning(recwarn):
    read_bytes(STORY.encode("utf-8"), "a.txt")
    read_bytes(STORY.encode("cp1252"), "b.txt")
    assert not [w for w in recwarn if issubclass(w.category, ReadWarning)]


def test_a_cp1252_file_with_one_chance_utf8_pair_is_still_cp1252():
    # "Ü™" in cp1252 is the bytes C3 99, a valid UTF-8 pair, among many bad sequences
    text = "Caf\u00e9 cr\u00e8me, na\u00efve r\u00f4le. " * 4 + "\u00dc\u2122 done."
    assert read_bytes(text.encode("cp1252"), "x.txt").text == text


def test_cp1252_curly_quotes():
    data = b"\x93Hello,\x94 she said. \x85 It\x92s fine."
    assert read_bytes(data, "x.txt").text == "\u201cHello,\u201d she said. \u2026 It\u2019s fine."


def test_read_string_with_newline_is_story_text():
    work = read("Line one.\r\nLine two.")
    assert work.text == "Line one.\nLine two."
    assert work.source.format == "string"
    assert work.source.path is None


def test_read_string_without_newline_is_a_path(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Just one line of story.", encoding="utf-8")
    assert read(str(path)).text == "Just one line of story."


def test_sha256_is_of_the_file_bytes(tmp_path):
    import hashlib

    data = STORY.encode("utf-16")
    path = tmp_path / "s.txt"
    path.write_bytes(data)
    assert read(path).source.sha256 == hashlib.sha256(data).hexdigest()
