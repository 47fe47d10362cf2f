"""`continued the young man`: the line goes on from the previous line's speaker."""

from __future__ import annotations

from attribution import run_with_cast, speaker_of

from ficlens.fandoms import CharacterEntry

STATION = """
The train had been late, and the platform was nearly empty when it came in.

"Marigold, you terror!"

"Kit Darrow, as I live!"

The two old friends hugged on the platform until a porter asked them to move.

"Three whole years since the wedding," continued the young woman. "You have not changed one bit. Come and have tea with me."
"""


def test_a_line_continued_by_a_description_goes_on_from_the_last_speaker():
    cast = [CharacterEntry("Kit Darrow", aliases=["Kit"], pronouns="he"),
            CharacterEntry("Marigold", pronouns="she")]
    work = run_with_cast(STATION, cast)
    assert speaker_of(work, "Kit Darrow, as I") == "Marigold"
    assert speaker_of(work, "Three whole years") == "Marigold"
    assert speaker_of(work, "You have not changed") == "Marigold"


DOORSTEP = """
Hetty was choosing apples at the market stall when someone tapped her shoulder. A stout woman with a basket of eggs on her arm stood behind her, smiling.

"You will be young Mrs. Hetty Lorne," said Miss Agatha.

"Yes," said Hetty, puzzled.

"Miss Agatha Crane," said the caller. "Your husband must have told you about his cousin from the hills?"

Hetty admitted that he had, and they walked home together with the eggs.
"""


def test_a_described_caller_who_gives_her_own_name_takes_her_turn_in_the_exchange():
    cast = [CharacterEntry("Miss Agatha", aliases=["Miss Agatha Crane", "Agatha"], pronouns="she"),
            CharacterEntry("Hetty", aliases=["Mrs. Hetty Lorne"], pronouns="she")]
    work = run_with_cast(DOORSTEP, cast)
    assert speaker_of(work, "Yes") == "Hetty"
    assert speaker_of(work, "Miss Agatha Crane") == "Miss Agatha"
    assert speaker_of(work, "Your husband must") == "Miss Agatha"
