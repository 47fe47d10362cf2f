"""Regular expressions and word sets shared by several speaker rules."""

from __future__ import annotations

import re

from ficlens.lang.en.abbreviations import CAPITALISED
from ficlens.lang.en.pronouns import POSSESSIVES, THIRD_PERSON

_ABBREV = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in CAPITALISED) + r")\.$")
# a match starts only where a run of stops starts: tried at every dot of "......" it
# made a long run quadratic (a match inside a run ends where the whole run's would)
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s|$)")
_VOICE = re.compile(r"[’']s\s+(?:voice|tone|words|reply|answer|response|whisper)\b", re.IGNORECASE)
_PREPS = (
    "to|at|with|from|for|of|on|about|toward|towards|into|behind|beside|past|by|after|"
    "before|than|like|under|over|near|around|against|upon|onto|through"
)
# a name right after a preposition or a conjunction is nobody's subject
_PREP_BEFORE = re.compile(rf"\b(?:{_PREPS}|and|or)\s+(?:the\s+)?$", re.IGNORECASE)
_ASKS_NAME = re.compile(r"\b(?:[Yy]our name|[Ww]ho are you|[Ww]hat are you called|[Ww]hat name)\b")
_PERCEIVE = re.compile(r"\b(?:hear|hears|heard|hearing|overhear|overheard|overhearing)\b")
# `cried one of the women`, `cried the voice of Tom Harper`
_ONE_OF = re.compile(r"\s*(?:(?:one|some|each|several|two|three|all|any) of|the voice of)\s+(?:the\s+)?")
_PERCEIVE_BEAT = re.compile(_PERCEIVE.pattern[:-3] + r"|see|sees|saw|seeing|watch|watches|watched|watching)\b")
# reported speech (`answered that the ferry had gone`), not `said that night`
_SUBORDINATE = re.compile(r"\s*(?:[Ww]hen|[Ww]hile|[Aa]s|[Aa]fter|[Bb]efore|[Ii]f|[Tt]hough|[Aa]lthough|[Ss]ince|[Uu]ntil|[Oo]nce|[Bb]ecause)\s+$")
_INDIRECT = re.compile(
    r"\s+that\b(?!\s+(?:night|morning|evening|afternoon|day|week|year|time|way|moment|summer|winter|spring|autumn)\b)"
)
_BARE_PRONOUN = re.compile(r"(?:\b(he|she|they|I|we)\b)", re.IGNORECASE)


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_FIRST_PERSON_SMALL = re.compile(r"\b(?:I|i|me|my|mine|myself)\b")  # a work in lower case by choice
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_GENDER = THIRD_PERSON
_POSSESSIVE = POSSESSIVES
# a possessor speaks through these (`her voice shook`, `Lexa's gaze moved`); any other
# possessed noun is someone else (`said her husband`, `his wife called`)
_BODY = frozenset(
    """voice voices tone words lips mouth face eyes eye gaze head hand hands jaw throat breath
    reply answer expression brows eyebrows eyebrow smile grin laugh shoulders chin cheeks""".split()
)
# an adverb between an inverted tag's verb and its subject: `interposed, more gently, a tall girl`
# ... or the voice standing for its owner: `cried the voice of Robert Dane`
_ADVERB_GAP = re.compile(r"[ \t]*,?[ \t]*(?:more[ \t]+|very[ \t]+)?[a-z]+ly[ \t]*,?[ \t]*|[ \t]*the[ \t]+voice[ \t]+of[ \t]+")
_NEXT_WORDS = re.compile(r"(?:[’']s)?\s+(\w+)(?:\s+(\w+))?")
_WORD = re.compile(r"\w[\w'’-]*")
