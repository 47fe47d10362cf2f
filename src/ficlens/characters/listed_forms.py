"""How a listed form (a pack's or a user's alias) may be written in the text besides verbatim.

A nickname of common words that a pack writes with capitals ("Pretty Boy", "Baby Girl")
is written small after its first word as often as not when a speaker calls it out
(`"Pretty boy," Morgan said`, `"He's fine, Baby girl"`): the capital opening it is the
call's, not the name's. `cluster.Clusters` matches that form too, verbatim. A form with a
function word or a title in it ("Boy Who Lived", "Lord Commander") is left as listed.
"""

from __future__ import annotations

from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.honorifics import HONORIFICS


def small_after_first(form: str) -> str | None:
    """`form` with every word after the first in lower case ("Pretty Boy" -> "Pretty boy"),
    for a form of two or more capitalised words, none a function word or an honorific;
    else None."""
    words = form.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(w in STOP or w in HONORIFICS for w in words):
        return None
    return words[0] + " " + " ".join(words[1:]).lower()
