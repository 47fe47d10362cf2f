"""Every kin word list is built from the one vocabulary in lang/en/kin.py.

The expected values are the lists as they were written out before they were shared: an
edit to the vocabulary that changes one of them fails here and names the use it changes.
"""

from ficlens.characters import kinship, names
from ficlens.characters.describe import _FAMILY_ROLES
from ficlens.lang.en.honorifics import HONORIFICS
from ficlens.lang.en.kin import FAMILY_ROLES, KIN_NOUNS, KIN_SAME, KIN_TITLES, MY_KIN_WORDS
from ficlens.lang.en.person_nouns import FEMALE_NOUNS, MALE_NOUNS


def test_kinship_groups_unchanged():
    assert kinship.SPOUSE == {"wife": "she", "lady": "she", "missus": "she", "husband": "he"}
    assert kinship.PARENT == {
        "mother": "she", "mamma": "she", "mama": "she", "mum": "she", "mom": "she", "ma": "she", "mam": "she",
        "mummy": "she", "mommy": "she", "father": "he", "papa": "he", "pa": "he", "dad": "he", "da": "he",
        "daddy": "he",
    }
    assert kinship.SIBLING == {"son": "he", "daughter": "she", "brother": "he", "sister": "she"}
    assert kinship.OTHER == {
        "aunt": "she", "uncle": "he", "cousin": None, "nephew": "he", "niece": "she", "grandmother": "she",
        "grandfather": "he", "nurse": "she", "master": "he", "mistress": "she", "stepson": "he",
        "step-son": "he", "stepdaughter": "she", "step-daughter": "she", "stepmother": "she",
        "step-mother": "she", "stepfather": "he", "step-father": "he", "guardian": None,
        "companion": None, "comrade": None, "friend": None, "partner": None, "fiance": "he", "fiancee": "she",
    }
    assert kinship.KIN_NOUNS is KIN_NOUNS
    assert KIN_NOUNS == {**kinship.SPOUSE, **kinship.PARENT, **kinship.SIBLING, **kinship.OTHER}


def test_family_roles_unchanged():
    expected = frozenset("mother father son daughter wife husband sister brother aunt uncle".split())
    assert FAMILY_ROLES == expected
    assert _FAMILY_ROLES == expected


def test_narrator_kin_words_unchanged():
    expected = {"mother", "father", "aunt", "uncle", "brother", "sister", "wife", "husband", "grandmother",
                "grandfather", "cousin", "mamma", "papa", "guardian"}
    assert set(MY_KIN_WORDS) == expected and len(MY_KIN_WORDS) == len(expected)
    assert names.KIN == MY_KIN_WORDS


def test_subsets_stay_inside_the_vocabulary():
    assert FAMILY_ROLES <= KIN_NOUNS.keys()
    assert set(MY_KIN_WORDS) <= KIN_NOUNS.keys()


def test_called_kin_words_unchanged():
    assert kinship._SAME == {
        "mamma": "mother", "mama": "mother", "ma": "mother", "mum": "mother", "mummy": "mother", "mom": "mother",
        "mommy": "mother", "mam": "mother", "papa": "father", "pa": "father", "dad": "father", "daddy": "father",
        "da": "father", "pop": "father", "auntie": "aunt", "granny": "grandmother", "grandma": "grandmother",
        "grandpa": "grandfather",
    }
    assert kinship.KIN_TITLES == {
        "aunt": ("Aunt", "Auntie"), "uncle": ("Uncle",), "cousin": ("Cousin",),
        "grandmother": ("Grandmother", "Grandma", "Granny"), "grandfather": ("Grandfather", "Grandpa"),
    }
    assert set(KIN_SAME.values()) <= KIN_NOUNS.keys()


def test_kin_titles_are_honorifics_of_the_same_gender():
    gender = {"she": "f", "he": "m", None: "n"}
    for noun, titles in KIN_TITLES.items():
        for title in titles:
            assert HONORIFICS[title] == gender[KIN_NOUNS[noun]], title


def test_gendered_nouns_agree_with_the_kin_vocabulary():
    # "the old man" and "his mother" must not disagree on who a kin word can be
    for word in MALE_NOUNS & KIN_NOUNS.keys():
        assert KIN_NOUNS[word] == "he", word
    for word in FEMALE_NOUNS & KIN_NOUNS.keys():
        assert KIN_NOUNS[word] == "she", word


def test_definite_parents_unchanged():
    assert kinship._DEFINITE == frozenset({"the mother", "the father", "the mamma", "the papa"})
