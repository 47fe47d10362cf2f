"""Speakers known by a description: tag noun phrases, titles, appositions, listed phrases."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.pipeline import Options, analyze
from attribution import speaker_at


def names_of(work: Work, line: str) -> set[str]:
    at = work.text.index(line)
    q = next(q for q in work.quotes if q.start <= at < q.end)
    c = next(c for c in work.characters if c.id == q.speaker)
    return {c.name, *c.aliases}


MARKET = """
Tom Ashby led the grey mare into the ring, and the crowd along the rail began to talk.

"She is too old for the plough," said a stout matron of sixty, folding her arms.

"People say she kicks," said another.

"Then people are fools," added a third. "Look at her eyes."

"Give her a chance," interposed, more gently, a tall girl with a dog at her heel. "She is only tired."

"Twenty shillings," cried a man at the rail.
"""


def test_each_passer_by_in_a_crowd_speaks_as_the_phrase_that_tags_the_line():
    work = analyze(MARKET.strip() + "\n")
    assert speaker_at(work, "too old for the plough") == "a stout matron of sixty"
    assert speaker_at(work, "People say she kicks") == "another"
    assert speaker_at(work, "Then people are") == "a third"
    assert speaker_at(work, "Look at her eyes") == "a third"
    assert speaker_at(work, "Give her a chance") == "a tall girl"
    assert speaker_at(work, "Twenty shillings") == "a man at the rail"


SURGERY = """
Dr. Hallam kept his rooms over the chemist's shop, and Tom Reddy came up the stairs at nine.

Tom sat down by the stove and rubbed his hands.

"You are late tonight," said the doctor.

"The ice on the road," Tom said. "The mare would not go."
"""


def test_the_doctor_is_the_one_character_called_doctor():
    work = analyze(SURGERY.strip() + "\n")
    assert speaker_at(work, "You are late tonight") == "Dr. Hallam"
    assert "the doctor" in names_of(work, "You are late tonight")


LANE = """
Walking home along the lane, Jem Sallow met an old parson on a grey horse.

"Good evening to you," said the parson.

"And to you, sir," said Jem.

The rider reined in. "I am Parson Crewe, of the next village, and I know your family well."

Parson Crewe rode on, and Jem stood looking after him.
"""


def test_a_title_noun_finds_its_holder_even_when_named_later():
    work = analyze(LANE.strip() + "\n")
    assert speaker_at(work, "Good evening to you") == "Parson Crewe"


FERRY = """
"Up with you, lad," said a gruff voice. Kit opened his eyes.

"What hour is it?" asked Kit.

"Past six," answered the man, who was a ferryman on the river.

Kit rubbed his eyes. "Then I have missed the market."

"You have," said the ferryman dryly.
"""


def test_an_apposition_gives_the_role_a_later_description_uses():
    work = analyze(FERRY.strip() + "\n")
    assert names_of(work, "Past six") == names_of(work, "You have,")
    assert speaker_at(work, "Then I have missed") == "Kit"


def test_listed_descriptions_are_matched_in_gold_characters_mode():
    entries = [
        CharacterEntry("Kit"),
        CharacterEntry("the man", aliases=["a gruff voice", "the ferryman"]),
    ]
    work = analyze(FERRY.strip() + "\n", Options(characters=entries))
    assert speaker_at(work, "Up with you") == "the man"
    assert speaker_at(work, "Past six") == "the man"
    assert speaker_at(work, "You have,") == "the man"


def test_a_tag_object_is_no_speaker():
    text = '"Say it again," said Mara.\n\n"Say what?" repeated the words Tobin had used, Mara said nothing.\n'
    work = analyze(text)
    assert all(c.name != "the words" for c in work.characters)


YARD = """
Miss Orme sent the children out into the yard after lunch.

"She's turning us out again," I heard one small boy complaining to the others.

A former pupil had once said of her: "Miss Orme never lets a wet day be wasted."

"Then we shall all catch cold," broke in a thin, pale girl. "And she will be sorry."
"""


def test_descriptions_heard_before_or_coordinated_still_tag_the_line():
    work = analyze(YARD.strip() + "\n")
    assert speaker_at(work, "turning us out") == "one small boy"
    assert speaker_at(work, "never lets a wet day") == "A former pupil"
    assert speaker_at(work, "catch cold") == "a thin, pale girl"


DOCK = """
"Mind the rope there!" shouted a hoarse voice.

Ned looked up from the barrel. The man on the quay was pointing at his feet.

"Mind it yourself," said Ned.

"Cheek," said the man, and threw the rope down.
"""


def test_the_person_described_right_after_a_voice_is_its_owner():
    work = analyze(DOCK.strip() + "\n")
    assert names_of(work, "Mind the rope") == names_of(work, "Cheek")


def test_the_voice_of_a_named_character_and_a_described_opening_subject():
    text = (
        "Ann hid behind the curtain with her book.\n\n"
        '"Where are you, mouse?" cried the voice of Robert Dane; then he stopped at the door.\n\n'
        'The youngest of the girls put down her spoon, looked round, and said, "She is reading again."\n'
    )
    work = analyze(text)
    assert speaker_at(work, "Where are you") == "Robert Dane"
    assert speaker_at(work, "She is reading") == "The youngest of the girls"


def test_a_name_after_a_stripped_word_and_of_is_the_name_alone():
    text = (
        "Lanky Jem slept in a doorway on Front Street. Jem snored.\n\n"
        "Another of Jem's troubles was money. He had none, and Jem knew it.\n\n"
        '"What is the time?" asked Jem.\n'
    )
    work = analyze(text)
    assert all(not c.name.startswith("of ") for c in work.characters)
    assert speaker_at(work, "What is the time") == "Lanky Jem"


def test_a_listed_description_answers_to_its_head_noun_unless_ages_clash():
    text = (
        'Nell Asher stood by the well.\n\n"Water is dear this year," said the red-faced matron.\n\n'
        '"Dearer for some," said Nell.\n\n"I remember worse," said the young matron.\n'
    )
    entries = [CharacterEntry("Nell Asher"), CharacterEntry("an old matron")]
    work = analyze(text, Options(characters=entries))
    assert speaker_at(work, "Water is dear") == "an old matron"
    young = work.text.index("the young matron")
    assert not any(m.start == young for m in work.mentions)  # "young" is not the listed "old"


HEDGE = """
Wenna was halfway across the common when the wind dropped.

"Who goes along the path?" cried a rough voice, as a man stepped out from behind the hedge. "Speak up."

She stood. He came close and looked her over.

"What have you got in the basket?" he said.

"Eggs," said Wenna. "Only eggs."
"""


def test_a_voice_is_the_person_described_with_it_who_then_goes_on_as_he():
    work = analyze(HEDGE, Options())
    assert "a man" in names_of(work, "Who goes along")
    assert speaker_at(work, "What have you got") == speaker_at(work, "Who goes along")


RAILWAY = """
Ada watched the fields go by and thought of the city.

"That," said a voice at her shoulder, "is the finest mill in the county."

"Is it?" she answered.

The carriage rocked over the points. For some minutes she had been aware of a man in the seat behind. He leaned forward now, smiling.

"You are going up to town, I suppose," he said.
"""


def test_the_owner_of_a_voice_is_the_man_the_narration_brings_in_soon_after():
    work = analyze(RAILWAY, Options())
    assert "a man" in names_of(work, "finest mill")
    assert speaker_at(work, "going up to town") == speaker_at(work, "finest mill")


PARLOUR = """
Miss Ames sat by the fire with her sewing, and Miss Ames did not look up when the door opened.

"You are late again," she said.

"The roads were bad," said the clergyman. "I came as fast as I could."
"""


def test_a_compound_in_man_is_male_and_never_the_woman_just_named():
    work = analyze(PARLOUR, Options())
    assert speaker_at(work, "The roads were bad") == "the clergyman"


def test_with_a_list_a_voice_is_the_listed_person_described_with_it():
    entries = [CharacterEntry("Wenna"), CharacterEntry("a man", aliases=["the stranger"])]
    work = analyze(HEDGE, Options(characters=entries))
    assert speaker_at(work, "Who goes along") == "a man"


def test_with_a_list_the_owner_of_a_voice_is_the_listed_person_brought_in_soon_after():
    entries = [CharacterEntry("Ada"), CharacterEntry("a man", aliases=["the traveller"])]
    work = analyze(RAILWAY, Options(characters=entries))
    assert speaker_at(work, "finest mill") == "a man"


PADDOCK = """
That was the winter I turned nine, and most evenings I sat in the kitchen beside my mother while she mended nets for the harbour. Her name was Bramble, though the fishermen called her Mistress B.

"Keep the needle flat when you pull it through," said my mother. "A crooked stitch never held a herring."

"Yes, mother," I said.
"""


def test_a_name_the_narration_states_for_a_described_character_is_its_alias():
    work = analyze(PADDOCK, Options())
    assert "Bramble" in names_of(work, "Keep the needle flat")


INN = """
On the ferry steps I met a stout grey-haired woman in a blue apron. As I reached the top she looked me over and said, "The gentleman from the coach?"

"Yes," I said.
"""


def test_a_person_met_as_an_object_speaks_the_next_line_tagged_by_her_pronoun():
    work = analyze(INN.strip() + "\n")
    assert speaker_at(work, "The gentleman from the coach?") == "a stout grey-haired woman"


TRAIN = """
Ada watched the fields go by. For a while she had been aware of a young man across the aisle.

He leaned over at last. "Going far, miss?" he asked.

"Only to the city," she said.

"You'll like it there," he said. "Everybody does."
"""


def test_a_man_one_is_aware_of_is_the_he_who_speaks_next():
    work = analyze(TRAIN.strip() + "\n")
    assert speaker_at(work, "Going far, miss?") == "a young man"
    assert speaker_at(work, "like it there") == "a young man"
    assert speaker_at(work, "Only to the city") == "Ada"


WARD = """
The candle had burned low when the doctor straightened up from the bed. Mrs. Hale had gone down to boil the kettle, and she came back with it.

"It is over, Mrs. Penrose," said the doctor quietly.

"Ah, the poor lamb," said the nurse, and drew the sheet up.

"Send for me if the baby frets," said the doctor, taking his hat.
"""


def test_a_name_called_and_answered_by_a_description_is_that_description():
    work = analyze(WARD.strip() + "\n")
    assert speaker_at(work, "the poor lamb") == "Mrs. Penrose"


def test_a_name_said_to_be_a_role_holds_that_role():
    text = """
Everyone in the town knew Brannock. Brannock is a locksmith, and Ivo is his nephew.

Ivo swept the floor while the kettle boiled. A woman came in with a broken key.

"Can you copy it?" she asked.

"By Thursday," said the locksmith.
"""
    work = analyze(text.strip() + "\n")
    assert "Brannock" in names_of(work, "By Thursday")


def test_a_name_stated_for_a_described_person_is_theirs():
    # "the NOUN's name is X" states who the noun describes, even for a noun that is no
    # person noun of the lexicon ("the regular", "the lodger"); the salient named
    # character of the scene is someone else
    text = """
Every evening the lodger came down at six and sat by the stove. Marta, who kept the house, set out his bread.

The lodger's name was Anselm. Marta had learned it from a letter left on the stairs.

Marta wiped the table twice and looked out at the rain.

"The soup is thin again," said the lodger.
"""
    work = analyze(text.strip() + "\n")
    assert "Anselm" in names_of(work, "The soup is thin")
