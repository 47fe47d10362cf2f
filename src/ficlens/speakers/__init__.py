"""Speaker and addressee attribution for each quotation.

`attribute_speakers(work)` fills, for every speech quote, `speaker`, `addressees`,
`evidence`, `cue` and `confidence`, and each character's `quotes` and `words_spoken`
(words inside the marks). Non-speech quotes keep no speaker. It reads the story
paragraphs, `work.quotes` with `scratch["quote_continues"]`, `work.mentions` (sorted by
start; narration pronouns already resolved), `scene_breaks`, `scratch["narrator"]` and
`scratch["closed_characters"]`. It adds no scratch keys; when it merges a described
speaker into a named character it rewrites `scratch["character_surfaces"]` to match.

A turn is the speech quotes of one paragraph (plus the later parts of a quote continued
over paragraphs). How a quote gets its speaker, strongest first:

1. A speech tag (`verbs.SPEECH_VERB`, any tense) in the same paragraph: right after
   the quote (`"...," said Clarke`, `"...," Mr. Bennet replied`, `"...," her voice
   shook`), right before it (`Raven yelled, "..."`; the subject nearest the verb, so
   `Before Octavia could answer, Raven yelled` is Raven's), between the parts of an
   interrupted quote, or ending the paragraph before (`He turned and said:`). Its
   subject is a name (evidence `explicit`) or a pronoun (`anaphoric`). A possessed
   noun is not its possessor (`said her husband`), but a voice is (`her voice shook`).
   An object pronoun is no subject (`saw me and said`); a he/she the characters stage
   left unresolved still is (`When I came close she said`); the one heard speaks, not
   the one hearing (`I heard Mara call`); a verb followed by `that` reports speech and
   tags no line (`"...?" I answered that the ferry had gone`); `cried one of the women` and
   `cried the voice of Tobin` are the women's and Tobin's; an unnamed voice speaks for a
   listed group (`said a voice in the crowd`; `she heard one voice say` just after the
   narration named the men). An unnamed voice the narration identifies (`answered a
   second voice; Nora could tell it was that of old Hannah`, a `that man` soon after, a
   group coming in) is that one's, before anything else (`voices`); `the voice of the
   bosun, roaring:` is the bosun's. With a list, `we said` is a listed "we"'s.
   A tag ending on a comma that leads into a line outweighs the sentence after it
   (`"No," Ann said, "not today." Joe grinned.`); `talked of "..."` tags the line.
2. An action beat (a name or pronoun opening the narration sentence next to the quote:
   `Lexa turns. "..."`, `"..." Octavia dropped onto the steps.`), unless the quote
   names that character as a vocative. In a beat the one the narrator sees acts
   (`I can see Tobin by the stove. "..."`); a bare he/she opening it is its subject
   (`She squeezed his hand.`); an aside in brackets (`(Rufus was the pony.)`), a
   listener puzzling over the line (`Sam could not guess what she meant.`) and one
   carried off (`The baby, asleep, was carried away.`) are no beats. A line opening on
   he/she about someone the name-tagged line before it in the paragraph talked of
   (`"Greta called," Tomas said. Ines sat down. "She says ..."`) stays the tagged speaker's.
3. A pronoun subject is resolved in context: the one character of that gender a name
   tag or closing name beat of the same paragraph gives (`"...," he said, "..." Walter
   glanced at the clock.`), else a character of that gender opening a
   sentence earlier in the paragraph, else the other conversation participant when the
   characters stage picked the one who spoke last (speakers alternate) or the one the
   last turn called by name or told, else a participant the narration of the last few
   paragraphs named over someone only talked about in the quotes, else the one the
   previous line was said to, else a party of the exchange rather than someone the lines
   merely mention, else the characters stage's resolution, else the most recent
   character of that gender (`I` is `scratch["narrator"]`); one nobody resolves at all is
   the one the very next line calls by name, if of its gender. The one the previous line
   was said to counts even when only guessed across narration. `they said` with no group
   character leaves the line without a speaker.
4. One speaker per paragraph: a turn's untagged quotes take its tagged quote's speaker.
   A turn with no tag or beat next to any quote takes a character opening any other
   narration sentence of its paragraph (`"..." The rain went on. Iris shut it.`).
5. Conversation (`implicit`), for a turn with no tag or beat: right after another
   quote paragraph, its speaker again when its tag says he goes on (`"Well," Tom cut
   in, and went on with the story.`), else the one the previous line named or told answers, else the other of
   the two active speakers (looking ahead at tags and vocatives when only one is
   known; not at the very next line's pronoun tag, which is itself resolved from
   whom this line was said to); after narration, the subject of its last sentence (of
   its last joined clause: `Nan drew the curtains, and Bo sat up.`; of the clause inside a
   sentence that opens on no one: `It was so late by then that I gave up arguing.`),
   or, when the line calls that subject by name, whoever spoke just before the
   narration (`"Nell sulks," said Rose.` / Nell hummed. / `"Stop it, Nell."` is Rose's,
   even with a third sister tagged later), or, when it calls the one who spoke just
   before the narration, the one that speaker's last line was said to; else the
   nearest character named in narration. A vocative in the quote excludes
   its character. Any narration paragraph or scene break ends the alternation, except a
   short aside about a silent onlooker in a strict two-speaker exchange (`Ines rolled
   her eyes.`); one the narration sends out (`Marco gets up and leaves.`, `departures`)
   is no party of the lines after it.
   Finally untagged turns nearer a tagged turn after them than a tagged one before
   take its alternation, and each conversation's untagged turns are decided again with
   all its anchors at once (`dialogue.decode`: tags on both sides, names lines are said
   to); pronoun tags keep their own reading (step 3). A
   conversation goes on over one short narration paragraph in which a participant
   answers (`He answered that the gate was locked.`, `She gave no reply.`), or does without a
   word what the line before asked (`"Pass me the map."` / `I handed it over.`; not a smile or
   a nod, after which words usually follow): it is their turn.
   A line answering `"Your name?"` (`"What name?"`) that opens on a name is that character's own
   (`"Wat, sir."`) and weighs like a tag there. Right after a quote paragraph that
   closes on narration, that narration's subject says the next untagged line
   (`"...," said Holmes. I read the entry aloud.` / `"..."`).
6. Across a short narration (same scene and chapter), a line is said to the narration's
   opening subject when that is someone else, else to the previous conversation's last
   speaker, who then answers the next untagged line.

7. A described speaker ("the child", "the man with the sack") whom the only other
   party of the conversation calls by a name, or who names himself (`"My name is
   Askew"`, a name that answers "What name?"), is the character of that name: quotes,
   mentions and descriptions move there (not with a user's character list).
8. A description tag on a line answering the previous paragraph's line (`"Corin, come
   here!" said the old man.` / `"...," said the son.`) is not that line's speaker when
   the characters stage took it so: it is the one that line called by name, if the
   description's gender allows (`answering.py`).

Addressees: vocatives in the quote (`"..., Clarke."`; not a bare name answering a
question: `"What is his name?"` / `"Hollis."`), the object of the tag (`told
her`, `said to Bellamy`; not `to herself` or `to his companion`; not a pronoun object
beside a vocative), else the listener of the speaker's previous line in the paragraph (or, for a speaker
going on after a short narration, the one his line before it called by name),
else the other participant, else whoever the narration just named, else a first-person
narrator. Once every speaker is settled, a name the line calls is always among its
addressees, one the speaker turns to, looks at or touches in the narration next to a
line with no called name or tag listener hears it (`gaze.py`), and a line said to everyone present (`"Children, ..."`, `all of you`,
`said to the room`) goes to all the others of the scene, and one joining the line before
(`"...," Bo added.`) goes to its listeners (`groups.py`).

After attribution, `I/me/my` inside a quote become pronoun mentions of its speaker and
`you/your` of its single addressee; `work.mentions` stays sorted. Everything is one
pass over the quotes with bisect look-ups in the sorted mention starts: linear in the
number of quotes and mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ficlens.model import Mention, Quote, Span, Work
from ficlens.speakers import answering, continued, dialogue, gaze, groups, voices
from ficlens.characters.lexicon import FEMALE_NAMES, MALE_NAMES, STOP
from ficlens.speakers.departures import departed
from ficlens.speakers.scan import any_between
from ficlens.speakers.verbs import OBJECT_VERBS, SPEECH_VERB
from ficlens.textscan import last_match_end

__all__ = ["attribute_speakers"]

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
# real paragraph holds, a bound for a chapter pasted as one paragraph (else quadratic)
PARA_MENTIONS = 500
LOOKAHEAD = 8  # turns looked ahead for the second party of a conversation
OPENING_PARAS = 6  # paragraphs looked ahead for the speaker of lines that open a story (`"Ellie!" / Nobody came.`)

_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|St|Prof|Rev|Capt|Col|Gen|Lt|Sgt|Jr|Sr|Messrs|Mme|Mlle|Hon)\.$")
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
_VOC_BEFORE = re.compile(r"(?:^|[,;—–-]|\b(?:oh|Oh|O|dear|my|hey|Hey))\s*$")
_VOC_AFTER = re.compile(r"^\s*(?:[,.!?;…—–-]|$)")
# a call opening a new clause of the line after `and`/`but`: `"Well rowed!--and Tom, where
# were you?"` (the name then a comma: a call, not a subject; a bare sentence start is not
# enough, `"Be quiet. Tom, who was there, knows."`)
_VOC_TURN_BEFORE = re.compile(r"(?:[,;—–-]\s*(?:and|but|now))\s+$")
_VOC_TURN_AFTER = re.compile(r"^\s*,")


# a call opening a later sentence, when a pronoun or a plea opens the clause after it:
# `"... before the frost. Aunt, you promised me."` (not `"Tom, who was there, knows."`)
_VOC_SENT_BEFORE = re.compile(r"[.!?]\s+$")
_VOC_SENT_AFTER = re.compile(r"^\s*,\s*(?:you|I|we|please|let|do|don't)\b")


def _voc_turn(before: str, after: str) -> bool:
    return bool(_VOC_TURN_BEFORE.search(before) and _VOC_TURN_AFTER.match(after))


def _voc_sentence(before: str, after: str) -> bool:
    return bool(_VOC_SENT_BEFORE.search(before) and _VOC_SENT_AFTER.match(after))


_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "they": "they", "them": "they", "their": "they"}
_POSSESSIVE = {"my", "his", "her", "their", "your", "our", "its"}
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


@dataclass(slots=True)
class _Attr:
    speaker: str
    evidence: str
    cue: Span
    confidence: float
    addressee: str | None = None  # object of the tag verb
    pronoun: tuple[str, int] | None = None  # the subject pronoun (gender, offset), re-resolved in context


class _Index:
    """Sorted starts of paragraphs, mentions and quotes, for bisect look-ups."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.text = work.text
        self.para_starts = [p.start for p in work.paragraphs]
        self.mentions = work.mentions
        self.m_starts = [m.start for m in work.mentions]
        self.q_starts = [q.start for q in work.quotes]
        self.gender = {c.id: c.pronouns for c in work.characters}
        self.narrator = work.scratch.get("narrator")
        # quote start -> its vocatives; asked several times per quote, and no stage of
        # attribute_speakers changes them before `_name_descriptions` merges characters
        self.vocs: dict[int, list[str]] = {}
        self.group_calls = voices.group_calls(work)
        self.we = voices.listed_we(work)

    def para_of(self, offset: int) -> int:
        return bisect_right(self.para_starts, offset) - 1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.m_starts, start) : bisect_left(self.m_starts, end)]

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self.q_starts, offset) - 1
        return i >= 0 and offset < self.work.quotes[i].end

    def resolve_pronoun(self, word: str, offset: int) -> str | None:
        """A tag pronoun with no mention from the characters stage: the narrator for I,
        else the most recent character of that gender mentioned in narration."""
        w = word.lower()
        if w == "i":
            return self.narrator
        if w == "we":
            return self.we  # `"Sold!" we laughed.`: only a listed "we" speaks as one
        j = bisect_left(self.m_starts, offset) - 1
        stop = max(-1, j - BACK_MENTIONS)
        while j > stop:
            m = self.mentions[j]
            j -= 1
            if m.kind == "pronoun" and self.text[m.start : m.end].lower() in ("i", "me", "my"):
                continue
            if self.gender.get(m.character) == w and not self.in_quote(m.start):
                return m.character
        return None


def attribute_speakers(work: Work) -> Work:
    """Fill speaker, addressees, evidence, cue and confidence of every speech quote."""
    ix = _Index(work)
    quotes = work.quotes
    for q in quotes:
        q.speaker, q.addressees, q.evidence, q.cue, q.confidence = None, [], None, None, 0.0
    turns = _turns(work, ix)
    direct = {i: a for t in turns for i in t if (a := _direct(ix, i)) is not None}
    _converse(work, ix, turns, direct)
    answering.fix_answering_descriptions(work)
    continued.continue_descriptions(work)
    continued.alternate_descriptions(work)
    _name_descriptions(work, ix)
    _called_hear(work, ix)
    _looked_at(work, ix, direct)
    groups.join_in(work, ix.para_of)
    groups.address_groups(work, ix.para_of)
    _quote_pronouns(work, ix)
    _count(work)
    return work


# --- turns: the speech quotes of one paragraph (and the parts of a continued quote) ---


def _turns(work: Work, ix: _Index) -> list[list[int]]:
    continues = work.scratch.get("quote_continues") or set()
    turns: list[list[int]] = []
    last_para = None
    for i, q in enumerate(work.quotes):
        if q.kind == "non_speech":
            continue
        p = ix.para_of(q.start)
        if turns and (p == last_para or (i - 1) in continues and turns[-1][-1] == i - 1):
            turns[-1].append(i)
        else:
            turns.append([i])
        last_para = p
    return turns


# --- direct attribution: tags and beats next to one quote ---


def _direct(ix: _Index, i: int) -> _Attr | None:
    a = _voice(ix, i) or _direct_raw(ix, i) or _voice_next(ix, i)
    if a is not None and a.addressee == a.speaker and a.pronoun is None:
        a.addressee = None
    return a


def _bounds(ix: _Index, i: int) -> tuple[int, int, int] | None:
    """(paragraph index, end of what comes before quote i in its paragraph, start of what
    comes after it): the narration a tag of that quote may stand in; None outside the
    story paragraphs."""
    work = ix.work
    q = work.quotes[i]
    p = ix.para_of(q.start)
    if p < 0:
        return None
    para = work.paragraphs[p]
    prev_end = max(work.quotes[i - 1].end, para.start) if i > 0 else para.start
    next_start = min(work.quotes[i + 1].start, para.end) if i + 1 < len(work.quotes) else para.end
    return p, prev_end, next_start


def _direct_raw(ix: _Index, i: int) -> _Attr | None:
    work, text = ix.work, ix.text
    q = work.quotes[i]
    b = _bounds(ix, i)
    if b is None:
        return None
    p, prev_end, next_start = b
    para = work.paragraphs[p]
    vocs = set(_vocatives(ix, q))
    post = _post_tag(ix, q, next_start, next_start < para.end)
    if post is not None and _introduced(ix, q, prev_end):
        # `"No," Ann said, "not today." Joe grinned.`: the tag ending on a comma introduces
        # the line; the sentence after it is a beat of whoever is listening
        post = _pre_tag(ix, prev_end, q.start) or post
    for attr in (post, _pre_tag(ix, prev_end, q.start) if post is None else None):
        if attr is not None:
            return attr
    for attr in (_pre_beat(ix, prev_end, q.start), _post_beat(ix, q.end, next_start)):
        if attr is not None and attr.speaker not in vocs:
            return (_tag_goes_on(ix, i, attr) if attr.cue.end <= q.start and not vocs else None) or attr
    if prev_end == para.start and p > 0:
        return _intro(ix, work.paragraphs[p - 1], work.quotes[i - 1].end if i > 0 else 0)
    return None


_OPENING_PRONOUN = re.compile(r"[\"'“‘]*\s*(he|she)\b", re.IGNORECASE)


def _tag_goes_on(ix: _Index, i: int, beat: _Attr) -> _Attr | None:
    """`"Wanda called," Steve said. Natasha sat down. "She says ..."`: a line opening on a
    pronoun that carries on about someone the name-tagged line before it in the same
    paragraph talked about is that tagged speaker's, not the beat's (the beat's character
    would have her own paragraph)."""
    if i == 0 or beat.pronoun is not None:
        return None
    q, prev = ix.work.quotes[i], ix.work.quotes[i - 1]
    if ix.para_of(prev.start) != ix.para_of(q.start):
        return None
    opening = _OPENING_PRONOUN.match(ix.text, q.start)
    if opening is None:
        return None
    a = _direct_raw(ix, i - 1)
    if a is None or a.speaker in (None, beat.speaker) or a.pronoun is not None or a.confidence != CONF_TAG_NAME:
        return None
    if not prev.end <= a.cue.start < beat.cue.start:
        return None  # only a tag after the line, before the beat
    gender = opening.group(1).lower()
    talked = {m.character for m in ix.mentions_in(prev.start, prev.end) if m.kind != "pronoun"} - {a.speaker, beat.speaker}
    if not any(ix.gender.get(c) == gender for c in talked) and not _talks_of_newcomer(ix, prev, gender):
        return None
    return _Attr(a.speaker, EXPLICIT, a.cue, CONF_BEAT_NAME)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _talks_of_newcomer(ix: _Index, q: Quote, gender: str) -> bool:
    """Whether the line names someone no character stands for (`"Greta called,"`), of
    `gender` when a given-name list knows it: a person met only in the lines."""
    named = {m.start for m in ix.mentions_in(q.start, q.end)}
    for found in _CAPITALISED.finditer(ix.text, q.start, q.end):
        w = found.group()
        if w in STOP or found.start() in named:
            continue
        g = "she" if w in FEMALE_NAMES else "he" if w in MALE_NAMES else None
        if g in (None, gender):
            return True
    return False


def _voice(ix: _Index, i: int) -> _Attr | None:
    """An unnamed voice's line, given to the one the narration shows it was (`voices`)."""
    b = _bounds(ix, i)
    if b is None:
        return None
    p, prev_end, next_start = b
    q = ix.work.quotes[i]
    m = voices.voice_tag(ix, q, prev_end, next_start, ix.work.paragraphs[p].start)
    return _attr(ix, m, None, Span(m.start, m.end), True) if m is not None else None


def _introduced(ix: _Index, q: Quote, prev_end: int) -> bool:
    """True when narration ending on a comma or colon leads into the quote and the
    quote ends its sentence with a capital after it: the narration after the quote is
    a sentence of its own, no tag of this line."""
    lead = ix.text[prev_end : q.start].rstrip()
    inner_end = ix.text[q.start : q.end].rstrip("\"'”’ ")[-1:]
    after = ix.text[q.end : q.end + 4].lstrip()[:1]
    return lead.endswith((",", ":")) and inner_end in (".", "!", "?", "…") and after.isupper()


def _voice_next(ix: _Index, i: int) -> _Attr | None:
    """A line the next paragraph hears in someone's voice (`voices.voice_next`)."""
    q = ix.work.quotes[i]
    p = ix.para_of(q.start)
    if p < 0:
        return None
    m = voices.voice_next(ix, q, ix.work.paragraphs[p].end)
    return _attr(ix, m, None, Span(m.start, m.end), False) if m is not None else None


def _intro(ix: _Index, para, last_quote_end: int) -> _Attr | None:
    """A paragraph that introduces the next one's speech: `He waved Hollis in and
    said sternly:--`, `Then the tall girl had said:`."""
    start = max(para.start, last_quote_end)
    seg = ix.text[start : para.end].rstrip()
    if not seg.rstrip("-—–").endswith((":", ",")):
        return None
    return _pre_tag(ix, start, start + len(seg))


def _is_abbrev(seg: str, dot: int) -> bool:
    """True when the `.` at `dot` ends `Mr.` and the like. Only the few characters before
    the dot are searched: a search of the whole prefix at every sentence end made a long
    paragraph quadratic."""
    return _ABBREV.search(seg, max(0, dot - 8), dot + 1) is not None


def _sentence_cut(seg: str) -> int:
    """Offset of the first sentence end in `seg` (ignoring `Mr.`), or len(seg)."""
    for m in _SENT_END.finditer(seg):
        if m.group().startswith(".") and _is_abbrev(seg, m.start()):
            continue
        return m.start()
    return len(seg)


def _last_sentence_start(seg: str, lo: int = 0, hi: int | None = None) -> int:
    """Offset (from `lo`) just past the last sentence end in `seg[lo:hi]` that is not at
    its (right-stripped) end, ignoring `Mr.`; 0 when there is none. It costs the length
    of the last sentence, not of `seg` (see `last_match_end`)."""
    hi = len(seg) if hi is None else hi
    limit = hi
    while limit > lo and seg[limit - 1].isspace():
        limit -= 1
    end = last_match_end(_SENT_END, seg, lo, hi, limit, lambda m: not (m.group().startswith(".") and _is_abbrev(seg, m.start())))
    return end - lo if end >= 0 else 0


def _attr(ix: _Index, m: Mention | None, word: tuple[str, int] | None, cue: Span, tag: bool) -> _Attr | None:
    """An attribution from a subject mention, or from a bare pronoun (word, offset)."""
    if m is not None:
        speaker, pronoun = m.character, m.kind == "pronoun"
        if pronoun:
            word = (ix.text[m.start : m.end], m.start)
    elif word is not None:
        speaker, pronoun = ix.resolve_pronoun(*word), True
    else:
        return None
    gender = _GENDER.get(word[0].lower()) if pronoun and word else None
    if tag:
        conf = CONF_TAG_PRONOUN if pronoun else CONF_TAG_NAME
    else:
        conf = CONF_BEAT_PRONOUN if pronoun else CONF_BEAT_NAME
    if speaker is None and gender is None:
        return None
    return _Attr(speaker, ANAPHORIC if pronoun else EXPLICIT, cue, conf, None, (gender, word[1]) if gender else None)  # type: ignore[arg-type]


# `Over the noise came the voice of the bosun, roaring:`: the one whose voice it is speaks
_VOICE_OF = re.compile(r"\bvoices?\s+of\s+$", re.IGNORECASE)
# a sentence opening on a conjunction still opens on its subject: `And Beth looked at her hands.`
_OPENING_AND = re.compile(r"^[ \t\n—–-]*(?:And|Or)\s+$")


_LEAD_SUBJECT = re.compile(r"[ \t\n—–-]*(?:(?:And|But|Then)\s+)?(?:He|She|They|I|We)\s+[a-z]")


# a passive that moves its subject somewhere: the one moved is acted on, not acting
_CARRIED = re.compile(
    r"(?:\s*,[^,.;!?]{0,40},)?\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:[a-z]+ed|taken|borne|led|driven|brought)\s+"
    r"(?:away|off|out|back|in|into|down|up|aside|along|home)\b"
)


def _subject(ix: _Index, start: int, end: int, max_lead_words: int = 3) -> Mention | None:
    """The first mention in text[start:end] that stands as a subject: few words before it
    and no preposition right before it."""
    text = ix.text
    for m in ix.mentions_in(start, end):
        if m.start < start:
            continue  # inside the clause before the main one
        lead = text[start : m.start]
        if len(_WORD.findall(lead)) > max_lead_words:
            return None
        if _PREP_BEFORE.search(lead) and not _OPENING_AND.match(lead) and not _VOICE_OF.search(lead) or "," in lead and len(_WORD.findall(lead)) > 1:
            continue
        if m.kind == "pronoun" and text[m.start : m.end].lower() in _OBJECTIVE:
            continue  # `My aunt caught me yawning and said`: an object is nobody's subject
        if _LEAD_SUBJECT.match(lead) and not _PERCEIVE_BEAT.search(lead):
            return None  # `She squeezed his hand`: a pronoun no mention stands for is the subject, not `his`
        if _CARRIED.match(text, m.end, end):
            return None  # `The baby, fast asleep, was carried off`: one carried away does not talk
        comma = text.find(",", m.end, end) if _SUBORDINATE.match(lead) else -1
        if comma >= 0:
            start = comma + 1  # `When I had done, they shouted`: the main clause starts after the comma
            continue
        if not _owner_speaks(ix, m):
            # `her mother cried`; but not `Observing his daughter, he said`
            return None if _WORD.findall(lead) else _possessed(ix, m)
        return m
    return None


def _possessed(ix: _Index, m: Mention) -> Mention | None:
    """The person a possessor's kin description names (`his wife` -> Mrs. Bennet), when
    the characters stage found one: a title mention from the possessor's start on."""
    k = bisect_right(ix.m_starts, m.start)
    for x in ix.mentions[bisect_left(ix.m_starts, m.start) : k]:
        if x.end > m.end and x.kind == "title":
            return x if _owner_speaks(ix, x) else None  # `her aunt's voice`, not `his wife's sister`
    return None


def _owner_speaks(ix: _Index, m: Mention) -> bool:
    """False for a possessor whose possession is the real subject (`her husband`,
    `Tobin's sister`); true for anything else, and for `her voice`, `Lexa's gaze`."""
    text = ix.text
    possessive = text[m.start : m.end].lower() in _POSSESSIVE if m.kind == "pronoun" else text.startswith(("'s", "’s"), m.end)
    if not possessive:
        return True
    nxt = _NEXT_WORDS.match(text, m.end)
    if nxt is None:
        return True
    first, second = nxt.group(1).lower(), (nxt.group(2) or "").lower()
    if m.kind == "pronoun" and text[m.start : m.end].lower() == "her" and SPEECH_VERB.fullmatch(first):
        return True  # `heard her say`
    return first in _BODY or second in _BODY


_NOT_SUBJECT_AFTER = re.compile(r"^\s*(?:and|or|,|\.|;)", re.IGNORECASE)
_PREP_ONLY = re.compile(rf"\b(?:{_PREPS})\s+(?:the\s+)?$", re.IGNORECASE)


# a past-tense verb right before a name makes the name its object (not `indeed`, `Ned`)
_VERB_BEFORE = re.compile(r"\b(?!indeed\b)[a-z]{3,}ed\s+$")


def _verb_subject(ix: _Index, start: int, verb_start: int) -> Mention | None:
    """The subject nearest before the verb of a tag clause: `Nell rubbed her hands and
    Brother Tobias looked up and said`, `as he had said`. A name counts when no
    preposition precedes it and it is not an object (`hugged Tobin and said`)."""
    text = ix.text
    for m in reversed(ix.mentions_in(start, verb_start)):
        if m.kind == "pronoun":
            if text[m.start : m.end].lower() in _NOMINATIVE:
                return m
            continue
        if _PREP_ONLY.search(text[max(start, m.start - 12) : m.start]) or not _owner_speaks(ix, m):
            continue
        if _VERB_BEFORE.search(text[max(start, m.start - 20) : m.start]):
            continue  # `He beckoned Tom into the hall and said`: the one beckoned is no subject
        near = len(_WORD.findall(text[m.end : verb_start])) <= 2
        if near or not _NOT_SUBJECT_AFTER.match(text[m.end : m.end + 5]):
            return m
    return None


_NOMINATIVE = frozenset({"he", "she", "i", "we", "they"})
_OBJECTIVE = frozenset({"me", "him", "them", "us"})
_THIRD_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def _unresolved_subject(ix: _Index, start: int, verb_start: int) -> tuple[str, int] | None:
    """The last he/she/they before a tag verb when no mention stands for it: the
    subject nearest the verb, even though nobody could be found for it."""
    last = None
    for last in _THIRD_SUBJECT.finditer(ix.text, start, verb_start):
        pass
    if last is None:
        return None
    k = bisect_left(ix.m_starts, last.start())
    if k < len(ix.m_starts) and ix.m_starts[k] == last.start():
        return None
    return last.group(), last.start()


def _bare_pronoun(ix: _Index, start: int, end: int) -> tuple[str, int] | None:
    m = _BARE_PRONOUN.match(ix.text, start, end)
    if m is None:
        lead = re.match(r"\s*(?:[Tt]hen\s+|[Aa]nd\s+|[Bb]ut\s+|[Ss]o\s+)?", ix.text[start:end])
        m = _BARE_PRONOUN.match(ix.text, start + lead.end(), end)
    if m is None or (m.group(1) == "I" and ix.text[m.start(1)] != "I"):
        return None
    return m.group(1), m.start(1)


def _heard(ix: _Index, m: Mention, verb_start: int, beat: bool = False) -> Mention | None:
    """`I heard one of them cry`, `I can still hear him shout`: the one heard speaks,
    not the one hearing; in a beat also the one the narrator sees (`I can see Douglas
    there by the fire. "..."`). Returns the speaker's mention, `m` itself when nobody is perceived,
    or None when the one perceived is nobody the characters stage found."""
    seen = beat and m.character == ix.narrator  # what the narrator sees is told in beats
    heard = (_PERCEIVE_BEAT if seen else _PERCEIVE).search(ix.text, m.end, verb_start)
    if heard is None:
        return m
    ms = ix.mentions_in(heard.end(), min(verb_start, heard.end() + HEARD_REACH))
    return ms[0] if ms else _group_voice(ix, heard.end(), verb_start)


# an unnamed voice (`heard one voice say`, `said a shrill voice in the crowd`)
_A_VOICE = re.compile(r"\s*(?:a|an|one|another|some|other|several)\s+(?:[\w’'-]+\s+){0,3}?voices?\b", re.IGNORECASE)
_VOICE_IN = re.compile(r"\s+(?:in|from|among|amongst|out of)\s+")
GROUP_VOICE_BACK = 400  # characters before an unnamed voice within which its group is named


def _group_voice(ix: _Index, start: int, end: int, back: bool = True) -> Mention | None:
    """A group character speaks through an unnamed voice of it: `a voice in the crowd`,
    or `she heard one voice say` right after the narration named the men who came in.
    None when the voice is no group's (or is no voice at all); `back` looks for the
    group named before the voice."""
    # `voice` is itself a tag verb (`she voiced`), so the voice may run past `end`
    v = _A_VOICE.match(ix.text, start, max(end, start + TAG_REACH))
    if v is None:
        return None
    prep = _VOICE_IN.match(ix.text, v.end(), v.end() + 12)
    if prep is not None:
        ms = ix.mentions_in(prep.end(), prep.end() + 5)  # `in the crowd`: the mention may hold `the`
        return ms[0] if ms and not ix.text[prep.end() : ms[0].start].strip(" the") and ix.gender.get(ms[0].character) == "they" else None
    if not back:
        return None
    lo = bisect_left(ix.m_starts, start - GROUP_VOICE_BACK)
    for m in reversed(ix.mentions[lo : bisect_left(ix.m_starts, start)]):
        if ix.gender.get(m.character) == "they" and not ix.in_quote(m.start):
            return m
    return None


def _heard_last(ix: _Index, m: Mention, s0: int, end: int) -> Mention | None:
    """The one whose voice the narration's last sentence hears (`He heard her speak.`,
    `I heard the doctor's voice.`) says the next line, not the listener `m`; None when
    that voice is nobody the characters stage found (`He heard a voice.`)."""
    if m.start < s0:
        return m
    return _heard(ix, m, end)


def _post_tag(ix: _Index, q: Quote, end: int, quote_follows: bool) -> _Attr | None:
    text = ix.text
    seg = text[q.end : end]
    cut = _sentence_cut(seg)
    clause = seg[:cut]
    lead_ws = len(clause) - len(clause.lstrip(" \t\n,—–-"))
    inner_end = text[q.start : q.end].rstrip("\"'”’ ")[-1:] if q.end - q.start > 1 else ""
    if quote_follows and cut == len(seg) and clause.rstrip()[-1:] in (",", ":") and inner_end in ".!?…":
        # `"Yes." Raven yelled, "Bell!"`: the narration tags the next quote
        if clause[lead_ws : lead_ws + 1].isupper():
            return None
    v = SPEECH_VERB.search(clause, lead_ws)
    voice = _VOICE.search(clause, lead_ws)
    if voice is not None and (v is None or voice.start() < v.start()):
        v = voice
    if v is None or v.start() > TAG_REACH:
        return None
    base = q.end
    cue = Span(base + lead_ws, base + v.end())
    if not clause[lead_ws : v.start()].strip():
        # inverted: `said Clarke`, `said the Commander`, `said he`
        after = base + v.end()
        ms = ix.mentions_in(after, after + 40)
        gap = text[after : ms[0].start] if ms else ""
        m = ms[0] if ms and (not gap.strip(" \t\nthe").strip() or _ADVERB_GAP.fullmatch(gap) or _ONE_OF.fullmatch(gap)) else None
        m = _group_voice(ix, after, base + len(clause), back=False) or m  # `said a shrill voice in the crowd`
        if m is not None and not _owner_speaks(ix, m):
            m = _possessed(ix, m)  # `said his wife`: the wife, not him
            if m is None:
                return None  # `said her husband`: someone the characters stage did not name
        word = None if m else _bare_pronoun(ix, after, base + len(clause))
        attr = _attr(ix, m, word, Span(cue.start, (m.end if m else after)), True)
        if attr is not None:
            attr.addressee = _object(ix, v.group(), (m.end if m else after), base + len(clause))
        return attr
    if _INDIRECT.match(clause, v.end()):
        return None  # `"...?" I answered that the ferry had gone`: reported speech, not this line's tag
    m = _subject(ix, base + lead_ws, base + v.start())
    if m is not None:
        m = _heard(ix, m, base + v.start())
        if m is None:
            return None
    word = None if m else _bare_pronoun(ix, base + lead_ws, base + v.start())
    if m is None and word is None:
        return None
    attr = _attr(ix, m, word, cue, True)
    if attr is not None:
        attr.addressee = _object(ix, v.group(), base + v.end(), base + len(clause))
    return attr


_ENDS_ON_SPEECH = re.compile(r"\b(?:spoke|speaks|said|says|began|begins|replied|replies|answered|answers|continued|went on)\.$")


_AS_CLAUSE = re.compile(r"\s*(?:as|when|while|after|before|until|once)\s+(?:he|she|they|I|[A-Z]\w+)\b")


def _pre_tag(ix: _Index, start: int, q_start: int) -> _Attr | None:
    text = ix.text
    seg = text[start:q_start].rstrip()
    if seg.endswith(".") and _ENDS_ON_SPEECH.search(seg):
        seg = seg[:-1]  # `at which Mrs. Pike spoke. "..."`: a sentence that ends on its speech verb
    if not seg or (seg[-1] not in ",:—–-" and not seg[-1].isalnum()):
        return None
    s0 = _last_sentence_start(seg)
    verbs = list(SPEECH_VERB.finditer(seg, s0))
    if not verbs:
        voice = _VOICE.search(seg, s0)
        if voice is None:
            return None
        verbs = [voice]
    v = verbs[-1]
    base = start
    # the comma-separated clause holding the verb: `Before Octavia could answer, Raven yelled`
    c0 = max(seg.rfind(",", s0, v.start()) + 1, s0)
    if len(verbs) > 1 and c0 > s0 and _AS_CLAUSE.match(seg, c0):
        # `"...," exclaimed Mrs. Hale, as he finished, "..."`: the clause is an aside, the tag is before it
        v = verbs[-2]
        c0 = max(seg.rfind(",", s0, v.start()) + 1, s0)
    m = _verb_subject(ix, base + c0, base + v.start())
    word = _unresolved_subject(ix, m.end if m is not None else base + c0, base + v.start())
    if word is not None:
        # `As I drew near she nodded and said`: a pronoun the characters stage left
        # unresolved is still the subject; the `I` before it is not
        m = None
    elif m is None:
        m = _subject(ix, base + c0, base + v.start(), max_lead_words=8)
    if m is None and word is None:
        m = _subject(ix, base + s0, base + v.start(), max_lead_words=8)
    if m is None and word is None:
        ms = ix.mentions_in(base + v.end(), base + v.end() + 20)
        if ms and not text[base + v.end() : ms[0].start].strip(" \t\nthe").strip():
            # `said Clarke:`, `said his wife:`; `Observing his daughter, ...` is no tag
            m = ms[0] if _owner_speaks(ix, ms[0]) else None if v.group().endswith("ing") else _possessed(ix, ms[0])
    if m is not None and m.start < base + v.start():
        m = _heard(ix, m, base + v.start())
        if m is None:
            return None
    if m is None and word is None:
        word = _bare_pronoun(ix, base + c0, base + v.start()) or _bare_pronoun(ix, base + s0, base + v.start())
    cue_start = m.start if m is not None and m.start < base + v.start() else base + v.start()
    attr = _attr(ix, m, word, Span(cue_start, base + v.end()), True)
    if attr is not None:
        attr.addressee = _object(ix, v.group(), base + v.end(), base + len(seg))
        if attr.addressee is None and attr.pronoun is not None and m is not None:
            attr.addressee = _clause_object(ix, m.end, base + v.start())
    return attr


def _clause_object(ix: _Index, start: int, verb_start: int) -> str | None:
    """The one a pronoun subject acted on before speaking (`He beckoned Tom into the hall
    and said`): Tom hears the line and is not the `he`."""
    for m in ix.mentions_in(start, verb_start):
        if m.kind != "pronoun" and _VERB_BEFORE.search(ix.text[max(start, m.start - 20) : m.start]):
            return m.character
    return None


def _object(ix: _Index, verb: str, start: int, end: int) -> str | None:
    """The addressee named right after the verb: `told her`, `asked Clarke`, `said to him`."""
    ms = ix.mentions_in(start, min(end, start + 25))
    if not ms:
        return None
    m = ms[0]
    surface = ix.text[m.start : m.end].lower()
    if surface.endswith(("self", "selves")) or surface in _POSSESSIVE - {"her"} or ix.text.startswith(("'s", "’s"), m.end):
        return None  # `to herself`, `to his companion`, `to Tobin's sister`
    gap = ix.text[start : m.start].strip().lower()
    if surface == "her" and gap in ("to", "at") and re.match(r"\s+[a-z]", ix.text[m.end : m.end + 2]):
        return None  # `said to her son`
    if gap in ("to", "at") or (gap == "" and OBJECT_VERBS.match(verb.split()[0])):
        return m.character
    return None


def _pre_beat(ix: _Index, start: int, q_start: int) -> _Attr | None:
    seg = ix.text[start:q_start]
    if not seg.strip():
        return None
    s0 = _last_sentence_start(seg.rstrip())
    s0 += len(seg[s0:]) - len(seg[s0:].lstrip(" \t\n,—–-"))
    if seg[s0 : s0 + 1] == "(":
        return None  # an aside: `(Rufus was the pony.)`
    m = _subject(ix, start + s0, q_start)
    if m is not None and (m := _heard(ix, m, q_start, True)) is None:
        return None
    word = None if m else _bare_pronoun(ix, start + s0, q_start)
    return _attr(ix, m, word, Span(start + s0, start + len(seg.rstrip())), False)


def _post_beat(ix: _Index, q_end: int, end: int) -> _Attr | None:
    seg = ix.text[q_end:end]
    if not seg.strip():
        return None
    lead = len(seg) - len(seg.lstrip(" \t\n,—–-"))
    if seg[lead : lead + 1] == "(":
        return None  # an aside after the line: `(Rufus was the pony.)`
    cut = _sentence_cut(seg)
    m = _subject(ix, q_end + lead, q_end + cut)
    if m is not None and (m := _heard(ix, m, q_end + cut, True)) is None:
        return None
    v = SPEECH_VERB.search(ix.text, q_end + lead, q_end + cut)
    if v is not None and _INDIRECT.match(ix.text, v.end()):
        return None  # `"...?" I answered that the ferry had gone`: the one who answers is not the one asking
    word = None if m else _bare_pronoun(ix, q_end + lead, q_end + cut)
    if _LISTENER.search(ix.text, q_end + lead, q_end + cut):
        return None  # `"..." Sam could not guess what she meant.`: the one puzzling over a line did not say it
    return _attr(ix, m, word, Span(q_end + lead, q_end + max(cut, lead)), False)


# a beat that puzzles over what someone else meant or said: its subject heard the line
_LISTENER = re.compile(
    r"\b(?:know|knew|understand|understood|see|saw|guess|guessed|wonder|wondered|ask|asked)\s+what\s+(?:he|she)\s+(?:meant|means|had meant|said|says|had said|was saying|was talking about)\b"
)


def _para_beat(ix: _Index, quotes: list[Quote], turn: list[int], vocs: list[str]) -> _Attr | None:
    """A subject opening any narration sentence of the turn's paragraph, not only the
    one next to a quote: `"Suit yourself." The rain went on. Iris shut it. It banged.`"""
    p = ix.para_of(quotes[turn[0]].start)
    if p < 0:
        return None
    para = ix.work.paragraphs[p]
    bounds = [para.start] + [x for i in turn for x in (quotes[i].start, quotes[i].end)] + [para.end]
    for k in range(0, len(bounds) - 1, 2):
        start, end = bounds[k], min(bounds[k + 1], para.end)
        if start >= end or start < para.start:
            continue
        seg = ix.text[start:end]
        s0 = 0
        for m in list(_SENT_END.finditer(seg)) + [None]:
            s1 = m.start() if m is not None else len(seg)
            if m is not None and m.group().startswith(".") and _is_abbrev(seg, m.start()):
                continue
            lead = len(seg[s0:s1]) - len(seg[s0:s1].lstrip(" \t\n,—–-"))
            # not an aside (`(Rufus was the pony.)`), nor a listener's puzzling (`Sam could not guess what she meant.`)
            if s1 - s0 - lead > 0 and seg[s0 + lead] != "(" and not _LISTENER.search(seg, s0, s1):
                subj = _subject(ix, start + s0 + lead, start + s1)
                if subj is not None and subj.character not in vocs:
                    a = _attr(ix, subj, None, Span(subj.start, subj.end), False)
                    if a is not None:
                        a.confidence = CONF_ANSWER
                        return a
            if m is not None:
                s0 = m.end()
    return None


def _vocatives(ix: _Index, q: Quote) -> list[str]:
    """Characters addressed by name inside the quote: `"..., Clarke."`, `"Bell! ..."`."""
    known = ix.vocs.get(q.start)
    if known is not None:
        return list(known)
    text, out = ix.text, []
    if _answers_with_a_name(ix, q):
        return out
    for m in ix.mentions_in(q.start + 1, q.end):
        if m.kind == "pronoun" or m.end > q.end:
            continue
        before = text[max(q.start + 1, m.start - 12) : m.start]
        after = text[m.end : min(q.end, m.end + 12)]
        if (m.start <= q.start + 2 or _VOC_BEFORE.search(before)) and _VOC_AFTER.match(after) or _voc_turn(
            before, after
        ) or _voc_sentence(before, after):
            if _inner_quoted(text, q.start + 1, m.start):
                continue  # `"Someone said to me, 'We don't, Mrs. Hale.'"`: a call repeated, not made
            if m.character not in out:
                out.append(m.character)
    if ix.group_calls is not None:
        rx, ids = ix.group_calls
        for g in rx.finditer(text, q.start + 1, q.end):
            before, after = text[max(q.start + 1, g.start() - 12) : g.start()], text[g.end() : min(q.end, g.end() + 3)]
            if (g.start() <= q.start + 2 or _VOC_BEFORE.search(before)) and _VOC_AFTER.match(after) and ids[g.group().lower()] not in out:
                out.append(ids[g.group().lower()])  # `"Who bids, friends?"`
    ix.vocs[q.start] = out
    return list(out)


# an inner quotation opening (‘ or ' after a space or mark, then a capital) and its close (not an apostrophe)
_INNER_OPEN = re.compile(r"(?:(?<=[\s,:;(—–-])[‘']|“)(?=[A-Z])")
_INNER_CLOSE = re.compile(r"[’'](?![A-Za-z])|”")


def _inner_quoted(text: str, start: int, pos: int) -> bool:
    """Whether `pos` sits inside a quotation nested in the quote whose text starts at `start`."""
    opened = None
    for opened in _INNER_OPEN.finditer(text, start, pos):
        pass
    return opened is not None and _INNER_CLOSE.search(text, opened.end(), pos) is None


# possessive: each word taken whole (the same matches); tried as 1-3 pieces of one long
# capitalised token, the pattern took seconds on a few hundred letters
_BARE_NAME = re.compile(r"\W*(?:[A-Z][\w'’.-]*+\s*){1,3}[.…]?\W*")


def _answers_with_a_name(ix: _Index, q: Quote) -> bool:
    """A line that is only a name, right after a question (`"What is his name?"` /
    `"Hollis."`), answers it: the name is who was asked about, not who is spoken to."""
    body = ix.text[q.start + 1 : q.end - 1]
    if not _BARE_NAME.fullmatch(body) or "!" in body or "?" in body:
        return False
    i = bisect_left(ix.q_starts, q.start) - 1
    if i < 0:
        return False
    prev = ix.work.quotes[i]
    asked = ix.text[prev.start : prev.end].rstrip("\"'”’ ").endswith("?")
    return asked and ix.para_of(prev.start) >= ix.para_of(q.start) - 1


# --- conversation: one speaker per paragraph, alternation, answers ---


def _converse(work: Work, ix: _Index, turns: list[list[int]], direct: dict[int, _Attr]) -> None:
    quotes = work.quotes
    breaks = work.scene_breaks
    chapters = [c.start for c in work.chapters]
    last: str | None = None  # speaker of the previous turn
    prev: str | None = None  # the other active speaker
    last_addr: str | None = None  # whom the previous line named or told
    heard: str | None = None  # whom the previous line was said to, however found
    last_para = -10
    last_end = 0
    conv_start = 0  # index of the turn that opened the current conversation
    earlier: str | None = None
    hint: str | None = None  # like heard, also when only guessed across narration
    answerer: str | None = None  # the earlier speaker, when the opening line was said to them
    convs: list[int] = []  # per turn, the index of its conversation's first turn
    groups: list[int] = []  # turns tagged `they said` with no group character to say them
    for t, turn in enumerate(turns):
        first = quotes[turn[0]]
        p = ix.para_of(first.start)
        gap = p - last_para - 1
        if gap == 1 and _silent_aside(ix, quotes, turns, t, conv_start, last, prev):
            gap = 0  # the exchange goes on over a silent onlooker's aside
        # one the narration sends out (`Marco gets up and leaves.`) is no party of what follows
        gone = departed(ix.text, last_end, first.start, lambda a, b: _subject(ix, a, b)) if t > 0 else set()
        if gone and (last in gone or prev in gone):
            gap = max(gap, RESET_GAP)
        if gap >= RESET_GAP or bisect_right(breaks, first.start) != bisect_right(breaks, last_end):
            # the previous conversation's last speaker, as a likely addressee across a
            # short stretch of narration (`"Say that again," Ron snarled` after Malfoy)
            same = all(bisect_right(b, first.start) == bisect_right(b, last_end) for b in (breaks, chapters))
            earlier = last if gap <= 2 and same else None
            if earlier in gone:
                earlier = prev if prev not in gone and gap <= 2 and same else None
            last = prev = last_addr = heard = hint = None
            answerer = None
            conv_start = t
        vocs = _turn_vocatives(ix, quotes, turn)
        attrs = [_recheck(ix, direct.get(i), last, prev, vocs, heard or hint, last_addr) for i in turn]
        _named_in_paragraph(ix, quotes, turn, attrs)
        if not any(attrs):
            attrs = _called_in_answer(ix, quotes, turns, t, direct, vocs) or attrs
        if not any(attrs):
            beat = _recheck(ix, _para_beat(ix, quotes, turn, vocs), last, prev, vocs, heard)
            attrs = [beat] * len(turn) if beat is not None else attrs
        if not any(attrs) and t > 0 and gap == 0:
            own = _self_introduction(ix, quotes, turns[t - 1], turn)
            if own is None and t > 1 and conv_start <= t - 2:
                # `"Wat, sir."` / `"Louder!"` / `"Wat. Wat, sir."`: the same name given again
                own = _self_introduction(ix, quotes, turns[t - 1], turn, quotes[turns[t - 2][0]])
            if own is not None:
                attrs = [_Attr(own.character, IMPLICIT, Span(own.start, own.end), CONF_ANSWER)] * len(turn)
        if any(attrs):
            _spread(turn, attrs)
        elif _group_tag(direct, turn):
            groups.append(t)  # `"...," they said` with no group among the characters: no one person said it
        else:
            other = prev if prev is not None else _ahead(ix, quotes, turns, direct, t, last) or heard
            if other is None and t == conv_start + 1:
                other = answerer  # the line before was said across narration to the earlier speaker
            guess = _guess(ix, first, gap, last, other, last_addr, vocs, earlier if t == conv_start else None)
            attrs = [guess] * len(turn) if guess else [None] * len(turn)
        turn_addr: list[str] = []
        said_to: tuple[str, list[str]] | None = None  # the previous quote of this turn
        for i, a in zip(turn, attrs):
            q = quotes[i]
            if a is None:
                continue
            weak = False
            q.speaker, q.evidence, q.cue, q.confidence = a.speaker, a.evidence, a.cue, round(a.confidence, 3)
            addr = [c for c in _vocatives(ix, q) if c != a.speaker]
            # `"..., Ronald," I tell him`: the tag's object is the one the line names, not another
            if a.addressee and a.addressee != a.speaker and not addr:
                addr.append(a.addressee)
            turn_addr += [c for c in addr if c not in turn_addr]
            if not addr and said_to is not None and said_to[0] == a.speaker:
                addr = list(said_to[1])  # the rest of one speaker's paragraph goes to the same listener
            if not addr:
                other = last if last and last != a.speaker else prev if prev and prev != a.speaker else None
                if other is None and t == conv_start:
                    other = _ahead(ix, quotes, turns, direct, t + 1, a.speaker)
                if other is None and t == conv_start and earlier is not None and ix.para_of(q.start) > 0:
                    # the narration just before opens on someone else: the line is theirs to hear
                    before = ix.work.paragraphs[ix.para_of(q.start) - 1]
                    m = _subject(ix, before.start, before.end)
                    if m is not None and m.kind != "pronoun" and m.character != a.speaker:
                        other = m.character
                if other is None and t == conv_start and earlier == a.speaker:
                    # `"..., Fred."` / The lad stood there. / `"...," the old man went on`: he
                    # talks on to the one his line before the narration was said to
                    other = _last_listener(ix, q, a.speaker)
                if other in gone:
                    other = None  # one who just left hears nothing
                weak = other is None and earlier is not None and earlier != a.speaker and t == conv_start
                answerer = earlier if weak else None
                if weak:
                    other = earlier
                if other is None:
                    # a fresh conversation: whoever the narration just named
                    p = ix.para_of(q.start)
                    floor = ix.work.paragraphs[p - 1].start if p > 0 else 0
                    # a first-person narrator's `I` fills the narration: one it names is likelier
                    # the listener, and the narrator is the fallback just below
                    other = _narration_other(ix, floor, q.start, a.speaker, gone | {ix.narrator})
                if other is None and ix.narrator is not None and a.speaker != ix.narrator:
                    other = ix.narrator  # a first-person narrator is there to hear whatever else is said
                if other:
                    addr = [other]
            q.addressees = addr
            said_to = (a.speaker, addr)
            # a guess from before the narration is output, but too weak to say who answers
            heard = addr[0] if addr and not weak else None
            hint = addr[0] if addr else None
            if a.speaker != last:
                prev, last = last, a.speaker
        last_addr = turn_addr[0] if len(turn_addr) == 1 else None
        last_para = ix.para_of(quotes[turn[-1]].start)
        last_end = quotes[turn[-1]].end
        convs.append(conv_start)
    _backfill(ix, quotes, turns, convs)
    _decode_runs(ix, quotes, turns, convs, direct)
    for t in groups:
        for i in turns[t]:
            quotes[i].speaker, quotes[i].addressees, quotes[i].evidence, quotes[i].confidence = None, [], None, 0.0


ASIDE_TURNS = 4  # alternating turns of two speakers before an onlooker's aside leaves them talking
ASIDE_WORDS = 30  # longest narration paragraph read as an onlooker's aside


def _silent_aside(
    ix: _Index, quotes: list[Quote], turns: list[list[int]], t: int, conv_start: int, last: str | None, prev: str | None
) -> bool:
    """Two speakers trading lines turn by turn (`"You snore."` / `"I don't."` / ...) go on
    over a short narration paragraph about someone who has not said a word in the
    exchange and does not name either of the two (`Natasha rolled her eyes.`): the
    onlooker stays silent, the alternation holds."""
    if last is None or prev is None or last == prev or t - conv_start < ASIDE_TURNS:
        return False
    spoke = [quotes[turns[k][0]].speaker for k in range(conv_start, t)]
    if spoke[-ASIDE_TURNS:] != [prev, last] * (ASIDE_TURNS // 2):
        return False
    q = quotes[turns[t][0]]
    p = ix.para_of(q.start)
    para = ix.work.paragraphs[p - 1]
    if ix.in_quote(para.start) or len(_WORD.findall(ix.text, para.start, para.end)) > ASIDE_WORDS:
        return False
    g = _guess(ix, q, 1, last, None, None, [])
    if g is None or not para.start <= g.cue.start < para.end or g.speaker in spoke:
        return False
    # `He looked down, and Rey bit her cheek.`: the exchange itself is narrated, no aside
    first = _subject(ix, para.start, para.end)
    return first is not None and first.character == g.speaker and all(
        m.character == g.speaker for m in ix.mentions_in(para.start, para.end))


def _self_introduction(
    ix: _Index, quotes: list[Quote], before: list[int], turn: list[int], given: Quote | None = None
) -> Mention | None:
    """The name that opens a line answering `"Your name?"`: `"Wat, sir."` is Wat's own.
    With `given` (the line two turns back), the line repeats a name given there instead."""
    if given is not None:
        if given.cue is None or not given.start < given.cue.start < given.end:
            return None  # that line was no self-introduction
    elif not any(_ASKS_NAME.search(ix.text, quotes[i].start, quotes[i].end) for i in before):
        return None
    q = quotes[turn[0]]
    ms = ix.mentions_in(q.start, q.start + 3)
    if not ms or ms[0].kind == "pronoun" or (given is not None and ms[0].character != given.speaker):
        return None
    return ms[0]


def _group_tag(direct: dict[int, _Attr], turn: list[int]) -> bool:
    """True when a quote of the turn is tagged by a plural pronoun (`they said`)."""
    return any((a := direct.get(i)) is not None and a.pronoun is not None and a.pronoun[0] == "they" for i in turn)


def _backfill(ix: _Index, quotes: list[Quote], turns: list[list[int]], convs: list[int]) -> None:
    """Untagged lines just before a tagged one follow its alternation: in a run of
    untagged turns, each turn nearer the tagged turn after it than the one before it
    takes B when an even number of turns away from B's turn, else B's partner."""
    n = len(turns)
    implicit = [quotes[t[0]].evidence == IMPLICIT for t in turns]
    i = 0
    while i < n:
        if not implicit[i]:
            i += 1
            continue
        j = i
        while j < n and implicit[j] and convs[j] == convs[i]:
            j += 1
        run_start, i = i, j
        if j >= n or convs[j] != convs[run_start] or quotes[turns[j][0]].speaker is None:
            continue
        b = quotes[turns[j][0]].speaker
        left = quotes[turns[run_start - 1][-1]].speaker if run_start > convs[run_start] else None
        partner = left if left != b else (quotes[turns[run_start - 2][-1]].speaker if run_start - 2 >= convs[run_start] else None)
        for k in range(j - 1, run_start - 1, -1):
            d = j - k
            if left is not None and d >= k - run_start + 1:
                break  # nearer the left anchor: its alternation stands
            want = b if d % 2 == 0 else partner
            if want is None:
                break
            turn = turns[k]
            if want in _turn_vocatives(ix, quotes, turn):
                break
            other = partner if want == b else b
            for qi in turn:
                quotes[qi].speaker = want
                if other is not None and other != want:
                    quotes[qi].addressees = [other]


def _decode_runs(
    ix: _Index, quotes: list[Quote], turns: list[list[int]], convs: list[int], direct: dict[int, _Attr]
) -> None:
    """Re-decide the untagged turns of each conversation with every anchor at once
    (`dialogue.decode`): tags before and after them and the names lines are said to,
    instead of the alternation carried from one side only. A conversation goes on over
    one narration paragraph in which a participant answers (`He answered that the gate
    was locked.`, `She gave no reply.`): that paragraph is their turn."""
    marks = (ix.work.scene_breaks, [c.start for c in ix.work.chapters])
    runs: list[list[int | dialogue.Slot]] = []
    replies: set[int] = set()
    for t in range(len(turns)):
        if t > 0 and convs[t] == convs[t - 1]:
            runs[-1].append(t)
        elif (reply := _reply_slot(ix, quotes, turns[t - 1], turns[t], marks) if t > 0 else None) is not None:
            replies.add(id(reply))
            runs[-1] += [reply, t]
        else:
            runs.append([t])
        runs[-1] += _later_speakers(quotes, turns[t])
    for run in runs:
        slots = [k if isinstance(k, dialogue.Slot) else _slot(ix, quotes, turns[k]) for k in run]
        for k, slot in zip(run, slots):
            if not isinstance(k, dialogue.Slot):
                # the tag's object hears the line (`said Mara to Tobin`), like a name in it
                for i in turns[k]:
                    a = direct.get(i)
                    if a is not None and a.addressee and a.addressee != quotes[i].speaker:
                        slot.vocatives.add(a.addressee)
        for n in range(1, len(run)):
            if id(run[n - 1]) in replies:
                # after a reported answer, the narration subject is the one who answered
                slots[n].guess_cost, slots[n].goes_on = 0.1, False
        if len(run) < 2 or all(s.anchor is None and not s.vocatives for s in slots):
            continue
        decoded = dialogue.decode(slots, ix.narrator)
        for n, k in enumerate(run):
            c = decoded[n]
            if isinstance(k, dialogue.Slot) or c is None:
                continue
            first = quotes[turns[k][0]]
            if first.speaker == c:
                continue
            if first.evidence == ANAPHORIC:
                # a pronoun tag is read in its own context (`_recheck`): `"...?" she said aloud`
                # with nobody else there stays hers though the decoded order wants a partner
                continue
            if first.evidence not in (IMPLICIT, None):
                continue
            near = [decoded[m] for m in (n - 1, n + 1) if 0 <= m < len(run) and decoded[m] not in (None, c)]
            for i in turns[k]:
                q = quotes[i]
                vocs = [v for v in _vocatives(ix, q) if v != c]
                q.speaker, q.evidence, q.cue, q.confidence = c, IMPLICIT, Span(q.start, q.start), CONF_ALTERNATE
                q.addressees = vocs or near[:1]


# a participant's reported answer: `answered that the gate was locked`, `gave no reply` (a speech
# verb alone in narration more often introduces the next line: `before she said anything`)
_REPLY = re.compile(
    r"\b(?:(?:replied|answered|returned|rejoined|said|observed|agreed|assented|admitted|declared)\s+that\b|"
    r"(?:made|gave)\s+no\s+(?:answer|reply|response)|said\s+nothing|did\s+not\s+(?:answer|reply)|"
    r"was\s+silent)",
    re.IGNORECASE,
)
NARRATION_GUESS_COST = 2.0  # an untagged line given to the subject of the narration next to it
REPLY_WORDS = 40  # longest narration paragraph read as a participant's turn
REACTION_WORDS = 3  # longest exclamation read as a reaction to the line before (`"Surely not!"`)


def _reply_slot(
    ix: _Index, quotes: list[Quote], before: list[int], after: list[int], marks: tuple[list[int], ...]
) -> dialogue.Slot | None:
    """The one narration paragraph between two quote turns (no scene break or chapter
    start in `marks` between them), when its subject answers in it (`answered that`,
    `gave no reply`) or does what the line before asked (`_complies`): that
    participant's turn in the exchange."""
    p0, p1 = ix.para_of(quotes[before[-1]].start), ix.para_of(quotes[after[0]].start)
    if p1 - p0 != 2:
        return None
    para = ix.work.paragraphs[p0 + 1]
    lo, hi = quotes[before[-1]].start, quotes[after[0]].start
    if any(bisect_right(m, lo) != bisect_right(m, hi) for m in marks):
        return None
    seg = ix.text[para.start : para.end]
    if len(_WORD.findall(seg)) > REPLY_WORDS:
        return None
    complied = _complies(ix, quotes[before[-1]], para)
    if complied is not None:
        return dialogue.Slot(anchor=complied, anchor_cost=3.0)
    r = _REPLY.search(seg)
    if r is None:
        return None
    s0 = _last_sentence_start(seg[: r.start()])
    m = _subject(ix, para.start + s0, para.start + r.start())
    if m is None:
        return None
    return dialogue.Slot(anchor=m.character, anchor_cost=3.0)


# a line asking someone to do something: `"Pass me the map."`, `"Hold it up to the light."`, `"Will you keep these?"`
_REQUEST = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:[Nn]ow|[Pp]lease|[Jj]ust),?\s+)?(?:Show|Give|Hold|Hand|Bring|Fetch|Take|Read|Open|Pass|Lift|Turn)\b"
    r"[^.!?]*[.!]?$|(?:^|[.!?]\s+)(?:Will|Would|Won['’]t|Can|Could)\s+you\b[^.!?]*\?$"
)
_REACTION = re.compile(
    r"\b(?:smiled|smiles|laughed|laughs|nodded|nods|sighed|sighs|flushed|blushed|hesitated|frowned|shrugged|"
    r"chuckled|grinned|stared|gasped|winced|paused)\b"
)
COMPLY_WORDS = 30  # longest narration paragraph read as someone doing what the line asked


def _complies(ix: _Index, q: Quote, para) -> str | None:
    """The one a request (`"Pass me the map."`, `"Will you keep these?"`) was made to, when
    the short narration after it shows someone else than its speaker acting
    (`I handed it over.`, `The boy opened his palm.`): a wordless answer, that
    participant's turn, after which the one who asked goes on."""
    body = ix.text[q.start + 1 : q.end - 1].strip(" \"'”’,")
    if q.speaker is None or not _REQUEST.search(body):
        return None
    seg = ix.text[para.start : para.end]
    if len(_WORD.findall(seg)) > COMPLY_WORDS or _REACTION.search(seg):
        return None  # `She smiled.`: a face or a sound answers the line, and words usually follow
    m = _subject(ix, para.start, para.end)
    if m is None or m.character == q.speaker:
        return None
    return m.character


def _later_speakers(quotes: list[Quote], turn: list[int]) -> list[dialogue.Slot]:
    """A paragraph whose later line is tagged with someone else's name (`"No, you take
    it," Mara said. "You must have it," said Iris.`) holds two turns: the next paragraph
    follows the last one."""
    out: list[dialogue.Slot] = []
    last = quotes[turn[0]].speaker
    for i in turn[1:]:
        q = quotes[i]
        # a name tag only: a beat or a pronoun inside a paragraph splits it too often by mistake
        if q.evidence == EXPLICIT and q.confidence >= CONF_TAG_NAME and q.speaker is not None and q.speaker != last:
            out.append(dialogue.Slot(anchor=q.speaker, anchor_cost=4.0))
            last = q.speaker
    return out


def _slot(ix: _Index, quotes: list[Quote], turn: list[int]) -> dialogue.Slot:
    first = quotes[turn[0]]
    slot = dialogue.Slot(vocatives=set(_turn_vocatives(ix, quotes, turn)))
    said = " ".join(ix.text[quotes[i].start + 1 : quotes[i].end - 1] for i in turn).strip(" ,\"'”’")
    slot.exclaims = said.endswith(("!", "?")) and len(_WORD.findall(said)) <= REACTION_WORDS
    for i in turn:
        slot.named |= {m.character for m in ix.mentions_in(quotes[i].start + 1, quotes[i].end) if m.kind != "pronoun"}
        slot.turns_to |= _turned_to(ix, quotes[i])
    if first.evidence in (EXPLICIT, ANAPHORIC):
        slot.anchor = first.speaker
        slot.anchor_cost = 4.0 if first.evidence == EXPLICIT else 2.0
    elif first.evidence == IMPLICIT and first.cue is not None and first.start < first.cue.start < first.end:
        # a self-introduction (`"Wat, sir."` after `"Your name?"`): the name is the speaker's own
        slot.anchor, slot.anchor_cost = first.speaker, CLUE_COST
        slot.vocatives.discard(first.speaker)  # type: ignore[arg-type]
    elif first.evidence == IMPLICIT:
        slot.guess = first.speaker
        slot.guess_cost = 0.1  # one-sided, and right about half the time: it only breaks ties
        if first.confidence == CONF_NARRATION:
            # read from the narration next to the line, not from the alternation: it may
            # even give the line to the one who spoke the paragraph before and goes on
            slot.guess_cost, slot.goes_on = NARRATION_GUESS_COST, True
        elif first.confidence == CONF_RESUME:
            slot.guess_cost = NARRATION_GUESS_COST  # read from the narration too, not from alternation
    return slot


def _turned_to(ix: _Index, q: Quote) -> set[str]:
    """Characters the quote turns to after `and` (`"Well rowed!--and Tom, where were you?"`)."""
    text, out = ix.text, set()
    for m in ix.mentions_in(q.start + 1, q.end):
        if m.kind != "pronoun" and m.character is not None and m.start > q.start + 2:
            if _voc_turn(text[max(q.start + 1, m.start - 12) : m.start], text[m.end : min(q.end, m.end + 3)]):
                out.add(m.character)
    return out


def _narration_other(ix: _Index, start: int, end: int, speaker: str, gone: set[str] = frozenset()) -> str | None:
    """The character most recently mentioned in narration between start and end, other
    than `speaker` and anyone in `gone` (left out: who has just left, a first-person narrator)."""
    j = bisect_left(ix.m_starts, end) - 1
    lo = max(bisect_left(ix.m_starts, start), j + 1 - PARA_MENTIONS)  # bounded, as in _recheck
    while j >= lo:
        m = ix.mentions[j]
        j -= 1
        if m.character != speaker and m.character not in gone and not ix.in_quote(m.start):
            return m.character
    return None


def _turn_vocatives(ix: _Index, quotes: list[Quote], turn: list[int]) -> list[str]:
    vocs: list[str] = []
    for i in turn:
        for c in _vocatives(ix, quotes[i]):
            if c not in vocs:
                vocs.append(c)
    return vocs


def _called_in_answer(
    ix: _Index, quotes: list[Quote], turns: list[list[int]], t: int, direct: dict[int, _Attr], vocs: list[str]
) -> list[_Attr | None] | None:
    """A pronoun tag nobody could resolve (`he had put it plainly: "Dad, I'm leaving."`) is the
    one the very next line, right after it, calls by name (`"Arlo, you'll do no such thing"`),
    when that name is of the pronoun's gender."""
    tagged = [direct.get(i) for i in turns[t]]
    a = next((x for x in tagged if x is not None and x.speaker is None and x.pronoun is not None), None)
    if a is None or t + 1 >= len(turns):
        return None
    nxt = turns[t + 1]
    if ix.para_of(quotes[nxt[0]].start) != ix.para_of(quotes[turns[t][-1]].start) + 1:
        return None
    called = [c for c in _vocatives(ix, quotes[nxt[0]]) if c not in vocs and ix.gender.get(c) == a.pronoun[0]]
    if len(called) != 1:
        return None
    return [_with(x, called[0]) if x is not None and x.pronoun is not None else None for x in tagged]


def _ahead(
    ix: _Index, quotes: list[Quote], turns: list[list[int]], direct: dict[int, _Attr], t: int, last: str | None
) -> str | None:
    """The other party of a conversation whose second speaker is not known yet, read from
    the turns ahead: alternation puts the speaker of turn t+k (k even) or the one named
    by a vocative in turn t+k (k odd) opposite `last`."""
    para = ix.para_of(quotes[turns[t - 1][-1]].start) if t > 0 else -1
    for k in range(0, LOOKAHEAD):
        if t + k >= len(turns):
            return None
        turn = turns[t + k]
        p = ix.para_of(quotes[turn[0]].start)
        if p != para + 1:
            return None  # narration between: the conversation may have moved on
        para = ix.para_of(quotes[turn[-1]].start)
        said = next((direct[i].speaker for i in turn if i in direct and (k > 0 or direct[i].pronoun is None)), None)
        if k % 2 == 0 and said is not None and said != last:
            return said
        if k % 2 == 1:
            for c in _turn_vocatives(ix, quotes, turn):
                if c != last and c != said:
                    return c
        if said is not None and k % 2 == 1 and said != last:
            return None  # alternation broken: a third speaker
    return None


def _recheck(
    ix: _Index, a: _Attr | None, last: str | None, prev: str | None, vocs: list[str], heard: str | None = None,
    named: str | None = None,
) -> _Attr | None:
    """Resolve a tag or beat pronoun in context: a character of that gender named earlier
    in the paragraph's narration, else the conversation participant of that gender
    (the other one when both fit: speakers alternate; the one the last turn `named` by a
    vocative or a tag object rather than its own speaker; a party of the exchange rather
    than a man or woman the lines merely mention), else the characters stage's
    resolution."""
    if a is None or a.pronoun is None:
        return a
    gender, offset = a.pronoun
    # nobody is named as a vocative in their own line, nor is the one the tag's verb acted on
    barred = set(vocs) | ({a.addressee} if a.addressee is not None else set())
    fits = lambda c: c is not None and ix.gender.get(c) == gender and c not in barred  # noqa: E731
    para = ix.work.paragraphs[ix.para_of(offset)]
    j = bisect_left(ix.m_starts, offset) - 1
    local: set[str] = set()  # named in this paragraph's narration before the pronoun
    floor = max(-1, j - PARA_MENTIONS)
    while j > floor and ix.mentions[j].start >= para.start:
        m = ix.mentions[j]
        j -= 1
        if m.kind == "pronoun" or ix.in_quote(m.start) or not fits(m.character):
            continue
        if m.character == a.speaker and a.speaker is not None:
            return a  # the characters stage's pick is named nearer than any opener: an opener further back is not
        local.add(m.character)
        lead = ix.text[para.start + _last_sentence_start(ix.text, para.start, m.start) : m.start]
        if len(_WORD.findall(lead)) <= 2 and not _PREP_BEFORE.search(lead):
            return _with(a, m.character)
    if fits(prev) and prev != a.speaker and (a.speaker == last or a.speaker in barred):
        return _with(a, prev)  # type: ignore[arg-type]
    if a.speaker == last and fits(named) and named != last:
        return _with(a, named)  # type: ignore[arg-type]  # `"..., Walter." / "...," he answered`
    if fits(prev) and prev != last and a.speaker not in (last, prev) and not _narrated_near(ix, a.speaker, offset):
        # mid-conversation, a pronoun the characters stage gave to someone only talked
        # about in the quotes is the other participant of that gender
        return _with(a, prev)  # type: ignore[arg-type]
    if prev is None and fits(heard) and heard != a.speaker and a.speaker != last:
        return _with(a, heard)  # type: ignore[arg-type]  # the one spoken to answers
    if a.speaker not in (last, prev, heard) and a.speaker not in local and not _narrated_near(ix, a.speaker, offset):
        # inside an exchange a pronoun tag names one of its parties, not someone the lines
        # merely mention: the one spoken to, else the other party
        for c in (heard, prev):
            if fits(c) and c != last:
                return _with(a, c)  # type: ignore[arg-type]
    if (a.speaker is None or a.speaker in barred) and fits(last):
        return _with(a, last)  # type: ignore[arg-type]
    if a.speaker in barred:
        k = bisect_left(ix.m_starts, offset) - 1
        for m in ix.mentions[max(0, k - BACK_MENTIONS) : k + 1][::-1]:
            if fits(m.character) and not ix.in_quote(m.start):
                return _with(a, m.character)
    return a if a.speaker is not None else None


NARRATED_PARAS = 3  # paragraphs back in which a character named in narration is still on stage


def _narrated_near(ix: _Index, c: str | None, offset: int) -> bool:
    """Whether the narration named `c` (not a pronoun, not inside a quote) in the last
    few paragraphs before `offset`."""
    floor = ix.work.paragraphs[max(0, ix.para_of(offset) - NARRATED_PARAS)].start
    j = bisect_left(ix.m_starts, offset) - 1
    while j >= 0 and ix.mentions[j].start >= floor:
        m = ix.mentions[j]
        j -= 1
        if m.character == c and m.kind != "pronoun" and not ix.in_quote(m.start):
            return True
    return False


def _with(a: _Attr, speaker: str) -> _Attr:
    return _Attr(speaker, a.evidence, a.cue, a.confidence, a.addressee, a.pronoun)


def _spread(turn: list[int], attrs: list[_Attr | None]) -> None:
    """Untagged quotes of a paragraph take the nearest tagged quote's speaker (earlier first)."""
    first = next(a for a in attrs if a is not None)
    src = None  # the last tagged quote before k: one pass, not a search per quote
    for k, a in enumerate(attrs):
        if a is not None:
            src = a
            continue
        s = src or first
        attrs[k] = _Attr(s.speaker, s.evidence, s.cue, s.confidence - CONF_INHERIT_DROP)


def _named_in_paragraph(ix: _Index, quotes: list[Quote], turn: list[int], attrs: list[_Attr | None]) -> None:
    """A pronoun tag in a paragraph whose other tag or closing beat names one character
    of that gender is that character: one speaker holds the paragraph
    (`"Sure," he said, "the baker's boy. Seen him lately?" Tom finished.`), whoever
    else the narration named before the pronoun."""
    if not any(a is not None and a.pronoun is not None for a in attrs):
        return
    names = {a.speaker for a in attrs if a is not None and a.pronoun is None and a.confidence >= CONF_TAG_NAME}
    last = quotes[turn[-1]]
    p = ix.work.paragraphs[ix.para_of(last.start)]
    inside = any(a is not None and a.pronoun is not None and a.cue.end <= last.start for a in attrs)
    if inside and bisect_left(ix.q_starts, p.end) - 1 == turn[-1]:
        # a closing sentence opening on a name (`Tom wound up.`) lost to the tag inside the paragraph
        seg = ix.text[last.end : p.end].strip()
        beat = _post_beat(ix, last.end, p.end) if seg[:1].isupper() and _sentence_cut(seg) >= len(seg) - 1 else None
        if beat is not None and beat.pronoun is None and ix.text.startswith(seg[:8], beat.cue.start):
            names.add(beat.speaker)
    for k, a in enumerate(attrs):
        if a is None or a.pronoun is None:
            continue
        fit = [c for c in names if c is not None and ix.gender.get(c) == a.pronoun[0]]
        if len(fit) == 1 and fit[0] != a.speaker and fit[0] != a.addressee and fit[0] not in _vocatives(ix, quotes[turn[k]]):
            attrs[k] = _with(a, fit[0])


def _trailing_subject(ix: _Index, q: Quote) -> Mention | None:
    """The subject of narration that closes the quote paragraph before `q`, past its
    last quote's tag: `"...," said Holmes. I read the entry aloud.` / `"..."` -- the one
    who acts after the line is the next to speak."""
    p = ix.para_of(q.start)
    if p <= 0:
        return None
    para = ix.work.paragraphs[p - 1]
    k = bisect_left(ix.q_starts, para.end) - 1
    if k < 0 or ix.work.quotes[k].end <= para.start:
        return None
    prev = ix.work.quotes[k]
    seg = ix.text[prev.end : para.end].rstrip()
    s0 = _last_sentence_start(seg)
    if s0 == 0 or (prev.cue is not None and prev.cue.end > prev.end + s0):
        return None  # only the line's own tag follows it
    m = _subject(ix, prev.end + s0, prev.end + len(seg))
    return _heard_last(ix, m, prev.end + s0, prev.end + len(seg)) if m is not None else None


# a tag saying its speaker goes on past this line: `Tom cut in, and went on with the story`
_TAKES_UP = re.compile(
    r"\b(?:took|takes)\s+up\s+the\s+(?:tale|story|thread|account|narrative)|\band\s+(?:went|goes)\s+on\s+(?:with|to\s+tell)\b"
)


def _takes_up(ix: _Index, q: Quote) -> bool:
    """Whether the narration closing the quote paragraph before `q` says its speaker
    goes on talking (`"Well," Tom cut in, and went on with the story.`)."""
    p = ix.para_of(q.start)
    if p <= 0:
        return False
    para = ix.work.paragraphs[p - 1]
    k = bisect_left(ix.q_starts, para.start)
    if k >= len(ix.work.quotes) or ix.work.quotes[k].start >= para.end:
        return False
    m = _TAKES_UP.search(ix.text, ix.work.quotes[k].end, para.end)
    return m is not None and not ix.in_quote(m.start())


_LAST_CLAUSE = re.compile(r"(?:,|;)\s+and\s+|;\s+")


def _last_clause_subject(ix: _Index, s0: int, end: int) -> Mention | None:
    """The subject of the last of a sentence's joined clauses, the one nearest the next
    line: `Nan drew the curtains, Ruth shut the door, and Bo knelt by the stove.`"""
    cut = None
    for cut in _LAST_CLAUSE.finditer(ix.text, s0, end):
        pass
    if cut is None:
        return None
    m = _subject(ix, cut.end(), end, max_lead_words=0)
    return m if m is not None and m.kind != "pronoun" else None


_EXPLETIVE = re.compile(r"\s*(?:There|It)\s+(?:was|were|is|are|had|has|came|seemed)\b")
_CLAUSE_OPEN = re.compile(r"(?:\b(?:that|and|so|when|as|till|until)|[,;])\s+$")


def _inner_subject(ix: _Index, s0: int, end: int) -> Mention | None:
    """The subject pronoun of the last clause inside a sentence that opens on no one (`There was`, `It was`):
    `It was so late by then that I gave up arguing.` -- the one who acts last."""
    if not _EXPLETIVE.match(ix.text, s0, end):
        return None
    found = None
    for m in ix.mentions_in(s0, end):
        if m.kind == "pronoun" and ix.text[m.start : m.end].lower() in _NOMINATIVE and not ix.in_quote(m.start):
            if _CLAUSE_OPEN.search(ix.text, max(s0, m.start - 8), m.start):
                found = m
    return found


def _last_listener(ix: _Index, q: Quote, speaker: str) -> str | None:
    """The one `speaker`'s last line before `q` called by name, when that line is the last one."""
    i = bisect_left(ix.q_starts, q.start) - 1
    while i >= 0 and ix.work.quotes[i].kind == "non_speech":
        i -= 1
    if i < 0 or ix.work.quotes[i].speaker != speaker:
        return None
    quotes, addr = ix.work.quotes, ix.work.quotes[i].addressees
    if len(addr) != 1:
        return None
    p, j = ix.para_of(quotes[i].start), i
    # called anywhere in that paragraph (`"Ah, Doctor," she said, "I ..."`), not only guessed
    while j >= 0 and ix.para_of(quotes[j].start) == p:
        if addr[0] in _vocatives(ix, quotes[j]):
            return addr[0]
        j -= 1
    return None


def _guess(
    ix: _Index,
    q: Quote,
    gap: int,
    last: str | None,
    other: str | None,
    last_addr: str | None,
    vocs: list[str],
    earlier: str | None = None,
) -> _Attr | None:
    """`earlier` is the last speaker before a short narration, when this line opens the
    conversation after it."""

    def ok(c: str | None) -> bool:
        return c is not None and c != last and c not in vocs

    cue = Span(q.start, q.start)
    if gap == 0:
        m = _trailing_subject(ix, q)
        if m is not None and m.character not in vocs:
            return _Attr(m.character, IMPLICIT, Span(m.start, m.end), CONF_NARRATION)
        if last is not None and last not in vocs and _takes_up(ix, q):
            return _Attr(last, IMPLICIT, cue, CONF_NARRATION)  # `..." Tom cut in, and went on with the story.`
        if ok(last_addr):
            return _Attr(last_addr, IMPLICIT, cue, CONF_ANSWER)  # type: ignore[arg-type]
        if ok(other):
            return _Attr(other, IMPLICIT, cue, CONF_ALTERNATE)  # type: ignore[arg-type]
    # the subject of the narration just before the quote, then any recent character
    p = ix.para_of(q.start)
    if gap > 0 and p > 0:
        para = ix.work.paragraphs[p - 1]
        seg = ix.text[para.start : para.end]
        s0 = para.start + _last_sentence_start(seg.rstrip())
        m = (
            _last_clause_subject(ix, s0, para.end)
            or _subject(ix, s0, para.end)
            or _inner_subject(ix, s0, para.end)
            or _subject(ix, para.start, para.end)
        )
        if m is not None:
            m = _heard_last(ix, m, s0, para.end)
        if m is not None and m.character not in vocs and (m.kind != "pronoun" or m.character != last):
            return _Attr(m.character, IMPLICIT, Span(m.start, m.end), CONF_NARRATION)
        if m is not None and m.character in vocs and earlier is not None and earlier not in vocs:
            # `"Jo uses such slang!" said Amy.` / Jo whistled. / `"Don't, Jo."`: the one the
            # narration shows acting is spoken to by whoever spoke just before it
            return _Attr(earlier, IMPLICIT, cue, CONF_RESUME)
        if earlier is not None and earlier in vocs and (heard := _last_listener(ix, q, earlier)) not in (None, *vocs):
            # `"Ah, Doctor," she said.` / narration / `"Indeed, Mrs. Pell, ..."`: a line
            # calling the one who spoke last is said by the one she was talking to
            return _Attr(heard, IMPLICIT, cue, CONF_RESUME)  # type: ignore[arg-type]
        if ok(last_addr):
            return _Attr(last_addr, IMPLICIT, cue, CONF_ANSWER - 0.1)  # type: ignore[arg-type]
        if ok(other):
            return _Attr(other, IMPLICIT, cue, CONF_ALTERNATE - 0.1)  # type: ignore[arg-type]
    j = bisect_left(ix.m_starts, q.start) - 1
    stop = max(-1, j - BACK_MENTIONS)
    fallback = None
    while j > stop:
        m = ix.mentions[j]
        j -= 1
        if ix.in_quote(m.start) or m.character in vocs:
            continue
        if m.character != last:
            return _Attr(m.character, IMPLICIT, Span(m.start, m.end), CONF_RECENT)
        fallback = fallback or m
    if fallback is not None:
        # nobody else around: the last speaker goes on
        return _Attr(fallback.character, IMPLICIT, Span(fallback.start, fallback.end), CONF_RECENT - 0.1)
    # nobody named yet (a story opening on a line): the first character the narration names next
    paras = ix.work.paragraphs
    horizon = paras[min(p + OPENING_PARAS, len(paras) - 1)].end if p >= 0 else q.end
    for m in ix.mentions_in(q.end, horizon):
        if m.character not in vocs and not ix.in_quote(m.start):
            return _Attr(m.character, IMPLICIT, Span(m.start, m.end), CONF_RECENT - 0.15)
    return None


# --- a described speaker the other party calls by name ---

_DETERMINERS = ("a", "an", "the", "one", "another", "this", "that", "some")


def _is_description(c) -> bool:
    forms = [c.name, *c.aliases]
    return all(f[:1].islower() or f.split()[0].lower() in _DETERMINERS for f in forms if f)


def _name_descriptions(work: Work, ix: _Index) -> None:
    """A described speaker ("the child", "the man with the sack") whom the only other
    party of the conversation calls by a name (`"Walter," said the old woman`), or who
    names himself, is the character of that name: its quotes, mentions and descriptions
    move there. Never when the two ever answer each other, when two names tie, or when
    the name and the description disagree in gender."""
    if work.scratch.get("closed_characters"):
        return  # a user's list says who is who
    chars = {c.id: c for c in work.characters}
    described = {cid for cid, c in chars.items() if _is_description(c)}
    if not described:
        return
    speech = [i for i, q in enumerate(work.quotes) if q.kind != "non_speech" and q.speaker is not None]
    paras = [ix.para_of(work.quotes[i].start) for i in speech]
    votes: dict[str, dict[str, int]] = {}
    apart: set[tuple[str, str]] = set()  # (description, name) seen answering each other
    for k, i in enumerate(speech):
        s = work.quotes[i].speaker
        if k > 0 and paras[k] - paras[k - 1] == 1:  # one paragraph's quotes are one turn, not an answer
            apart.add((s, work.quotes[speech[k - 1]].speaker))
            apart.add((work.quotes[speech[k - 1]].speaker, s))
        if s in described:
            v = _self_named(ix, work.quotes[i], work.quotes[speech[k - 1]] if k > 0 else None, described)
            if v is not None:
                votes.setdefault(s, {}).setdefault(v, 0)
                votes[s][v] += 2  # naming oneself says more than being called
        vocs = [v for v in _vocatives(ix, work.quotes[i]) if v != s and v not in described]
        if len(vocs) != 1:
            continue
        near = [speech[j] for j in (k - 1, k + 1) if 0 <= j < len(speech) and abs(paras[j] - paras[k]) <= 1]
        others = {work.quotes[j].speaker for j in near} - {s}
        if len(others) == 1 and (d := next(iter(others))) in described:
            votes.setdefault(d, {}).setdefault(vocs[0], 0)
            votes[d][vocs[0]] += 1
    merge: dict[str, str] = {}
    for d, vs in votes.items():
        ranked = sorted(vs.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            continue  # two names, no winner
        v = ranked[0][0]
        gd, gv = chars[d].pronouns, chars[v].pronouns
        if (d, v) in apart or (gd and gv and gd != gv):
            continue
        merge[d] = v
    if not merge:
        return
    for q in work.quotes:
        if q.speaker in merge:
            q.speaker = merge[q.speaker]
        q.addressees = list(dict.fromkeys(merge.get(a, a) for a in q.addressees if merge.get(a, a) != q.speaker))
    for m in work.mentions:
        if m.character in merge:
            m.character = merge[m.character]
    for d, v in merge.items():
        c = chars[v]
        c.aliases += [f for f in (chars[d].name, *chars[d].aliases) if f not in c.aliases and f != c.name]
        c.mentions += chars[d].mentions
    work.characters = [c for c in work.characters if c.id not in merge]
    surfaces = work.scratch.get("character_surfaces")
    if surfaces:
        work.scratch["character_surfaces"] = {f: merge.get(cid, cid) for f, cid in surfaces.items()}
    ix.gender = {c.id: c.pronouns for c in work.characters}


_SELF_NAMING = re.compile(r"(?:\bI am|\bI'm|\bI’m|\bI be|\b[Mm]y name is|\bname's|\bname’s|\b[Cc]all me)\s+(?:plain\s+|just\s+)?$")
_WHAT_NAME = re.compile(r"\bname\W*\?", re.IGNORECASE)  # "What name?", "And your name, sir?"


def _self_named(ix: _Index, q: Quote, before: Quote | None, described: set[str]) -> str | None:
    """The named character a line names as its own speaker: `"...I be plain Tom Ash"`,
    `"My name is Askew"`, or a name that answers "What name?"."""
    text = ix.text
    for m in ix.mentions_in(q.start + 1, q.end):
        if m.kind == "pronoun" or m.character in described:
            continue
        lead = text[max(q.start + 1, m.start - 20) : m.start]
        if _SELF_NAMING.search(lead):
            return m.character
        if m.start <= q.start + 2 and before is not None and _WHAT_NAME.search(text, before.start, before.end):
            return m.character
    return None


def _called_hear(work: Work, ix: _Index) -> None:
    """A name the line calls (`"It was a fish, Bell."`) is who it is said to, whatever
    the alternation passes guessed after the first reading."""
    ids = {c.id for c in work.characters}
    if any(c not in ids for vocs in ix.vocs.values() for c in vocs):
        ix.vocs.clear()  # `_name_descriptions` merged characters the cache names
    for q in work.quotes:
        if q.speaker is None or q.kind == "non_speech":
            continue
        vocs = [c for c in _vocatives(ix, q) if c != q.speaker]
        if vocs and not set(vocs) <= set(q.addressees):
            q.addressees = vocs


def _looked_at(work: Work, ix: _Index, direct: dict[int, _Attr]) -> None:
    """A line whose speaker the narration shows turning to, looking at or touching
    someone (`"What?" he said, catching her eye`, `She squeezed Clarke's hand. / "Told
    you."`) is said to them, unless the line calls someone or its tag names a listener."""
    quotes, text, paras = work.quotes, work.text, work.paragraphs
    verbs = gaze.verb_starts(text)
    seen: tuple[int, str, str] | None = None  # (paragraph, speaker, listener) of the last line so read
    for i, q in enumerate(quotes):
        if q.speaker is None or q.kind == "non_speech" or len(q.addressees) > 1:
            continue
        p = ix.para_of(q.start)
        if p < 0:
            continue
        near = seen is not None and seen[:2] == (p, q.speaker)
        lo = paras[p - 1].start if p > 0 else paras[p].start
        if not near and not any_between(verbs, lo, paras[p].end):
            continue  # no turning, looking or touching verb anywhere near
        a = direct.get(i)
        if a is not None and a.addressee is not None or any(c != q.speaker for c in _vocatives(ix, q)):
            continue
        if near:
            q.addressees = [seen[2]]  # the rest of the speaker's paragraph goes to the same listener
            continue
        para = paras[p]
        after_end = min(quotes[i + 1].start, para.end) if i + 1 < len(quotes) else para.end
        m = _SENT_END.search(text, q.end, after_end)
        spans = [(q.end, m.end() if m else after_end)]
        before_start = max(quotes[i - 1].end, para.start) if i > 0 else para.start
        spans.append((before_start, q.start))
        if before_start == para.start and p > 0 and (i == 0 or quotes[i - 1].end <= paras[p - 1].start):
            # a line opening its paragraph after pure narration: that narration's last sentence
            last = None
            for last in _SENT_END.finditer(text, paras[p - 1].start, paras[p - 1].end - 1):
                pass
            spans.append((last.end() if last else paras[p - 1].start, paras[p - 1].end))
        for start, end in spans:
            if end - start < 3 or bisect_left(verbs, start) == bisect_left(verbs, end):
                continue
            c = gaze.beat_listener(text, ix.mentions, ix.m_starts, start, end, q.speaker)
            if c is not None:
                q.addressees = [c]
                seen = (p, q.speaker, c)
                break


# --- outputs derived from the attribution ---


def _quote_pronouns(work: Work, ix: _Index) -> None:
    """`I` in a quote is its speaker, `you` its single addressee: add them as mentions."""
    text, added = work.text, []
    for q in work.quotes:
        if q.speaker is None or q.kind == "non_speech":
            continue
        inner = text[q.start : q.end]
        for m in _FIRST_PERSON.finditer(inner):
            added.append(Mention(q.start + m.start(), q.start + m.end(), q.speaker, "pronoun"))
        if len(q.addressees) == 1:
            for m in _SECOND_PERSON.finditer(inner):
                added.append(Mention(q.start + m.start(), q.start + m.end(), q.addressees[0], "pronoun"))
    if added:
        work.mentions = sorted(work.mentions + added, key=lambda m: (m.start, m.end))


def _count(work: Work) -> None:
    quotes: dict[str, int] = {}
    words: dict[str, int] = {}
    for q in work.quotes:
        if q.speaker is None:
            continue
        quotes[q.speaker] = quotes.get(q.speaker, 0) + 1
        inner = work.text[q.start + 1 : q.end - 1]
        words[q.speaker] = words.get(q.speaker, 0) + len(_WORD.findall(inner))
    for c in work.characters:
        c.quotes = quotes.get(c.id, 0)
        c.words_spoken = words.get(c.id, 0)
