"""Pronouns: what each says about its referent, and the subsets the rules read."""

from __future__ import annotations

# Narration pronouns and what they say about their referent.
PRONOUN_GENDER = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they", "themself": "they",
    "i": "i", "me": "i", "my": "i", "mine": "i", "myself": "i",
    "you": "you", "your": "you", "yours": "you", "yourself": "you",
}

# The subject, object and possessive-determiner forms of the third person, for the speaker
# rules' tag pronouns (`he said`, `said to her`): `PRONOUN_GENDER` without the reflexives
# and the independent possessives (`hers`, `theirs`), which no tag uses.
THIRD_PERSON = {
    w: g for w, g in PRONOUN_GENDER.items()
    if g in ("he", "she", "they") and not w.endswith(("self", "selves")) and w not in ("hers", "theirs")
}

# Possessive determiners: `his hand`, `our boat`.
POSSESSIVES = frozenset({"my", "his", "her", "their", "your", "our", "its"})

# A writer's note giving a character's pronouns (`jules uses they/them`, `nonbinary
# lavellan (they/them)`, `Hange uses they/them here`): the name, then the subject form.
DECLARED_PRONOUNS = (
    r"\b(?P<name>[A-Za-z][\w'’-]+)\s+(?:(?:is|are)\s+(?:nonbinary|non-binary|enby|agender|genderfluid)\s+"
    r"(?:and\s+)?)?(?:uses|use|goes\s+by)\s+(?P<pron>they|she|he)/(?:them|her|him|they|she|he)\b"
    r"|\b(?P<name2>[A-Za-z][\w'’-]+)\s+\((?P<pron2>they|she|he)/(?:them|her|him|they|she|he)\)"
)
