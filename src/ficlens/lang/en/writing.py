"""Words that tell of a letter, a note or a telegram quoted in full in a paragraph of its
own, read by `quotes.kinds`: the sign-off that closes it (`Love, Molly`, `— G.V.`); and a
note that is a tone of voice, not writing."""

from __future__ import annotations

import re

__all__ = ["SIGN_OFF", "TONE_NOTE"]

# the close of a letter or a note: a sign-off and a name (`Love, Molly`, `Your loving son,
# Samwise.`, `Yours sincerely, R. Hallam`), a dash and a name or initials (`—Gosling,
# Ripley.`, `— G.V.`, `-TS`), or initials alone after a sentence (`Do not let him bake. M.`)
SIGN_OFF = re.compile(
    r"(?:(?:^|[.!?]\s+)(?i:love|yours(?:\s+(?:truly|sincerely|faithfully|ever|affectionately))?|sincerely|regards|"
    r"best\s+wishes|all\s+my\s+love|your\s+(?:loving|affectionate)\s+[a-z]+|"
    r"your\s+(?:husband|wife|son|daughter|friend|brother|sister|mother|father|mum|mom|dad|aunt|uncle|"
    r"cousin|niece|nephew|grandson|granddaughter)|"
    r"from\s+your\s+(?:loving|affectionate)\s+[a-z]+(?:\s+[a-z]+)?)\s*,\s*"
    r"(?:[A-Z][\w’'.-]*[\s,]*){1,5}"
    r"|(?:[.!?]\s*(?:—|–|--|-)|\s(?:—|–|--|-)\s*)(?:[A-Z][\w’'.-]*[\s,]*){1,4}"
    r"|[.!?]\s+(?:[A-Z]\.){1,3})"
    r"\s*[.!]?$"
)

# a note of the voice, not a written one (`quotes.kinds` takes it out before it looks for a
# word of writing): `her voice on a clear artificial note:`
TONE_NOTE = re.compile(r"\bon\s+(?:a|an|the|one)\s+(?:[\w’'-]+\s+){0,3}notes?\b", re.IGNORECASE)
