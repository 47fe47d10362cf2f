"""Speech or not: a quoted word, sign, title or thought is not dialogue.

A quotation is non-speech when

- a thought tag follows or precedes it (`"How odd," thought Mara`, `"No," I think`), or
- it is written text, whatever its length: a word for writing or its medium frames it
  (`He scrawled on the board, "..."`, `in pencil, "..."`, `a notice in a clerk's hand:
  "..."`, `the note said, "..."`, `her phone buzzed: "..."`, `"...," it read`,
  `"...," she texted`), or `it says`/`it said` frames it just after a note or a letter
  was named or read, or is a short paragraph after one ending `...a notice in ink:`, or
- it opens on a small letter where a spoken line opens on a capital, alone in its
  paragraph or after a sentence or a colon but not after a speech verb (`"are you up"`,
  `Then: "i was hoping"`): a text message, typed the way phones are, or
- it fills its paragraph and closes on a letter, no stop before its mark, in a run of bare
  lines after narration that tells of a phone or a message (`Her phone buzzed.` /
  `"are you awake"`; `lang.en.messaging`): a text message too, or
- it fills its paragraph but for an author's credit (an epigraph: `"..." --Byron`), or
- a modal perfect frames it in its sentence: a line supposed, never said (`I would have
  said, "Listen,"`, `she might have answered, "..."`), or
- it closes its paragraph on a sign-off (`"... Love, Molly"`, `"... — G.V."`;
  `lang.en.writing`): a letter or a note quoted whole, or
- it is short (six words at most, or twelve in title case) and follows a naming cue (`the
  word`, `a sign that read`, `called it`, `known as`, `under the title`), or
- it is one of a list of short quoted words (`"fire" or "forward"`), or
- it is short, not framed by a speech verb before it (`he said "no"`) or a speech tag
  after it (`"Run" she whispered`), and is a capitalised sign (`"KEEP OUT"`; not when
  it fills its paragraph, where fan fiction shouts: `"GO TO BED."`), follows
  a determiner (`the "guest room"`), or sits inside a running sentence: a word right
  before it and the sentence going on right after it (scare quotes, `he was "busy"
  all day`). A quotation ending in `!` or `?` there stays speech (`"Yes!"`), and so
  does one that closes a clause a speech verb opened (`Nan said it was "all lies."`).
"""

from __future__ import annotations

import re

from ficlens.lang.en.messaging import MESSAGE_CONTEXT
from ficlens.lang.en.speech_verbs import (
    HEARD_VERBS,
    QUOTE_FRAME_VERBS,
    QUOTE_RUN_ON,
    SELF_TALK,
    SPEECH_VERB,
    SPOKEN_NOUNS,
    UNSAID_FRAME,
)
from ficlens.lang.en.writing import SIGN_OFF, TONE_NOTE
from ficlens.lang.textscan import is_blank
from ficlens.quotes.marks import DOUBLE, SINGLE

__all__ = ["is_non_speech", "is_written", "thought_continues", "thought_parts", "thought_subject"]

_REFLEXIVE = r"(?:my|him|her|them|your|our)sel(?:f|ves)"
# telling oneself: `she assured herself`, `he was telling himself`
_SELF_VERBS = r"(?:telling|reminding|assured|assures|advised|advises|admonished|admonishes|promised|promises)\s+" + _REFLEXIVE
_THOUGHT_VERBS = r"thought|thinks|think|thinking|wondered|wonders|wonder|reflected|reflects|" + SELF_TALK + "|" + _SELF_VERBS
# a speech verb said to oneself or in one's mind: `said he mentally`, `said Jessie to herself`
_TO_ONESELF = r"(?:mentally|inwardly|to\s+" + _REFLEXIVE + r")"
# the verbs that say a line to oneself, silently: not `murmured to himself`, an aside aloud
_SAID = r"said|says|saying|added|adds|sighed|sighs"
# a speech verb right before, with at most a person between: `told Mara "..."`
_VERB_BEFORE = re.compile(
    r"\b(?i:" + QUOTE_FRAME_VERBS + r")\b(?:\s+(?:to\s+)?(?i:him|her|them|me|us|you|it|[A-Z][\w’']+))?"
    r"(?:\s+\w+ly)?[\s,:—–-]*(?:and\s+)?$"  # `"Odd," they whispered, and "strange."`
)
# a speech verb a few words before, in the same clause: `Nan said it was "all lies."`
_VERB_NEAR = re.compile(r"\b(?:" + QUOTE_FRAME_VERBS + r")\b(?:\s+[\w’']+){1,4}\s+$")
_NAME_OR_PRONOUN = r"(?:he|she|they|I|we|you|it|[A-Z][\w’']+(?:\s[A-Z][\w’']+)?)"
_TAG_AFTER = re.compile(
    r"[\s,]*(?:" + _NAME_OR_PRONOUN + r"\s+(?:\w+ly\s+)?(?:" + QUOTE_FRAME_VERBS + r")\b"
    r"|(?:" + QUOTE_FRAME_VERBS + r")\b)"
)
_THOUGHT_AFTER = re.compile(
    r"[\s,]*(?:(?:" + _THOUGHT_VERBS + r")\s+(?:poor\s+|the\s+)?" + _NAME_OR_PRONOUN
    + r"|" + _NAME_OR_PRONOUN + r"\s+(?:\w+ly\s+)?(?:was\s+|had\s+)?(?:" + _THOUGHT_VERBS + r")"
    # `"Odd," said he mentally`, `"Odd," said Nell to herself`, `"Odd," she had said to herself`
    + r"|(?:" + QUOTE_FRAME_VERBS + r")\s+" + _NAME_OR_PRONOUN + r"\s+(?:mentally|inwardly)"
    + r"|" + _NAME_OR_PRONOUN + r"\s+(?:" + QUOTE_FRAME_VERBS + r")\s+(?:mentally|inwardly)"
    + r"|(?:" + _SAID + r")\s+" + _NAME_OR_PRONOUN + r"\s+" + _TO_ONESELF
    + r"|" + _NAME_OR_PRONOUN + r"\s+(?:\w+ly\s+)?(?:had\s+|was\s+)?(?:" + _SAID + r")\s+" + _TO_ONESELF + r")\b"
)
_THOUGHT_BEFORE = re.compile(
    r"\b(?:(?:" + _THOUGHT_VERBS + r"|think)(?:\s+(?:poor\s+|the\s+)?" + _NAME_OR_PRONOUN + r")?"
    r"(?:\s+to\s+\w+sel(?:f|ves))?"  # `"Well," thought Mara to herself, "..."`
    r"|(?:" + _SAID + r")(?:\s+" + _NAME_OR_PRONOUN + r")?\s+" + _TO_ONESELF + r")[\s,:—–-]*$"
)
# Naming cues win over speech verbs: `called "the house"` names, `called, "Come!"` speaks.
_NAMING_BEFORE = re.compile(
    r"\b(?:word|words|term|phrase|name|names|named|called|call|calls|calling|dubbed|"
    r"nicknamed|titled|entitled|title|labell?ed|marked|stamped|engraved|spelled|spelt|"
    r"sign|signs|read|reads|label|caption|motto|slogan|banner|headline|so-called|known as|"
    r"note|message|text|card|screen|plaque|poster|inscription|graffiti|tattoo|"
    r"as they say|as the phrase goes|as (?:he|she|they|we) put it|as (?:he|she|they|we) expressed it)"
    r"(?:\s+(?:it|him|her|them|me|us|you))?(?:\s+\w+(?:[’']s)?){0,6}?[\s,:]*$",
    re.IGNORECASE,
)
# a supposed line framed by a modal perfect, in the same sentence: `would have said, "Yes,"`
# (no comma within the words between: `Before Ines could answer, Mara yelled, "Run!"`)
_UNSAID_BEFORE = re.compile(UNSAID_FRAME + r"[^.!?,\"“”]{0,30}[,:—–-]?\s*$", re.IGNORECASE)
# a time clause: `before I could answer, "..."` tells that the answer did not come in time
_TIME_CLAUSE = re.compile(r"\b(?:before|until|till|ere)\s+(?:[\w’']+\s+){0,3}$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|my|your|our|this|that)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[A-Za-z]+ $")
_LOWER_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[a-z]+ $")
_RUNS_ON_AFTER = re.compile(r"[,;]?\s+[a-z]+|[.,;:)]|--|[—–]")
_LOWER_AFTER = re.compile(r"\s+[a-z]+")
# one of a list of quoted words: `"fire" or "forward"`
# a quotation credited to its author, alone in its paragraph: an epigraph or song lyric
_EPIGRAPH_AFTER = re.compile(
    r"\s*(?:--|[—–-])\s*[A-Z][\w’'.]*(?:[\s,:]+(?:[A-Z][\w’'.]*|of|the|and|from|by|in|\d+))*\s*$"
)
_LIST_AFTER = re.compile(r"\s+(?:or|and|nor)\s+[\"“‘']")
_LIST_BEFORE = re.compile(r"[\"”’'],?\s+(?:or|and|nor)\s+$")


# Written text: a word for writing or its medium frames the quotation.
_MEDIUM = (
    r"note|notes|letter|letters|card|postcard|sign|signs|notice|message|text|texts|screen|"
    r"telegram|label|poster|placard|banner|headline|memo|email|e-mail|inscription|caption|"
    r"plaque|graffiti|tattoo|receipt|ticket|menu|leaflet|flyer|pamphlet|newspaper|diary|"
    r"journal|notebook|tweet|display|note-paper|notepaper|postscript"
)
# surfaces that carry writing only as a subject of `read`/`said`: `the door read`
_SURFACE = r"page|board|blackboard|whiteboard|envelope|scroll|parchment|paper|wall|door|stone|plate|entry|post"
_WRITE_VERBS = (
    r"wrote|writes|write|writing|written|scrawled|scrawls|scribbled|scribbles|typed|types|"
    r"texted|texts|pencilled|penciled|inscribed|jotted|jots|chalked|printed|etched|"
    r"emailed|e-mailed|messaged|tweeted"
)
# `in slanting capitals`, `in pencil`, `in her neat handwriting`
_WRITE_MEANS = (
    r"(?:painted|sprayed|carved|stamped|stencil+ed|embroidered|engraved|written)\s+(?:on|onto|across|into|over)\b"
    r"|in\s+(?:[\w’']+\s+){0,3}?(?:capitals|capital letters|block letters|pencil|ink|biro|"
    r"marker|crayon|chalk|lipstick|handwriting|cursive)"
)
_SAYS = (
    r"(?:said|says|read|reads|ran|runs|announced|announces|declared|declares|proclaimed|proclaims|"
    r"stated|states|screamed|screams|warned|warns)"
)
# words between the medium and its verb that start no new clause: `a note on the fridge
# said`, not `handed him the note and said`
_NOT_A_CLAUSE = r"(?:(?!(?:and|but|then|or|he|she|they|I|we|you|who)\b)[\w’']+\s+)"
# words after a writing verb up to the quotation, none of which opens a spoken clause:
# `texted Ron back: "..."`, `a note she left on the fridge: "..."`, not `wrote the date
# and she said, "..."` (a pronoun alone may open a relative clause, so it does not count)
_NOT_SPOKEN = r"(?!(?:" + QUOTE_FRAME_VERBS + r")\b)"
# a device announcing a message: `her phone buzzed`
_ALERT = (
    r"(?:phone|screen|pager)\s+(?:buzzed|buzzes|pinged|pings|chimed|chimes|lit up|lights up|"
    r"vibrated|vibrates|flashed|flashes)"
)
# the medium as subject: `the note said`, `her phone buzzed`
_MEDIUM_SAYS = r"(?:(?:" + _MEDIUM + "|" + _SURFACE + r")\s+" + _NOT_A_CLAUSE + r"{0,3}?" + _SAYS + r"|" + _ALERT + r")"
_WRITTEN_BEFORE = re.compile(
    r"\b(?:" + _MEDIUM_SAYS + r"|(?:it|which)\s+(?:read|reads)"
    r"|(?:" + _WRITE_VERBS + r")(?:\s+" + _NOT_SPOKEN + r"[\w’']+){0,6}?"
    # the means may come first: `in pencil somebody has added, "..."`
    r"|(?:" + _WRITE_MEANS + r")(?:\s+[\w’']+){0,6}?"
    # `a notice in the tidy hand of a clerk: "..."`, `a text from Dean: "..."`; not `put the
    # letter down: "..."`, where the colon follows a clause of its own
    r"|(?:" + _MEDIUM + r"|handwriting|scrawl)(?:\s+(?:in|from|of|on|at|by|under|over|above|with|for|to|"
    r"pinned|taped|stuck|left)\b[^.!?\"“”:]{0,60})?:)"
    r"(?:\s+(?:only|simply|just|again|back|above|below))?[\s,:—–-]*$",
    re.IGNORECASE,
)
# the words one of which `_WRITTEN_BEFORE` needs: a set lookup skips its slow search on most
# quotations
_WRITING_WORDS = frozenset("|".join([_MEDIUM, _SURFACE, _WRITE_VERBS]).split("|")) | {
    "read", "reads", "phone", "pager", "handwriting", "scrawl", "painted", "sprayed", "carved",
    "stamped", "stencilled", "stenciled", "embroidered", "engraved", "capitals", "pencil", "ink",
    "biro", "marker", "crayon", "chalk", "lipstick", "cursive",
}
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_WRITTEN_AFTER = re.compile(
    r"[\s,]*(?:(?i:it|which)\s+(?:read|reads)\b"
    r"|(?:the|a|an|his|her|their|my|your|our|its|this|that|one)\s+(?:[\w’']+\s+)?(?:" + _MEDIUM
    + "|" + _SURFACE + r")\s+" + _NOT_A_CLAUSE + r"{0,5}?" + _SAYS + r"\b"
    r"|" + _NAME_OR_PRONOUN + r"\s+(?:\w+ly\s+)?(?:" + _WRITE_VERBS + r")\b"
    # `"To my friend," was engraved upon it`
    r"|(?:was|were|is|are|had been|has been)\s+(?:\w+\s+)?(?:" + _WRITE_VERBS
    + r"|painted|carved|stamped|engraved|embroidered)\b)"
)
_PHONE_ALERT = re.compile(r"\b" + _ALERT + r"\b[^.!?\n]*[.!]$", re.IGNORECASE)
# `It says, "..."` / `"...," it said` after a letter or a card was just mentioned
_IT_SAYS_BEFORE = re.compile(r"\b(?:it|which)\s+(?:says|said|ran|runs)\b[\s,:—–-]*$", re.IGNORECASE)
_IT_SAYS_AFTER = re.compile(r"[\s,]*(?i:it)\s+(?:says|said|ran|runs)\b")
# a thing with writing on it named, or read, a little before
_MEDIUM_NEAR = re.compile(r"\b(?:" + _MEDIUM + r"|read)\b", re.IGNORECASE)


def _letter_alone(text: str, s: int, e: int, para_start: int, para_end: int) -> bool:
    """A letter, a note or a telegram quoted in full at the close of its paragraph (alone
    in it or after narration) that closes on a sign-off (`Love, Molly`, `— G.V.`, `Do not
    let him bake. M.`). Not told by the narration that leads into it (`the following
    letter:`): LitBank's gold voices such a letter as its writer speaking, and that rule
    lost LitBank 1 / 3 quotations."""
    if not is_blank(text, e, para_end):
        return False  # it closes its paragraph: after narration too (`a second message, from him. "..."`)
    inner = text[s + 1 : e - 1].rstrip(" \t'‘’\"“”")
    return len(inner.split()) >= 5 and SIGN_OFF.search(inner) is not None


def is_written(text: str, s: int, e: int, para_start: int, para_end: int) -> bool:
    """Whether the quotation is written text (a note, a sign, a text message) by its frame."""
    if _letter_alone(text, s, e, para_start, para_end):
        return True
    before = text[max(para_start, s - 120) : s]
    # only the sentence the quotation sits in frames it
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    if cut >= 0:
        before = before[cut + 2 :]
    elif is_blank(text, para_start, s) and is_blank(text, e, para_end) and len(text[s:e].split()) <= 12:
        # a short quotation alone in its paragraph after one ending in a colon (`in this
        # finale:--`) or in a phone's alert (`Her phone buzzed.`); a long one after a colon is
        # most often a letter, which stories voice as its writer speaking
        prev = text[max(0, para_start - 120) : para_start].rstrip()
        if prev.endswith((":", ":--", ":—", ":–")):
            before = prev[max(prev.rfind(". "), prev.rfind("\n")) + 1 :] + " "
        elif _PHONE_ALERT.search(prev):
            return True
    before = TONE_NOTE.sub(" ", before)  # `her voice on a clear note: "..."` is a voice, not a note
    words = _WORD.findall(before.lower())
    if not _WRITING_WORDS.isdisjoint(words) and _WRITTEN_BEFORE.search(before):
        return True
    if _WRITTEN_AFTER.match(text, e, min(para_end, e + 60)):
        return True
    if _IT_SAYS_BEFORE.search(before) or _IT_SAYS_AFTER.match(text, e, min(para_end, e + 30)):
        return _MEDIUM_NEAR.search(text, max(0, s - 300), s) is not None
    return False


_FRAME_VERB = re.compile(r"\b(?i:" + QUOTE_FRAME_VERBS + r")\b")


def _lowercase_message(text: str, s: int, e: int, para_start: int) -> bool:
    """A quotation opening on a small letter where a spoken line would open on a capital
    (`"are you up"` alone in its paragraph, `Then: "i was hoping"`): a text message, typed
    the way phones are. Not a clipped word (`"’tis late"`) nor a line broken off and taken
    up again (`"—and then"`): its very first character must be the letter."""
    first = text[s + 1 : s + 2] if e - s > 2 else ""
    if not (first.isalpha() and first.islower()):
        return False
    # standing alone: at its paragraph's start, or after a sentence or a colon (`The reply:
    # "..."`), not after a tag's comma (`she said, "not today"`) nor after a speech verb
    # leading on (`continued Tom: "she had on a blue bonnet"`, an old way of running on)
    if is_blank(text, para_start, s):
        return True
    lo = max(para_start, s - 60)
    return text[max(lo, s - 4) : s].rstrip().endswith((".", "!", "?", ":")) and _FRAME_VERB.search(text, lo, s) is None


def _unpunctuated_message(text: str, e: int, para_start: int, inner: str, alone: bool) -> bool:
    """A quotation `alone` in its paragraph that closes on a letter or a digit, no stop
    before its closing mark (`"are you awake"`), in a run of such bare lines after
    narration that tells of a phone or a message (`Her phone buzzed.`): a text message,
    typed the way phones are. A spoken line closes on its punctuation, and one in a call
    or a shouting match that drops it has no message told of before it."""
    if not alone or text[e - 1] not in "\"”’'" or not inner or not inner[-1].isalnum():
        return False
    return _after_message_narration(text, para_start)


_MARK_CHARS = "\"“”'‘’"
MESSAGE_RUN = 8  # bare lines a run of texts may hold before the narration that opened it


def _after_message_narration(text: str, para_start: int) -> bool:
    """Whether the nearest narration paragraph before `para_start`, over bare quoted lines
    only, tells of a phone or a message."""
    end, bare = para_start, 0
    while bare <= MESSAGE_RUN:
        stop = text.rfind("\n", 0, end)
        if stop < 0:
            return False
        start = text.rfind("\n", 0, stop) + 1
        line = text[start:stop].strip()
        end = start
        if not line:
            continue
        if line[0] not in _MARK_CHARS or line[-1] not in _MARK_CHARS:
            return MESSAGE_CONTEXT.search(line) is not None
        bare += 1  # another bare line of the run
    return False


def _title_cased(inner: str) -> bool:
    """Every word of four letters or more capitalised, as in a title (`Notes from a Wet Summer`)."""
    long_words = [w for w in inner.split() if len(w.strip(".,;:!?")) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


# a call verb right before the quotation: `Nobara calls "Night, Maki-san!"`
# (`called out to the Pumpkinhead: "Are you all right?"`)
_CALL_VERB_BEFORE = re.compile(
    r"\b(?:calls|called|calling|call)(?:\s+out)?(?:\s+to\s+(?:the\s+)?[\w’']+)?[\s,:]*$", re.IGNORECASE
)


def _called_out(before: str, inner: str) -> bool:
    """A cry a call verb leads straight into (`calls "Night, Maki-san!"`): speech, not a
    name given (`what he called "a trap."`), which closes on no `!` or `?`."""
    return inner[-1] in "!?" and _CALL_VERB_BEFORE.search(before) is not None


def _spoken_before(before: str) -> bool:
    """A speech verb then a comma or colon right before the quote: `called, "Come!"`,
    `shouted more than said to him, "Lunch is served."` speak, whatever cue came first."""
    m = _VERB_BEFORE.search(before)
    return m is not None and m.group().rstrip().endswith((",", ":"))


_CLOSE_MARKS = "\"”’'"


def _last_close(text: str, start: int, end: int) -> int:
    """Where the last closing mark followed by a space lies in text[start:end], or -1.
    Looked for in the last 2,000 characters first: the whole paragraph's head, searched
    (or copied) once per quotation, made a one-paragraph file quadratic
    (bench/speed.py --paragraph); a mark found near is the last one anyway."""
    near = max(start, end - 2000)
    close = max(text.rfind(c + " ", near, end) for c in _CLOSE_MARKS)
    if close < 0 and near > start:
        close = max(text.rfind(c + " ", start, end) for c in _CLOSE_MARKS)
    return close


def _goes_on_tagged(text: str, s: int, para_start: int) -> bool:
    """A quotation opening on a small letter after a quotation of its paragraph and the
    speech tag that follows it (`"And all this," cried Alfred, after a look: "all this for
    a question!"`, `"I know," Ann went on as Bill read, "but wait."`): the second part of a
    line said, however long the narration between, not a text message nor a word named."""
    first = text[s + 1 : s + 2]
    if not (first.isalpha() and first.islower()):
        return False
    close = _last_close(text, para_start, s)
    if close < 0 or (close > para_start and text[close - 1].isalpha()):
        return False  # no quotation closed before it (an apostrophe closes no quotation: `Jones' hat`)
    return _FRAME_VERB.search(text, close, s) is not None


_HEARD_BEFORE = re.compile(r"\b(?i:" + HEARD_VERBS + r")\b(?:\s+[\w’']+){0,3}\s+$")
_ANSWER_WAS = re.compile(r"\b(?i:" + SPOKEN_NOUNS + r")\b[^.!?:;\"“”]{0,50}\b(?:was|came)\s+$")
_AS_SAID_AFTER = re.compile(r"[\s,]*as\s+" + _NAME_OR_PRONOUN + r"\s+(?:had\s+)?(?:said|says|used\s+to\s+say)\b")
_OR_BEFORE = re.compile(r"[\"”’'],?\s+or\s+$")
_RUN_ON_BEFORE = re.compile(r"\b(?:" + QUOTE_RUN_ON + r")\s+$")
_LINE_RUN_BEFORE = re.compile(r"[\"”’'],?\s+(?:(?:" + QUOTE_RUN_ON + r")\s+)+$")


def _said_sentence(inner: str) -> bool:
    """A short quotation shaped as a sentence someone says: opening on a capital, with a
    word in small letters, closing on a stop or a comma (`"Allow me, sir,"`, `"Guess you'd
    better,"`), not a name or a title (`"Dr. Chilton"`, `"The Love Nest"`) nor one word."""
    ws = inner.split()
    return (
        len(ws) >= 2 and inner[0].isupper() and inner[-1] in ".," and any(w[0].islower() for w in ws[1:])
    )


def is_non_speech(text: str, s: int, e: int, para_start: int, para_end: int, lowercase: bool = False) -> bool:
    """Whether the quotation `text[s:e]` (marks included) mentions or thinks rather than speaks.
    `lowercase`: the work's narration is in lower case by choice, so a line opening on a
    small letter is no sign of a text message."""
    inner = text[s + 1 : e - 1].strip(" \t'‘’\"“”") if e - s >= 2 else ""
    if not any(c.isalnum() for c in inner):
        return True  # a stray mark, or marks around punctuation only
    before = text[max(para_start, s - 40) : s]
    after = text[e : min(para_end, e + 40)]
    if _THOUGHT_AFTER.match(after) or _THOUGHT_BEFORE.search(before):
        return True
    if _EPIGRAPH_AFTER.match(text, e, para_end) and s == para_start:
        return True
    unsaid = _UNSAID_BEFORE.search(text, max(para_start, s - 60), s)
    if unsaid is not None and not _TIME_CLAUSE.search(text, max(para_start, unsaid.start() - 40), unsaid.start()):
        return True
    if is_written(text, s, e, para_start, para_end):
        return True
    goes_on = _goes_on_tagged(text, s, para_start)
    if not lowercase and _lowercase_message(text, s, e, para_start) and not goes_on:
        return True
    alone = is_blank(text, para_start, s) and is_blank(text, e, para_end)  # the quotation fills its paragraph
    if _unpunctuated_message(text, e, para_start, inner, alone):
        return True
    if text[s + 1 : s + 3].lstrip()[:1] in ("—", "–") or text[s + 1 : s + 3] == "--":
        return False  # a line taken up again after an interruption (`your—" he waved "—tea."`)
    words = len(inner.split())
    if words > 6 and not (words <= 12 and _title_cased(inner) and _NAMING_BEFORE.search(before)):
        return False  # a title may be longer: `under the title "What the Lighthouse Keeper Saw."`
    if _NAMING_BEFORE.search(before) and not (_spoken_before(before) or _called_out(before, inner) or goes_on):
        return True
    if _HEARD_BEFORE.search(before) or _AS_SAID_AFTER.match(after):
        # heard, so said aloud: `she heard an unmistakable "Damn."`; or credited to its
        # speaker: `clouds "like herds of elephants," as Phyllis said`
        return False
    if words <= 3 and inner[-1] not in ".,!?" and (_LIST_AFTER.match(after) or _LIST_BEFORE.search(before)):
        return True
    if _VERB_BEFORE.search(before) or _TAG_AFTER.match(after):
        return False
    if words > 1 and inner[-1] not in "!?" and inner.upper() == inner and any(c.isalpha() for c in inner) and not alone:
        # a sign or heading in capitals: "KEEP OUT"; a line in capitals that fills its
        # paragraph is shouted (`"GO TO BED."`): a sign stands in the sentence that shows it
        return True
    if words <= 4 and inner[-1] not in "!?" and _DETERMINER_BEFORE.search(before):
        return True  # `the "guest room"`; not a cry given as a thing: `escaped my lips a "Wow!"`
    if inner[-1] in "!?":
        return False
    if inner[-1] in ".,;…" and _VERB_NEAR.search(before):
        return False  # `Nan said it was "all lies."`; not `told him the "guest room"`, `said it was "busy" all day`
    if words <= 4 and _LOWER_WORD_BEFORE.search(before):
        # mid-sentence: `known on the docks as "the gulls."`; but a line in a run of them
        # (`and then "Don't answer that,"`) or one shaped as a sentence said is speech
        # (not one of alternatives: `wasn't "thank you" or "I'm so sorry."`)
        # (nor the line an answer was: `the answer that rang out was "Yes."`)
        if _OR_BEFORE.search(before) is not None:
            return True
        answer = _ANSWER_WAS.search(text, max(para_start, s - 80), s) is not None
        return not (answer or _RUN_ON_BEFORE.search(before) or _said_sentence(inner))
    if inner[-1] not in ".,;:-—–…" and _LOWER_AFTER.match(after):
        return True  # a term as a subject: `"Side-burns" found favour`
    # scare quotes: a word right before, the sentence running on right after; not a line
    # in a run of lines said (`They said, "Thanks," and "Thanks for the tea," and ...`)
    if _LINE_RUN_BEFORE.search(before):
        return False
    return bool(_WORD_BEFORE.search(before) and _RUNS_ON_AFTER.match(after))


_MARKS = DOUBLE + SINGLE  # a quotation mark opening the part: not an italic

# The thinker's word in a thought tag, for the speakers stage (`speakers.thinkers`): after
# the quotation (`"...," thought Mara`, `"...," she thought`) or before it (`He thinks, "..."`)
_WHO_AT = r"(?P<who>" + _NAME_OR_PRONOUN + r")"
_SUBJECT_AFTER = re.compile(
    r"[\s,]*(?:(?:" + _THOUGHT_VERBS + r")\s+(?:poor\s+|the\s+)?" + _WHO_AT
    + r"|(?P<who2>" + _NAME_OR_PRONOUN + r")\s+(?:\w+ly\s+)?(?:was\s+|is\s+|had\s+)?(?:" + _THOUGHT_VERBS + r")"
    + r"|(?:(?:" + _SAID + r")\s+(?P<who3>" + _NAME_OR_PRONOUN + r")|(?P<who4>" + _NAME_OR_PRONOUN
    + r")\s+(?:\w+ly\s+)?(?:had\s+|was\s+)?(?:" + _SAID + r"))\s+" + _TO_ONESELF
    + r"|(?:(?:" + QUOTE_FRAME_VERBS + r")\s+(?P<who5>" + _NAME_OR_PRONOUN + r")|(?P<who6>" + _NAME_OR_PRONOUN
    + r")\s+(?:" + QUOTE_FRAME_VERBS + r"))\s+(?:mentally|inwardly))\b"
)
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?P<who>" + _NAME_OR_PRONOUN + r")\s+(?:\w+ly\s+)?(?:was\s+|is\s+|had\s+)?(?:" + _THOUGHT_VERBS + r"|think"
    r"|(?:" + _SAID + r")\s+" + _TO_ONESELF + r")"
    r"|\b(?:" + _THOUGHT_VERBS + r"|think)\s+(?:poor\s+|the\s+)?(?P<who2>" + _NAME_OR_PRONOUN + r"))"
    r"(?:\s+to\s+\w+sel(?:f|ves))?[\s,:—–-]*$"
)


def thought_subject(text: str, s: int, e: int, para_start: int, para_end: int) -> tuple[int, int] | None:
    """The span of the word naming who thinks the quotation `text[s:e]` in its thought tag
    (`Mara` of `"How odd," thought Mara`, `she` of `"Don't," she thought.`, `I` of `I
    think, "..."`); (s, s) when a thought tag frames it but names nobody (`and then thought,
    "..."`); None when no thought tag frames it."""
    m = _SUBJECT_AFTER.match(text, e, min(para_end, e + 40))
    if m is not None:
        g = next(n for n in ("who", "who2", "who3", "who4", "who5", "who6") if m.group(n) is not None)
        return m.span(g)
    lo = max(para_start, s - 40)
    m = _SUBJECT_BEFORE.search(text[lo:s])
    if m is not None:
        g = "who" if m.group("who") is not None else "who2"
        return lo + m.start(g), lo + m.end(g)
    if _THOUGHT_AFTER.match(text, e, min(para_end, e + 40)) or _THOUGHT_BEFORE.search(text, lo, s):
        return s, s
    return None


# the narration between two parts of one thought: its tag alone, one sentence ended by a
# stop (`"Oh," Ash thought. "Oh, no."`, `she thought despondently. "..."`), or `and then`
# (`He thought, "...," and then, "..."`)
_TAG_ONLY = re.compile(r"[^.!?;:\"“”]{0,100}[.;:]\s*$")
_THEN = re.compile(r"[\s,]*(?:and\s+)?then[,:]?\s*$")


def thought_continues(text: str, prev_e: int, s: int) -> bool:
    """Whether a quotation starting at `s` goes on with the thought that closed at
    `prev_e` in the same paragraph: only that thought's tag after it, or `and then`,
    stands between them, and no speech verb."""
    between = text[prev_e:s]
    if _THEN.match(between):
        return True
    tag = _THOUGHT_AFTER.match(between)
    # a speech verb after the tag's own (`told himself`) starts a spoken line's frame
    return tag is not None and _TAG_ONLY.match(between) is not None and SPEECH_VERB.search(between, tag.end()) is None


def thought_parts(text: str, spans: list[tuple[int, int]], kinds: list[str], para_start: int, para_end: int) -> list[str]:
    """`kinds` of one paragraph's quotations, with the parts that go on with a thought
    (`thought_continues`) and have no speech tag of their own made non-speech too."""
    out = list(kinds)
    for j in range(1, len(spans)):
        (ps, pe), (s, e) = spans[j - 1], spans[j]
        if out[j] == "non_speech" or out[j - 1] != "non_speech" or text[ps] not in _MARKS or text[s] not in _MARKS:
            continue
        if thought_subject(text, ps, pe, para_start, para_end) is None or not thought_continues(text, pe, s):
            continue
        if _TAG_AFTER.match(text, e, min(para_end, e + 40)) is None:
            out[j] = "non_speech"
    return out

