"""The example phrases of the speaker rules (the `ficlens.speakers` docstring), as a table.

Each case is a tiny original passage built around one docstring phrase, the opening words
of one of its quotes, and the speaker (or addressee) the rule named in `rule` gives it.
"""

from __future__ import annotations

import pytest

from ficlens.pipeline import analyze

from attribution import speaker_of

# (rule, docstring phrase, passage, quote opening, expected speaker; None: no speaker)
SPEAKERS = [
    ("1 tag after", '"...," said Clarke',
     'Clarke and Bellamy stood at the gate.\n\n"We go at dawn," said Clarke.\n', "We go", "Clarke"),
    ("1 tag after, honorific", '"...," Mr. Bennet replied',
     'Mr. Bennet set down his paper while Lydia waited.\n\n"Not tonight," Mr. Bennet replied.\n', "Not tonight", "Mr. Bennet"),
    ("1 tag before", 'Raven yelled, "..."',
     'Raven and Octavia ran for the ship.\n\nRaven yelled, "Get down!"\n', "Get down", "Raven"),
    ("1 tag before, the subject nearest the verb", "Before Octavia could answer, Raven yelled",
     'Octavia and Raven stood by the wreck.\n\nBefore Octavia could answer, Raven yelled, "Run!"\n', "Run", "Raven"),
    ("1 possessed noun is not its possessor", "said her husband",
     'Mrs. Hale came in from the rain.\n\n"The roads are bad," said her husband.\n', "The roads", "her husband"),
    ("1 a tag leading into a line outweighs the sentence after it", '"No," Ann said, "not today." Joe grinned.',
     'Ann and Joe sat on the porch.\n\n"No," Ann said, "not today." Joe grinned.\n', "not today", "Ann"),
    ("2 beat after", '"..." Octavia dropped onto the steps.',
     'Octavia and Clarke came back from the river.\n\n"Never again." Octavia dropped onto the steps.\n', "Never again", "Octavia"),
    ("2 an aside in brackets is no beat", "(Rufus was the pony.)",
     '"Where is Rufus?" asked Nell.\n\n"In the barn," said Bram. (Rufus was the pony.) "Asleep, I hope."\n', "Asleep", "Bram"),
    ("3 a pronoun resolved by the name beat closing the paragraph",
     '"...," he said, "..." Walter glanced at the clock.',
     'Walter Reed waited for Harold Finch.\n\n"No," he said, "not yet." Walter glanced at the clock.\n', "No", "Walter Reed"),
    ("4 one speaker per paragraph", "a turn's untagged quotes take its tagged quote's speaker",
     'Iris met Tobin at the well.\n\n"Morning," said Iris. "The rope broke again."\n', "The rope", "Iris"),
    ("4 a character opening another narration sentence", '"..." The rain went on. Iris shut it.',
     'Iris and Tobin sat by the window.\n\n"Shut the window." The rain went on. Iris shut it.\n', "Shut the", "Iris"),
    ("5 alternation", "the other of the two active speakers",
     'Mara faced Tobin across the map.\n\n"North," Mara said.\n\n"South," Tobin said.\n\n"North."\n\n"South."\n', "North.", "Mara"),
    ("5 the subject of the last joined clause", "Nan drew the curtains, and Bo sat up.",
     'Nan and Bo had slept late.\n\nNan drew the curtains, and Bo sat up.\n\n"What time is it?"\n', "What time", "Bo"),
]


@pytest.mark.parametrize("rule, phrase, text, opening, expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speaker_rule_examples(rule, phrase, text, opening, expected):
    assert speaker_of(analyze(text), opening) == expected


def _addressees(text: str, opening: str) -> list[set[str]]:
    """Each addressee's names: a passage naming a fandom's cast gets its pack, and then a
    character is shown by the canonical name ("Clarke Griffin" for "Clarke")."""
    work = analyze(text)
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    return [{c.name, *c.aliases} for c in map(work.character, q.addressees) if c]


# (rule, docstring phrase, passage, quote opening, expected addressee names)
ADDRESSEES = [
    ("addressee: a vocative", '"..., Clarke."',
     'Clarke and Bellamy and Raven stood at the gate.\n\n"We go at dawn, Clarke," said Bellamy.\n', "We go", ["Clarke"]),
    ("addressee: the object of the tag", "said to Bellamy",
     'Clarke, Bellamy and Raven stood at the gate.\n\n"We go at dawn," Clarke said to Bellamy.\n', "We go", ["Bellamy"]),
    ("addressee: not to herself", "not `to herself`",
     'Clarke stood alone at the gate.\n\n"We go at dawn," Clarke said to herself.\n', "We go", []),
    ("addressee: a line joining the one before goes to its listeners", '"...," Bo added.',
     'Nan, Bo and Rose sat at the table.\n\n"Eat up, Rose," said Nan.\n\n"All of it," Bo added.\n', "All of", ["Rose"]),
]


@pytest.mark.parametrize("rule, phrase, text, opening, expected", ADDRESSEES, ids=[c[0] for c in ADDRESSEES])
def test_addressee_rule_examples(rule, phrase, text, opening, expected):
    found = _addressees(text, opening)
    assert len(found) == len(expected) and all(name in names for name, names in zip(expected, found))
