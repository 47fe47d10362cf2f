"""Descriptions in speech tags linked to a member of a user's cast (original passages)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

HARBOUR = """
A man stood at the end of the pier in the rain, and nobody asked his business.

"The boat will not come tonight," said the man.

CHAPTER ONE. THE HARBOUR

Next morning Ned Fallow walked down to the harbour with his sister Wynne. Ned had slept badly and his eyes were red.

"You look like a drowned cat," said Wynne.

Ned laughed and kicked a pebble into the water.

"I feel like one," said the young man. "Let us find some breakfast before the rain starts again."
"""


def test_a_plain_description_is_not_the_listed_stranger_with_the_same_noun():
    cast = [CharacterEntry("a man", pronouns="he"), CharacterEntry("Ned Fallow", aliases=["Ned"], pronouns="he"),
            CharacterEntry("Wynne", pronouns="she")]
    work = run_with_cast(HARBOUR, cast)
    assert speaker_of(work, "The boat will not") == "a man"
    assert speaker_of(work, "I feel like one") == "Ned Fallow"


KITCHEN = """
Old Mrs Vane had died in the night, and by noon the house was full of whispering.

Tamsin came down to the kitchen, where the cook was crying into her apron. "I never thought to see the day, miss," sobbed the old servant. "Forty years I cooked for her." "There, Martha," said Tamsin, taking her hands, "we must be brave for Papa."
"""


def test_a_described_speaker_the_reply_calls_by_name_is_that_cast_member():
    cast = [CharacterEntry("Tamsin", pronouns="she"), CharacterEntry("Martha", pronouns="she"),
            CharacterEntry("Mrs Vane", pronouns="she")]
    work = run_with_cast(KITCHEN, cast)
    assert speaker_of(work, "I never thought") == "Martha"
    assert speaker_of(work, "There, Martha") == "Tamsin"



HALL = """
Ada and her aunt Mrs Gorse were sorting the post at the kitchen table when a cart stopped at the gate and a chaplain in a wet cloak climbed down. Ada ran to the window. "Oh! Look, it is Mr. Pell! Aunt, he has come after all!"

Mrs Gorse only sniffed and went on opening letters.

"I wrote to you at Easter, you know," Ada called from the door. "I said you must visit us."

"And here I am," said the chaplain. "I am glad of it."
"""


def test_a_description_is_the_person_named_right_after_the_same_noun_brought_them_in():
    cast = [CharacterEntry("Ada", pronouns="she"), CharacterEntry("Mrs Gorse", pronouns="she"),
            CharacterEntry("Mr. Pell", pronouns="he")]
    work = run_with_cast(HALL, cast)
    assert speaker_of(work, "And here I am") == "Mr. Pell"
    assert speaker_of(work, "I am glad of it") == "Mr. Pell"


WARD = """
The doctor bent over the cot and listened to the child's chest for a long time, while Mrs. Lowe held the lamp.

"He will sleep now, I think," he said at last. "Where has Mrs. Crump got to?"

"Bless him, he will that!" put in the nurse, who had been dozing by the stove.

The doctor wrote something on a card and pinned it to the blanket. The lamp smoked, and nobody trimmed it.

"Keep him warm tonight," said the doctor, taking up his bag.

He was at the door before he turned back. "Good night, Mrs. Crump," said the doctor.

"Good night, sir," said the nurse.
"""


def test_a_role_the_text_gives_a_cast_member_later_names_her_earlier_lines_too():
    cast = [CharacterEntry("the doctor", pronouns="he"), CharacterEntry("Mrs. Crump", pronouns="she"),
            CharacterEntry("Mrs. Lowe", pronouns="she")]
    work = run_with_cast(WARD, cast)
    assert speaker_of(work, "Good night, sir") == "Mrs. Crump"
    assert speaker_of(work, "Bless him") == "Mrs. Crump"


SCAFFOLD = """
Old Jonas Reed had been judged a thief by the whole town. His son Abel Reed kept away and would not watch.

On the last morning, while the magistrate sat stiffly in his coach, Jonas had turned towards the crowd and lifted his chained hands. "Remember this day," said the condemned man, "for it will come back to you."

Then Tobias Grint, the constable, led the old man back down the steps.
"""


def test_a_description_tag_is_the_named_subject_leading_into_its_quote():
    cast = [CharacterEntry("Jonas Reed", aliases=["Jonas"], pronouns="he"),
            CharacterEntry("Abel Reed", aliases=["Abel"], pronouns="he"),
            CharacterEntry("the magistrate", pronouns="he"), CharacterEntry("Tobias Grint", pronouns="he")]
    work = run_with_cast(SCAFFOLD, cast)
    assert speaker_of(work, "Remember this day") == "Jonas Reed"
    assert speaker_of(work, "for it will come back") == "Jonas Reed"


BARRACKS = """
Ruth had been sewing by the window all afternoon when the knock came.

"You keep a tidy house, mistress," said the postman, stamping the snow from his boots. "I have a letter for your brother."

Ruth took it without a word. Tom Harrow waited by the fire, turning his hat in his hands, until she had read it twice.
"""


def test_without_a_list_a_described_speaker_is_the_man_named_next():
    work = analyze(BARRACKS.strip() + "\n", Options())
    assert speaker_of(work, "You keep a tidy house") == "Tom Harrow"


FERRY = """
The river was high, and Mara waited a long time at the landing, her shawl pulled tight, before she saw the boat come over.

"You'll not cross again tonight," said the ferryman, tying up. "Not with the water like this."

Mara paid him and went up the bank. The ferryman, whose name was Osric, watched her go and then put out his lamp.
"""


def test_a_name_a_relative_clause_states_for_a_described_speaker_is_his_alias():
    work = analyze(FERRY.strip() + "\n", Options())
    c = next(c for c in work.characters if "Osric" in [c.name, *c.aliases])
    q = next(q for q in work.quotes if "not cross again" in work.text[q.start : q.end])
    assert q.speaker == c.id


MARKET_STALL = """
Jonah Pike walked the length of the market twice before he stopped. Jonah was tired and his boots let in the wet.

At the last stall sat an old woman with a basket of eels, who had been watching him since he came in.

"You'll be wanting a bite of supper," she said, holding one up.
"""


def test_a_long_listed_description_written_out_in_the_text_is_that_character():
    cast = [CharacterEntry("Jonah Pike", aliases=["Jonah"], pronouns="he"),
            CharacterEntry("an old woman with a basket of eels", pronouns="she")]
    work = run_with_cast(MARKET_STALL, cast)
    assert speaker_of(work, "You'll be wanting") == "an old woman with a basket of eels"


BUNKS = """
The cabin was dark, and the fire had burned down to coals. Jonah lay awake in the bunk by the window, listening to the wind. Mateo snored in the corner.

"Is anybody asleep?" asked a tired voice.

"Not me," said Jonah. "Come down, Priya. You'll freeze up there."

"I can't sleep," Priya said. "The wind keeps banging the shutter."
"""


def test_an_unnamed_voice_the_reply_calls_by_name_is_that_cast_member():
    cast = [CharacterEntry("Jonah", pronouns="he"), CharacterEntry("Priya", pronouns="she"),
            CharacterEntry("Mateo", pronouns="he")]
    work = run_with_cast(BUNKS, cast)
    assert speaker_of(work, "Is anybody asleep") == "Priya"
    assert speaker_of(work, "Not me") == "Jonah"


TENTS = """
The rain had not stopped since noon. Orla sat under the awning with the map on her knees and a stub of pencil, marking the fords they had tried. Across the camp Bastien was asleep already, and Corwin had gone to his tent an hour before.

"You've drawn the river on the wrong side," said a voice from the nearest tent, thick with sleep.

"Go back to sleep, Corwin."

Orla rubbed out the river and drew it again.
"""


def test_an_unseen_voice_answered_by_name_is_that_character_end_to_end():
    # nobody tags the reply, but an unseen voice is answered by whoever heard it, and the
    # name the reply calls is the voice's
    work = analyze(TENTS.strip() + "\n")
    q = next(q for q in work.quotes if "drawn the river" in work.text[q.start:q.end])
    c = next(c for c in work.characters if c.id == q.speaker)
    assert c.name == "Corwin"


FORGE = """
Thomas hammered at the hinge while Alice held the lamp for him. The forge was cold, and he said so twice.

"Hold it still," he said.

"I am holding it still," Alice said.

"You'll crack it," said a dry voice from the doorway, and the hammer stopped, because Margaret Vell had come home at last and stood there dripping.

Thomas put the hammer down. "You're back," he said.
"""


def test_an_unseen_voice_is_the_newcomer_its_own_sentence_names():
    # the voice is heard first, then seen: its sentence names her, who was nowhere before
    work = analyze(FORGE.strip() + "\n")
    q = next(q for q in work.quotes if "crack it" in work.text[q.start:q.end])
    c = next(c for c in work.characters if c.id == q.speaker)
    assert "Margaret" in c.name
