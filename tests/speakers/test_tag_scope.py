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

"No," he replied, "not yet. Harold is always late for everything, and I never mind it. Will the train be long?" Walter wound up.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "No") == "Walter Reed"
    assert speaker_of(work, "not yet") == "Walter Reed"


def test_a_tag_between_the_parts_of_a_line_outweighs_the_sentence_after_it():
    # `She smiled` after the second part is the innkeeper's own beat, not a tag of that part
    text = """
The door of the inn opened before I could knock, and a stout woman in a blue apron looked me over.
When I stepped in she curtsied and said, "The gentleman from the coast?" "Yes," I said, "Arthur Penrose." She smiled, and called a boy to take my bag up the stairs.
"""
    work = analyze(text.strip() + "\n")
    narrator = speaker_of(work, "Yes")
    assert narrator is not None
    assert speaker_of(work, "Arthur Penrose") == narrator


def test_a_beat_opening_on_a_bare_pronoun_is_not_the_owner_of_the_hand_it_takes():
    # `He gripped her shoulder`: the subject is the unnamed `he`, not Nora, whose shoulder it is; the
    # beat gives Nora no line (only the alternation may still guess her)
    text = """
The guard had left them alone on the quay, and the lamps were going out one by one. Nora Hale held the letter.

"You know what to do with it?"

"I know," said Nora.

"Then go now, before the tide turns." He gripped her shoulder. "Safe crossing," he said, louder now.
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "I know") == "Nora Hale"
    line = next(q for q in work.quotes if work.text[q.start : q.end].startswith('"Then go now'))
    assert line.evidence != "anaphoric"


def test_an_aside_in_brackets_after_a_line_is_no_beat():
    # `(Rufus was the pony.)` explains a name in the line; Rufus says nothing
    text = """
Meg had left Rufus at the farm that morning, and Rufus had stamped in his stall as the cart pulled away.
The lane was long and empty, and after a mile of ruts Meg started chattering once more.

"Rufus will sulk all evening, I bet!" (Rufus was the pony.) "I hope they remember his oats."
"""
    work = analyze(text.strip() + "\n")
    assert speaker_of(work, "Rufus will sulk") == "Meg"


def test_talked_of_introduces_the_line_of_those_who_talk():
    # `talked of` before a line is a tag; the sentence after it only describes other girls
    text = """
Ada counted the weeks to the end of the last term.

At every supper in the long hall the cousins talked of "Which of us will see the sea first?" The girls at the far table only rolled their eyes and passed the bread.
"""
    cast = [CharacterEntry("Ada", [], "she"), CharacterEntry("the cousins", [], "they"), CharacterEntry("the girls", [], "they")]
    work = run_with_cast(text, cast)
    assert speaker_of(work, "Which of us will see") == "the cousins"


def test_the_one_who_does_not_know_what_she_meant_did_not_say_the_line():
    text = """
Aunt Clara came into the nursery in her travelling cloak and sat down by the window. Robin
looked up from his fort of cushions; Robin had not seen her since the spring.

"Have you no question for me about the farm?" she said after a while.

"Sorry. Is the farm all right?"

"The farm is thriving."

"That's good, then."

"But the old dog has gone away. You won't see him again." Robin could not see what she meant.

"Why not?"
"""
    work = run_with_cast(text, [CharacterEntry("Aunt Clara", [], "she"), CharacterEntry("Robin", [], "he")])
    assert speaker_of(work, "But the old dog") == "Aunt Clara"
    assert speaker_of(work, "Why not") == "Robin"
