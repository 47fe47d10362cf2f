"""The listener the narration shows the speaker turning to.

`beat_listener(text, sentences, mentions, m_starts, start, end, speaker)` reads the narration
text[start:end] (a beat or tag sentence next to a line) for the speaker looking at,
turning to or touching someone: `Tom turned to Ada`, `she squeezed Clarke's hand`,
`"What?" he said, catching her eye`, `Nell glanced at him`, `handed Tom a mug`, `sat down
next to him`, `clapped Han on the shoulder`, `kissed her`. The one acted on is the likely listener of the line. The subject must be the speaker: a sentence whose first
mention before the verb is someone else (`Ada looked at Tom`) shows another's gaze.
Returns a character id or None. `verb_starts(text)` lists where such verbs stand, so
that a caller skips the lines with none near. A regex search of a bounded stretch plus a bisect:
linear over the quotes. It adds no layer.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ficlens.layers import Sentences
from ficlens.model import Mention
from ficlens.speakers.scan import starts_of

__all__ = ["beat_listener", "verb_starts"]

# the verb phrase right before the one looked at, turned to or touched
_TOWARD = re.compile(
    r"\b(?:turn(?:s|ed|ing)?\s+(?:back\s+|round\s+|around\s+)?to(?:wards?)?|"
    r"(?:look|glanc|smil|grin|star|gaz|frown|wink|scowl|glar|peer|beam)(?:s|es|ed|ing|ned|ning|d)?\s+"
    r"(?:up\s+|over\s+|down\s+|back\s+|across\s+|sideways\s+)?at|"
    r"nod(?:s|ded|ding)?\s+(?:to|at)|round(?:s|ed|ing)?\s+on|"
    r"(?:squeez|nudg|elbow|pok|touch|fac|address|beckon|catch|caught)(?:e|es|ed|ing|s)?|"
    # a clap, pat, hug, kiss or shove is for someone as much as a look (`He clapped Han on the
    # shoulder. "Blue one goes on top."`): fanfic-train +3 / +3, every other row unchanged
    r"(?:clap|pat|hug|tap|jab)(?:s|ped|ted|ged|bed|ping|ting|ging|bing)?|(?:kiss|punch)(?:es|ed|ing)?|"
    r"shov(?:e|es|ed|ing)|kick(?:s|ed|ing)?|"
    # handing something over, or sitting down next to one (`slides onto the stool next to him`)
    r"(?:hand|pass|offer)(?:s|es|ed|ing)?|gave|give[sn]?|next\s+to|beside)\s+$",
    re.IGNORECASE,
)
# the stems of those verbs, looked for with str.find (far cheaper than the regex over a whole work)
_STEMS = (
    "turn", "look", "glanc", "smil", "grin", "star", "gaz", "frown", "wink", "scowl", "glar", "peer",
    "beam", "nod", "round", "squeez", "nudg", "elbow", "pok", "touch", "fac", "address", "beckon",
    "catch", "caught", "hand", "pass", "offer", "gave", "give", "next", "beside",
    "clap", "pat", "hug", "tap", "jab", "kiss", "punch", "shov", "kick",
)
# one seen doing it (`I have seen her look at him like that`) is not turning to anyone now
# nor is one who does not do it (`showed me the bunk without looking at me`, `didn't look at her`)
_SEEN = re.compile(
    r"\b(?:seen|saw|see|sees|watch|watches|watched|heard|hear|hears)\s+[\w'’]+\s+$|(?:\bwithout|\bnever|\bnot|n[’']t)\s+$",
    re.IGNORECASE,
)
# `next to` or `beside` one shows a listener after one sitting, standing or settling there
_BESIDE = re.compile(r"(?:next|beside)", re.IGNORECASE)
_SETTLES = re.compile(
    r"\b(?:s[ia]t|sits|sitting|slid|slides?|sliding|drop|stood|stand|settl|perch|lean|flop|plop|curl|slump|"
    r"sink|sank|fell|falls?|appear|join|kneel|knelt|crouch|lay|lies|lying|squeez|step|walk|come|came|scoot)",
    re.IGNORECASE,
)
# a verb of handing over, and what follows one handed over to someone else
_GIVE = re.compile(r"(?:hand|pass|offer|gave|give)", re.IGNORECASE)
_PASSED_ON = re.compile(r"\s+(?:back\s+|over\s+|across\s+)?(?:to|into|onto|off)\b", re.IGNORECASE)
REACH = 40  # characters before a mention within which its verb phrase must end


def verb_starts(text: str) -> list[int]:
    """Sorted starts of every turning, looking or touching verb in `text`: a stretch
    with none has no listener to find."""
    return starts_of(text.lower(), _STEMS)


def beat_listener(
    text: str, sentences: Sentences, mentions: list[Mention], m_starts: list[int], start: int, end: int, speaker: str
) -> str | None:
    """The one the speaker turns to, looks at or touches in text[start:end], or None."""
    lo, hi = bisect_left(m_starts, start), bisect_left(m_starts, end)
    for k in range(lo, hi):
        m = mentions[k]
        if m.end > end:
            break
        sent_start = sentences.start_before(m.start, start)
        if m.character == speaker or m.character is None:
            continue
        lead_start = max(sent_start, m.start - REACH)
        v = _TOWARD.search(text, lead_start, m.start)
        if v is None or v.end() != m.start or _SEEN.search(text[max(sent_start, v.start() - 30) : v.start()]):
            continue
        if _BESIDE.match(v.group()) and not _SETTLES.search(text, max(sent_start, v.start() - 40), v.start()):
            continue  # `put a cup down beside him`: a thing set down, not one who joins them
        if _GIVE.match(v.group()) and _PASSED_ON.match(text, m.end):
            continue  # `handed him back to his nurse`: the one handed over is no listener
        # the subject: the first mention of the sentence, which must be the speaker
        first = next((mentions[j] for j in range(lo, k) if mentions[j].start >= sent_start), None)
        if first is not None and first.character == speaker:
            return m.character
    return None
