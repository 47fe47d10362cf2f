"""One the narration keeps silent between two lines (`Emmy made no reply.`) said neither
of them: `made no reply` is no speech tag of the line before (`speakers.clauses`) nor a
beat of the line after (`speakers.beats`)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

SILENT_BETWEEN = """
Emmy sat by the window with her book.

Mrs. Powers came in with a hatbox and lifted out a green hat.

"Do you like it?" Emmy made no reply. "I think it suits me, don't you?"
"""


def test_one_who_makes_no_reply_between_two_lines_said_neither():
    cast = [CharacterEntry("Emmy", [], "she"), CharacterEntry("Mrs. Powers", [], "she")]
    work = analyze(SILENT_BETWEEN.strip() + "\n", Options(characters=cast))
    assert speaker_of(work, "Do you like") == "Mrs. Powers"
    assert speaker_of(work, "I think it suits") == "Mrs. Powers"
