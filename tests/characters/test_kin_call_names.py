"""A nursery parent word written as a name in the narration ("Mum came in with the
tea") is a character: her lines find her. After an owner or an article ("Ollie's Dad",
"the Boss") it stays a description, and a word only called out ("Night, Mum.") makes
no one of its own (original passages)."""

from __future__ import annotations

from attribution import speaker_of

from ficlens.pipeline import Options, analyze

STEP = """
Ollie sat on the back step with his boots unlaced and watched the rain come over the allotments.

Mum came in with the tea and set it down beside him.

"You'll catch your death out here," she said.

"I'm fine," Ollie said. "Really."

After a while Mum sat down beside him anyway and pulled her cardigan tight.

"Drink that before it goes cold," she said.
"""

OWNED = """
Ollie sat on the back step with his boots unlaced and watched the rain come over the allotments.

Ollie's Dad had gone to the shop an hour ago. The Boss at the depot had rung twice.

"He'll be back," Ollie said to the cat.
"""

CALLED = """
Ollie sat on the back step with his boots unlaced and watched the rain come over the allotments.

"Night, Mum," Ollie said, and went up.

"Night, love," said Mrs. Pruett.
"""


def _names(text: str) -> set[str]:
    return {c.name for c in analyze(text.strip() + "\n", Options()).characters}


def test_mum_in_the_narration_is_a_character() -> None:
    work = analyze(STEP.strip() + "\n", Options())
    assert "Mum" in {c.name for c in work.characters}
    assert speaker_of(work, "Drink that") == "Mum"


def test_an_owned_kin_word_is_no_name() -> None:
    names = _names(OWNED)
    assert "Dad" not in names and "Boss" not in names


def test_a_kin_word_only_called_out_makes_no_one() -> None:
    assert "Mum" not in _names(CALLED)
