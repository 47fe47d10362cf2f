"""A plain description ("the elder man", "said the man") is not the character the same
sentence names beside it, nor the narrator of a story told by "I"."""

from __future__ import annotations

from tests.characters.test_characters import holder, mention_char, run

TWO_PROSPECTORS = """
Hollis and his partner rode south for three days without a word between them.

"Water by the rocks," said Hollis at last.

At night they camped below the ridge. Then there came a softening, plain in the elder man, slower in Hollis. They talked of home.
"""


def test_a_description_is_not_the_one_named_beside_it():
    work = run(TWO_PROSPECTORS)
    hollis = holder(work, "Hollis")
    assert mention_char(work, "the elder man") != hollis.id
    assert "the elder man" not in hollis.aliases


APPOSITION = """
Hollis rode south with a packhorse. Hollis, the elder man, had crossed the desert twice.

"Water by the rocks," said Hollis.
"""


def test_an_apposition_still_names_the_one_before_it():
    work = run(APPOSITION)
    hollis = holder(work, "Hollis")
    assert mention_char(work, "the elder man") in (hollis.id, None)


MET_ON_THE_MARSH = """
My name is Tam, and I was nine the winter I met him on the marsh.

A shape rose from the reeds and caught my collar.

"Tell me your name!" said the man. "Quick!"

"Tam, sir."

"Where do you live, Tam?" said the man, shaking me.

I pointed to the village. He let me go, and I ran.
"""


def test_said_the_man_is_not_the_narrator():
    work = run(MET_ON_THE_MARSH)
    the_man = mention_char(work, "the man")
    tam = [c for c in work.characters if c.name == "Tam" or "Tam" in c.aliases]
    assert the_man is not None
    assert all(the_man != c.id for c in tam)
    assert all("the man" not in c.aliases for c in tam)


PROLOGUE = """
PROLOGUE

The ferry lurched in the dark. Her hands shook as she took the parcel from the stranger.

"Keep it dry," he said. "Whatever happens."

The girl nodded and went below.

CHAPTER I

Marigold Pell had never been on a ferry in her life. She was nineteen and bored.

"Tea?" asked her cousin. Marigold shook her head.

Marigold Pell walked to the station alone.
"""


def test_the_her_of_a_prologue_is_not_the_heroine_named_after_it():
    work = run(PROLOGUE)
    marigold = holder(work, "Marigold Pell")
    assert mention_char(work, "Her hands") != marigold.id
    assert mention_char(work, "she took") != marigold.id
    assert mention_char(work, "She was") == marigold.id  # in her own chapter she is hers


ANCESTOR = """
Over the fireplace hung the portrait of Sir Anselm, the founder of our house. Sir Anselm had red hair, and so have I.

"You are his very image, Anselm," said my aunt, looking from the canvas to me.

"I hope I have a better temper," I answered. "He hanged three poachers."

"Anselm, really," she said. I laughed and poured the tea. I have never hanged anybody.

My aunt sighed. I took my cup to the window. Sir Anselm watched me from the wall, and I watched the rain.
"""


def test_the_narrator_is_not_the_titled_namesake_of_the_narration():
    work = run(ANCESTOR)
    me = mention_char(work, "I answered")
    assert me is not None and me == holder(work, "Anselm").id  # the aunt calls the narrator Anselm
    assert holder(work, "Sir Anselm").id != me


DETECTIVE = """
"You will see," said Aurelien Vasseur. "Aurelien Vasseur is never wrong."

Monsieur Aurelien Vasseur bowed to the company.

"Mr. Vasseur, you are too modest," said the Colonel.

Vasseur smiled. Monsieur Vasseur was pleased.
"""


def test_title_variants_of_one_full_name_are_one_person():
    # "Monsieur Aurelien Vasseur" makes the full name a man's, so "Mr. Vasseur" and
    # "Monsieur Vasseur" (one form of address in two languages) are him
    work = run(DETECTIVE)
    who = holder(work, "Aurelien Vasseur")
    assert holder(work, "Mr. Vasseur").id == who.id
    assert holder(work, "Monsieur Vasseur").id == who.id


AT_THE_RAIL = """
At noon Hollis rode into the square. He tied his horse to the rail and looked about him.

"Looking for someone?" said the man.

But Hollis did not turn round. "Nobody you know," he said.
"""


def test_said_the_man_is_not_the_salient_named_man():
    # a bare "said the man" is a writer's way to bring in someone unnamed, not to avoid
    # repeating the name of the man on stage (that is "the young man", "the old man")
    work = run(AT_THE_RAIL)
    hollis = holder(work, "Hollis")
    assert mention_char(work, "the man") != hollis.id
    assert "the man" not in hollis.aliases
