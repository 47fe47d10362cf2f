"""Phrases of leaving the scene (`Marco gets up and leaves.`, `She walked out.`, `Tom was
gone.`, `was out the door`, the other end of a call: `and hung up`, `the line went dead`),
read by the speakers' departures and by the characters stage's salience."""

from __future__ import annotations

import re

# leaving the scene; not `turned left`, not `went out of her way`
LEAVES = re.compile(
    # the lookahead holds every first letter of the phrases below: the engine then skips the
    # other words at once instead of trying each phrase there (about 2x faster; a letter
    # class under re.IGNORECASE takes every case variant the letters themselves take)
    r"\b(?=[abdefghilmrstvw])"
    r"(?:(?:gets?|got|getting|stands?|stood) up and (?:leaves|left|goes|went|walks|walked|heads|headed)\b|"
    r"(?:leaves|left|leave) the (?:room|house|kitchen|table|flat|apartment|office|building|bar|car)\b|"
    r"(?:walk|storm|stalk|stomp|march|slip|head|flounce)(?:s|ed)? (?:out|off|away)\b(?! of (?:her|his|their|my|your) way)|"
    r"(?:slips|slipped|strides|strode|goes|went) out\b(?! of (?:her|his|their|my|your) way)|"
    r"(?:is|was) gone\b|(?:leaves|left)\s*[.!;]|disappears\b|disappeared\b|exits\b|exited\b|"
    # `Gojo has vanished`, `smiled like a cat, and drifted off`
    r"vanish(?:es|ed)\b|(?:drift|wander|amble)(?:s|ed)? off\b|"
    # `was out the door`, `hurried out the door`; not `looked out the door`
    r"(?:is|was|are|were|ran|runs|hurried|hurries|rushed|rushes|dashed|dashes|bolted|bolts) out the door\b|"
    # the other end of a call: `said Mycroft, and the line went dead`, `Jody hung up`
    r"(?:hangs|hung) up\b|the line (?:goes|went) dead\b)",
    re.IGNORECASE,
)
# every phrase LEAVES finds holds one of these, in lower case; on ASCII text re.IGNORECASE
# folds nothing but A-Z, so a stretch holding none of them cannot match (a substring test
# is several times cheaper than the case-insensitive search)
LEAVE_WORDS = ("up and", "leave", "left", " out", " off", " away", "gone", "disappear", "exit", "ng up", "dead", "vanish")
