"""A name written in capitals inside a line (`"CORIN! The tide!"`) is a mention of the
Corin the text names otherwise, a call here; a shouted sentence of common words, or a
capital name outside quotes (a sign, a heading), is no one (original passage)."""

from __future__ import annotations

from ficlens.characters.names import extract
from ficlens.pipeline import Options, analyze

PIER = """
Tamsin Holt leaned over the railing of the pier. Below her, Corin was still fiddling with the outboard motor, and the sign on the hut said CLOSED.

"You said ten minutes," Tamsin said.

"I said ten-ish."

The engine coughed and died, and Corin swore at it.

"CORIN! The tide!"

"I WILL GET IT GOING," he shouted. "I will."
"""


def _capital_occs() -> list[tuple[str, str, bool]]:
    work = analyze(PIER.strip() + "\n", Options())
    occs, _ = extract(work, (), {"will", "closed", "get", "it", "going", "the", "tide"})
    return [(o.surface, work.text[o.start : o.end], o.vocative) for o in occs if o.capitals]


def test_a_name_in_capitals_is_called() -> None:
    assert ("Corin", "CORIN", True) in _capital_occs()


def test_shouted_words_and_signs_are_no_one() -> None:
    assert {text for _, text, _ in _capital_occs()} == {"CORIN"}
