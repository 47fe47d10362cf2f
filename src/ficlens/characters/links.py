"""`Links`: which description (`the tall man`) is which named character, from the evidence the character stage gathers."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ficlens.characters.names import Occ
from ficlens.characters.nominals import (
    _CHILD_WORDS,
    _PLAIN_HEADS,
    _VOICE_WORDS,
    VOICE_REACH,
    _clash,
    _modifiers,
    head_noun,
    is_indefinite,
    noun_gender,
)


class Links:
    """Evidence that a description names a known character, gathered in text order.

    `titles` maps a title noun to the one character holding that title, `fixed` a
    listed description (lower case) to its character, `appos` an occurrence start to the
    role noun of its apposition; `intro` remembers, per head noun, who the last
    indefinite introduction or apposition was (not across a chapter heading: `chapters`
    are their starts). `called`, `named`, `roles` and `leading` hold the dialogue
    evidence of `castlink`, set by the caller. With `closed` (a character list) a
    description with no such evidence names nobody."""

    def __init__(self, genders: list, titles: dict[str, int], fixed: dict[str, int],
                 appos: dict[int, str], closed: bool, chapters: Sequence[int] = ()) -> None:
        self.genders = genders
        self.chapters = list(chapters)  # chapter starts: an introduction does not carry over a heading
        self.titles = titles
        self.fixed = fixed
        # the head noun of listed descriptions, when only one character has it ("the keeper")
        heads: dict[str, set[int]] = {}
        self.head_mods: dict[str, frozenset[str]] = {}
        for f, idx in fixed.items():
            if f.startswith(("the ", "a ", "an ")) and " " in f:
                core = f.split(",")[0].split(" who ")[0]
                heads.setdefault(head_noun(core), set()).add(idx)
                self.head_mods[head_noun(core)] = self.head_mods.get(head_noun(core), frozenset()) | _modifiers(core)
        self.heads = {h: next(iter(i)) for h, i in heads.items() if len(i) == 1}
        self.appos = appos
        self.closed = closed
        self.intro: dict[str, tuple[int, frozenset[str], int]] = {}  # noun -> (entity, modifiers, offset)
        self.voice: tuple[int, int] | None = None  # (entity, sentence) of the last "a voice" speaker
        self.called: dict[int, int] = {}  # description start -> the one the reply calls (`castlink`)
        self.answers: dict[int, int] = {}  # description start -> the one the turn before called
        self.named: dict[int, int] = {}  # description start -> the one named after its introduction
        self.roles: dict[str, int] = {}  # role noun -> the one character given it anywhere (`castlink`)
        self.leading: dict[int, int] = {}  # description start -> the subject leading into its quote

    def find(self, o: Occ, bound: bool = False) -> int | None:
        """The character a description names on listed, head-noun or title evidence;
        `bound`: the text has used this description for someone already."""
        idx = self.fixed.get(o.surface.lower())
        if idx is None:
            idx = self.fixed.get(o.core.lower())
        if idx is None and o.core.lower().startswith("one of the "):
            idx = self.fixed.get(o.core.lower()[7:])  # one of a listed group speaks for it
        noun = head_noun(o.core)
        if idx is None and is_indefinite(o.surface) and self.voice is not None and noun_gender(noun) is not None \
                and o.sent - self.voice[1] <= VOICE_REACH \
                and self.genders[self.voice[0]] in (noun_gender(noun), None):
            # "shouted a rough voice, as a man stood up": the voice was his, and "he" now
            self.genders[self.voice[0]] = noun_gender(noun)
            return self.voice[0]
        if idx is None and is_indefinite(o.surface) and o.start in self.called:
            return self.called[o.start]  # `"...?" asked a tired voice.` / `"Come down, Priya."`
        if idx is not None or is_indefinite(o.surface):
            return idx
        if noun in self.titles and noun not in _PLAIN_HEADS and noun not in self.intro:
            # "said the inspector" with one Inspector Hallam in the story: his title says
            # who, before a reply that calls someone else by name ("..., Verey"); a new
            # one brought in ("an inspector got down") still comes first
            return self.titles[noun]
        if o.start in self.called:
            return self.called[o.start]  # `"...," sobbed the old servant.` / `"There, Martha," said Kit`
        if o.start in self.answers:
            return self.answers[o.start]  # `"..., Ned," he said.` / `"...?" said the painter`
        if self.closed and noun in self.heads and noun not in _PLAIN_HEADS and not _clash(_modifiers(o.core), self.head_mods[noun]):
            return self.heads[noun]  # "the old keeper" for a listed "the keeper"
        idx, mods, _at = self.intro.get(noun, (None, frozenset(), 0))
        if idx is None and noun in _CHILD_WORDS:
            # "a thin boy" ... "the child": the latest child introduced
            idx, mods, _at = max((self.intro.get(n, (None, frozenset(), -1)) for n in _CHILD_WORDS), key=lambda t: t[2])
        if idx is not None and _clash(_modifiers(o.core), mods):
            idx = None  # "the old woman" is not the earlier "a young woman"
        if idx is not None and self.crosses_chapter(_at, o.start):
            idx = None  # "a man" of the prologue is not "the young man" of chapter one
        if idx is None:
            idx = self.titles.get(noun)
        if idx is None:
            idx = self.named.get(o.start)  # "a doctor got down ... 'It's Dr. Ames!'" ... "the doctor"
        if idx is None:
            # "the nurse" before the line that shows she is Mrs. Penny; but "the man" given
            # to one listed man once (`"Morning, Bram." "Morning," said the man`) is anyone the next time
            idx = self.roles.get(noun) if not (self.closed and noun in _PLAIN_HEADS) else None
        if idx is None and self.closed:
            idx = self.leading.get(o.start)
        if idx is None and self.voice is not None and o.sent - self.voice[1] <= VOICE_REACH and not bound:
            # "shouted a gruff voice. ... said the man": the voice was his; but "the girl"
            # the text has used for someone before is still her, answering the voice
            idx = self.voice[0]
            g = noun_gender(noun)
            if g is not None and self.genders[idx] is None:
                # "replied the man's voice" makes the voice his: "the woman" is someone else
                self.genders[idx] = g
        if idx is None:
            return None
        g = noun_gender(noun)
        if g is not None and self.genders[idx] not in (g, None):
            return None
        return idx

    def crosses_chapter(self, before: int, at: int) -> bool:
        """True when a chapter heading lies between offsets `before` and `at`."""
        i = bisect_right(self.chapters, at) - 1
        return i >= 0 and before < self.chapters[i]

    def seen(self, o: Occ, idx: int) -> None:
        """Remember who an indefinite phrase or an apposition introduced."""
        if o.nominal and is_indefinite(o.surface):
            noun = head_noun(o.core)
            self.intro[noun] = (idx, _modifiers(o.core), o.start)
            self.voice = (idx, o.sent) if noun in _VOICE_WORDS else None
        elif self.voice is not None and self.voice[0] != idx and o.nominal:
            self.voice = None  # someone else described since
        role = self.appos.get(o.start)
        if role is not None:
            self.intro[role] = (idx, frozenset(), o.start)
