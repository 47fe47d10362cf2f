"""The narrator calls themself by name in a line said to themself, and is never the one the
narration tells of doing something to "me"."""

from __future__ import annotations

from tests.characters.test_narrator import narrator_name, run

TOLD_MYSELF = """
I climbed the ladder to the loft. The old set hissed on the bench, and I turned the dial.

"Anyone there? This is Pike at the mill, anyone there?"

I grabbed the handset so fast I nearly dropped it.

"Pike! Pike, we hear you!"

"Thank god," the voice said. "Is Dora with you?"

"We're here, Pike," Dora said from the ladder. "All of us."

My hands were shaking. I put the handset down before I broke it.

"Quit shaking, Juno," I told myself. It did not help. It never does.

"Juno? You all right?" Dora asked.

"Fine," I said. I was not fine. I sat on the floor and I laughed.
"""

BESIDE_ME = """
The bus was late again. I stood at the stop with my bag and my bad mood.

"Coffee, Nell?" Tam asked, and held out a cup.

"Bless you," she said. She took it with both hands.

Nell came and stood next to me. She smelled of rain.

"Long night?" I asked.

"Don't ask," Tam said. "She never sleeps. Right, Nell?"

"Right," she said, and yawned at me. I laughed and I looked away up the road.

"There it is," I said. I picked up my bag and I got on.
"""


def test_a_name_the_narrator_calls_themself_is_theirs():
    assert narrator_name(run(TOLD_MYSELF)) in ("Juno",)


def test_one_told_of_beside_me_is_not_the_narrator():
    assert narrator_name(run(BESIDE_ME)) == "narrator"
