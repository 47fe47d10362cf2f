"""A described speaker whom the other party calls by name is that named character."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze
from attribution import speaker_at


PATH = """
Mrs. Lowe walked home by the mill with her basket. She met a lame man carrying a sack.

"Fine evening," said the man with the sack.

"Fine enough, Walter Pryce," said Mrs. Lowe. "Is your leg no better?"

"Worse, if anything."

"Then rest it," said Mrs. Lowe, and went on.

The lame man sat down on the bank.
"""


def test_the_name_the_other_party_calls_a_described_speaker_is_theirs():
    work = analyze(PATH.strip() + "\n")
    assert speaker_at(work, "Fine evening") == "Walter Pryce"
    assert speaker_at(work, "Worse, if anything") == "Walter Pryce"
    assert speaker_at(work, "Fine enough") == "Mrs. Lowe"
    walter = next(c for c in work.characters if c.name == "Walter Pryce")
    assert "the man with the sack" in walter.aliases


def test_a_character_list_is_never_merged():
    entries = [CharacterEntry("Mrs. Lowe"), CharacterEntry("Walter Pryce"), CharacterEntry("the man with the sack")]
    work = analyze(PATH.strip() + "\n", Options(characters=entries))
    assert speaker_at(work, "Fine evening") == "the man with the sack"


COUNTER = """
Nan Brill kept the stall by the bridge. Nan was folding shawls when a stout gentleman stopped.

"How much for the grey one?" asked the gentleman.

"Two shillings," said Nan.

"I will send for it. What name shall I leave?"

"Just ask for the stall."

"Tell them Mr. Askew sent for it, then."

"And your name, sir?"

"My name is Askew."
"""


def test_a_described_speaker_who_names_himself_is_that_character():
    work = analyze(COUNTER.strip() + "\n")
    assert speaker_at(work, "How much for the grey one") == "Mr. Askew"


SUPPER = """
I came down late to supper. My uncle looked up from his plate and said to me:

"So the old ferryman is gone at last."

"Gone?" said I.

"Mr Dunne has just told us," said my aunt.

Mr Dunne wiped his mouth. "A boy should keep away from a man like that," he said. "Let him run about with lads of his own age. Am I right, Hugh?"

"That's what I say, too," said my uncle. "Let him learn to stand on his own feet."
"""


def test_the_narrators_kin_answering_to_a_name_is_that_named_character():
    work = analyze(SUPPER, Options())
    assert speaker_at(work, "That's what I say") == "Hugh"
    assert speaker_at(work, "stand on his own feet") == "Hugh"
