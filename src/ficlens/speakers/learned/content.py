"""What a quotation itself says about who speaks it: the line-content evidence.

The rule cascade reads tags, beats and turn order; it hardly reads the words inside the
quotation. These pure functions of a line's text (and of the lines around it) give the
learned scorer that evidence: whom the line calls by name (the speaker is rarely the
one called), whom it names as its own speaker (`I'm Mara`), the gender the speaker gives
themself (`I'm his sister`), whether it answers a question or echoes the line before,
and how well it fits the way each character talks in the lines tags give them in the
same work (`Profiles`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

__all__ = [
    "Profiles",
    "answer_shaped",
    "echoes",
    "first_person",
    "line_shape",
    "second_person",
    "self_gender",
    "self_named",
    "vocatives",
    "words",
]

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# words that open a reply to a question (`"Yes."`, `"Because I said so."`)
ANSWERS = frozenset(
    "yes yeah yep yup aye no nope nah not never because cause maybe perhaps sure of course certainly "
    "probably definitely absolutely indeed okay ok fine alright right none nothing nobody".split()
)
FIRST = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"})
SECOND = frozenset({"you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd"})
# function words an echo does not count: `"The river?"` after `"The river is high."` echoes
# `river`, not `the`
_STOP = frozenset(
    "the a an and or but of to in on at for with is are was were be been it its that this these those "
    "he she they we you i me my your his her him them our their what who why how when where do does did "
    "not no yes so if then than there here have has had will would can could just oh well".split()
)
# a name right after one of these is the speaker's own (`I'm Mara`, `my name is Mara`)
_SELF_NAME = re.compile(r"(?:\bi'm|\bi am|\bname's|\bname is|\bcall me|\bit's me|\bthis is)[\s,]*$", re.IGNORECASE)
_SHE = "woman girl lady mother mum mom mommy mummy sister wife daughter aunt niece queen princess bride widow grandmother granddaughter girlfriend"
_HE = "man boy gentleman father dad daddy brother husband son uncle nephew king prince groom widower grandfather grandson boyfriend"
_KIN = r"(?:(?:a|an|the|your|his|her|their|my|our|\w+'s)\s+)?(?:(?:own|only|little|big|baby|older|younger|elder|eldest|youngest|twin|new|poor|old)\s+)?"
_SELF_GENDER = re.compile(
    r"\bi(?:'m| am| was)\s+(?:not\s+)?" + _KIN + r"(" + "|".join((_SHE + " " + _HE).split()) + r")\b", re.IGNORECASE
)
_SHE_WORDS = frozenset(_SHE.split())
# a vocative stands at the line's edge or between commas, and is followed by a pause
_VOC_AFTER = frozenset(",.!?;:—–-…")


def words(text: str) -> list[str]:
    """The lowercase words of a line (`I'm` stays one word)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def vocatives(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Of the names in a line (`spans`: start, end, character, offsets into `text`), the
    characters it calls: a name at the line's opening or after a comma, followed by
    punctuation or the line's end (`"Tobias, come here."`, `"Come here, Tobias!"`)."""
    out: set[str] = set()
    for start, end, c in spans:
        before = text[:start].rstrip()
        opens = not before.strip("\"'“”‘’ ") or before.endswith((",", "—", "–", "oh", "Oh", "O"))
        if text[end:].startswith(("'s", "’s")):
            continue  # a possessive (`Tobias's boots`) is talk about someone
        after = text[end : end + 1]
        closes = after == "" or after in _VOC_AFTER or after in "\"”’"
        if opens and closes:
            out.add(c)
    return out


def self_named(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The characters a line names as its own speaker (`"I'm Mara."`, `"My name is Mara"`)."""
    return {c for start, _, c in spans if _SELF_NAME.search(text[:start].replace("’", "'"))}


def self_gender(text: str) -> str | None:
    """he | she when the speaker says what they are (`I'm his sister`, `I was a boy`);
    None when the line says nothing of it, or when it denies it (`I'm not your mother`)."""
    m = _SELF_GENDER.search(text.replace("’", "'"))
    if m is None or re.search(r"\bnot\b", m.group(0), re.IGNORECASE):
        return None
    return "she" if m.group(1).lower() in _SHE_WORDS else "he"


def answer_shaped(ws: list[str]) -> bool:
    """The line opens like a reply (`Yes`, `No`, `Because`, `Of course`)."""
    return bool(ws) and ws[0] in ANSWERS


def first_person(ws: list[str]) -> bool:
    return any(w in FIRST for w in ws)


def second_person(ws: list[str]) -> bool:
    return any(w in SECOND for w in ws)


def echoes(ws: list[str], prev: list[str]) -> bool:
    """A short line that takes up a word of the line before (`"High?"` after `"The river is
    high."`): a reply, so someone else says it."""
    if not ws or len(ws) > 8:
        return False
    content = {w for w in prev if w not in _STOP and len(w) > 2}
    return any(w in content for w in ws if w not in _STOP)


def line_shape(text: str, ws: list[str]) -> tuple[str, str]:
    """Two coarse traits of how a line is said: its length (short | mid | long) and its
    end (! | ? | .), the register a character keeps from line to line."""
    n = len(ws)
    size = "short" if n <= 4 else "mid" if n <= 15 else "long"
    t = text.rstrip("\"'“”‘’ ,—–-")
    end = "!" if t.endswith("!") else "?" if t.endswith("?") else "."
    return size, end


_SHAPE_PRIOR = 4.0  # pseudo-lines of the background in each shape profile
_CLIP = 6.0


@dataclass(slots=True)
class Profiles:
    """How each character talks in the lines the work's tags give them: word counts and
    line shapes, per character and over everyone (the background)."""

    words: dict[str, Counter[str]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    shapes: dict[str, Counter[str]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    all_words: Counter[str] = field(default_factory=Counter)
    all_total: int = 0
    all_shapes: Counter[str] = field(default_factory=Counter)
    all_lines: int = 0

    def add(self, c: str, ws: list[str], shape: tuple[str, str]) -> None:
        self.words.setdefault(c, Counter()).update(ws)
        self.totals[c] = self.totals.get(c, 0) + len(ws)
        self.shapes.setdefault(c, Counter()).update(shape)
        self.lines[c] = self.lines.get(c, 0) + 1
        self.all_words.update(ws)
        self.all_total += len(ws)
        self.all_shapes.update(shape)
        self.all_lines += 1

    def word_share(self, c: str, ws: list[str], owner: str | None = None) -> float:
        """Over the line's distinct content words, the share of each word's uses in tagged
        lines that are c's. `owner`: the line is itself one of `owner`'s profile lines and
        is left out of the counts (leave one out). Positive evidence only: a word c never
        said costs nothing. A naive-Bayes log-likelihood ratio of the line's words under c's
        profile against everyone's was tried and got weight 0 (-0.01): it holds back a
        character with few tagged lines for every word they have not had the chance to say,
        and on train lines the cascade got wrong it preferred the truth no more than a coin."""
        counts = self.words.get(c)
        if not counts:
            return 0.0
        mine = Counter(ws) if owner is not None else None
        drop = c == owner
        score = 0.0
        for w in {w for w in ws if w not in _STOP and len(w) > 2}:
            own = mine[w] if mine else 0
            k = counts.get(w, 0) - (own if drop else 0)
            if k > 0:
                score += k / (self.all_words[w] - own)
        return score

    def shape_fit(self, c: str, shape: tuple[str, str], owner: str | None = None) -> float:
        """Log-likelihood ratio of the line's length and end under c's lines against
        everyone's (c's smoothed towards the background, so a c without lines scores 0;
        `owner` as in `word_share`)."""
        drop = c == owner
        n_c = self.lines.get(c, 0) - (1 if drop else 0)
        if n_c <= 0:
            return 0.0
        out = 1 if owner is not None else 0
        n_all = self.all_lines - out
        score = 0.0
        for trait in shape:
            bg = (self.all_shapes.get(trait, 0) - out + 1.0) / (n_all + 3)
            k_c = self.shapes[c].get(trait, 0) - (1 if drop else 0)
            score += math.log((k_c + _SHAPE_PRIOR * bg) / (n_c + _SHAPE_PRIOR) / bg)
        return max(-_CLIP, min(_CLIP, score))
