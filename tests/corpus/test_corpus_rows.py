"""How a work maps to rows: the title a plain-text work is listed under."""

from __future__ import annotations

from ficlens import analyze
from ficlens.corpus import work_rows

STORY = '"Come in," said Ann.\n\n"Thank you," said Bram.\n'


def _title(work, path):
    return work_rows(work, "w1", path)["works"][0][3]


def test_plain_text_without_a_title_is_listed_under_its_file_name(tmp_path):
    path = tmp_path / "the_long_night.txt"
    path.write_text(STORY)
    work = analyze(path)
    assert work.meta.title is None  # the JSON keeps saying the text has none
    assert _title(work, str(path)) == "the_long_night"


def test_a_title_the_text_gives_wins_over_the_file_name(tmp_path):
    path = tmp_path / "draft3.txt"
    path.write_text("Title: Harbour Lights\n\n" + STORY)
    assert _title(analyze(path), str(path)) == "Harbour Lights"
