"""Weights, limits and shared patterns of the character rules, in one place to tune."""

from __future__ import annotations

import re

# Endings of English words, rare in names: such a word that only opens sentences is a word.
_NARRATOR_NAMES = frozenset({"i", "me", "narrator", "the narrator", "myself"})
_WORDLIKE = re.compile(r"(?:ible|able|ous|ful|less|ness|ment|ing|ly|ish|ive|ity|tion)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]*\b")
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+\b")  # a capitalised word inside a sentence
_TAG_BREAK = re.compile(r"[.!?\n]")  # `I said. "...` tags no quote after it
I_TAG_GAP = 6  # characters between a quote and the "I" of its tag (`," I said`)
I_GOES_ON = 30  # characters from that "I" to a quote that goes on after the tag, in the same paragraph
ADDRESS_SHARE = 0.25  # a narrator the others name is called by it at least this often per quoted mention
NAMED_OTHER = 2  # names in the narration that make a listed character someone other than "I"
WEAK_CALLS_TURNS = 10  # narrator's lines from which one call of a name is too little to be theirs
FIRST_SHARE = 0.4  # I/me/my outside quotes per he/she that make the narration first person
FIRST_SHARE_SPEAKING = 0.2  # the same when the narrator is seen speaking (`," I said`)
I_TURNS_SPEAKING = 1
_ADDRESS = frozenset({"Mr", "Mrs", "Miss", "Ms", "Mx", "Master", "Dr"})  # how others address a narrator
_SOLE_NAME = re.compile(r"[\"'“‘][^?!,]*\.?[\"'”’]")  # a line of one statement, no question or call
SELF_NAMED = 6.0  # weight of a name the narrator gives as their own
_CALLED_ME = re.compile(
    r"(?:\b(?:call|calls|called|name|names|named)\s+(?:me|myself)|\b[Mm]y\s+name\s+(?:is|was)|\bI,)\s+$"
)  # `they called me Wren`, `my name was Wren`, `Me--I, Tamsin Vell, ...`
_I_AM = re.compile(r"(?:\bI\s+am|\bI['’]m|\b[Mm]y\s+name\s+is|\b[Cc]all\s+me|\bI,)\s+$")
_WHO_QUESTION = re.compile(r"\W*(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich)\b")
# a line the narrator says to themself (`"Don't, Reyes," I told myself`): its call is their own name
_TO_MYSELF = re.compile(r"[\"”’']?,?\s*I\s+(?:told|tell|reminded|remind|said\s+to|say\s+to|asked|ask)\s+myself\b")
_BESIDE_ME = re.compile(r"(?:\s+\w+){1,8}?\s+me\b(?![-'’])")  # `Garcia came and stood next to me`
TAG_AFTER = 20  # characters between a quote and its tag's subject
REPLY_VOCATIVE = 3.0  # weight of a name called out in a reply to the narrator
DECAY = 0.7  # salience kept from one sentence to the next
# Salience weights of one mention (tuned on the pronoun speech tags of LitBank and the samples)
W_NAME_SUBJ, W_NAME, W_QUOTED, W_PRON_SUBJ, W_PRON = 4.0, 1.5, 0.15, 1.0, 0.5
W_POSSESSOR = 0.2  # "on Tom's reply", "in Holmes's hand": a possessor heads no phrase of the sentence
# a name after a preposition (`turned to Nancy`, `sat beside Tom`): an oblique, which a
# he or she in the next sentence takes up less often than the direct object of a verb
W_OBLIQUE = 1.0
SAME_SUBJECT = 1.0  # bonus for the subject of the pronoun's own sentence
# salience kept by one the narration sends out of the scene (`Gojo has vanished.`,
# `Lucius smiled, and drifted off`): fanfic-train +4 / +4 quotations (e2e / gold chars),
# se-train 0 / 0, dev rows 0; 0.3 and 0.0 no better (+3 / +3 and -1 on train)
GONE = 0.1
# centering: bonus, for a subject pronoun, for the subject of the last sentence that had one
# (SE train gold characters +4 quotations, SE dev end to end +3; 0.5 and 3.0 no better)
PREV_SUBJECT = 1.0
PREV_SUBJECT_GAP = 2  # sentences back that that sentence may lie (1 and 3 worse)
UNKNOWN_GENDER = 0.8  # factor for a candidate whose gender is unknown
# characters from a possessive he or she ("his men") or an object name ("told Tom") to an
# object pronoun after it, within which that noun or name may be the subject of a clause of
# its own (`He saw his men edge away from him`, `He told Tom to wait for him`); further off
# it seldom is (LitBank B3 +0.0019; se-dev +1, se-train +1, no row lost)
OWNED_SUBJECT = 30
# salience a named character needs to be taken for "the old keeper": on LitBank a
# description in a speech tag names an already salient character far more often than not
NOMINAL_LINK = 0.05
# salience kept from before a mention at most: a long run of "he"s for one man must not
# outweigh the man the narration has just named as its subject
SALIENCE_CAP = 8.0
NAME_WORD_MIN = 3  # mid-sentence capitalised uses that make a common word a name
