"""The one kin vocabulary: family words, the pronoun each implies, and the named subsets the kin rules use."""

from __future__ import annotations

# The one kin vocabulary: family words -> the pronoun each implies (None: either sex),
# grouped by relation because the kin rules treat the groups differently (a spouse or a
# parent may carry the owner's surname, a sibling or child is the owner's kin and nothing
# more). Every kin word list in the package is a named subset of these, below.
KIN_SPOUSE_PLAIN = {"wife": "she", "husband": "he"}
# a spouse word that is also a plain noun or a dialect form: "his lady", "the missus"
KIN_SPOUSE_LOOSE = {"lady": "she", "missus": "she"}
KIN_PARENT_PLAIN = {"mother": "she", "father": "he"}
# nursery and dialect parent words: "Mamma", "pa", "Da"; they double as names
KIN_PARENT_NURSERY = {
    "mamma": "she", "mama": "she", "mum": "she", "mom": "she", "ma": "she", "mam": "she",
    "mummy": "she", "mommy": "she", "papa": "he", "pa": "he", "dad": "he", "da": "he",
    "daddy": "he",
}
# the two nursery parent words that period prose writes like the plain word, after "my"
# or "the" ("my mamma", "said the papa"); the others are mostly called out or dialect
KIN_NURSERY_WRITTEN = ("mamma", "papa")
KIN_SPOUSE = {**KIN_SPOUSE_PLAIN, **KIN_SPOUSE_LOOSE}
KIN_PARENT = {**KIN_PARENT_PLAIN, **KIN_PARENT_NURSERY}
KIN_SIBLING = {"son": "he", "daughter": "she", "brother": "he", "sister": "she"}  # and children
# kin with no surname rule: only an earlier description or a new character names them
KIN_OTHER = {
    "aunt": "she", "uncle": "he", "cousin": None, "nephew": "he", "niece": "she", "grandmother": "she",
    "grandfather": "he", "nurse": "she", "master": "he", "mistress": "she", "stepson": "he",
    "step-son": "he", "stepdaughter": "she", "step-daughter": "she", "stepmother": "she",
    "step-mother": "she", "stepfather": "he", "step-father": "he", "guardian": None,
    "companion": None, "comrade": None, "friend": None, "partner": None, "fiance": "he", "fiancee": "she",
}
KIN_NOUNS = {**KIN_SPOUSE, **KIN_PARENT, **KIN_SIBLING, **KIN_OTHER}

# "said the mother": the plain words of the close family (spouse, parent, child, sibling)
# plus aunt and uncle. Nursery forms and "lady" are left out because after "the" they are
# mostly not a family role ("the lady"); wider kin ("the cousin") too rarely means one
# salient listed character to be worth the guess.
FAMILY_ROLES = frozenset({**KIN_SPOUSE_PLAIN, **KIN_PARENT_PLAIN, **KIN_SIBLING}) | {"aunt", "uncle"}

# "my mother": a first-person narrator's family member is one fixed person. The close
# family roles, leaving out "son" and "daughter" (an older speaker's "my son", "my
# daughter" is as often an address to any young person), adding the grandparents, a
# cousin, a guardian, and the nursery forms written like the plain word ("my mamma").
MY_KIN_WORDS = tuple(sorted(FAMILY_ROLES - {"son", "daughter"})) + (
    "grandmother", "grandfather", "cousin", "guardian") + KIN_NURSERY_WRITTEN
# "said the mother": a parent named by the article alone
DEFINITE_PARENTS = frozenset("the " + w for w in (*KIN_PARENT_PLAIN, *KIN_NURSERY_WRITTEN))

# kin named by a family title elsewhere ("Uncle John", "Aunt Shaw"); every title here is
# also in HONORIFICS with the noun's gender
KIN_TITLES = {
    "aunt": ("Aunt", "Auntie"), "uncle": ("Uncle",), "cousin": ("Cousin",),
    "grandmother": ("Grandmother", "Grandma", "Granny"), "grandfather": ("Grandfather", "Grandpa"),
}
# what a child calls a kin, mapped to the word the narration would use ("my mother"): the
# nursery parent words, the short family titles ("granny"), and "pop", which the rules
# take as kin only when it is called out ("Pop, look"), so it is not in KIN_NOUNS
KIN_SAME = {
    **{w: "mother" if g == "she" else "father" for w, g in KIN_PARENT_NURSERY.items()},
    "pop": "father",
    **{t.lower(): noun for noun, titles in KIN_TITLES.items() for t in titles if t.lower() != noun},
}

# what one calls a child, a parent or a sibling to their face ("Kid, I love you", "love you,
# Mom"): an "I love you" said with one is family love, not romance
FAMILY_ADDRESS = frozenset(
    {"kid", "kiddo", "son", "sis", "bro", "baby brother", "baby sister", "little one", "nana", "grandma", "grandpa",
     "auntie", "uncle", "brother", "sister", *KIN_PARENT_NURSERY, "mother", "father"}
)

# a nursery parent word or "Boss" written as a name (`Mum came in with the tea`, `"Night,
# Dad."`): capitalised, with no article or possessive before it (`my mum`, `the boss` stay
# descriptions). `function_words.STOP` holds them, as most capitalised ones open a sentence
# as a common noun would; `characters.names` keeps these as names all the same.
KIN_CALL_NAMES = frozenset(w.capitalize() for w in KIN_PARENT_NURSERY) | {"Boss"}
