"""Relatives the text names as such: "his brother John Ashdown", "Daniel, her son".

A man called "Mr. Ashdown" and a "John Ashdown" named as his brother (or son, or
father) are two people, though the surname fits both: `stated_relatives` returns the
first names the narration gives as someone's relative, with the one whose relative
they are: "his" -> "he", "her" -> "she", "Mr. Ashdown's" -> "of:Ashdown" (only that
surname's "Mr. Ashdown" is kept apart; "Lucy's brother Tom" may be Mr. Ashdown).
`cluster` then keeps "Mr. Ashdown" (he) off a full name with such a first name, and a
bare "Ashdown" off a full name given as "Ashdown's brother Tom". The text still joins
them when it writes "Mr. John Ashdown".
"""

from __future__ import annotations

import re

from ficlens.lang.en.honorifics import HONORIFICS

_KIN = (
    r"(?:brother|sister|son|daughter|father|mother|cousin|uncle|aunt|nephew|niece|"
    r"grandson|granddaughter|grandfather|grandmother|twin)"
)
_AGE = r"(?:(?:elder|younger|eldest|youngest|older|little|big|twin|only|first|second)[ \t]+)?"
_NAME = r"([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?"
# "his brother John", "Mr. Ashdown's son, Daniel Corrigan"
_BEFORE = re.compile(
    rf"\b(?:([Hh]is|[Hh]er)|([A-Z][a-z]+)(?:'s|’s))[ \t]+{_AGE}{_KIN}[ \t]*,?[ \t]+{_NAME}"
)
# "John Ashdown, his brother,"
# (`_NAME_AT`: the first capital, then the word start behind it: the engine skips ahead to
# each capital instead of testing \b at every position; the same matches)
_NAME_AT = r"([A-Z](?<=\b[A-Z])[a-z]+)(?:[ \t]+[A-Z][a-z]+)?"
_AFTER = re.compile(rf"{_NAME_AT},[ \t]+(his|her)[ \t]+{_AGE}{_KIN}\b")


# "young Robert", "little Ann" in the narration: a child of the family, no "Mr." nor "Mrs."
_YOUNG = re.compile(r"(?:y(?<![A-Za-z]y)oung|l(?<![A-Za-z]l)ittle)[ \t]+([A-Z][a-z]+)\b(?!\.)")


def stated_relatives(text: str) -> dict[str, set[str]]:
    """First name -> those the text calls them a relative of ("he", "she", "of:Surname"),
    and "young" for a first name the narration calls "young Robert" (a son or daughter of
    the house: the "Mr. Saunders" of the story is their father)."""
    out: dict[str, set[str]] = {}
    for m in _YOUNG.finditer(text):
        if m.group(1) not in HONORIFICS:  # "young Mr. Vincy" is a Mr.
            out.setdefault(m.group(1), set()).add("young")
    for m in _BEFORE.finditer(text):
        whose = f"of:{m.group(2)}" if m.group(1) is None else ("he" if m.group(1).lower() == "his" else "she")
        out.setdefault(m.group(3), set()).add(whose)
    for m in _AFTER.finditer(text):
        out.setdefault(m.group(1), set()).add("he" if m.group(2) == "his" else "she")
    return out
