"""Nouns for people (`the surgeon`, `the old man`) and the gender each gives."""

from __future__ import annotations

# Nouns that give a nominal name its gender: "the old man", "my mother", "the girl".
MALE_NOUNS = frozenset(
    """man men boy gentleman fellow lad father dad papa son brother uncle husband king
    prince lord sir master mister duke earl count baron monk priest parson squire
    grandfather nephew groom bridegroom landlord waiter butler footman""".split()
)
FEMALE_NOUNS = frozenset(
    """woman women girl lady lass mother mom mum mamma mama daughter sister aunt wife
    queen princess madam mistress duchess countess baroness nun grandmother niece bride
    landlady waitress maid housekeeper widow nurse governess actress seamstress matron spinster
    heroine hostess""".split()
)

# Nouns for people an author may leave unnamed: "said the surgeon", "the old man asked".
PERSON_NOUNS = MALE_NOUNS | FEMALE_NOUNS | frozenset(
    """child stranger visitor guest guide surgeon doctor nurse driver keeper gatekeeper
    servant officer soldier clerk undertaker auctioneer waggoner wagoner sailor seaman
    farmer boatman coachman porter cook host hostess youth youngster rider hunter
    traveller traveler merchant lawyer judge teacher student captain colonel general
    sergeant constable inspector detective guard jailer innkeeper shopkeeper newcomer
    saloon-keeper gardener shepherd fisherman peddler pedlar beggar thief stranger
    professor tutor governess secretary messenger boy girl person creature
    policeman magistrate coroner solicitor barrister attorney""".split()
)

# age words of a description read as the plain "old" / "young" ("the older woman", "an
# elderly man"), the two the age rules (`describe.aged_holder`) know
AGE_FORMS = {"older": "old", "elderly": "old", "aged": "old", "younger": "young"}

# Modifiers that set a description against someone else of its kind on stage: "the older
# woman" is told apart from the one the story follows, seldom that one herself.
COMPARATIVE_MODIFIERS = frozenset("older younger elder taller shorter".split())
