"""Fandom shorthand in authors' notes: the words that say what two characters named
together are to each other ("maggie and nina are pining", "rebecca and keeley
friendship", "bellamy and octavia sibling stuff")."""

from __future__ import annotations

# the bond a note word names, by kind ("romantic", "platonic", "family")
NOTE_BOND_WORDS = {
    **dict.fromkeys(("pining", "pine", "together", "dating", "married", "endgame", "in love", "a couple", "flirting", "otp"), "romantic"),
    **dict.fromkeys(("friendship", "friends", "best friends", "bffs", "besties", "brotp"), "platonic"),
    **dict.fromkeys(("sibling", "siblings", "brothers", "sisters", "family", "found family"), "family"),
}
# a word between the names and the bond that denies it: "will NEVER be friends"
NOTE_DENIALS = frozenset(("never", "not", "no", "isn't", "aren't", "won't", "don't", "isnt", "arent", "wont", "dont"))
