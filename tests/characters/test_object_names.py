"""A name right after its verb is that verb's object, not a subject of the sentence: a
"she" later in the sentence goes on with the one who acted, not the one acted on, even
when the one acted on has held the narration's pronouns until then."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.pipeline import analyze

_CHAIN = """Emily Harrow came in from the rain. She was soaked to the skin. She shivered by the door. Her teeth chattered.

"""


def _who(work: Work, phrase: str, word: str) -> str | None:
    at = work.text.index(phrase) + phrase.index(word)
    m = next(m for m in work.mentions if m.start == at)
    c = work.character(m.character)
    return c.name if c else None


def test_a_name_before_an_adverb_ending_in_s_is_no_subject():
    # "upstairs" ends like "walks": Emily is taken up, Clara lights the lamp
    work = analyze(_CHAIN + "Clara Webb took Emily upstairs, and she lit the lamp in the spare room.\n")
    assert _who(work, "and she lit", "she") == "Clara Webb"

