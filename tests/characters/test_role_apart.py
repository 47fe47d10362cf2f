"""A role the dialogue seems to give a named character (`"Come in, Tomas." / "...," said
the baron`) is not theirs when the narration names them and describes the role's holder
apart in one sentence ("Tomas bowed low to the baron")."""

from __future__ import annotations

from tests.characters.test_characters import holder, run

THE_STUDY = """
Tomas knocked at the study door at nine.

"Come in, Tomas," said a voice.

"The carriage is ready," said the baron, without looking up from his letters.

Tomas bowed low to the baron and went out.

The baron finished his letter. The baron sealed it and rang the bell.
"""


def test_a_role_described_beside_the_name_is_someone_else():
    work = run(THE_STUDY)
    tomas = holder(work, "Tomas")
    assert "the baron" not in tomas.aliases
