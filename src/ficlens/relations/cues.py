"""Cue phrases for relationship tags: what a sentence says about two people.

Each cue has a label and a family: strong romance (a kiss, "I love you", a partner word),
slow-burn romance (hands held, foreheads together, a look that lingers, "I can't lose
you", jealousy, blushing), tenderness any pair may show (a hug, a kiss on the cheek or
forehead), friendship, and family words. The patterns take present and past tense alike.
The tag decision (`tags.py`) weighs the families; no cue decides alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficlens.lang.textscan import by_first_char
from ficlens.model import Paragraph, Work

__all__ = ["CUES", "cue_matches", "own_hands", "PARTNER", "ROMANTIC", "SLOW", "PLATONIC", "FAMILY", "AFFECTION"]

ROMANTIC, SLOW, PLATONIC, FAMILY, AFFECTION = "romantic", "slow", "platonic", "family", "affection"
PARTNER = "partner word"
# a name is capitalised even inside the case-insensitive cue pattern ("looks at it like"
# is no look at a person): (?-i:...) keeps the capital a capital
_NAME = r"(?-i:[A-Z][\w'’-]*)"
_POSS = r"(?:(?:" + _NAME + r"['’]s)|her|his|my|your|their|our)"
_OBJ = r"(?:her|him|them|you|me|" + _NAME + r")"
# a possessive before the verb makes the hands its own: "Spock's clasped hands" (checked
# after a match, `own_hands`: a lookbehind in the pattern is tried at every position)
_OWN = re.compile(r"(?:['’]s|\bhis|\bher|\bmy|\btheir) $")
_VERB_HANDS = re.compile(r"\w+ hands?", re.I)  # "clasped hands": the verb is an adjective
# (pattern, evidence label, family, weight)
CUES: list[tuple[str, str, str, float]] = [
    # a kiss on the cheek or the forehead is what parents and friends give too
    (r"\bkiss(?:ed|es|ing)?\b(?=[^.!?]{0,30}\b(?:cheek|forehead|knuckles|temple|hair|head)\b)", "kiss on the cheek", AFFECTION, 1.0),
    # "a kissing noise" to call the geese, "kissed her teeth" in scorn: no one kissed
    (r"\bkiss(?:ed|es|ing)?\b(?! (?:noises?|sounds?|(?:his|her|their|my|your) teeth)\b)", "kiss", ROMANTIC, 3.0),
    (r"\bI love you\b|\bin love with\b|\bI['’]m in love\b|\bfall(?:ing|en)? (?:for|in love)\b|\bfell (?:for|in love)\b", "I love you", ROMANTIC, 3.0),
    (r"\b(?:lovers?|girlfriend|boyfriend|fianc[eé]e?|wife|husband|spouse)\b", PARTNER, ROMANTIC, 2.0),
    (r"\b(?:on a date|date night|first date|a date)\b|\bcrush\b|\bflirt(?:s|ed|ing)?\b", "date", ROMANTIC, 1.5),
    (
        r"\b(?:hold(?:s|ing)?|held|t(?:ake|akes|ook|aking)|squeez(?:e|es|ed|ing)|clasp(?:s|ed)?|grabb?(?:s|ed)?|"
        r"let(?:ting|s)? go of|lac(?:e|ed|es)|twin(?:e|ed|es)|joined|find(?:s)?|found)\s+(?:" + _POSS + r"\s+)?hands?\b"
        # ... but hands held up, out to the fire or taken back are one's own
        r"(?! (?:up|out|back|apart|aloft|in front|to the|over (?:his|her|their|my|your) head)\b)"
        r"|\bhand in hand\b|\bjoined hands\b|\bfingers (?:laced|lace|intertwined|intertwine|tangled|tangle|wrapped around|brush|brushed)\b"
        # "he puts his hand in Kageyama's open one", "her fingers closed around his"
        # ... but "put his hand in his pocket" is no one's hand
        r"|\b(?:puts?|putting|slid(?:es?|ing)?|slips?|slipped|slipping|plac(?:e|es|ed|ing)) (?:his|her|their|my|your) hand (?:down )?in(?:to)? "
        r"(?:" + _POSS + r" (?:own |open |outstretched |waiting |free )?(?:one|hand)\b|(?:hers|his|theirs|mine|yours)\b(?! \w))"
        r"|\bfingers (?:close|closed|closes|closing|curl|curled|curls|tighten|tightened|tightens) (?:a|around|round|over|on) (?:his|hers|her|mine|yours|theirs|" + _NAME + r")\b"
        r"|\bfingers (?:rest|rested|resting|rests) (?:against|on|in) " + _POSS + r"|\b(?:at|on) their (?:joined |linked |clasped |twined )?hands\b"
        # "he laces our fingers together", "so our palms were together"
        r"|\b(?:(?:lac|twin|tangl|interlac|intertwin)(?:e|es|ed|ing)|link(?:s|ed|ing)?) (?:" + _POSS + r" )?fingers\b"
        r"|\bour palms (?:were |are )?(?:together|touching|pressed together)\b|\bpalm to palm\b",
        "holding hands",
        SLOW,
        1.0,
    ),
    (r"\b(?:embrac(?:e|es|ed|ing)|cuddl(?:e|es|ed|ing)|snuggl(?:e|es|ed|ing))\b|\bin (?:" + _POSS + r") arms\b", "embrace", SLOW, 1.0),
    (r"\bforeheads? (?:together|against|to|touching|pressed)\b|\b(?:presses|pressed|rests|rested|leans|leaned|tips|tipped) (?:" + _POSS + r") forehead\b", "foreheads together", SLOW, 1.5),
    (r"\bcan['’]t lose (?:you|him|her)\b|\bcouldn['’]t lose (?:you|him|her)\b|\bthought I['’]d lost you\b", "I can't lose you", SLOW, 1.5),
    (r"\b(?:gaze|look|eyes) (?:lingers|lingered|linger|lingering)\b|\blinger(?:s|ed|ing)? on (?:" + _POSS + r"|" + _OBJ + r")\b"
     r"|\b(?:looks|looked|looking|stares|stared|staring) at (?:" + _OBJ + r") like\b(?! (?:that|this|anything|nothing)\b)|\b(?:glanced|glances|looked|looks) at (?:" + _POSS + r") (?:mouth|lips)\b",
     "a look that lingers", SLOW, 1.0),
    (r"\btuck(?:s|ed|ing)? (?:a (?:strand|lock) of )?(?:" + _POSS + r" )?hair behind\b|\bthumb (?:brush|brushes|brushed|stroking|strokes|stroked|traces|traced)\b"
     r"|\bthumb\b[^.!?]{0,40}\bknuckles\b|\bcup(?:s|ped|ping)? (?:his|her|their|my|your) (?:face|cheek|jaw)\b", "a tender touch", SLOW, 1.0),
    (r"\b(?:I['’]m|I am|we['’]re) not (?:going to )?los(?:e|ing) you\b|\bdon['’]t (?:you )?(?:dare )?leave me\b", "I can't lose you", SLOW, 1.5),
    (r"\b(?:can['’]t|couldn['’]t|cannot) (?:stop|help) (?:looking|staring)\b|\b(?:can['’]t|couldn['’]t|cannot) look away\b"
     r"|\beyes (?:drop|dropped|drops|flick|flicked|flicks|fall|fell|falls) to (?:his|her|their|my|your) (?:mouth|lips)\b"
     r"|\ba long look\b|\bcaught (?:him|her|them) (?:staring|looking)\b", "a look that lingers", SLOW, 1.0),
    (r"\bforg(?:et|ets|ot) how to breathe\b|\bbreath (?:catches|caught|hitches|hitched|stutters|stuttered)\b"
     r"|\bchest (?:ache|aches|ached|aching|tightens|tightened)\b"
     # "made his stomach flip over" (a stomach that drops is dread, not this)
     r"|\bstomach (?:flip|flips|flipped|flipping|swoop|swoops|swooped|flutter|flutters|fluttered|does a flip|did a flip)\b"
     # "watched him with her whole face gone soft"
     r"|\b(?:face|eyes|expression|gaze)\b[^.!?,]{0,12}\b(?:go|goes|going|gone|went|turn|turns|turned) soft\b", "breath catches", SLOW, 0.7),
    (r"\bjealous(?:y|ly)?\b", "jealousy", SLOW, 1.0),
    (
        r"\bblush(?:es|ed|ing)?\b|\b(?:ears|cheeks|face) (?:are |were |is |was )?(?:going |turning |went |turned |goes |turns )?(?:pink|red)\b"
        r"|\bheart (?:raced|races|racing|pounded|pounds|pounding|skipped|skips|hammered|hammers|fluttered|flutters|stutters|stuttered)\b"
        r"|\bbutterflies\b"
        # "Ron goes red from his collar up", "his face feels hot", "his ears are burning"
        r"|\b(?:goes|went|going|turns|turned|turning) (?:bright |beet |faintly |slightly )?(?:red|pink|scarlet|crimson)\b"
        r"|\b(?:face|cheeks|ears|neck) (?:feels?|felt|is|was|are|were|goes|went|gets?|got) (?:hot|warm|burning)\b"
        r"|\b(?:face|cheeks|ears|neck) (?:(?:is|are|was|were) )?(?:burn|burns|burned|burnt|burning|flush|flushes|flushed)\b|\bflush(?:es|ed|ing)\b",
        "blushing",
        SLOW,
        0.7,
    ),
    # a hug is tenderness, not romance: friends and siblings hug as much as lovers do
    (r"\bhug(?:s|ged|ging)?\b", "hug", AFFECTION, 1.0),
    # "tilts sideways until his shoulder is resting against Yamaguchi's", "an arm round him":
    # closeness that friends show as much as lovers
    (r"\b(?:head|shoulder|cheek)\b[^.!?]{0,25}\b(?:rest(?:s|ed|ing)?|lean(?:s|ed|ing)?|drop(?:s|ped)?|press(?:es|ed)?|settl(?:e|es|ed))\b"
     r"[^.!?]{0,20}\b(?:against|on|onto) " + _POSS + r"(?: shoulder)?\b"
     r"|\b(?:puts?|putting|slung|slings?|throws?|threw|wraps?|wrapped|drap(?:e|es|ed)) (?:an|his|her|their|one|my|your) arm (?:a)?round\b",
     "leaning close", AFFECTION, 1.0),
    (r"\bbest friends?\b", "best friend", PLATONIC, 2.0),
    (r"\bfriends?(?:hip)?\b", "friend", PLATONIC, 1.0),
    (
        r"\b(?:brothers?|sisters?|siblings?|twins?|mother|father|mum|mom|dad|papa|son|daughter|cousin|aunt|uncle|niece|nephew|"
        r"grand(?:mother|father|ma|pa)|kid sister|little sister|big brother)\b",
        "family",
        FAMILY,
        2.0,
    ),
]
_HANDS = f"g{[label for _p, label, *_r in CUES].index('holding hands')}"
CUE_RE = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, *_rest) in enumerate(CUES)), re.I)
# Every cue contains one of these words; scanning for them first and running the full cue
# patterns only around them is several times faster than scanning with the full patterns.
_TRIGGER_WORDS = (
    "kiss", "lov", "girlfriend", "boyfriend", "fianc", "wife", "husband", "spouse", "date", "hand", "finger",
    "embrac", "cuddl", "snuggl", "arms", "hug", "jealous", "blush", "pink", r"red\b", "heart", "friend",
    "brother", "sister", "sibling", "twin", "mother", "father", "mum", "mom", "dad", "papa", r"son\b",
    "daughter", "cousin", "aunt", "uncle", "niece", "nephew", "grand", "fall", "fell", "crush", "flirt",
    "forehead", "lose", "lost", "losing", "leave me", "palm", "stomach", r"soft\b", "gaze", "look", "eyes",
    "linger", "stare", "staring", "glanc", "hair", "thumb", "butterfl", "breath", "chest", r"hot\b",
    r"warm\b", "burn", "flush", "scarlet", "crimson",
    "cup(?:s|ped|ping)? (?:his|her|their|my|your) (?:face|cheek|jaw)", "shoulder", r"arm\b",
)
# run on lowercased text: a case-insensitive alternation is about 8x slower; grouped by
# first letter (`by_first_char`) it tries at each word only the words of its letter
_TRIGGER = re.compile(r"\b(?:" + by_first_char(_TRIGGER_WORDS) + ")")
_WORD = re.compile(r"\b\w")
_STARTS_A_WORD = re.compile(r"(?:\(\?:)*\\b")  # what every cue pattern begins with
_BEFORE, _AFTER = 45, 45  # how far a cue pattern may start before / end after its trigger
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’']*\s")  # at a run's start only: linear on "....."
_FIRST = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our)\b")
_SECOND = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")



def own_hands(text: str, m: re.Match[str]) -> bool:
    """A "holding hands" match that is one person's own hands: "Spock's clasped hands"."""
    return _VERB_HANDS.fullmatch(m.group()) is not None and _OWN.search(text, max(0, m.start() - 8), m.start()) is not None


def _cue_at(text: str, lo: int, at: int, hi: int) -> re.Match[str] | None:
    """The leftmost cue starting in [lo, at], as `CUE_RE.finditer(text, lo, hi)` would give
    it, but tried only where a word starts (every cue does: `_STARTS_A_WORD`) and never
    beyond `at`: scanning the rest of the window for a cue that cannot contain the
    trigger was most of the stage's time."""
    pos = lo
    for w in _WORD.finditer(text, lo, at + 1):
        if w.start() < pos:
            continue
        m = CUE_RE.match(text, w.start(), hi)
        if m is not None:
            if m.end() > at:
                return m
            pos = m.end()  # a cue ending before the trigger: look on after it, as finditer does
    return None


def cue_matches(work: Work) -> Iterator[tuple[Paragraph, re.Match[str]]]:
    """(paragraph, cue match) pairs in text order: the cue around each trigger word, once."""
    text = work.text
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two; keep offsets exact
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for p in work.paragraphs:
        seen_until = p.start
        for t in _TRIGGER.finditer(low, p.start, p.end):
            if t.start() < seen_until:
                continue
            # only the cue containing this trigger: one starting later may be cut short
            m = _cue_at(text, max(p.start, t.start() - _BEFORE), t.start(), min(p.end, t.end() + _AFTER))
            if m is not None and m.start() >= seen_until:
                seen_until = m.end()
                if not (m.lastgroup == _HANDS and own_hands(text, m)):
                    yield p, m
