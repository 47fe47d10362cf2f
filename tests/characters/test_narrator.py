"""First-person narration: whether there is a narrator, and who the narrator is."""

from __future__ import annotations

from ficlens.layers import Cast
from ficlens.characters import find_characters
from ficlens.fandoms import CharacterEntry
from ficlens.model import Work
from ficlens.quotes import find_quotes
from ficlens.read import read
from ficlens.segment import segment


def run(text: str, restrict: list[CharacterEntry] | None = None) -> Work:
    work = segment(read(text.strip() + "\n"))
    find_quotes(work)
    return find_characters(work, restrict=restrict)


def narrator_name(work: Work) -> str | None:
    c = work.character(work.layers.get(Cast).narrator)
    return c.name if c else None


def test_a_frame_narrator_who_speaks_makes_the_story_first_person():
    # the narration is mostly about Abner and his sister, but "I said" shows a narrator
    text = """
Abner came in from the yard. He had the lantern, and he set it down by his sister. She was mending
a net, and she did not look up. He stood there a while. He was tired, and his boots were wet.
She knew he wanted her to ask, and she would not. He sighed and he sat down.

"The boat is gone," he said.

"Gone where?" I asked. I had been sitting in the corner the whole time.

"Out past the point. She slipped her rope." He rubbed his face. She put the net down at last.

"Then we'll look at first light," I said. I got up and I went to the window.

She watched him. He watched the fire. He said nothing more, and she went back to her net.
"""
    work = run(text)
    assert work.layers.get(Cast).first_person is True
    assert narrator_name(work) == "narrator"
    i_asked = work.text.index("I asked")
    assert any(m.start == i_asked and m.character == work.layers.get(Cast).narrator for m in work.mentions)


def test_the_name_the_narrator_is_called_by_is_the_narrators():
    text = """
The miller's boys called me Wren, because I was small and never still. I did not mind it.

"Hollis, the sacks," the miller shouted, and Hollis ran past me with his arms full.

"Hollis, the other ones!" the miller shouted again. I laughed, and I went to help him.

"Leave it," Hollis said to me. "You'll only drop them."
"""
    work = run(text)
    assert narrator_name(work) == "Wren"


def test_a_name_that_answers_the_narrators_who_is_not_the_narrator():
    text = """
I was shelling peas on the step when Ada came up the lane. I knew at once something was wrong.

"He's dead," she said. "They found him this morning."

"Who?" I asked.

"Haskell."

I put the bowl down. I had known Haskell all my life, and I could not think what to say to her.
"""
    work = run(text)
    assert narrator_name(work) != "Haskell"


def test_a_listed_narrator_talked_about_only_in_quotes():
    text = """
I rode up to the house at noon. Ansel met me at the door and he did not smile.

"So you are the new tenant," he said. "Mrs. Dray, see to Corwin's horse."

Mrs. Dray took the reins without a word. I followed Ansel inside. He showed me a chair.

"Corwin, is it? Sit, then," he said. I sat, and I waited for him to speak again.
"""
    cast = [CharacterEntry("Ansel"), CharacterEntry("Mrs. Dray"), CharacterEntry("Corwin")]
    work = run(text, restrict=cast)
    assert work.layers.get(Cast).first_person is True
    assert narrator_name(work) == "Corwin"


def test_a_titled_name_said_only_by_others_names_an_unlisted_narrator():
    text = """
I rode up to the house at noon. Ansel met me at the door and he did not smile at me.

"Mr. Pell, I suppose," he said. "We had your letter." I said that he had, and I got down.

Ansel led the horse to the trough himself. I followed him and I waited for him to speak.

"Mr. Pell will want his dinner," he called to someone inside. I was very glad to hear it.
"""
    work = run(text)
    assert narrator_name(work) == "Mr. Pell"


def test_a_listed_narrator_speaks_once_in_a_story_told_of_others():
    text = """
Bram was a thatcher, and he was proud of it. He had thatched half the roofs in the valley, and his
brother had thatched the rest. He never let his brother forget which half was better.

"Which roof is yours?" I asked him once, when I was a boy.

He pointed with his whole arm. He did not say a word, and he did not need to.
"""
    cast = [CharacterEntry("Bram"), CharacterEntry("narrator")]
    work = run(text, restrict=cast)
    assert narrator_name(work) == "narrator"
    assert any(m.start == work.text.index("I asked") for m in work.mentions)


def test_a_narrator_who_answers_with_a_full_name_alone_gives_their_own():
    text = """
The clerk looked up from his ledger when I came in. I waited while he finished his line.

"The gentleman from the coast?" he asked me.

"Yes," I said, "Tomas Reyne."

He wrote it down slowly, and then he gave me a key. I took it and went up to my room.
"""
    work = run(text)
    assert narrator_name(work) == "Tomas Reyne"


def test_i_comma_name_gives_the_narrators_name_in_a_letter():
    text = """
Dear Wilma,

Your parcel came today. Me--I, Odile Brandt, the keeper of a lighthouse! I laughed until I cried.
I have put the kettle on, and I am writing this by the lamp while the gulls argue outside.

"Wilma has lost her mind," I told the cat. "Utterly, Wilma has." The cat agreed with me.

I will write again on Sunday. I am, as ever, your friend.
"""
    work = run(text)
    assert narrator_name(work) == "Odile Brandt"


def test_one_called_by_name_who_answers_with_a_tag_of_their_own_is_not_the_narrator():
    text = """
I sat on the stairs and listened to them argue in the kitchen. I was supposed to be asleep.

"Boys need air," said old Marrow. "Am I right, Oswin?"

"You are," said my uncle. "I have always said so."

I crept back up to bed before they saw me, and I lay awake a long time thinking about it.
"""
    work = run(text)
    assert narrator_name(work) != "Oswin"
