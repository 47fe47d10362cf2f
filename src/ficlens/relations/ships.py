"""Ships the author's notes name in fandom shorthand rather than as an AO3 tag.

Two forms, both read only outside the story (notes, title, summary, headings):

- a coined ship name, a blend of the two names: "malec" (Magnus, Alec), "bellarke"
  (Bellamy, Clarke), "johnlock", "peraltiago" (two family names), "kagehina" (two
  beginnings). A note word is a blend when it splits into a beginning of one character's
  name word and a beginning or an end of another's, the two pieces keeping most of the
  names between them (COVER), and the word is neither a name itself nor a word the story
  uses (a blend is the fandom's word, not the prose's: "knight" is a story word, or a
  name's, far more often than "k" + "-night").
- "A and B" and what they are, a few words on: "maggie and nina are pining" (romance),
  "rebecca and keeley friendship", "bellamy and octavia sibling stuff" (`note_bonds`).
- "A x B", the "x" fans write between a ship's names: "bakugou x reader", "royxkeeley"
  (two whole names, each naming one character).
"""

from __future__ import annotations

import re

from ficlens.lang.en.fandom import NOTE_BOND_WORDS, NOTE_DENIALS
from ficlens.model import STORY, Work

__all__ = ["COVER", "MOST", "PIECE", "coined_ships", "note_bonds"]

# Each piece keeps two letters or more: "m" + "alec" would fit every M-name in the story.
PIECE = 2
# The pieces' shares of their name words, summed: "ma" of Magnus (0.33) and "lec" of Alec
# (0.75) make 1.08. On train every blend the notes use keeps 1.0 or more, and the non-blend
# note words that split into two of the story's names kept 0.72 and 0.75.
COVER = 0.9
# ... and one of the two keeps more than half its name word: a blend is most of one name
# and a bit of the other ("bell" + "arke", "zuk" + "ka"), not two halves of two ("ya" of
# "Yams" and "chi" of "Daichi" make the note's "yachi", someone the story never names)
MOST = 0.6
_WORD = re.compile(r"[^\W\d_]{5,}")  # a blend of two pieces of two letters, and more
_X = re.compile(r"(?<![\w/])([^\W\d_]{2,}) ?[x×] ?([^\W\d_]{2,})(?![\w/])", re.I)
_DISAMBIG = re.compile(r"\s*\([^)]*\)")
_NOT_NAMES = frozenset("the a an my your our their his her its this that of and".split())
_READER = re.compile(r"\(?\s*y\s*/\s*n\s*\)?|reader", re.I)


def _name_words(work: Work) -> dict[str, set[str]]:
    """Each word of the characters' names and aliases, lowercased -> the ids it names
    (lowercase stories name "kageyama" in lowercase; "the setter" gives "setter")."""
    out: dict[str, set[str]] = {}
    for c in work.characters:
        for n in [c.name, *c.aliases, c.canonical or ""]:
            if n and _READER.fullmatch(n.strip()):
                out.setdefault("reader", set()).add(c.id)
            for w in re.findall(r"[^\W\d_]+", _DISAMBIG.sub("", n)):
                if len(w) >= PIECE and w.lower() not in _NOT_NAMES:
                    out.setdefault(w.lower(), set()).add(c.id)
    return out


def _blend(word: str, names: dict[str, set[str]], rank: dict[str, int]) -> frozenset[str] | None:
    """The pair a blend names, if any (`rank`: each id's place in prominence order)."""
    best: dict[frozenset[str], float] = {}
    for i in range(PIECE, len(word) - PIECE + 1):
        head, tail = word[:i], word[i:]
        heads = [(w, ids) for w, ids in names.items() if w.startswith(head)]
        if not heads:
            continue
        tails = [(w, ids) for w, ids in names.items() if w.endswith(tail) or w.startswith(tail)]
        for a_word, a_ids in heads:
            for b_word, b_ids in tails:
                shares = len(head) / len(a_word), len(tail) / len(b_word)
                if max(shares) < MOST:
                    continue
                cover = sum(shares)
                for a in a_ids:
                    for b in b_ids - {a}:
                        pair = frozenset((a, b))
                        best[pair] = max(best.get(pair, 0.0), cover)
    # the best fit; of pairs that fit as well (a name two characters share, a character
    # found twice), the more prominent pair: the story's own Arya, not a lesser half of her
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], sorted(rank.get(c, len(rank)) for c in kv[0])))
    return ranked[0][0] if ranked and ranked[0][1] >= COVER else None


def coined_ships(work: Work) -> list[tuple[frozenset[str], int, int]]:
    """(pair, start, end) of each blend or "A x B" ship outside the story text."""
    outside = [(s.start, s.end) for s in work.segments if s.kind != STORY]
    if not outside:
        return []
    names = _name_words(work)
    rank = {c.id: i for i, c in enumerate(work.characters)}
    story_words: set[str] = set()
    for s in work.segments:
        if s.kind == STORY:
            story_words.update(w.lower() for w in _WORD.findall(work.text, s.start, s.end))
    out: list[tuple[frozenset[str], int, int]] = []
    for lo, hi in outside:
        for m in _X.finditer(work.text, lo, hi):
            a, b = names.get(m.group(1).lower(), set()), names.get(m.group(2).lower(), set())
            if len(a) == 1 and len(b) == 1 and a != b:
                out.append((frozenset(a | b), m.start(), m.end()))
        for m in _WORD.finditer(work.text, lo, hi):
            word = m.group().lower()
            if word in names or word in story_words:
                continue
            pair = _blend(word, names, rank)
            if pair is not None:
                out.append((pair, m.start(), m.end()))
    return out


_AND = re.compile(r"(?<![\w/])([^\W\d_]{2,}) (?:and|&) ([^\W\d_]{2,})\b", re.I)
_NEXT_WORDS = re.compile(r"(?:\s+[\w'’]+){1,4}")  # the bond word follows within four words
NOTE_WEIGHT = 2.0  # a friendship or family bond the note names: as "best friend"


def note_bonds(work: Work) -> list[tuple[frozenset[str], str, int, int]]:
    """(pair, kind, start, end) of each "A and B <bond word>" in the notes; kind is one
    of NOTE_BOND_WORDS' values. The story's own "Ione and Dara were friends" is its
    prose, which the cues read."""
    names: dict[str, set[str]] | None = None
    out: list[tuple[frozenset[str], str, int, int]] = []
    for seg in work.segments:
        if seg.kind == STORY:
            continue
        for m in _AND.finditer(work.text, seg.start, seg.end):
            names = _name_words(work) if names is None else names
            a, b = names.get(m.group(1).lower(), set()), names.get(m.group(2).lower(), set())
            if len(a) != 1 or len(b) != 1 or a == b:
                continue
            after = _NEXT_WORDS.match(work.text, m.end(), seg.end)
            words = after.group().lower().split() if after else []
            for i, w in enumerate(words):
                kind = NOTE_BOND_WORDS.get(" ".join(words[i : i + 2])) or NOTE_BOND_WORDS.get(w.strip(".,!?;:"))
                if w in NOTE_DENIALS:
                    break  # "Dev and Mags will NEVER be friends"
                if kind is not None:
                    out.append((frozenset(a | b), kind, m.start(), after.end() if after else m.end()))
                    break
    return out
