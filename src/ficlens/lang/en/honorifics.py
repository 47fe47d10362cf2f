"""Honorifics and titles: `Mrs`, `Captain`, their gender class and short forms."""

from __future__ import annotations

# Honorific -> gender class. "m"/"f" never merge across; "mrs" and "miss" are both
# female but name different people in the same family (Mrs. Bennet is not Miss Bennet).
HONORIFICS: dict[str, str] = {}
for _w in "Mr Sir Lord Monsieur Master Uncle King Prince Duke Count Baron Earl Marquis Marquess Viscount Baronet Father Brother Emperor Grandpa Grandfather Signor Senor Herr".split():
    HONORIFICS[_w] = "m"
# "M. Carrège": French Monsieur, written short (names.py wants its stop, so "M" alone is no title)
HONORIFICS["M"] = "m"
for _w in "Mrs Madame Mme Madam Signora Senora Frau".split():
    HONORIFICS[_w] = "mrs"
for _w in "Miss Ms Mlle Mademoiselle Signorina Senorita".split():
    HONORIFICS[_w] = "miss"
for _w in "Lady Dame Mistress Aunt Auntie Queen Princess Duchess Countess Baroness Mother Sister Empress Grandma Grandmother Granny Nanny".split():
    HONORIFICS[_w] = "f"
# Professional and military titles say nothing about gender.
TITLES = frozenset(
    """Dr Doctor Captain Capt Colonel Col General Gen Major Lieutenant Lt Sergeant Sgt
    Corporal Private Commander Admiral Professor Prof Reverend Rev Inspector Detective
    Agent Officer Superintendent Chancellor Senator Councilor Councillor Judge President Director
    Headmaster Headmistress Nurse Chief Constable Marshal Sheriff Governor Minister
    Cousin Saint Mx Healer Auror Master Supreme Leader Parson Vicar Rector Ensign Commodore
    Cadet""".split()
)
for _w in TITLES:
    HONORIFICS.setdefault(_w, "n")

# A title and its written short form: "the Doctor" names "Dr. Marsh".
SHORT_TITLES = {"Doctor": "Dr", "Captain": "Capt", "Colonel": "Col", "General": "Gen", "Professor": "Prof",
                "Reverend": "Rev", "Lieutenant": "Lt", "Sergeant": "Sgt"}

# Family titles a household calls its elders by, alone, as a name: "said Mother",
# "Granny, look" (surfaces.addressed_words says when a text does)
ELDER_TITLES = frozenset("Mother Father Grandmother Grandma Granny Grandfather Grandpa".split())

# Titles of rank that go with a place or realm ("Duke of York", "Queen Street", "Saint
# Cross"): a word written after them may still be a place, unlike after "Mr." or "Inspector".
REALM_TITLES = frozenset(
    """Saint King Queen Prince Princess Emperor Empress Duke Duchess Lord Lady Count Countess
    Baron Baroness Earl Marquis Marquess Viscount Baronet""".split()
)

HON_GENDER = {"m": "he", "f": "she", "mrs": "she", "miss": "she", "n": None}

# A rank named by a possessive and a style of address, used in the narration for the
# one who holds it: "said his Grace", "her ladyship smiled", "bowed my lord". Written
# capitalised (a small "his grace" or "his honour" is the common noun); "lordship" and
# "ladyship" either way. The word says the gender when the possessive does not ("my lord").
RANK_STYLES = frozenset("Grace Lordship Ladyship Majesty Highness Excellency Eminence Holiness".split())
RANK_STYLES_SMALL = frozenset("lordship ladyship".split())
# the styles "my" goes with: "bowed my lord" (a capitalised "My Lord" opens a sentence)
MY_RANK_STYLES = frozenset("lord lady".split())
RANK_STYLE_GENDER = {"lordship": "he", "ladyship": "she", "lord": "he", "lady": "she"}
# the style as the narration writes it (`names.master_regex`); never the pronoun "his" and a
# woman called Grace
RANK_STYLE = (
    r"(?:[Hh]is|[Hh]er)[ \t](?:" + "|".join(sorted(RANK_STYLES | RANK_STYLES_SMALL)) + r")(?![\w'’-])"
    r"|[Mm]y[ \t](?:" + "|".join(sorted(MY_RANK_STYLES)) + r")(?![\w'’-])"
)
# the styles found by RANK_STYLE that stand for the ranked one on stage, or the salient
# man or woman (`describe.rank_style`), by the lower-case key `names.extract` files a
# style under ("His Lordship", "his lordship": "his lordship"). "his Grace", "her Majesty",
# "his Highness" are left to be someone of their own: a story's duke or king is often
# named by little else (measured: binding them too lost 17 quotations on SE, 12 of them
# one duke given to the man beside him; bound only to a ranked one on stage, 7 on SE dev;
# only their gender read from the possessive, 7 on SE dev too)
RANK_STYLE_KEYS = frozenset(
    {f"{p} {w}" for p in ("his", "her") for w in RANK_STYLES_SMALL} | {f"my {w}" for w in MY_RANK_STYLES}
)
# the titles of rank whose holder "his lordship", "her ladyship" stand for
RANK_TITLES = (REALM_TITLES - {"Saint"}) | {"Sir", "Dame"}

# Japanese honorific suffixes that fan fiction keeps on a name ("Suga-san", "Gojo-sensei",
# "Sakura-chan"): the name is the word before the hyphen, the suffix says only respect or
# fondness.
NAME_SUFFIXES = frozenset("san chan kun sama senpai sempai sensei dono tan chin nii nee".split())
