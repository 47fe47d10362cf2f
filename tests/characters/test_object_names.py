"""A name in object position or in a relative clause is no subject of the sentence: a
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



def test_the_subject_of_a_relative_clause_is_not_the_sentence_subject():
    # "which Peter had brought" says whose lantern; the "he" who lights it is Owen
    text = """Peter Lowe and Owen Marsh reached the hut after dark. Peter Lowe went out again at once to see to the horses.

Owen Marsh sat down on the cold floor. He was tired and hungry. His feet ached. His eye fell on the lantern which Peter had brought from the cart, and he lit it with his last match.
"""
    work = analyze(text)
    assert _who(work, "and he lit", "he") == "Owen Marsh"


def test_the_subject_of_a_when_clause_pronoun_is_not_the_sentence_subject():
    # "When he looked up" is Owen, but the sentence is about Peter in the doorway: the
    # "he" after "and" goes on with Peter
    text = """Peter Lowe went on ahead to find the farm.

Owen Marsh sat down by the fire in the hut and pulled off his boots. He was tired, and his feet ached. He rubbed them, and he held them to the fire, and he sighed. When he looked up at last, Peter was standing in the doorway, and he was soaked through.
"""
    work = analyze(text)
    assert _who(work, "he looked up", "he") == "Owen Marsh"
    assert _who(work, "he was soaked", "he") == "Peter Lowe"


def test_an_object_pronoun_may_be_the_subject_of_the_clause_before():
    # "Peter was ignoring him": not Peter, the subject of its clause, but Owen, the
    # subject of the clause before "and", is the "him"
    text = """Tom Reed came in late, shook the rain off his hat, and sat down by the door.

By the stove Owen Marsh was telling Peter Lowe about the horses, and Peter was ignoring him.
"""
    work = analyze(text)
    assert _who(work, "ignoring him", "him") == "Owen Marsh"


def test_an_object_pronoun_after_a_possessed_subject_may_be_the_sentence_subject():
    # "his men edge away from him": the men are the subject of that clause, so "him" is
    # Owen, who saw them, not Peter at the back
    text = """Peter Lowe stood at the back of the crowd with his hands in his pockets.

Owen Marsh climbed onto the cart. He was pale, and his voice shook when he spoke. He saw his men edge away from him.
"""
    work = analyze(text)
    assert _who(work, "away from him", "him") == "Owen Marsh"


def test_an_object_pronoun_after_an_object_name_may_be_the_sentence_subject():
    # "told Tom Reed to wait for him": Tom is the one to wait, so "him" is Owen
    text = """Peter Lowe stood at the back of the crowd with his hands in his pockets.

Owen Marsh climbed onto the cart. He was pale, and his voice shook when he spoke. He told Tom Reed to wait for him.
"""
    work = analyze(text)
    assert _who(work, "wait for him", "him") == "Owen Marsh"


def test_the_subject_of_a_that_clause_pronoun_is_not_the_sentence_subject():
    # "that he had slept" is Owen; Peter in the doorway is the "he" soaked through
    text = """Peter Lowe went on ahead to find the farm.

Owen Marsh sat down by the fire in the hut and pulled off his boots. He was tired, and his feet ached. He rubbed them, and he held them to the fire, and he sighed. It seemed that he had slept for a long time, for Peter was standing in the doorway, and he was soaked through.
"""
    work = analyze(text)
    assert _who(work, "he had slept", "he") == "Owen Marsh"
    assert _who(work, "he was soaked", "he") == "Peter Lowe"
