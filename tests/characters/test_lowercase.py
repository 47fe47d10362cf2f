"""Names in a work written in lower case by choice (`characters.lowercase`)."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.layers import Cast, Sentences
from ficlens.pipeline import Options, analyze

KITCHEN = """
the rain had not stopped since noon and the kitchen smelled like wet coats.

"you're dripping on the floor," pell said.

ivo looked down at his boots and then at the mop in the corner.

"it's only water."

"only water," pell said. "says the one who never mops."

ivo laughed and took the mop anyway.
"""


def _speaker(work, line: str) -> str | None:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next((c for c in work.characters if c.id == q.speaker), None)
    return c.name if c else None


def _with(text: str, *names: str):
    return analyze(text.strip() + "\n", Options(characters=[CharacterEntry(n, pronouns="he") for n in names]))


def test_a_listed_name_written_small_tags_its_line():
    work = _with(KITCHEN, "Pell", "Ivo")
    assert work.layers.get(Sentences).lowercase
    assert _speaker(work, "you're dripping") == "Pell"
    assert _speaker(work, "only water,\"") == "Pell"
    # the beat before the untagged line is ivo's, written small
    assert _speaker(work, "it's only water") == "Ivo"


def test_in_ordinary_text_a_small_word_is_no_listed_name():
    text = """
The rain had not stopped since noon. Pell stood by the door.

"You're dripping on the floor," Pell said to Ivo.

Ivo looked down at his boots and then at the mop. He said he will mop it later.

"I will," said Ivo.
"""
    work = _with(text, "Pell", "Will")
    will = next(c for c in work.characters if c.name == "Will")
    assert not any(m.character == will.id for m in work.mentions)


GARDEN = """
the gate was open again and the hens were out on the lane.

"who left it open," dorrit said.

"not me," said ivo. "ask mags."

mags was on the wall with her knees up, eating a plum.

"it was the wind," mags said.

dorrit looked at the wind, which was not blowing. dorrit looked at mags.

"Mags."

"fine. it was me."

"thank you," dorrit said, and went to fetch the hens.
"""


def test_end_to_end_a_small_word_that_speaks_in_tags_is_a_character():
    work = analyze(GARDEN.strip() + "\n")
    assert _speaker(work, "who left it open") == "Dorrit"
    assert _speaker(work, "it was the wind") == "Mags"


def test_end_to_end_a_name_capitalised_once_is_linked_where_it_is_written_small():
    work = analyze(GARDEN.strip() + "\n")
    mags = next(c for c in work.characters if c.name == "Mags")
    # "mags was on the wall": the small mention is hers
    at = work.text.index("mags was on")
    assert any(m.start == at and m.character == mags.id for m in work.mentions)


ROSE_WORK = """
the shop was empty except for the flowers and the cat.

"you're late," rose said.

will put his bag down. the rose in the window had lost a petal.

"the bus."

"the bus," rose said. "always the bus."

"will, it was the bus."

the cat yawned at both of them and went back to sleep.
"""


def test_a_listed_common_word_written_small_is_the_name_only_where_a_name_stands():
    work = _with(ROSE_WORK, "Rose", "Will")
    rose = next(c for c in work.characters if c.name == "Rose")
    will = next(c for c in work.characters if c.name == "Will")
    assert _speaker(work, "you're late") == "Rose"
    petal = work.text.index("rose in the window")
    assert not any(m.start == petal and m.character == rose.id for m in work.mentions)
    called = work.text.index("will, it was")
    assert any(m.start == called and m.character == will.id for m in work.mentions)
    # "will put his bag down": a common word in a beat is left alone
    beat = work.text.index("will put")
    assert not any(m.start == beat for m in work.mentions if m.character == will.id)


LAMP = """
i left the lamp on for her, which was stupid, because she always sees it from the road and then i have to explain myself.

"you waited up," nell said.

"i didn't," i said. "i was reading."

nell took her boots off by the door and didn't believe me. i didn't believe me either.

"go to bed, Nell."

the kettle was still warm. i poured what was left into my blue mug.
"""


def test_a_small_i_is_the_first_person_in_a_lower_case_work():
    work = analyze(LAMP.strip() + "\n")
    cast = work.layers.get(Cast)
    assert cast.first_person and cast.narrator is not None
    at = work.text.index("\"i didn't")
    q = next(q for q in work.quotes if q.start == at)
    assert q.speaker == cast.narrator  # `"i didn't," i said.`
    assert any(m.kind == "pronoun" and work.text[m.start : m.end] == "i" for m in work.mentions)


def test_a_small_i_in_ordinary_text_is_no_pronoun():
    text = LAMP.replace("i left", "I left").replace("the kettle", "The kettle").replace("nell took", "Nell took")
    work = analyze(text.strip() + "\n")
    assert not work.layers.get(Sentences).lowercase
    assert not any(m.kind == "pronoun" and work.text[m.start : m.end] == "i" for m in work.mentions)


PORCH = """
the porch light was out again and the moths had gone somewhere else.

"i hope the bus is late," ivo said.

dorrit didn't hope for anything. she sat on the step and waited.

"it won't be," dorrit said. "it never is when you hope."

ivo laughed at that.
"""


def _with_pack(text: str, *entries: CharacterEntry):
    from ficlens.characters import find_characters
    from ficlens.fandoms import Pack
    from ficlens.model import Work
    from ficlens.pipeline import run

    work = run(Work(text=text.strip() + "\n"), until="quotes")
    return find_characters(work, pack=Pack("test", "Test", list(entries)))


def test_a_pack_name_written_small_counts_only_where_the_text_shows_it_is_a_name():
    work = _with_pack(PORCH, CharacterEntry("Hope"), CharacterEntry("Ivo Vance", ["Ivo"]), CharacterEntry("Dorrit Pell", ["Dorrit"]))
    names = {c.id: c.name for c in work.characters}
    # ivo speaks in a tag: a name; the pack's Hope is never anything here but the word
    assert "Ivo Vance" in names.values()
    assert "Hope" not in names.values()
    ivo = next(i for i, n in names.items() if n == "Ivo Vance")
    at = work.text.index("ivo laughed")
    assert any(m.start == at and m.character == ivo for m in work.mentions)


ATTIC = """
the attic smelled of dust and old paper and something sweet.

tamsin opened the first box. tamsin frowned at what was inside.

"more letters."

and tamsin sat back on her heels, turning one over. tamsin laughed at the stamp.

"who keeps all this," she said.

the window rattled in its frame.
"""


def test_end_to_end_a_small_word_that_opens_three_sentences_as_their_subject_is_a_character():
    work = analyze(ATTIC.strip() + "\n")
    tamsin = next((c for c in work.characters if c.name == "Tamsin"), None)
    assert tamsin is not None
    assert _speaker(work, "who keeps all this") == "Tamsin"
    # `the attic smelled`, `the window rattled`: a determiner opens no name
    assert {c.name for c in work.characters} == {"Tamsin"}


NOTED = """
Summary: one wet afternoon with Odile and her brother.

the kitchen was warm and the windows had fogged up.

"pass the salt," odile said.

her brother passed the pepper instead. odile looked at him.

"the salt."

he grinned and passed the salt.
"""


def test_end_to_end_a_name_capitalised_in_the_notes_is_linked_in_the_story():
    work = analyze(NOTED.strip() + "\n")
    assert _speaker(work, "pass the salt") == "Odile"


SINGLE = """
the ferry was late and the gulls had given up on us.

\u2018it\u2019s always late,\u2019 wynn said.

\u2018not always,\u2019 said corra. \u2018just when you\u2019re cold.\u2019

wynn stamped her feet on the boards.

\u2018i\u2019m always cold,\u2019 wynn said.

corra laughed and gave her the flask.
"""


def test_end_to_end_lower_case_names_tag_single_quote_dialogue_too():
    work = analyze(SINGLE.strip() + "\n")
    assert _speaker(work, "s always late") == "Wynn"
    assert _speaker(work, "m always cold") == "Wynn"
