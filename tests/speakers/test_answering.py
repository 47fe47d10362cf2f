"""A described speaker answering the previous line (`speakers/answering.py`), a plain
"said the girl" for someone already on stage and "said my brother", with a user's
character list."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry

from attribution import run_with_cast, speaker_of


WORKSHOP = """
The old man sat by the stove in the workshop, mending a net, and his son stood at the bench.
Nobody had come in all morning.

"Corin, bring me the lamp," said the old man.

"It is already lit," said the son. "Look at the window."
"""


def test_a_description_answering_a_line_is_the_one_that_line_called():
    cast = [CharacterEntry("the old man", ["Abel Fenn"], "he"), CharacterEntry("Corin", [], "he")]
    work = run_with_cast(WORKSHOP, cast)
    assert speaker_of(work, "Corin, bring") == "the old man"
    assert speaker_of(work, "It is already") == "Corin"
    assert speaker_of(work, "Look at the") == "Corin"


TEAROOM = """
The curate came in late and took the chair that Nell Ashby had kept for him.

"I am so glad to see you," said the girl, who had spoken to nobody all week.

"And I you," he said.

A sharp lady at the next table turned round. Mrs. Pike had heard every word.
"""


def test_said_the_girl_is_the_girl_on_stage_not_the_next_woman_named():
    cast = [CharacterEntry("Nell Ashby", ["Nell"], "she"), CharacterEntry("Mrs. Pike", [], "she"),
            CharacterEntry("the curate", [], "he")]
    work = run_with_cast(TEAROOM, cast)
    assert speaker_of(work, "I am so glad") == "Nell Ashby"


BREAKFAST = """
I came down late. Hugh was already at the table with his newspaper, and Ada poured the tea.

"You have missed the eggs again, Noll," said Ada.

"It runs in the family," said my brother, without looking up. "Father was the same."

"I like to sleep," said I.
"""


def test_said_my_brother_with_a_list_is_the_listed_man_on_stage_not_the_narrator():
    cast = [CharacterEntry("Hugh", [], "he"), CharacterEntry("Ada", [], "she"), CharacterEntry("Noll", [], "he")]
    work = run_with_cast(BREAKFAST, cast)
    assert speaker_of(work, "It runs in") == "Hugh"
    assert speaker_of(work, "Father was") == "Hugh"


HEARTH = """
Old Sam Deller leaned toward the hearth and filled his pipe. My uncle sat across from him.

"A boy should be out in the air. Am I right, Tom?"

"That's what I always say," said my uncle. "Let him run."
"""


def test_said_my_uncle_answering_a_line_that_called_him_is_the_one_called():
    cast = [CharacterEntry("Sam Deller", ["Old Sam"], "he"), CharacterEntry("Tom", [], "he")]
    work = run_with_cast(HEARTH, cast)
    assert speaker_of(work, "That's what") == "Tom"


GARDEN = """
Mr. Hollis walked out early, as he did every morning, to look at his roses.

"You keep a fine garden, sir," said a young gardener at the gate.

"It is my one pleasure," said Hollis, "now that my knees are bad."

"Then come and see mine," said the young man, "for I think you will like it better."
"""


def test_a_description_answering_a_named_reply_is_the_one_who_spoke_before_it():
    from ficlens.pipeline import Options, analyze

    work = analyze(GARDEN.strip() + "\n", Options())
    first = speaker_of(work, "You keep a fine")
    assert first != speaker_of(work, "It is my one")
    assert speaker_of(work, "Then come and see") == first
    assert speaker_of(work, "for I think") == first



TERRACE = """
Mr. Hollis and Ned Vale had spent the whole afternoon on the terrace, watching the boats come in. Ned had not touched his brushes.

When the bell rang for supper, Hollis stood up. "I had better go in, Ned," he said, "but first tell me about the harbour picture."

"Which picture do you mean?" said the painter, not looking up from the sketchbook.
"""


def test_a_description_answering_a_turn_that_called_a_name_in_its_first_part():
    from ficlens.pipeline import Options, analyze

    work = analyze(TERRACE.strip() + "\n", Options())
    assert speaker_of(work, "I had better") == "Mr. Hollis"
    assert speaker_of(work, "Which picture") == "Ned Vale"
