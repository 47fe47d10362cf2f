"""Names in a work written in lower case by choice (`kageyama said`, `suga only smiled`).

The name rules find capitalised words; in such a work (`Sentences.lowercase`) the author
writes names small in the narration and capitalises them only now and then (a vocative,
`Suga-san`, the notes). There, and only there, a name is matched in lower case too:

- a form of the pack or of a character list (`Kageyama`, `Derek Hale`) in lower case;
- a single word the text (its notes too) capitalises as a name mid-sentence, before an
  honorific suffix or called out (`"they hit a bike, Suga-san!"`, `"Hinata."`) wherever
  it is written small;
- a lower-case word that is the speaker of a speech tag right after a quote at least
  twice (`"ten," kageyama said.`, `"no," said ivo.`), or the subject opening a sentence
  three times, a tag counting as one (`stiles looks at his dad.`), though never
  capitalised.

Each maps the small form to the form the name rules know (`folds`: `kageyama` ->
`Kageyama`), so one character holds both. Pronouns, determiners and tag verbs are never
folded; a listed name that is a common word too (`Will`, `May`, `Dad`: `tag_only`) is
the name in lower case only as a tag's speaker or a call (`"no," will said`), and any
folded word after a determiner (`the rose`) is the word (`names.extract`). In
ordinary text none of this runs: there a small `will`, `rose` or `mark` is a word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from ficlens.characters.names import is_initial
from ficlens.lang.en.function_words import ACTION_WORDS, DETERMINERS, STOP
from ficlens.lang.en.kin import KIN_NOUNS
from ficlens.lang.en.person_nouns import PERSON_NOUNS
from ficlens.lang.en.pronouns import PRONOUN_GENDER
from ficlens.lang.en.speech_verbs import TAG_VERB_WORDS
from ficlens.layers import Sentences
from ficlens.model import Work

__all__ = [
    "SMALL_I_MIN",
    "common_folds",
    "is_lowercase",
    "listed_folds",
    "opening_subjects",
    "shown",
    "tag_folds",
    "tag_subjects",
    "tag_only",
    "text_folds",
]

# a small word as the speaker of the tag right after a quote: `"ten," kageyama said`
# (single-quote dialogue too: `'ten,' kageyama said`)
_TAG_SUBJECT = re.compile(
    r"[,!?…—–-][\"”'’][ \t]+([a-z][a-z'’-]+)[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b"
)
# ... or after its verb, the tag ending there: `"no," said ivo.`
_TAG_SUBJECT_AFTER = re.compile(r"[,!?…—–-][\"”'’][ \t]+([a-z]+)[ \t]+([a-z][a-z'’-]+)(?=[ \t]*[.,;!?—–])")
TAG_SUBJECT_MIN = 2  # tags a small word must speak in before it is taken for a name
# a small word opening a sentence (or a clause after `and` / `then`) and a verb after it:
# `kageyama grunted`, `stiles looks at his dad`
_OPENING_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…] )|(?<=[.!?…][\"”'’] )|(?<=\band )|(?<=\bthen ))([a-z][a-z'’-]+)[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b",
    re.MULTILINE,
)
SUBJECT_MIN = 3  # sentences a small word must be the subject of (a tag counting as one) to be a name
# small `i` words before the work's `i` is taken for the pronoun `I` (one could be a list
# item or a Roman numeral)
SMALL_I_MIN = 2


def is_lowercase(work: Work) -> bool:
    """The segmenter's verdict (`Sentences.lowercase`; False when it did not run)."""
    layer = work.layers.find(Sentences)
    return layer is not None and layer.lowercase


def _foldable(form: str) -> bool:
    """A form whose small spelling is a name wherever it stands, not a common word too."""
    words = form.split()
    if not words or any(not w[:1].isalpha() for w in words):
        return False
    if len(words) > 1:
        return words[0].lower() not in DETERMINERS  # "the Commander" is left to the epithets
    return len(form) > 2 and not _never(form.lower()) and not tag_only(form.lower())


def _never(word: str) -> bool:
    """Small words no name is folded to: `he said`, `the`, `said` are never anybody."""
    return word in PRONOUN_GENDER or word in DETERMINERS or word in TAG_VERB_WORDS


def tag_only(word: str) -> bool:
    """A listed name that is also a common word (`Will`, `May`, `Dad`): its small form is
    the name only where a name must stand, speaking in a tag or called out in a quote."""
    return word.capitalize() in STOP or word in ACTION_WORDS or word in PERSON_NOUNS or word in KIN_NOUNS


def common_folds(folds: dict[str, str]) -> frozenset[str]:
    """The small forms among `folds` that are common words too (`tag_only`)."""
    return frozenset(w for w in folds if " " not in w and tag_only(w))


def listed_folds(forms: Iterable[str]) -> dict[str, str]:
    """Each pack or list form with a capital, in lower case, to the form itself (a common
    word among them only for tags and calls: `tag_only`)."""
    out: dict[str, str] = {}
    for f in sorted(forms):
        low = f.lower()
        if low != f and (_foldable(f) or (" " not in f and len(f) > 2 and not _never(low))):
            out.setdefault(low, f)
    return out


# a capitalised word and an honorific suffix: "Suga-san", "Noya-senpai"
_CAPITAL = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(-(?:san|kun|chan|senpai|sempai|sama|nii|nee))?(?![\w-])(?!['’][a-z])")
_CALL_END = frozenset(",.!?—–-;:\"”'’")


def text_folds(text: str, spans: Iterable[tuple[int, int]], quotes: list[tuple[int, int]], lower: Counter[str]) -> dict[str, str]:
    """Single words the text capitalises as a name that it also writes small (`lower`:
    counts of its small words), small form to capitalised form. As a name counts a
    capital mid-sentence (`sat by Ivo`), before an honorific suffix (`Suga-san`) or
    called out in a quote (`"Hinata."`, `", Mags!"`); a capital opening a sentence or a
    line (`"Far too many."`) says nothing."""
    out: dict[str, str] = {}
    starts = [s for s, _ in quotes]
    for start, end in spans:
        for m in _CAPITAL.finditer(text, start, end):
            word = m.group(1)
            low = word.lower()
            if low in out or not lower[low] or not _foldable(word):
                continue
            if m.group(2) or not is_initial(text, m.start(), start) or _called(text, m, starts, quotes):
                out[low] = word
    return out


def _called(text: str, m: re.Match[str], starts: list[int], quotes: list[tuple[int, int]]) -> bool:
    """`"Hinata."`, `"no, Mags!"`: the word is called out inside a quote."""
    i = bisect_right(starts, m.start()) - 1
    if i < 0 or m.start() >= quotes[i][1]:
        return False
    before = text[max(quotes[i][0], m.start() - 2) : m.start()]
    return (before.endswith(", ") or before[-1:] in "\"“'‘") and text[m.end() : m.end() + 1] in _CALL_END


def tag_subjects(text: str, spans: Iterable[tuple[int, int]]) -> Counter[str]:
    """How often each small word speaks in a speech tag right after a quote (`"ten,"
    kageyama said.`, `"no," said ivo.`)."""
    seen: Counter[str] = Counter()
    for start, end in spans:
        for m in _TAG_SUBJECT.finditer(text, start, end):
            if m.group(2) in TAG_VERB_WORDS:
                seen[m.group(1)] += 1
        for m in _TAG_SUBJECT_AFTER.finditer(text, start, end):
            if m.group(1) in TAG_VERB_WORDS:
                seen[m.group(2)] += 1
    return seen


def opening_subjects(text: str, spans: Iterable[tuple[int, int]], quotes: list[tuple[int, int]]) -> Counter[str]:
    """How often each small word is the subject opening a narration sentence, a verb
    after it (`kageyama grunted.`, `and scott falls into the room`)."""
    seen: Counter[str] = Counter()
    starts = [s for s, _ in quotes]
    for start, end in spans:
        for m in _OPENING_SUBJECT.finditer(text, start, end):
            if _verb(m.group(2)) and not _quoted(m.start(), starts, quotes):
                seen[m.group(1)] += 1
    return seen


def _verb(word: str) -> bool:
    """The cheap verb test of the name rules (`names._features`): a tag or action word, or
    a past (`grunted`) or present (`looks`) form."""
    return (
        word in TAG_VERB_WORDS or word in ACTION_WORDS or (len(word) > 4 and word.endswith("ed"))
        or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))
    )


def _quoted(at: int, starts: list[int], quotes: list[tuple[int, int]]) -> bool:
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < quotes[i][1]


def tag_folds(seen: Counter[str], subjects: Counter[str] | None = None) -> dict[str, str]:
    """Small words that speak in at least `TAG_SUBJECT_MIN` tags (`tag_subjects`), or open
    `SUBJECT_MIN` sentences as their subject, tags included (`opening_subjects`), to their
    capitalised form: names, though the text never capitalises them."""
    subjects = subjects or Counter()
    out = {}
    for w in set(seen) | set(subjects):
        if (seen[w] >= TAG_SUBJECT_MIN or seen[w] + subjects[w] >= SUBJECT_MIN) and _foldable(w):
            out[w] = w.capitalize()
    return out


# a small word called out in a quote (`", stiles."`, `"scott."`) or owning something (`stiles's`)
_SMALL_CALL = re.compile(r"(?:, |[\"“‘])([a-z][a-z'’-]+)(?=[.!?,]?[\"”’]|[.!?](?:\s|$))|\b([a-z][a-z-]+)['’]s\b")
# a capitalised word that is a sentence of its own: `"Nishinoya! Tanaka! inside voices!"`
_LONE_CAPITAL = re.compile(r"(?:(?<=[.!?…] )|(?<=[\"“‘]))([A-Z][a-z'’-]+)[.!?…]")


def shown(folds: dict[str, str], text: str, spans: Iterable[tuple[int, int]], known: Iterable[str]) -> dict[str, str]:
    """The pack folds the text shows to be names: a small single word counts only once it
    stands where a name does somewhere (a tag's speaker, called out, owning something, a
    capitalised sentence of its own) or is among `known` (the small words found
    capitalised or tagging, `text_folds`, `tag_subjects`). A pack names a whole canon:
    its `Hope` is no reason to take every small `hope` for her."""
    seen = set(known)
    for start, end in spans:
        for m in _SMALL_CALL.finditer(text, start, end):
            seen.add(m.group(1) or m.group(2))
        seen.update(m.group(1).lower() for m in _LONE_CAPITAL.finditer(text, start, end))
    return {w: f for w, f in folds.items() if " " in w or w in seen}
