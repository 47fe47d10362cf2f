"""Names that read like calls but are talked about: an echoed name (`"Rennick? No, he
left."`), a name supplied after a dash (`"the new clerk—Rennick—told me"`) and a name
announced to a `sir` (`"Mr. Rennick, sir."`). The one named is not the addressee."""

from __future__ import annotations

from ficlens.model import Work
from ficlens.pipeline import analyze

OFFICE = """
Ivo Rennick kept the books at the yard. Marta Quill and Jory Stamp were alone in the office that evening.

"Where is the ledger?" asked Marta.

"Rennick? No, he took it home at noon," said Jory.

"Then the new clerk—Rennick—must bring it back," said Marta.

Jory went out. A boy put his head round the door and spoke to the master, Hal Dunmore, who sat by the stove.

"Mr. Rennick, sir. He is at the gate," said the boy.

"Let him wait," said Hal Dunmore.
"""


def _addressed(work: Work, snippet: str) -> set[str]:
    q = next(q for q in work.quotes if snippet in work.text[q.start : q.end])
    names = {c.id: c.name for c in work.characters}
    return {names.get(a, a) for a in q.addressees}


def test_an_echoed_name_is_asked_about():
    work = analyze(OFFICE.strip() + "\n")
    assert not any("Rennick" in n for n in _addressed(work, "No, he took it home"))


def test_a_name_between_dashes_is_supplied_not_called():
    work = analyze(OFFICE.strip() + "\n")
    assert not any("Rennick" in n for n in _addressed(work, "the new clerk"))


def test_a_name_announced_to_sir_is_not_called():
    work = analyze(OFFICE.strip() + "\n")
    assert not any("Rennick" in n for n in _addressed(work, "He is at the gate"))

