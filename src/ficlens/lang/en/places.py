"""Places: last words of capitalised sequences that name a place or body, and well-known places."""

from __future__ import annotations

# The last word of a capitalised sequence that names a place, building or body, not a
# person: "Front Street", "Blodgett College", "Wuthering Heights", "Colonial Office".
PLACE_HEADS = frozenset(
    """Street Road Avenue Lane Square Place Park Gardens Garden Hall House Manor Court
    Castle Palace Tower Towers Abbey Church Chapel Cathedral Temple Inn Hotel Tavern Arms
    School College University Academy Institute Office Ministry Department Bureau Company
    Bank Hospital Station Bridge River Lake Sea Ocean Bay Island Islands Mountains Mountain
    Mount Hill Hills Valley Forest Wood Woods Heights Bar Green Common Cross Gate Row
    Terrace Crescent City Town Village County Shire State States Kingdom Empire Republic
    Legends Times Post Gazette Review Magazine Journal Club Society Museum Library
    Theatre Theater Opera Railway Line Canal Harbour Harbor Port Point Coast Desert
    Festival Fair Ball Party War Wars Battle Day Night Eve Gift Council Guard Guards Army
    Navy Circle Order Guild Collegium Holiday Feast Games Cup Championship""".split()
)

# Places common enough in fiction to know by name.
PLACES = frozenset(
    """London Paris Rome Venice Naples Milan Vienna Berlin Madrid Lisbon Moscow
    Petersburg Dublin Edinburgh Glasgow Oxford Cambridge Bath Brighton Manchester Liverpool
    Birmingham Bristol York Derby Hull Dover Chichester Canterbury Windsor
    Boston Chicago Philadelphia Washington Baltimore Orleans Francisco Angeles Texas
    Kentucky Tennessee Ohio Missouri Mississippi Louisiana Alabama Maine
    Massachusetts California Oregon Colorado Nevada Arizona Montana Dakota Kansas Nebraska
    England Scotland Ireland Wales Britain France Germany Italy Spain Portugal Russia
    Austria Prussia Holland Belgium Switzerland Sweden Norway Denmark Poland Hungary Greece
    Turkey Egypt India China Japan Persia Arabia Africa America Canada Mexico Brazil Peru
    Australia Europe Asia Geneva Vevey Hanover Flanders Somersetshire Yorkshire Kent Surrey
    Sussex Devon Cornwall Atlantic Pacific Mediterranean Thames Nile Rhine Alps Mars Jupiter
    Saturn Venus Heaven Paradise Eden Jerusalem Babylon Bethlehem Calcutta Bombay Delhi""".split()
)

# The first word of a capitalised sequence that names a place by what follows it:
# "Mount Weather", "Lake Ossory", "Fort Ross". The words after it are no person's name.
# a street or square of a foreign town: "Rue du Helder", "Via Appia", "Piazza Navona"
PLACE_PREFIXES = frozenset("Mount Mt Lake Loch Fort Cape Isle Camp Rue Via Calle Piazza Plaza".split())

# Nationality and language words: after a first name they are no surname ("Lucy Italian
# lessons"), and a sequence they open names no person ("Italians Drive Them").
NATIONALITIES = frozenset(
    """English French German Spanish Italian Russian American British Irish Scottish Welsh
    Latin Greek Chinese Japanese Indian European African Swiss Swedish Norwegian
    Danish Polish Austrian Prussian Hungarian Portuguese Turkish Egyptian Persian Arabic
    Arab Mexican Canadian Australian Brazilian Belgian Flemish Czech Korean Hebrew Yiddish
    Gaelic Cornish Asian Parisian Venetian Florentine Neapolitan""".split()
)
