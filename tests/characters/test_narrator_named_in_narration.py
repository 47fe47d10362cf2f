"""Of a closed character list, one the narration names again and again ("Tobin grinned")
and whom nobody calls next to a line the narrator says is not "I", however often the
others call him: the narrator is the listed one called once."""

from __future__ import annotations

from ficlens.fandoms import CharacterEntry
from tests.characters.test_narrator import narrator_name, run

CAMP = """
The bus left me at the gate with one bag. A tall boy in an orange shirt was waiting there.

"Tobin, is that the new one?" a girl called from the porch.

"Looks like it," Tobin said, and waved. I went over.

Tobin led the way past the lake and the climbing wall. Tobin talked the whole way.

"Come on, Tobin, let her breathe," the girl shouted after us.

"She can breathe. Welcome to camp, Juno."

"The lake is cold, though," he said.

"Thanks," I said.

I dropped my bag on the bunk he showed me. The girl from the porch came in behind us.

"Dinner's in ten," she said.

"Tobin, don't make her late."

"Fine, fine."

"He won't," I said. I unpacked my socks and my book. I lay down.
"""


def test_one_the_narration_keeps_naming_is_not_the_listed_narrator():
    cast = [CharacterEntry("Tobin"), CharacterEntry("Juno"), CharacterEntry("Mira")]
    work = run(CAMP, restrict=cast)
    assert narrator_name(work) == "Juno"
