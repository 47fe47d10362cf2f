"""The example phrases of the speaker rules (the `ficlens.speakers` docstring), as a table.

Each case is a tiny original passage built around one docstring phrase (names from no
fandom, so that no pack renames them), the opening words of one of its quotes, and the
speaker (or addressee) the rule named in `rule` gives it.
"""

from __future__ import annotations

import pytest

from ficlens.fandoms import CharacterEntry
from ficlens.pipeline import Options, analyze

from attribution import speaker_of

# (rule, docstring phrase, passage, quote opening, expected speaker; None: no speaker)
SPEAKERS = [
    ("1 tag after", '"...," said Clarke',
     'Wren and Tobin stood at the gate.\n\n"We go at dawn," said Wren.\n', "We go", "Wren"),
    ("1 tag after, honorific", '"...," Mr. Bennet replied',
     'Mr. Bennet set down his paper while Lydia waited.\n\n"Not tonight," Mr. Bennet replied.\n', "Not tonight", "Mr. Bennet"),
    ("1 tag before", 'Raven yelled, "..."',
     'Mara and Ines ran for the ship.\n\nMara yelled, "Get down!"\n', "Get down", "Mara"),
    ("1 tag before, the subject nearest the verb", "Before Octavia could answer, Raven yelled",
     'Ines and Mara stood by the wreck.\n\nBefore Ines could answer, Mara yelled, "Run!"\n', "Run", "Mara"),
    ("1 possessed noun is not its possessor", "said her husband",
     'Mrs. Hale came in from the rain.\n\n"The roads are bad," said her husband.\n', "The roads", "her husband"),
    ("1 a tag leading into a line outweighs the sentence after it", '"No," Ann said, "not today." Joe grinned.',
     'Ann and Joe sat on the porch.\n\n"No," Ann said, "not today." Joe grinned.\n', "not today", "Ann"),
    ("2 beat after", '"..." Octavia dropped onto the steps.',
     'Octavia and Wren came back from the river.\n\n"Never again." Octavia dropped onto the steps.\n', "Never again", "Octavia"),
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
    ("5 the subject of an interrupting when clause", "Ines was rolling out the dough when Tobin came in.",
     '"You are late," said Ines.\n\n"The cart lost a wheel," said Tobin.\n\nInes was rolling out the dough when Tobin came in.\n\n'
     '"Is there any bread left?"\n', "Is there any", "Tobin"),
    ("5 the subject of the main clause after an opening clause", "Later, after Nan had gone up to bed, Bo found Tom in the barn.",
     '"Supper is cold," said Nan.\n\n"Then eat it cold," said Tom.\n\n"I will not," said Bo.\n\n'
     'Later, after Nan had gone up to bed, Bo found Tom in the barn.\n\n"You were rude to her."\n', "You were rude", "Bo"),
    ("1 a voice is its owner's", 'her voice shook',
     'Lena and Hugo waited for the verdict.\n\n"I did not take it," her voice shook.\n', 'I did not', 'Lena'),
    ('1 tag ending the paragraph before', 'He turned and said:',
     'Hugo and Lena stood in the hall.\n\nHugo turned and said:\n\n"The door is locked."\n', 'The door', 'Hugo'),
    ('1 an object pronoun is no subject', 'saw me and said',
     'I had lived by the river all my life, and I knew every boat on it. Hannah kept the ferry, and I went down to meet Hannah at the gate.\n\nShe saw me and said, "You are late."\n', 'You are', 'Hannah'),
    ('1 an unresolved he/she still tags', 'When I came close she said',
     'I walked to the well where Hannah was drawing water.\n\nWhen I came close she said, "The rope is new."\n', 'The rope', 'Hannah'),
    ('1 the one heard speaks, not the one hearing', 'I heard Mara call',
     'I had lived by the river all my life, and I knew every boat on it. Mara and Tobin were out in the yard.\n\n"Bring the lamp," I heard Mara call.\n', 'Bring the', 'Mara'),
    ('1 a verb followed by that tags no line', '"...?" I answered that the ferry had gone',
     'I had lived by the river all my life, and I knew every boat on it. Ada came down to the pier that morning.\n\nAda leaned on the rail. "Is the ferry running?" I answered that the ferry had gone.\n', 'Is the', 'Ada'),
    ('1 one of a group', 'cried one of the women',
     'The women of the village gathered at the well.\n\n"The bridge is down!" cried one of the women.\n', 'The bridge', 'the women'),
    ('1 the voice of a name', 'cried the voice of Tobin',
     'Hugo searched the dark barn for Tobin.\n\n"Up here!" cried the voice of Tobin.\n', 'Up here', 'Tobin'),
    ('1 a voice the narration identifies', 'answered a second voice; Nora could tell it was that of old Hannah',
     'Nora listened at the door.\n\n"Who is there?" called Tobin.\n\n"Nobody," answered a second voice; Nora could tell it was that of old Hannah.\n', 'Nobody', 'Hannah'),
    ('2 beat before', 'Lexa turns. "..."',
     'Hugo and Wren stand on the wall.\n\nHugo turns. "They are coming."\n', 'They are', 'Hugo'),
    ('2 in a beat the one the narrator sees acts', 'I can see Tobin by the stove. "..."',
     'I had lived by the river all my life, and I knew every boat on it. Ada had gone to bed early, and Tobin stayed up.\n\nI can see Tobin by the stove. "Nobody else knows."\n', 'Nobody', 'Tobin'),
    ('2 a bare he/she opening a beat', 'She squeezed his hand.',
     'Lena sat by Hugo in the dark.\n\nShe squeezed his hand. "It will pass."\n', 'It will', 'Lena'),
    ('2 a listener puzzling is no beat', 'Sam could not guess what she meant.',
     'Ada and Sam walked home.\n\n"It is the other key," said Ada.\n\n"Which?" asked Sam.\n\n"Not that one." Sam could not guess what she meant.\n', 'Not that', 'Ada'),
    ('2 one kept silent is no beat', 'The captain rubbed his chin and remained silent.',
     'Ned Marlow sat with Captain Voss at the long table.\n\n"Who told you about the wreck?" asked Voss.\n\n"Nobody. I saw it from the cliff." The captain rubbed his chin and remained silent.\n', 'Nobody', 'Ned Marlow'),
    ('2 one carried off is no beat', 'The baby, asleep, was carried away.',
     'Ada handed the baby to Sam.\n\n"Mind her head," said Ada.\n\n"I will." The baby, asleep, was carried away.\n', 'I will', 'Sam'),
    ('2 a he/she about someone the tagged line talked of', '"Greta called," Tomas said. Ines sat down. "She says ..."',
     'Tomas and Ines shared the kitchen.\n\n"Greta called," Tomas said. Ines sat down. "She says the train is late."\n', 'She says', 'Tomas'),
    ('3 they said with no group', 'they said',
     'Hugo and Lena reached the station.\n\n"Too late," they said.\n', 'Too late', None),
    ('5 a tag that goes on', '"Well," Tom cut in, and went on with the story.',
     'Tom and Ada sat by the fire.\n\n"Well," Tom cut in, and went on with the story.\n\n"The wolf was never seen again."\n', 'The wolf', 'Tom'),
    ('5 the clause inside a sentence opening on no one', 'It was so late by then that I gave up arguing.',
     'I had lived by the river all my life, and I knew every boat on it. Ada came down to the pier that morning and I went to meet her.\n\n"You are wrong," said Ada.\n\nIt was so late by then that I gave up arguing.\n\n"Fine, have it your way."\n', 'Fine', 'narrator'),
    ("5 a line calling the narration's subject by name", '"Nell sulks," said Rose. / Nell hummed. / "Stop it, Nell."',
     'Nell and Rose sat in the cart.\n\n"Nell sulks," said Rose.\n\nNell hummed.\n\n"Stop it, Nell."\n', 'Stop it', 'Rose'),
    ("5 a silent onlooker's aside keeps the alternation", 'Ines rolled her eyes.',
     'Ines sat by the sink, where Ines could see them both. Dario and Rafe sat at the table.\n\n"You snore, Rafe," Dario said.\n\n"I don\'t, Dario."\n\n"Like a saw."\n\n"At least I don\'t talk to birds."\n\nInes rolled her eyes.\n\n"The bird is a drone."\n', 'The bird', 'Dario'),
    ('5 one the narration sends out is no party', 'Marco gets up and leaves.',
     'Jess, Marco and Ellie sit in the room.\n\n"Tell him, Ellie," Jess says.\n\n"Tell him what?"\n\nMarco snorts. "She never will."\n\nMarco gets up and leaves.\n\n"He is right," Jess says.\n\n"He is not right."\n', 'He is not', 'Ellie'),
    ('5 a narration answer is a turn', 'He answered that the gate was locked.',
     'Hugo and Lena came to the yard.\n\n"Can we get in?" Lena asked.\n\nHugo answered that the gate was locked.\n\n"Then we climb."\n', 'Then we', 'Lena'),
    ('5 no reply is a turn', 'She gave no reply.',
     'Hugo and Lena came to the yard.\n\n"Are you angry?" Hugo asked.\n\nLena gave no reply.\n\n"Please."\n', 'Please', 'Hugo'),
    ('5 no reply is a turn', 'To this Tom could find no reply.',
     'Ann Reed and Tom Pell sat on the steps of the mill.\n\n"Have you ever been to the city?" asked Ann.\n\n"Once," said Tom.\n\n"Then you have seen the river."\n\nTo this Tom could find no reply.\n\n"You never looked at it, I suppose."\n', 'You never looked', 'Ann Reed'),
    ('5 doing what the line asked is a turn', '"Pass me the map." / I handed it over.',
     'Tobin and I sat in the truck.\n\n"Pass me the map," said Tobin.\n\nI handed it over.\n\n"Thanks."\n', 'Thanks', 'Tobin'),
    ('5 the subject of a closing narration says the next line', '"...," said Holmes. I read the entry aloud. / "..."',
     'I had lived by the river all my life, and I knew every boat on it. Holmes handed me the ledger across the table.\n\n"Read it," said Holmes. I read the entry aloud.\n\n"Forty pounds, on the third of May."\n', 'Forty', 'narrator'),
    ('7 a described speaker who names himself', '"My name is Askew"',
     'Hugo found a man at the gate.\n\n"Who are you?" Hugo asked.\n\n"My name is Askew," said the man.\n\n"Well, Askew, come in."\n', 'My name', 'Askew'),
]


@pytest.mark.parametrize("rule, phrase, text, opening, expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speaker_rule_examples(rule, phrase, text, opening, expected):
    assert speaker_of(analyze(text), opening) == expected


# Rules about a group or a described character that only a user's character list names
# (`--characters`): (rule, phrase, passage, quote opening, expected speaker, cast as
# (name, pronoun, *aliases) tuples).
LISTED = [
    ('1 an unnamed voice speaks for a listed group', 'said a voice in the crowd',
     'The crowd pressed against the gates, and Hugo stood on the wall above them.\n\n"Let us in!" said a voice in the crowd.\n', 'Let us', 'the crowd',
     [('Hugo', 'he'), ('the crowd', 'they')]),
    ('1 one voice of the men just named', 'she heard one voice say',
     'Nora waited alone in the hall. The men came in out of the rain and stamped their boots. Nora kept still. "The mare is lame," she heard one voice say.\n', 'The mare', 'the men',
     [('Nora', 'she'), ('the men', 'they')]),
    ('1 the voice of a described one', 'the voice of the bosun, roaring:',
     'The deck was awash and Hugo clung to the rail.\n\nThen came the voice of the bosun, roaring:\n\n"All hands aft!"\n', 'All hands', 'the bosun',
     [('Hugo', 'he'), ('the bosun', 'he')]),
    ('1 tag before: talked of', 'talked of "..."',
     'Kit had a boat of his own that spring.\n\nAt supper the twins talked of "Who gets the boat?" until their father sent them up to bed.\n', 'Who gets', 'the twins',
     [('Kit', 'he'), ('the twins', 'they')]),
    ('5 a name answering a name question', '"Your name?" / "What name?" / "Wat, sir."',
     'Tobin looked the boy up and down.\n\n"Your name, boy?" said Tobin.\n\n"Wat, sir."\n', 'Wat', 'Wat',
     [('Tobin', 'he'), ('Wat', 'he')]),
    ('8 a description tag on an answer', '"Corin, come here!" said the old man. / "...," said the son.',
     'The old man called from the porch.\n\n"Corin, come here!" said the old man.\n\n"I am coming," said the son.\n', 'I am coming', 'Corin',
     [('the old man', 'he'), ('Corin', 'he')]),
    ('1 a voice a that-description soon after points at', 'a `that man` soon after',
     'Hugo wanted the late boat, so Mr. Quill read the timetable out to him.\n\n"You have it upside down, Mr. Quill," called a deep voice behind the counter.\n\nHugo turned round. "That man must work here."\n', 'You have', 'the clerk',
     [('Hugo', 'he'), ('Mr. Quill', 'he'), ('the clerk', 'he', 'That man')]),
    ("1 with a list, we said is the listed we's", 'we said',
     'The auction went on all morning, and Mr. Quill held up the clock.\n\n"Sold!" we laughed.\n', 'Sold', 'we',
     [('Mr. Quill', 'he'), ('we', 'they')]),
]


@pytest.mark.parametrize("rule, phrase, text, opening, expected, cast", LISTED, ids=[c[0] for c in LISTED])
def test_speaker_rule_examples_with_a_character_list(rule, phrase, text, opening, expected, cast):
    entries = [CharacterEntry(name, list(aliases), pronoun) for name, pronoun, *aliases in cast]
    assert speaker_of(analyze(text, Options(characters=entries)), opening) == expected


def _addressees(text: str, opening: str) -> list[set[str]]:
    """Each addressee's names: a passage naming a fandom's cast gets its pack, and then a
    character is shown by the canonical name ("Clarke Griffin" for "Clarke")."""
    work = analyze(text)
    q = next(q for q in work.quotes if work.text[q.start : q.end].lstrip("\"“").startswith(opening))
    return [{c.name, *c.aliases} for c in map(work.character, q.addressees) if c]


# (rule, docstring phrase, passage, quote opening, expected addressee names)
ADDRESSEES = [
    ("addressee: a vocative", '"..., Clarke."',
     'Wren and Tobin and Mara stood at the gate.\n\n"We go at dawn, Wren," said Tobin.\n', "We go", ["Wren"]),
    ("addressee: the object of the tag", "said to Bellamy",
     'Wren, Tobin and Mara stood at the gate.\n\n"We go at dawn," Wren said to Tobin.\n', "We go", ["Tobin"]),
    ("addressee: not to herself", "not `to herself`",
     'Wren stood alone at the gate.\n\n"We go at dawn," Wren said to herself.\n', "We go", []),
    ("addressee: a line joining the one before goes to its listeners", '"...," Bo added.',
     'Nan, Bo and Rose sat at the table.\n\n"Eat up, Rose," said Nan.\n\n"All of it," Bo added.\n', "All of", ["Rose"]),
    ('addressee: not a bare name answering a question', '"What is his name?" / "Hollis."',
     'Ada and Sam watched Hollis from the window.\n\n"What is his name?" Ada asked.\n\n"Hollis," said Sam.\n', 'Hollis', ['Ada']),
    ('addressee: the object pronoun of the tag', 'told her',
     'Sam and Ada sat on the step.\n\n"The bus is late," Sam told her.\n', 'The bus', ['Ada']),
    ('addressee: not to his companion', 'to his companion',
     'Sam walked with a stranger.\n\n"The bus is late," Sam said to his companion.\n', 'The bus', []),
    ('addressee: a line to everyone present', '"Children, ..."',
     'Marta was chopping onions when Oskar and Pia came in.\n\n"You ate the bread," Oskar said.\n\n"There was hardly any," said Pia.\n\n"Children, out," Marta said.\n', 'Children', ['Oskar', 'Pia']),
    ('addressee: all of you', 'all of you',
     'Marta was chopping onions when Oskar and Pia came in.\n\n"You ate the bread," Oskar said.\n\n"There was hardly any," said Pia.\n\n"Out, all of you," Marta said.\n', 'Out', ['Oskar', 'Pia']),
    ('addressee: said to the room', 'said to the room',
     'Marta was chopping onions when Oskar and Pia came in.\n\n"You ate the bread," Oskar said.\n\n"There was hardly any," said Pia.\n\n"Out now," Marta said to the room.\n', 'Out now', ['Oskar', 'Pia']),
]


@pytest.mark.parametrize("rule, phrase, text, opening, expected", ADDRESSEES, ids=[c[0] for c in ADDRESSEES])
def test_addressee_rule_examples(rule, phrase, text, opening, expected):
    found = _addressees(text, opening)
    # a line to several listeners names them in no set order
    assert len(found) == len(expected) and all(any(name in names for names in found) for name in expected)
