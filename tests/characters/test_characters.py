"""Characters: candidates, alias clustering traps, packs, restrict mode, pronouns."""

from __future__ import annotations

from ficlens.layers import Cast
from ficlens.characters import character_by_surface, find_characters
from ficlens.fandoms import CharacterEntry, get_pack
from ficlens.model import Work
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment


def run(text: str, pack: str | None = None, restrict: list[CharacterEntry] | None = None) -> Work:
    work = segment(read(text.strip() + "\n"))
    find_quotes(work)
    return find_characters(work, pack=get_pack(pack) if pack else None, restrict=restrict)


def holder(work: Work, surface: str):
    """The one character whose name or aliases include `surface`."""
    found = [c for c in work.characters if surface == c.name or surface in c.aliases]
    assert len(found) == 1, (surface, [(c.name, c.aliases) for c in work.characters])
    return found[0]


def mention_char(work: Work, text_at: str, nth: int = 0, kind: str | None = None) -> str | None:
    """The character of the mention that starts at the nth occurrence of `text_at`."""
    pos = -1
    for _ in range(nth + 1):
        pos = work.text.index(text_at, pos + 1)
    for m in work.mentions:
        if m.start == pos and (kind is None or m.kind == kind):
            return m.character
    return None


HARROWBYS = """
Mr. Harrowby was oiling his boots by the stove when his wife came in. Mrs. Harrowby was already talking.

"The Dunns have sold the orchard to a stranger," said Mrs. Harrowby. "You must go and see him."

"Must I?" said Mr. Harrowby, and he went back to his boots.

Mrs. Harrowby sighed. She had expected nothing better from him. Harrowby reached for the rag.
"""


def test_mr_and_mrs_stay_apart():
    work = run(HARROWBYS)
    mr, mrs = holder(work, "Mr. Harrowby"), holder(work, "Mrs. Harrowby")
    assert mr.id != mrs.id
    assert mr.pronouns == "he" and mrs.pronouns == "she"


def test_bare_surname_of_a_married_couple_goes_to_the_husband():
    work = run(HARROWBYS)
    assert mention_char(work, "Harrowby reached") == holder(work, "Mr. Harrowby").id


SIBLINGS = """
Bellamy Blake came down the ramp first. Octavia Blake followed her brother, grinning.

Octavia dropped her pack in the mud. Bellamy frowned at it and said nothing.

"Blake," Clarke called, and Bellamy turned. Bell had never liked being summoned.

Octavia laughed at him. She was the only one who could.
"""


def test_siblings_sharing_a_surname_stay_apart():
    work = run(SIBLINGS)
    bellamy, octavia = holder(work, "Bellamy"), holder(work, "Octavia")
    assert bellamy.id != octavia.id
    assert bellamy.name == "Bellamy Blake" and octavia.name == "Octavia Blake"


def test_nickname_prefix_joins_the_longer_name():
    work = run(SIBLINGS)
    assert holder(work, "Bell").id == holder(work, "Bellamy").id


def test_pronouns_agree_in_gender():
    work = run(SIBLINGS)
    octavia, bellamy = holder(work, "Octavia"), holder(work, "Bellamy")
    pron = {(m.start, m.character) for m in work.mentions if m.kind == "pronoun"}
    assert (work.text.index("him. She"), bellamy.id) in pron
    assert (work.text.index("She was the only"), octavia.id) in pron


TITLES = """
Commander Lexa stood at the head of the table. Clarke watched her from the doorway.

The Commander did not look up. "Sit," Lexa said.

Clarke sat. Across the room, the Commander's guard shifted his weight. Clarke waited.
"""


def test_a_title_joins_the_one_holder_of_that_title():
    work = run(TITLES)
    lexa = holder(work, "Lexa")
    assert "the Commander" in lexa.aliases or "The Commander" in lexa.aliases
    assert mention_char(work, "the Commander's") == lexa.id
    assert mention_char(work, "The Commander", kind="title") == lexa.id


def test_pack_alias_resolves_to_the_canonical_character():
    text = """
Heda stood alone on the balcony. Clarke came to stand beside her.

"You should sleep," Clarke said.

"So should you," said Lexa. The Commander almost smiled.
"""
    work = run(text, pack="the100")
    lexa = holder(work, "Heda")
    assert lexa.name == "Lexa" and lexa.canonical == "Lexa" and lexa.pronouns == "she"
    clarke = holder(work, "Clarke")
    assert clarke.name == "Clarke Griffin" and clarke.canonical == "Clarke Griffin"
    assert mention_char(work, "Heda") == lexa.id
    assert character_by_surface(work)["Heda"] == lexa.id


def test_places_days_and_sentence_openers_are_not_characters():
    text = """
Chapter Two

On Monday, Clarke rode out of Arkadia toward Polis. Maybe the roads were safe. Then again, maybe not.

In Polis the market was loud. Clarke walked through Polis with her hood up, and she kept walking.

"Clarke," Raven said from the gate. Clarke waved at her and went on into Polis.
"""
    work = run(text)
    names = {c.name for c in work.characters}
    assert {"Clarke", "Raven"} <= names
    assert not names & {"Chapter", "Chapter Two", "Monday", "Polis", "Arkadia", "Maybe", "Then", "In"}


def test_ids_follow_prominence_and_mentions_are_sorted():
    work = run(SIBLINGS)
    counts = [c.mentions for c in work.characters]
    assert counts == sorted(counts, reverse=True)
    assert [c.id for c in work.characters] == [f"c{i + 1}" for i in range(len(work.characters))]
    starts = [m.start for m in work.mentions]
    assert starts == sorted(starts)


def test_a_character_only_talked_about_is_not_present():
    text = """
"Have you heard from Wells?" Clarke asked.

Finn shook his head. "Not since the storm. Wells's letters stopped coming."

Clarke turned back to the fire, and Finn sat down beside her.
"""
    work = run(text)
    assert holder(work, "Wells").present is False
    assert holder(work, "Finn").present is True


def test_object_pronoun_skips_the_subject_of_its_sentence():
    text = """
Clarke stood at the window, and Clarke did not turn around.

Octavia came in without knocking. Octavia grinned at her.
"""
    work = run(text)
    at_her = work.text.index("her.")
    m = next(m for m in work.mentions if m.start == at_her)
    assert m.character == holder(work, "Clarke").id


def test_restrict_keeps_only_the_listed_characters():
    cast = [
        CharacterEntry("Mrs. Harrowby", [], "she"),
        CharacterEntry("Mr. Harrowby"),
        CharacterEntry("Jane Tolley", ["Jane"]),
    ]
    work = run(HARROWBYS, restrict=cast)
    names = [c.name for c in work.characters]
    assert sorted(names) == sorted(e.name for e in cast)  # listed even when never named
    mrs = holder(work, "Mrs. Harrowby")
    assert mrs.mentions >= 3
    assert mention_char(work, "Mr. Harrowby was oiling") == holder(work, "Mr. Harrowby").id
    assert next(c for c in work.characters if c.name == "Jane Tolley").mentions == 0
    assert work.characters[-1].name == "Jane Tolley"  # ordered by prominence


def test_restrict_aliases_count_as_the_entrys_own_names():
    text = """
Nellie ran down to the rocks. "Tom!" she shouted, but the wind took it.

Nell found him at the foot of the lamp tower. Tommy was soaked through.
"""
    cast = [CharacterEntry("Nell Carver", ["Nellie"], "she"), CharacterEntry("Tom Carver", ["Tommy"], "he")]
    work = run(text, restrict=cast)
    nell, tom = holder(work, "Nell Carver"), holder(work, "Tom Carver")
    assert {"Nellie", "Nell"} <= set(nell.aliases)
    assert {"Tom", "Tommy"} <= set(tom.aliases)
    assert mention_char(work, "she shouted") == nell.id


FIRST_PERSON = """
I was halfway through the ledger when the door banged open and I dropped my pen.

"Hermione," Ron said, "you have to see this."

I looked up at him. He was covered in soot, and I could not help laughing at him.

"Hermione, I mean it," he said. "Harry's gone and set fire to the owlery."

I followed him out. I did not even stop to close my book, which tells you how worried I was.
"""


def test_first_person_narrator_is_the_character_others_address():
    work = run(FIRST_PERSON)
    assert work.layers.get(Cast).first_person is True
    hermione = holder(work, "Hermione")
    assert work.layers.get(Cast).narrator == hermione.id
    i_mention = work.text.index("I was halfway")
    assert any(m.start == i_mention and m.character == hermione.id for m in work.mentions)
    # "I" inside a quote is the speaker's business, not the narrator's
    inside = work.text.index("I mean it")
    assert not any(m.start == inside for m in work.mentions)


def test_the_narrator_is_the_one_named_in_replies_to_the_narrators_own_lines():
    # Lisbet is called by name more often, but Tobin is the one answered after "I said"
    text = """
The kitchen was warm when I came in. Jonah stood at the stove and I sat down by the window.
Lisbet had gone out early with the buckets, and she was not back.

"Lisbet, fetch the salt," Jonah called up the stairs. "Lisbet, are you deaf?"

Jonah banged the lid down on the pot. "Useless, the lot of you," he muttered.

"She went to the well," I said.

"Then you fetch it, Tobin," he said. "And don't sulk."

I fetched it. I did not sulk, though I wanted to, and I watched the snow come down and waited for Lisbet.
"""
    work = run(text)
    assert work.layers.get(Cast).first_person is True
    tobin = holder(work, "Tobin")
    assert work.layers.get(Cast).narrator == tobin.id
    assert mention_char(work, "I fetched") == tobin.id


def test_the_narrators_kin_who_speaks_is_a_character_of_its_own():
    text = """
I got home after dark. Wick was asleep on the porch, and I stepped over him.

"You're late," said my father. He did not look up from the fire.

"The mule threw a shoe," I said.

"Mules do," my father said, and I went in to my supper. My father said nothing more that night.
"""
    work = run(text)
    father = holder(work, "my father")
    assert father.pronouns == "he" and father.id != work.layers.get(Cast).narrator
    assert mention_char(work, "my father") == father.id
    assert mention_char(work, "my father", nth=1) == father.id
    assert mention_char(work, "I said") == work.layers.get(Cast).narrator


def test_whom_the_narrator_calls_by_name_is_not_the_narrator():
    text = """
I followed Lisbet down to the river. Lisbet walked fast and I had to run to keep up.

"Lisbet, wait," I called.

"Lisbet, please," I said again.

She stopped at the water and looked at it. "The ice is thin this year," she said.

"Go home, Tobin," she said after a while. "Your mother will worry."

I did not go home. I sat on the bank and I watched her throw stones.
"""
    work = run(text)
    tobin = holder(work, "Tobin")
    assert work.layers.get(Cast).narrator == tobin.id
    assert mention_char(work, "I followed") == tobin.id


def test_unnamed_first_person_narrator_gets_a_narrator_character():
    text = """
I woke before dawn. I made my coffee and I walked to the harbour, where Marek was already mending nets.

Marek nodded to me. He said nothing, and I said nothing back. I liked him for that.
"""
    work = run(text)
    narrator = next(c for c in work.characters if c.name == "narrator")
    assert work.layers.get(Cast).narrator == narrator.id
    assert holder(work, "Marek").pronouns == "he"


def test_singular_they_resolves_only_to_a_they_character():
    text = """
Sam locked the shop and pocketed the key. They walked home along the canal.

Ruth waited by the gate. She waved when Sam came round the corner.
"""
    cast = [CharacterEntry("Sam", [], "they"), CharacterEntry("Ruth", [], "she")]
    work = run(text, restrict=cast)
    sam = holder(work, "Sam")
    assert mention_char(work, "They walked") == sam.id
    plain = run(text)  # without the list, "they" is plural and left alone
    assert mention_char(plain, "They walked") is None


def test_pipeline_reads_a_character_file(tmp_path):
    from ficlens.pipeline import Options, analyze

    cast = tmp_path / "cast.toml"
    cast.write_text('[[characters]]\nname = "Mrs. Harrowby"\n[[characters]]\nname = "Mr. Harrowby"\n', encoding="utf-8")
    work = analyze(HARROWBYS.strip() + "\n", Options(characters=cast))
    assert sorted(c.name for c in work.characters) == ["Mr. Harrowby", "Mrs. Harrowby"]


def test_listed_epithets_are_matched_and_give_their_gender():
    text = """
The old man set down his pipe. The girl waited at the door of the hut.

"You came back," the old man said. "I thought the river had you."

"Not yet," she said, and she came in out of the rain.
"""
    cast = [CharacterEntry("the old man"), CharacterEntry("the girl")]
    work = run(text, restrict=cast)
    man, girl = holder(work, "the old man"), holder(work, "the girl")
    assert man.pronouns == "he" and girl.pronouns == "she"
    assert mention_char(work, "she said") == girl.id


def test_a_listed_possessive_description_names_its_character_not_the_narrator():
    text = """
I came home late, and my mother was still up, knitting by the fire. My sister Tam had gone to bed.

"You missed supper," said my mother. "There is bread in the crock."

I thanked her and went up to my room. My mother never slept until I was in, and I knew it.
"""
    cast = [CharacterEntry("Wen", aliases=["I"]), CharacterEntry("Tam"), CharacterEntry("Mrs. Hale", aliases=["my mother"])]
    work = run(text, restrict=cast)
    mother = holder(work, "Mrs. Hale")
    assert mention_char(work, "my mother") == mother.id
    assert mention_char(work, "my mother", nth=1) == mother.id
    # the sentence-initial form is the same description
    assert mention_char(work, "My mother") == mother.id
    # "I" and a "my" of no listed description stay the narrator's
    wen = holder(work, "Wen")
    assert work.layers.get(Cast).narrator == wen.id
    assert mention_char(work, "I thanked") == wen.id
    assert mention_char(work, "my room") == wen.id


def test_several_honorifics_and_their_epithet_name_one_man():
    text = """
Detective Inspector Lestrade arrived at nine, wet through. Lestrade took the chair by the fire.

"Tea?" I asked. The Detective Inspector shook his head and said nothing.
"""
    work = run(text)
    greg = holder(work, "Lestrade")
    assert "Detective Inspector Lestrade" in [greg.name, *greg.aliases]
    assert mention_char(work, "The Detective Inspector") == greg.id


def test_a_title_or_a_wifes_name_is_another_person():
    text = """
Sir Bertram Ashcombe read the paper. Miriam Ashcombe watched him from the window, and Miriam said nothing.

Mr. Ashcombe called at noon; Sir Bertram received him coldly. Lady Ashcombe had been dead for years.

"Mr. Ashcombe is charming," said Miriam. Mr. Ashcombe bowed.
"""
    work = run(text)
    walter, anne = holder(work, "Sir Bertram Ashcombe"), holder(work, "Miriam")
    mr, lady = holder(work, "Mr. Ashcombe"), holder(work, "Lady Ashcombe")
    assert len({walter.id, anne.id, mr.id, lady.id}) == 4
    assert holder(work, "Sir Bertram").id == walter.id


def test_ao3_character_tags_name_the_characters():
    work = segment(read("Honoroit sighed. Emmanellain was late again, and Honoroit said so.\n"))
    work.meta.tags["character"] = ["Honoroit Banlardois", "Original Characters"]
    find_quotes(work)
    find_characters(work)
    hono = holder(work, "Honoroit")
    assert hono.name == hono.canonical == "Honoroit Banlardois"
    assert not any(c.name.startswith("Original") for c in work.characters)


def test_an_unnamed_speaker_becomes_a_character_and_takes_pronouns():
    text = """
Rain hammered the windows of the ward all night.

"He will live," said the surgeon. He wiped his hands and turned to the window.
"""
    work = run(text)
    surgeon = holder(work, "the surgeon")
    assert surgeon.pronouns is None or surgeon.pronouns == "he"
    assert mention_char(work, "He wiped") == surgeon.id


def test_a_description_keeps_naming_the_character_it_was_first_taken_for():
    text = """
Abel Pryce climbed the last stair and set the lamp down. Abel was seventy and slow.

"You're late," the old man said. Tom came in behind him, shaking off the rain.

Tom stood by the fire. "Sit," said the old man, and Tom sat.
"""
    work = run(text)
    abel = holder(work, "Abel")
    assert mention_char(work, "the old man said") == abel.id
    assert mention_char(work, "the old man, and") == abel.id


READER_INSERT = """
You wake before the alarm, the way you always do on mission days. Your boots are by the door.

Bucky is already in the kitchen. "Morning, Y/N," he says, and hands you a mug.

You take it. Your fingers brush his, and you pretend not to notice. Y/N, you tell yourself, focus.
"""


def test_reader_insert_you_is_the_reader():
    work = run(READER_INSERT)
    reader = holder(work, "Y/N")
    assert work.layers.get(Cast).reader == reader.id
    assert mention_char(work, "You wake") == reader.id
    assert mention_char(work, "he says") == holder(work, "Bucky").id


def test_short_honorific_forms_join_the_full_one_except_between_sisters():
    text = """
Dr. Howard Fennick knocked twice. Dr. Fennick was never patient, and he knocked again.

Miss Quarrie kept the post office. Miss Letty Quarrie, her sister, sorted the letters.

"Letty," said Miss Quarrie, "the stamps." Miss Letty Quarrie fetched them at once.
"""
    work = run(text)
    assert holder(work, "Dr. Fennick").id == holder(work, "Dr. Howard Fennick").id
    assert holder(work, "Miss Quarrie").id != holder(work, "Miss Letty Quarrie").id


def test_a_listed_it_character_never_takes_he_or_she():
    text = """
Wren knelt by the little rover. The rover whirred and blinked its lamp at her.

"Hold still," she said.

Odo came in with the toolkit. He set it down beside the rover.
"""
    cast = [CharacterEntry("Wren", [], "she"), CharacterEntry("the rover", [], "it"), CharacterEntry("Odo", [], "he")]
    work = run(text, restrict=cast)
    assert holder(work, "the rover").pronouns == "it"
    assert mention_char(work, "she said") == holder(work, "Wren").id
    assert mention_char(work, "He set") == holder(work, "Odo").id


def test_a_scene_that_opens_on_he_opens_on_the_storys_main_man():
    text = """
Tobin walked the harbour wall every morning. Tobin knew every boat by its bell, and Tobin
kept a list of them. The harbourmaster, Mr. Vell, waved to him from the office.

"Fog by noon," Mr. Vell said, and went back inside.

* * *

That night he could not sleep. He sat at the window and listened to the bells.
"""
    work = run(text)
    assert work.scene_breaks
    assert mention_char(work, "he could not") == holder(work, "Tobin").id


def test_a_story_that_opens_on_she_opens_on_its_main_woman():
    text = """
She had never liked the lighthouse. Mara said so to anyone who asked, and Mara said it
again when Iris came up the path with the lamp oil.

"You say that every week," Iris said. Mara only shrugged, and she pulled her shawl tighter.
"""
    work = run(text)
    assert mention_char(work, "She had") == holder(work, "Mara").id


def test_a_sentence_opening_adverb_is_not_part_of_a_name():
    text = """
Tobin waited by the gate for an hour. Finally Tobin gave up and went home. Presently Mara
came down the lane and found the gate empty.
"""
    work = run(text)
    names = {c.name for c in work.characters}
    assert "Finally Tobin" not in names and "Presently Mara" not in names
    assert mention_char(work, "Tobin gave") == holder(work, "Tobin").id


def test_a_subject_followed_by_a_short_phrase_is_still_the_subject_of_its_verb():
    from ficlens.pipeline import Options, analyze

    text = (
        "My sister says I should write down how the lodger came, so here it is: the spring when Sam Pook "
        "with the crutch first rang at our shop.\n\nHe stood a long while in the doorway, shaking the "
        "rain off his hat and peering round at the empty shelves.\n\n"
        '"A quiet house," says he, "and a warm one. I\'ll stop here."\n'
    )
    work = analyze(text, Options())
    names = {c.id: c.name for c in work.characters}
    assert names[work.quotes[0].speaker] == "Sam Pook"


def test_the_narrators_description_before_a_name_is_an_alias():
    text = """
I had barred the gate at dusk, and it was my old friend, Walter Ames, who rode up and hallooed until I let him in.

"You keep a careful house," said Walter, laughing as he got down.

"It is my habit," I answered, and took his horse.
"""
    work = run(text)
    walter = holder(work, "Walter Ames")
    assert "my old friend" in walter.aliases
    assert mention_char(work, "my old friend", kind="title") == walter.id
