"""A line opening an exchange that the narration next to it shows reaching the first-
or second-person narrator (`"Where were you?" Ada said from behind me.`) is answered by
the narrator, not by the one who spoke before the narration."""

from __future__ import annotations

from attribution import run_with_cast, speaker_at

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import analyze

FIRST = """I was late again, and I knew it. I hung my coat on the hook by the door and I tried to look as if I had been there all evening.

"The soup is cold," said Tom.

"It was hot at six," Ada said.

"Then it is my fault, is it?"

The kettle began to sing on the stove.

"Where were you?" Ada said from behind me.

"At the docks."

"All night?"
"""

SECOND = """You are late again, and you know it. You hang your coat on the hook by the door. You try to look as if you have been there all evening. You fail. Nobody here calls you anything but Y/N.

"The soup is cold," says Tom.

"It was hot at six," Ada says.

"Then it is my fault, is it?"

The kettle begins to sing on the stove.

"Where were you?" Ada says from behind you.

"At the docks."

"All night?"
"""


def test_the_first_person_narrator_answers_a_line_said_behind_them():
    work = analyze(FIRST)
    assert speaker_at(work, "At the docks.") == "narrator"


def test_the_reader_answers_a_line_said_behind_them():
    cast = [CharacterEntry(name="Y/N"), CharacterEntry(name="Tom", pronouns="he"), CharacterEntry(name="Ada", pronouns="she")]
    work = run_with_cast(SECOND, cast)
    assert speaker_at(work, "At the docks.") == "Y/N"
