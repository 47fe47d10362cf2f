"""Which quotes a tag or beat reaches inside its paragraph, on short original passages
run through the whole pipeline."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import analyze

from attribution import run_with_cast, speaker_of


def test_a_pronoun_tag_is_the_man_the_paragraph_names_at_its_close():
    # Harold is named last before the `he`, but the paragraph closes on Walter's own beat
    text = """
Walter Reed waited on the platform while the porter stacked the trunks. Harold Finch had
promised to come down from the hills by the noon train.

"Is your friend not here yet?" the porter asked.

Harold Finch was nowhere in sight.

"No," he replied, "not yet. Harold would be late for his own wedding. How long have we?" Walter glanced at the clock.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "No") == "Walter Reed"
    assert speaker_of(work, "not yet") == "Walter Reed"


def test_a_tag_between_the_parts_of_a_line_outweighs_the_sentence_after_it():
    # `Pell smiled` after the second part is the ferryman's reaction, not a tag of that part
    text = """
Pell the ferryman leaned on his pole and would not push off until Mara Quill paid.
At last Mara counted the coins into his palm and asked, "Is that enough for two?" "Two," Mara added, "and the dog goes free." Pell smiled, and looked the dog over for a long time.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Two") == "Mara Quill"
    assert speaker_of(work, "and the dog goes free") == "Mara Quill"


def test_a_beat_opening_on_a_bare_pronoun_is_not_the_owner_of_the_hand_it_squeezes():
    # `She squeezed his hand`: the subject is the `she`, not Tom, whose hand it is; the
    # beat gives Tom no line (only the alternation may still guess him)
    text = """
The coach was late again, and the yard was full of steam from the horses. Tom Ashby sat on his box of books.

"Have you got your ticket safe?"

"Safe enough," said Tom.

"Write every Sunday, mind, or I'll come and fetch you myself." She squeezed his hand. "Off you go, then," she said, louder than she meant to.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Safe enough") == "Tom Ashby"
    line = next(q for q in work.quotes if work.text[q.start : q.end].startswith('"Write every'))
    assert line.evidence != "anaphoric"


def test_an_aside_in_brackets_after_a_line_is_no_beat():
    # `(Rufus was the pony.)` explains a name in the line; Rufus says nothing
    text = """
Jenny had ridden Rufus every day of the summer, and Rufus had thrown her only twice.
On the long ride home she talked aloud to keep herself awake.

"Rufus has earned a whole bucket of oats tonight, and no mistake!" (Rufus was the pony.) "And I have earned my supper."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Rufus has earned") == "Jenny"


def test_the_one_who_cannot_guess_what_she_meant_did_not_say_the_line():
    text = """
Miss Lark put down her basket on the schoolroom table and did not take off her hat.
Sam went on with his sums for a while.

"You might ask me where I have been all morning," she said.

"Where have you been?"

"At the station, seeing your cousins off."

"Are they coming back?"

"They have gone over the sea. It will be a long while." Sam could not guess what she meant.

"How long?"
"""
    work = run_with_cast(text, [CharacterEntry("Miss Lark", [], "she"), CharacterEntry("Sam", [], "he")])
    assert speaker_of(work, "They have gone over") == "Miss Lark"
    assert speaker_of(work, "How long") == "Sam"


def test_talked_of_introduces_the_line_of_those_who_talk():
    # `talked of` before a line is a tag; the sentence after it is about other boys
    text = """
Kit had a boat of his own that spring, though it leaked.

At supper the twins talked of "Who gets the boat when Kit goes to sea?" until their father sent them up to bed. The older boys paid them no heed.
"""
    cast = [CharacterEntry("Kit", [], "he"), CharacterEntry("the twins", [], "they"), CharacterEntry("The older boys", [], "they")]
    work = run_with_cast(text, cast)
    assert speaker_of(work, "Who gets the boat") == "the twins"


def test_one_carried_away_in_the_beat_does_not_say_the_line():
    # `Teddy, still asleep, was carried away`: the sleeping child is moved, he does not answer
    text = """
Dr. Moss lifted little Teddy out of the cradle and gave him to Hannah Bell. Teddy slept on.

"Keep him warm tonight, and send for me if the cough comes back."

"Yes, doctor." Teddy, still asleep, was carried away up the back stairs.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Yes, doctor") == "Hannah Bell"


def test_a_paragraph_ending_on_a_speech_verb_and_a_dash_tags_the_next_line():
    # `... he answered—`: the dash opens the next paragraph's line like a colon
    text = """
Tobin and Marek walked down to the river, and Nell followed them with the basket.

"Shall we cross here?" Nell asked.

Marek frowned at the brown water, and after a while he answered—

"Not here. The ford is lower down."
"""
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he"), CharacterEntry("Nell", [], "she")]
    work = run_with_cast(text, cast)
    q = next(q for q in work.quotes if work.text[q.start : q.end].startswith('"Not here'))
    assert q.evidence == "anaphoric"
    assert speaker_of(work, "Not here") == "Marek"


def test_and_said_goes_on_from_the_clause_after_the_last_semicolon():
    # `...; but Nell put her head in at the door, and said`: Nell, not the sentence's first subject
    text = """
The kitchen was quiet.

Tobin was asleep by the stove; Marek did not look up from his book; but Nell put her head in at the door, and said at once:

"The cart is here."
"""
    cast = [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he"), CharacterEntry("Nell", [], "she")]
    work = run_with_cast(text, cast)
    assert speaker_of(work, "The cart") == "Nell"


def test_one_about_to_speak_did_not_say_the_line_around_it():
    # `"No, no," as Tobin was about to speak, "hear me first."`: Marek's, who interrupts him
    text = """
Tobin and Marek stood at the gate.

Marek watched him closely. "You will not go," he said. "No, no," as Tobin was about to speak, "hear me first."
"""
    work = run_with_cast(text, [CharacterEntry("Tobin", [], "he"), CharacterEntry("Marek", [], "he")])
    assert speaker_of(work, "No, no") == "Marek"
    assert speaker_of(work, "hear me") == "Marek"
