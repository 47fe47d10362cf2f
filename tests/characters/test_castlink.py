"""Descriptions in speech tags linked to a member of a user's cast (original passages)."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

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

Lucy came down to the kitchen, where the cook was crying into her apron. "I never thought to see the day, miss," sobbed the old servant. "Forty years I cooked for her." "There, Hannah," said Lucy, taking her hands, "we must be brave for Papa."
"""


def test_a_described_speaker_the_reply_calls_by_name_is_that_cast_member():
    cast = [CharacterEntry("Lucy", pronouns="she"), CharacterEntry("Hannah", pronouns="she"),
            CharacterEntry("Mrs Vane", pronouns="she")]
    work = run_with_cast(KITCHEN, cast)
    assert speaker_of(work, "I never thought") == "Hannah"
    assert speaker_of(work, "There, Hannah") == "Lucy"



HALL = """
Ada and her aunt Mrs Gorse were still arguing about the rooms when the door at the end of the hall opened and a chaplain, thin but cheerful, came in shaking the rain from his hat. Ada jumped up at once. "Oh! Why, it is Mr. Pell! Aunt, look who is here!"

Mrs Gorse only nodded to him and went on with her soup.

"I wrote to you in the spring, you know," Ada went on. "I told you we might come."

"And here you are," said the chaplain. "I am glad of it."
"""


def test_a_description_is_the_person_named_right_after_the_same_noun_brought_them_in():
    cast = [CharacterEntry("Ada", pronouns="she"), CharacterEntry("Mrs Gorse", pronouns="she"),
            CharacterEntry("Mr. Pell", pronouns="he")]
    work = run_with_cast(HALL, cast)
    assert speaker_of(work, "And here you are") == "Mr. Pell"
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
