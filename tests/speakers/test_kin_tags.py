"""A kin description in a tag or beat speaks, not its possessor: `said his wife`."""

from __future__ import annotations

from ficlens.model import Mention

from test_speakers import MARA, TOBIN, build, speakers


def with_kin(text: str, chars, pronouns: dict[int, str], kin: dict[str, str]):
    """`build`, plus the title mention the characters stage gives each kin description."""
    work = build(text, chars, pronouns, run=False)
    for desc, cid in kin.items():
        start = text.index(desc)
        work.mentions.append(Mention(start, start + len(desc), cid, "title"))
    work.mentions.sort(key=lambda m: (m.start, m.end))
    from ficlens.speakers import attribute_speakers

    return attribute_speakers(work)


def test_inverted_tag_with_a_kin_description():
    text = 'Tobin shut the door.\n\n"You are late again," said his wife.\n\n"The road was flooded," Tobin said.'
    w = with_kin(text, [MARA, TOBIN], {0: "c2"}, {"his wife": "c1"})
    assert speakers(w) == ["c1", "c2"]
    assert w.quotes[0].evidence == "explicit"


def test_kin_description_opening_the_tag():
    text = 'Tobin shut the door.\n\n"You are late again," his wife said.'
    w = with_kin(text, [MARA, TOBIN], {0: "c2"}, {"his wife": "c1"})
    assert speakers(w) == ["c1"]


def test_a_gerund_before_a_kin_description_is_no_tag():
    text = 'Tobin came in.\n\nObserving his wife at the window, he said: "You are up early."'
    w = with_kin(text, [MARA, TOBIN], {0: "c2", 1: "c2"}, {"his wife": "c1"})
    assert speakers(w) == ["c2"]


def test_a_kin_descriptions_voice_speaks_but_not_its_own_kin():
    text = 'Tobin shut the door.\n\n"You are late again," his wife\'s voice came from upstairs.'
    w = with_kin(text, [MARA, TOBIN], {0: "c2"}, {"his wife": "c1"})
    assert speakers(w) == ["c1"]


# the narrator's mother is named once, long before she speaks; the cast has only her name
STATED = """
I was born in the loft above the bakery, and my mother kept the shop below. She was a
quiet, tidy woman, and the whole street trusted her scales. Her name was Agnes Pell.

For years I swept the floor and carried the trays. Widow Crane, who kept the mill, brought
the flour each Monday and stayed to grumble about the weather.

"The river is rising again," Widow Crane said one morning.

"Then we shall bake twice as much today," said my mother, "before the road floods."

The widow grunted and went out.
"""


def test_the_narrators_kin_is_the_name_the_narration_gave_her():
    from attribution import run_with_cast
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry("Agnes Pell", ["Agnes"]), CharacterEntry("Widow Crane", [], "she"), CharacterEntry("Tam", ["I"])]
    w = run_with_cast(STATED, cast)
    names = {c.id: c.name for c in w.characters}
    q = [q for q in w.quotes if "twice" in w.text[q.start : q.end]][0]
    assert names.get(q.speaker) == "Agnes Pell"


# the cast knows the uncle only by the name a guest calls him
CALLED = """
The lamp was lit when I came in from the yard. Mrs. Dunmore sat by the stove with her knitting.
My uncle looked up from his paper and said to me:

"Your boots, lad. Off with them before your aunt sees."

I pulled them off by the door.

"A boy needs air and mud," said Mrs. Dunmore. "Isn't that so, Owen?"

"It is, within reason," said my uncle.
"""


def test_the_narrators_kin_answers_to_the_name_a_line_called():
    from attribution import run_with_cast
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry("Owen", [], "he"), CharacterEntry("Mrs. Dunmore", [], "she"), CharacterEntry("Wat", ["I"])]
    w = run_with_cast(CALLED, cast)
    names = {c.id: c.name for c in w.characters}
    said = {w.text[q.start : q.end][1:8]: names.get(q.speaker) for q in w.quotes}
    assert said["Your bo"] == "Owen"
    assert said["It is, "] == "Owen"


# the cousin is named once in apposition; later he is only "my cousin"
APPOSED = """
I write this to set down why I no longer speak to my cousin, Arthur Vell. We served
together on the frontier, and a stranger named Corporal Dunn shared our tent.

One night Corporal Dunn fell ill, and the fever took him hard. My cousin ran in with a lamp.
"Fetch the surgeon!" he cried to me, and knelt by the cot.
"""


def test_the_narrators_kin_named_in_apposition_speaks_as_that_character():
    from attribution import run_with_cast
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry("Arthur Vell", ["Vell"], "he"), CharacterEntry("Corporal Dunn", ["Dunn"], "he")]
    w = run_with_cast(APPOSED, cast)
    names = {c.id: c.name for c in w.characters}
    assert names.get(w.quotes[0].speaker) == "Arthur Vell"


# the cast lists the narrator's mother by her description; her daughter calls her "mamma"
MAMMA = """
We sat down to supper. My mother carved the pie, and my sister Lottie talked without stopping.

"Ned, you are dripping on the floor," Lottie said.

"I was caught in the rain on the mill road," said I.

"The new curate was out in it too, in yellow gloves. Wasn't that odd of him, mamma?" Lottie went on.

"Very odd. I hope he was civil."
"""


def test_a_listed_mother_answers_when_called_mamma():
    from attribution import run_with_cast
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry("my mother", ["My mother"], "she"), CharacterEntry("Lottie", [], "she"), CharacterEntry("Ned", ["I"], "he")]
    w = run_with_cast(MAMMA, cast)
    names = {c.id: c.name for c in w.characters}
    q = [q for q in w.quotes if "Very odd" in w.text[q.start : q.end]][0]
    assert names.get(q.speaker) == "my mother"


# each cousin is "her cousin" / "his cousin" of the other; the old man is someone else
COUSINS = """
Mr. Abbott dozed by the fire. Nora Abbott stood at the window and frowned at her cousin, who
sat shuffling a pack at the card table.

"You have been at the cards again, Gideon," said Mr. Abbott, opening one eye.

"A harmless game, sir," said Gideon, shrugging.

"Harmless to whom?" his cousin said flatly. "You lost the grey mare on Tuesday."
"""


def test_his_cousin_is_the_one_whose_cousin_he_is():
    from attribution import run_with_cast
    from ficlens.fandoms import CharacterEntry

    cast = [CharacterEntry("Mr. Abbott", [], "he"), CharacterEntry("Nora Abbott", ["Nora"], "she"), CharacterEntry("Gideon", [], "he")]
    w = run_with_cast(COUSINS, cast)
    names = {c.id: c.name for c in w.characters}
    q = [q for q in w.quotes if "Harmless to whom" in w.text[q.start : q.end]][0]
    assert names.get(q.speaker) == "Nora Abbott"



# no character list: "my sister Hattie" makes the later "said my sister" Hattie's line
SISTER = """
My sister Hattie had come home for the summer, and she found fault with everything.

"The garden is a wilderness," said my sister.

"Then weed it," said I.
"""


def test_said_my_sister_is_the_sister_the_narration_named():
    from attribution import speaker_of
    from ficlens.pipeline import analyze

    w = analyze(SISTER.strip() + "\n")
    assert speaker_of(w, "The garden") == "Hattie"


# a remark that names her, answered "Yes": the narrator's mother is the one named
GREETED = """
A lawyer's clerk came up the garden path with a bundle of papers and knocked at our door.
Old Martha, who had let him in, hovered by the stairs.

"Shall I take your hat, sir?" said Martha.

"Mrs. Ellen Pryce, I take it," said the clerk, without turning to her.

"Yes," said my mother, setting down her sewing.
"""


def test_said_my_mother_answering_yes_to_her_name_is_that_character():
    from attribution import speaker_of
    from ficlens.pipeline import analyze

    w = analyze(GREETED.strip() + "\n")
    assert speaker_of(w, "Yes") == "Ellen Pryce"


# a plea to the uncle opens the last sentence of the nephew's line; the uncle answers
PLEA = """
Uncle Amos sat mending a net by the stove. His nephew Victor had come about the orchard, and his niece Ottilie had followed him in.

"I will not hear of selling it," said Ottilie.

"The trees are old and the barn roof leaks. Uncle, you see that, surely?"

"Yes, Victor; the roof leaks, but Ottilie is right that the trees still bear."

"Then Ottilie must listen to reason," said Victor.

"Ottilie can think for herself," said Ottilie coldly.
"""


def test_a_kin_word_opening_a_later_sentence_calls_the_one_who_answers():
    from attribution import speaker_of
    from ficlens.pipeline import analyze

    w = analyze(PLEA.strip() + "\n")
    assert speaker_of(w, "Yes, Victor") == "Uncle Amos"



def test_a_name_opening_a_later_sentence_is_a_call_only_before_you_or_a_plea():
    from ficlens.speakers.vocatives import _voc_sentence

    assert _voc_sentence("before the frost. ", ", you promised")  # "... before the frost. Aunt, you promised me"
    assert _voc_sentence("all of you. ", ", please sit")
    assert not _voc_sentence("all of you. ", ", who was th")  # "Tom, who was there, knows"
    assert not _voc_sentence("I told ", ", you know")  # mid-sentence: not this rule
