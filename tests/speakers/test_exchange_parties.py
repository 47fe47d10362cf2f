"""Who answers after a turn that calls several people, and whom a bare he/she between two
lines of an exchange stands for.

- A long turn calling several (`"That will do, Nell! ... And Tom, sit down." ... "Well, Tom,
  here we are."`): the one its last line calls answers, not the one who spoke before.
- `She smiled at him.` between Mr. Hale's and Rosa's lines is Rosa, the exchange's one
  woman, though the characters stage reached for a woman named further back; so is a
  `she asked` tag just after such a narration paragraph.
- A pronoun tag after a narration paragraph that names the exchange's other party
  (`Tom did not see the flicker of a smile on Ralph's face.`) is theirs, not a second turn of the
  one who spoke just before it."""

from __future__ import annotations

from attribution import speaker_at

from ficlens.pipeline import analyze

KITCHEN = """
Mara, Tom and Nell came into the cold kitchen.

"Somebody ought to light the fire," said Nell.

"That will do, Nell!" said Mara. "Go and fetch the wood. And Tom, sit down." Mara waited till the door had shut behind the girl. "Well, Tom, here we are at last."

"Here we are indeed."

Her eyes twinkled.

"You do not sound glad, Tom."
"""

GARDEN = """
Anna Pell went down to the village with the letters, and her sister Rosa stayed behind with Mr. Hale in the garden. Anna did not come back before dark.

"You look tired," said Mr. Hale.

"I did not sleep," said Rosa.

"Then you should rest."

She smiled at him and shook her head.

"I cannot rest while the roof leaks."
"""


def test_the_one_the_last_line_calls_answers():
    work = analyze(KITCHEN.strip() + "\n")
    assert speaker_at(work, "Here we are indeed.") == "Tom"
    assert speaker_at(work, "You do not sound glad") == "Mara"


def test_a_bare_she_between_two_lines_is_the_exchange_s_woman():
    work = analyze(GARDEN.strip() + "\n")
    assert speaker_at(work, "I cannot rest while") == "Rosa"


SHED = """
Anna Pell went down to the village with the letters, and her sister Rosa stayed behind with Mr. Hale in the garden. Anna did not come back before dark.

"You look tired," said Mr. Hale.

"I did not sleep," said Rosa.

"Then you should rest."

Her eyes went to the roof of the shed, where the last tiles hung loose.

"How can I rest while the roof leaks?" she asked.
"""


def test_a_she_tag_after_the_narration_is_the_exchange_s_woman():
    work = analyze(SHED.strip() + "\n")
    assert speaker_at(work, "How can I rest") == "Rosa"


POND = """
Tom Reed and Ralph Cayley walked down to the water together.

"Is that the lake?" asked Tom.

"That is the lake," said Ralph.

"It looks very small for a lake."

Tom did not see the flicker of a smile on Ralph’s face.

"Well, it is really a pond," he said, "but we have always called it the lake."
"""


def test_a_pronoun_tag_after_narration_naming_the_other_party_is_theirs():
    work = analyze(POND.strip() + "\n")
    assert speaker_at(work, "Well, it is really") == "Ralph Cayley"
