"""Names the tag itself proves: a common word as a tag's speaker, a name written with "the"."""

from __future__ import annotations

from ficlens.pipeline import analyze

RANCH = """
The riders sat along the corral fence in the evening sun, watching the new colt.

"He'll never carry a saddle," Dusty said, and spat into the dust.

"He'll carry mine by Sunday," Welsh drawled, not looking up from his rope.

"You talk big," Dusty said.

"I do more than talk," Welsh answered. "Wait and see."

"Sunday, then," said Welsh, and swung down off the rail.

"Bet you a dollar he throws you," remarked Welsh.
"""

WOOD = """
Under the oaks the Grey Badger sat at his door, as he did every evening.

"The river is rising," said the Grey Badger to the children. "Keep away from the bank."

The children promised, and the Grey Badger went in. Later the Grey Badger came out again.
"""


def _speaker(work, line: str) -> set[str]:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next(c for c in work.characters if c.id == q.speaker)
    return {c.name, *c.aliases}


def test_a_nationality_word_that_tags_lines_is_the_speakers_name():
    work = analyze(RANCH.strip() + "\n")
    assert "Welsh" in _speaker(work, "carry mine by Sunday")
    assert "Welsh" in _speaker(work, "more than talk")
    assert "Dusty" in _speaker(work, "never carry a saddle")
    assert "Welsh" in _speaker(work, "Bet you a dollar")


def test_a_name_always_written_after_the_article_keeps_it_as_an_alias():
    work = analyze(WOOD.strip() + "\n")
    assert "the Grey Badger" in _speaker(work, "The river is rising")


GATE = """
I was mending the fence when my old comrade, Captain Ned Harrow, rode up to the gate.

"Still at work?" said Harrow, swinging down from the saddle.

"Always," I said.
"""


def test_a_description_in_apposition_before_a_name_is_one_of_its_aliases():
    work = analyze(GATE.strip() + "\n")
    names = _speaker(work, "Still at work?")
    assert "Ned Harrow" in names and "my old comrade" in names
