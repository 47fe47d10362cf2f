"""Confidence levels and reach limits of the speaker rules, in one place to tune."""

from __future__ import annotations

EXPLICIT, ANAPHORIC, IMPLICIT = "explicit", "anaphoric", "implicit"

# Calibrated on LitBank and the samples with gold characters (share right at each level):
# name tags 0.99, name beats 0.96, pronoun tags and beats 0.74-0.80, answers 0.77,
# alternation 0.60, narration subject 0.52, nearest character 0.40.
CONF_TAG_NAME = 0.95
CONF_TAG_PRONOUN = 0.75
CONF_BEAT_NAME = 0.9
CONF_BEAT_PRONOUN = 0.75
CONF_INHERIT_DROP = 0.05
CONF_ANSWER = 0.65
CONF_ALTERNATE = 0.6
CONF_NARRATION = 0.5
CONF_RESUME = 0.52  # the speaker before a narration talks to the one it shows (`_guess`)
CONF_RECENT = 0.35

RESET_GAP = 1  # narration paragraphs between two quote paragraphs that end a conversation
CLUE_COST = 5.0  # decoding cost of overruling a self-introduction (`"Wat, sir."`)
HEARD_REACH = 30  # characters after `heard` within which the one heard is named
TAG_REACH = 60  # characters after a quote within which its tag verb must start
BACK_MENTIONS = 150  # mentions looked back at to resolve a bare pronoun
# mentions looked back at within a paragraph for a tag pronoun's referent: more than any
# real paragraph holds (LitBank's most: 226), a bound for a chapter pasted as one paragraph
PARA_MENTIONS = 500
LOOKAHEAD = 8  # turns looked ahead for the second party of a conversation
OPENING_PARAS = 6  # paragraphs looked ahead for the speaker of lines that open a story (`"Ellie!" / Nobody came.`)
# mentions looked back at within a paragraph for a tag pronoun's referent: more than any
# real paragraph holds, a bound for a chapter pasted as one paragraph (else quadratic)
PARA_MENTIONS = 500
