"""Alias clustering: which surface forms name the same character.

Surfaces are grouped into entities in a fixed order, longest evidence first:

1. pack or list entries (canonical name + aliases) are entities from the start;
2. full names ("Bellamy Blake") make or join an entity by first and last word;
3. honorific forms ("Mr. Bennet", "Commander Lexa") join a full-name holder only when
   exactly one holder fits and the genders agree; "Mrs. X" never joins a first-name full
   name (Mrs. Bennet is not Elizabeth Bennet), and gendered honorifics never cross;
4. epithets ("the Commander") join the one entity seen with that title;
5. single words join the entity whose first name they are, else whose surname, title
   core or longer first name ("Bell" -> "Bellamy") they are.

A surface that fits several entities ("Blake" with Bellamy and Octavia Blake both in the
story) stays ambiguous here and is resolved per mention by recency in `resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from ficlens.characters.listed_forms import small_after_first
from ficlens.characters.names import PARTICLES, split_hon
from ficlens.fandoms import CharacterEntry
from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.given_names import FEMALE_NAMES, MALE_NAMES, NICKNAMES
from ficlens.lang.en.honorifics import ELDER_TITLES, HON_GENDER, HONORIFICS, SHORT_TITLES
from ficlens.lang.en.person_nouns import FEMALE_NOUNS, MALE_NOUNS

# A title and its written short form are one title: "Doctor Hale" is "Dr. Hale".
_SHORT_OF = {**SHORT_TITLES, **{short: short for short in SHORT_TITLES.values()}}

# A given name -> the given names it is a pet form of, or that are pet forms of it:
# "Sam" and "Samuel", "Tom" and "Thomas" (`Clusters._full`).
_SAME_GIVEN: dict[str, set[str]] = {}
for _nick, _fulls in NICKNAMES.items():
    for _full_name in _fulls:
        _SAME_GIVEN.setdefault(_nick, set()).add(_full_name)
        _SAME_GIVEN.setdefault(_full_name, set()).add(_nick)

# Titles of a wife, used with her husband's surname: never joined to a first-name full name.
MARRIED = frozenset({"Mrs", "Lady", "Madame", "Mme", "Madam", "Frau", "Signora", "Senora", "Duchess", "Countess", "Baroness"})

# One form of address in several languages: "Monsieur Poirot" is "Mr. Poirot"
# ("Sir Walter" is not "Mr. Walter": a rank is another title).
_ADDRESS_FORMS = (
    frozenset({"Mr", "Mister", "Monsieur", "M", "Signor", "Senor", "Herr"}),
    frozenset({"Mrs", "Madame", "Mme", "Signora", "Senora", "Frau"}),
    frozenset({"Miss", "Mademoiselle", "Mlle", "Signorina", "Senorita", "Fraulein"}),
)
_SAME_TITLE = {h: set(forms) for forms in _ADDRESS_FORMS for h in forms}

# Family words used as titles ("Uncle John", "Aunt Shaw") sit beside any other title.
FAMILY = frozenset({"Uncle", "Aunt", "Auntie", "Cousin", "Grandma", "Grandpa", "Grandmother", "Grandfather", "Granny", "Nanny"})

# Endings of English words that shortened names hardly have ("Washing", "Hopeful")
_WORD_ENDING = re.compile(r"(?:ing|ed|ly|ness|ment|ful|less|able|ible|ous|ive|ity|tion)$")
_PAREN = re.compile(r"\s*\([^)]*\)")
# A listed description: a possessive and up to three lower-case words ("my mother",
# "her elder sister", "my good friend"); the words of such a form are no names.
_DESCRIPTION = re.compile(r"(?:my|his|her|our|their|your)(?: [a-z-]+){1,3}")


# a listed partitive ("one of them", "one of the porters") names one member of a group
_PARTITIVE = re.compile(r"(?:one|some|each|another|two|three) of (?:them|the(?: [a-z-]+){1,2})")


def is_partitive(form: str) -> bool:
    """True for a listed "one of them", "one of the porters": matched verbatim, and when
    several listed members share it, any of them is the one meant."""
    return _PARTITIVE.fullmatch(form) is not None


def is_description(form: str) -> bool:
    """True for a lower-case description used as a name: "my mother", "her husband".

    Any noun counts, not only known person nouns: a list that names someone "my good
    friend" means that phrase."""
    return _DESCRIPTION.fullmatch(form) is not None


def _long_indefinite(form: str) -> bool:
    """A listed "a tall woman in a grey coat": written out in full, it names that person."""
    return form.startswith(("a ", "an ")) and len(form.split()) >= 5


_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]\s*")


@dataclass(slots=True)
class Ent:
    idx: int
    entry: CharacterEntry | None = None
    full: set[str] = field(default_factory=set)  # multi-word names without honorific
    hon_forms: set[tuple[str, str]] = field(default_factory=set)  # (honorific, core)
    label: str = ""  # a name to show when no full name is known
    gender: str | None = None  # from the entry or a gendered honorific
    votes: Counter = field(default_factory=Counter)  # pronoun votes: he / she
    usual: str | None = None  # the usual gender of its given name or head noun ("Emma", "his mother")


def _surname_parts(surname: str) -> list[str]:
    """The parts of a double-barrelled surname ("Fenwick-Symes"): the same first name with
    either part is the same person."""
    parts = surname.split("-")
    return [p for p in parts if p[:1].isupper() and len(p) > 1] if len(parts) > 1 else []


def spouse_name(hon: str, core: str) -> bool:
    """True for "Mrs. Alfred Lammle": a wife's title before her husband's full name.
    The name is his, so it is hers only whole: never her full name, nor her given name."""
    words = core.split()
    if len(words) < 2 or hon not in MARRIED:
        return False
    return words[0] in MALE_NAMES and words[0] not in FEMALE_NAMES


def entry_forms(entry: CharacterEntry) -> list[str]:
    """The names an entry answers to: its name (cleaned of AO3 disambiguators) and aliases."""
    name = entry.name.split("|")[-1].strip()
    nick = _QUOTED.findall(name)
    name = _PAREN.sub("", _QUOTED.sub("", name)).strip()
    forms = [name, *nick, *entry.aliases]
    out = []
    for f in forms:
        f = f.strip()
        if f and f not in out:
            out.append(f)
        # "Mrs. Hudson" and "Mrs Hudson" are the same form
        h, core = split_hon(f)
        if h and f.startswith(h) and f[len(h) : len(h) + 1] in (".", " "):
            alt = f"{h} {core}" if f.startswith(h + ".") else f"{h}. {core}"
            if alt not in out:
                out.append(alt)
    return out


# narration "they" votes (with no he/she vote) that make one named person singular "they"
THEY_VOTES = 3


def ent_gender(e: Ent) -> str | None:
    """An entry's or honorific's gender, else a clear majority of pronoun votes."""
    if e.gender:
        return e.gender
    he, she = e.votes["he"], e.votes["she"]
    if he + she == 0 and e.votes["they"] >= THEY_VOTES:
        return "they"  # a person the narration calls "they", never he or she: singular they
    if e.usual in ("he", "she"):
        # pronoun votes are noisy ("said Emma. ... he said"): a given name's usual
        # gender stands unless the text says otherwise twice as often
        mine, other = (he, she) if e.usual == "he" else (she, he)
        if other < 2 * mine:
            return e.usual
    if he + she >= 1 and max(he, she) >= 2 * min(he, she) + 1:
        return "he" if he > she else "she"
    return None


def _clear(votes: Counter | None) -> str | None:
    """The gender a surface's pronoun votes say clearly (two at least, twice the other)."""
    if not votes:
        return None
    he, she = votes["he"], votes["she"]
    if max(he, she) >= 2 and max(he, she) >= 2 * min(he, she) + 1:
        return "he" if he > she else "she"
    return None


def _compatible(hon: str | None, gender: str | None) -> bool:
    if hon is None or gender is None:
        return True
    g = HON_GENDER.get(HONORIFICS.get(hon, "n"))
    return g is None or g == gender


_GROUP_NOUNS = frozenset("men women people children folk folks others ladies gentlemen crowd family".split())


# words that open a phrase after a name's head noun: "the girls in her dormitory"
_POST_HEAD = frozenset("in of at from on with by near under who whom whose that which".split())


def _plural(form: str) -> bool:
    """A listed name for a group: "the men", "his companions", "the Pikes", "the
    other boys in his class" (the head noun stands before a modifying phrase)."""
    words = form.split()
    cut = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _POST_HEAD), len(words))
    words = words[:cut]
    last = words[-1] if words else ""
    if last.lower() in _GROUP_NOUNS or (last.islower() and last.endswith("men") and len(words) >= 2):
        return True  # "the fishermen"
    if not last.endswith("s") or last.endswith(("ss", "us", "is", "'s", "’s")) or len(words) < 2:
        return False
    return last[0].islower() or words[0].lower() == "the"


def _entry_prior(e: Ent, forms: list[str]) -> None:
    """A listed character without pronouns: a group name says "they", a given name
    ("Emma") says its usual gender, as it does for a name found in the text."""
    if forms and all(_plural(f) for f in forms):
        e.gender = "they"
        return
    for f in forms:
        hon, core = split_hon(f)
        given = core.split()[0] if core.split() and (hon is None or HONORIFICS.get(hon) == "n") else None
        _given_prior(e, given)


def _given_prior(e: Ent, given: str | None) -> None:
    g = "she" if given in FEMALE_NAMES else "he" if given in MALE_NAMES else None
    if g is not None:
        _usual(e, g, 5)


def _usual(e: Ent, g: str, weight: int) -> None:
    e.votes[g] += weight
    e.usual = g if e.usual in (None, g) else "?"  # "?": forms that disagree say nothing


class Clusters:
    """Entities and the static surface -> entity map built from the surface statistics."""

    def __init__(self, entries: list[CharacterEntry] | None, closed: bool) -> None:
        self.ents: list[Ent] = []
        self.closed = closed  # restrict mode: no entity beyond the entries
        self.exact: dict[str, set[int]] = {}
        self.first: dict[str, set[int]] = {}
        self.last: dict[str, set[int]] = {}
        self.title: dict[str, set[int]] = {}
        self.by_full: dict[tuple[str, str], int] = {}
        self.by_hon: dict[tuple[str, str], int] = {}
        self.by_single: dict[str, int] = {}
        # first names the text gives as someone's relative (`relatives`): "his brother John"
        self.relatives: dict[str, set[str]] = {}
        # common words written as a tag's speaker (`..." Irish remarked`): names here
        self.tag_named: set[str] = set()
        self.tagged: Counter[str] = Counter()  # bare surface -> how often a speech tag names it
        for entry in entries or []:
            e = self._new(entry=entry)
            # "it" (a droid, a pet) is kept as a gender so no he/she/they ever resolves to it
            e.gender = entry.pronouns if entry.pronouns in ("he", "she", "they", "it") else None
            self._noun_prior(e, entry_forms(entry))
            if e.gender is None:
                _entry_prior(e, entry_forms(entry))
            for n, f in enumerate(entry_forms(entry)):
                self._index_form(e, f, explicit=True, canonical=n == 0)
            e.label = entry_forms(entry)[0]

    def explicit_aliases(self, lowercase: bool = False) -> tuple[str, ...]:
        """Forms to match verbatim in the text (pack and list names and aliases)."""
        # a lower-case form counts when it is an epithet ("the guide", "the doctor"), or
        # in a work written in lower case by choice, where "kageyama" is how names are written
        return tuple(sorted(f for f in self.exact if lowercase or any(ch.isupper() for ch in f) or f.startswith("the ")
                            or is_description(f) or is_partitive(f) or _long_indefinite(f)))

    def _new(self, entry: CharacterEntry | None = None) -> Ent:
        e = Ent(len(self.ents), entry)
        self.ents.append(e)
        return e

    def _index_form(self, e: Ent, form: str, explicit: bool = False, canonical: bool = False) -> None:
        if explicit:
            self.exact.setdefault(form, set()).add(e.idx)
            if (small := small_after_first(form)) is not None:
                self.exact.setdefault(small, set()).add(e.idx)  # "Pretty boy," for "Pretty Boy"
            if form.startswith(("the ", "The ")):
                # "The Hatter" in a list is "the Hatter" in the text, and the other way round
                for article in ("the ", "The "):
                    self.exact.setdefault(article + form[4:], set()).add(e.idx)
        if explicit and is_description(form):
            # "my mother", "her husband": a listed description is matched whole, never by its words
            self.exact.setdefault(form[0].upper() + form[1:], set()).add(e.idx)
            return
        if form.lower().startswith("the "):
            words = form.split()
            if words[-1] in HONORIFICS:
                self.title.setdefault(words[-1], set()).add(e.idx)
            return
        hon, core = split_hon(form)
        words = core.split()
        if hon:
            e.hon_forms.add((hon, core))
            self.title.setdefault(hon, set()).add(e.idx)
            g = HON_GENDER.get(HONORIFICS.get(hon, "n"))
            if g and e.gender is None:
                e.gender = g
            if len(words) == 1:
                self.last.setdefault(core, set()).add(e.idx)
                # Sir John, Commander Lexa, Princess Leia: titles that go with first names
                if HONORIFICS.get(hon) in ("n", "f", "m") and hon not in ("Mr", "Mrs", "Ms", "Miss"):
                    self.first.setdefault(core, set()).add(e.idx)
            else:
                self._index_full(e, words)
        elif len(words) >= 2:
            # an alias like "Commander of Death" is matched whole, not by words; one of names
            # alone, of two words or more ("Julian Alfred Pankratz"), gives its first and last
            if canonical or not any(w in STOP or w in HONORIFICS for w in words):
                self._index_full(e, words)
        elif words:
            self.first.setdefault(core, set()).add(e.idx)

    def _index_full(self, e: Ent, words: list[str]) -> None:
        e.full.add(" ".join(words))
        self.first.setdefault(words[0], set()).add(e.idx)
        self.last.setdefault(words[-1], set()).add(e.idx)
        self.by_full.setdefault((words[0], words[-1]), e.idx)
        for part in _surname_parts(words[-1]):
            self.by_full.setdefault((words[0], part), e.idx)  # "Adam Fenwick-Symes" is "Adam Symes"

    # -- building from the text's surfaces -------------------------------------------

    def build(
        self, surfaces: dict[str, tuple[str | None, str, bool]], counts: Counter, votes: dict[str, Counter]
    ) -> dict[str, tuple[int, ...]]:
        """Map each surface (hon, core, epithet) to the entities it may name.

        `votes` holds pronoun votes per surface, so a full name's gender is known before
        "Mr. Penwarden" is tested against "Rosie Penwarden".
        """
        self._votes = votes
        out: dict[str, tuple[int, ...]] = {}
        for s in surfaces:
            if s in self.exact:
                out[s] = tuple(sorted(self.exact[s]))
        rest = [s for s in surfaces if s not in out]
        hon_surfaces = [s for s in rest if surfaces[s][0] and not surfaces[s][2]]
        full = [s for s in rest if not surfaces[s][0] and not surfaces[s][2] and " " in surfaces[s][1]]
        epis = [s for s in rest if surfaces[s][2]]
        singles = [s for s in rest if not surfaces[s][0] and not surfaces[s][2] and " " not in surfaces[s][1]]
        # plain full names first, so "Octavia kom Skaikru" finds "Octavia Blake" made
        for s in sorted(full, key=lambda s: (any(w in PARTICLES for w in s.split()), -len(s.split()), -counts[s])):
            out[s] = self._full(s.split())
        # "Dr. Helen Marsh" before "Dr. Marsh", so the short form finds the full one
        for s in sorted(hon_surfaces, key=lambda s: (" " not in surfaces[s][1], -counts[s])):
            hon, core, _ = surfaces[s]
            assert hon is not None  # hon_surfaces are those with an honorific
            out[s] = self._hon(hon, core)
        for s in epis:
            out[s] = self._epithet(surfaces[s][1])
        # longer first names, for prefix nicknames ("Bell" -> "Bellamy"), found by bisect
        self._names = sorted(set(singles) | set(self.first))
        for s in sorted(singles, key=lambda s: (-len(s), -counts[s])):
            out[s] = self._single(s)
        return {s: t for s, t in out.items() if t}

    def _full(self, words: list[str]) -> tuple[int, ...]:
        key = (words[0], words[-1])
        if key in self.by_full:
            return (self.by_full[key],)
        for part in _surname_parts(words[-1]):
            if (words[0], part) in self.by_full:
                return (self.by_full[(words[0], part)],)  # "Adam Symes" seen before "Adam Fenwick-Symes"
        if any(w in PARTICLES for w in words[1:-1]) and len(self.first.get(words[0], ())) == 1:
            return tuple(self.first[words[0]])  # "Octavia kom Skaikru" is Octavia
        if (same := self._same_given(words)) is not None:
            return (same,)  # "Samuel Weller" is the "Sam Weller" seen before
        if words[0].lower() in PARTICLES:
            # "Van Aldin", "de Morcerf": a surname with its particle, the one full name ending so
            tail = " " + " ".join(words)
            cands = {i for i in self.last.get(words[-1], ()) if any(f.endswith(tail) for f in self.ents[i].full)
                     and not self._relative(self.ents[i], None, words[-1])}
            if len(cands) == 1:
                self.by_full[(words[0], words[-1])] = idx = next(iter(cands))  # "M. Van Aldin" too
                return (idx,)
        if self.closed:
            return ()
        e = self._new()
        self._index_full(e, words)
        e.label = " ".join(words)
        self._prior(e, e.label, words[0])
        return (e.idx,)

    def _same_given(self, words: list[str]) -> int | None:
        """The one full-name holder with this surname whose given name is a pet form of
        this one or the other way round ("Sam Weller" for "Samuel Weller"), when the
        genders agree; None when there is none, or more than one."""
        given, surname = words[0], words[-1]
        g = "she" if given in FEMALE_NAMES and given not in MALE_NAMES else "he" if given in MALE_NAMES and given not in FEMALE_NAMES else None
        cands = {self.by_full[(alt, surname)] for alt in _SAME_GIVEN.get(given, ()) if (alt, surname) in self.by_full}
        cands = {i for i in cands if (g is None or ent_gender(self.ents[i]) in (g, None))
                 and given not in self.relatives}  # "his son Samuel": the father is another
        return next(iter(cands)) if len(cands) == 1 else None

    @staticmethod
    def _noun_prior(e: Ent, forms: list[str]) -> None:
        """A nominal name says its gender: "the old man", "my mother"."""
        for f in forms:
            for w in f.lower().split():
                if w in MALE_NOUNS:
                    _usual(e, "he", 3)
                elif w in FEMALE_NOUNS:
                    _usual(e, "she", 3)

    def _prior(self, e: Ent, surface: str, given: str | None) -> None:
        e.votes.update(self._votes.get(surface, ()))
        if given:
            e.votes.update(self._votes.get(given, ()))
            _given_prior(e, given)

    def _hon(self, hon: str, core: str) -> tuple[int, ...]:
        cls = HONORIFICS.get(hon, "n")
        words = core.split()
        key = (cls if cls != "n" else "n:" + _SHORT_OF.get(hon, hon), core)
        if key in self.by_hon:
            return (self.by_hon[key],)
        def fits(i: int) -> bool:
            # genders agree, and a holder already called by another honorific is another
            # person ("Sir Walter Elliot" is not "Mr. Elliot", "Aunt Shaw" not "General Shaw")
            e = self.ents[i]
            hons = {_SHORT_OF.get(h, h) for h, _ in e.hon_forms if h not in FAMILY}
            if hon == "Miss" and len(words) == 1 and any(h == hon and " " in c for h, c in e.hon_forms):
                return False  # "Miss Quarrie" is the elder sister of "Miss Letty Quarrie"
            g = ent_gender(e)
            hg = HON_GENDER.get(cls)
            if hg is not None and g != hg and not (len(words) >= 2 and g is None):
                # "Mr. Quill" joins a holder only when it is known to be a man; "Monsieur
                # Hercule Poirot" is "Hercule Poirot" unless he is known to be a woman
                return False
            if len(words) == 1 and self._relative(e, HON_GENDER.get(cls), core):
                return False  # "Mr. Ashdown" is not "his brother John Ashdown"
            if len(words) == 1 and hon in ("Mr", "Mrs") and self._relative(e, "young", core):
                return False  # "Mr. Saunders" is not "young Robert Saunders": his father
            return _compatible(hon, g) and (not hons or _SHORT_OF.get(hon, hon) in hons or hon in FAMILY
                                            or bool(_SAME_TITLE.get(hon, set()) & hons))

        if len(words) >= 2:
            idx = self.by_full.get((words[0], words[-1]))
            if idx is not None and fits(idx):
                if self.ents[idx].gender is None:
                    self.ents[idx].gender = HON_GENDER.get(cls)  # "Monsieur Hercule Poirot": then "Mr. Poirot" fits him
                return (idx,)
            cands: set[int] = set()
        else:
            cands = set()
            if hon not in MARRIED:  # "Lady Elliot" is not "Anne Elliot"
                cands = {i for i in self.last.get(core, ()) if fits(i)}
            else:
                # ... but "Mrs. Potter" is the one the text calls "Mrs. Clara Potter"; never
                # the one it calls by her husband's name ("Mrs. John Potter" is his son's wife)
                same = _SAME_TITLE.get(hon, {hon})
                cands = {i for i in self.last.get(core, ()) if fits(i) and any(
                    h in same and c in self.ents[i].full and c.split()[-1] == core for h, c in self.ents[i].hon_forms)}
            if not cands and hon not in ("Mr", "Mrs", "Ms", "Miss"):
                cands = {i for i in self.first.get(core, ()) if fits(i)}
            if not cands:
                # "Mrs. Hester" is "Mrs. Hester Crowe": the same title before a first name
                cands = {i for i in self.first.get(core, ()) if any(h == hon for h, _ in self.ents[i].hon_forms)}
        if len(cands) == 1:
            idx = next(iter(cands))
            self.by_hon[key] = idx
            self.ents[idx].hon_forms.add((hon, core))
            self.title.setdefault(hon, set()).add(idx)
            return (idx,)
        if len(cands) > 1:
            return tuple(sorted(cands))
        if self.closed:
            return ()
        e = self._new()
        e.hon_forms.add((hon, core))
        e.gender = HON_GENDER.get(cls)
        self._prior(e, f"{hon}. {core}", None)
        self._prior(e, f"{hon} {core}", words[0] if len(words) >= 2 else None)
        e.label = f"{hon}{'.' if hon in ('Mr', 'Mrs', 'Ms', 'Dr') else ''} {core}"
        self.by_hon[key] = e.idx
        # "Mrs. Haviland Ames" beside the man "Haviland Ames": his name, hers only whole
        husband = len(words) >= 2 and hon in MARRIED and (h := self.by_full.get((words[0], words[-1]))) is not None \
            and ent_gender(self.ents[h]) == "he"
        if len(words) >= 2 and not spouse_name(hon, core) and not husband:
            self._index_full(e, words)  # "General Leia Organa": "Leia" and "Organa" too
        else:
            self.last.setdefault(words[-1], set()).add(e.idx)
        self.title.setdefault(hon, set()).add(e.idx)
        return (e.idx,)

    @staticmethod
    def _titled_woman(e: Ent) -> bool:
        """True for a woman the text calls by a woman's title of address or rank ("Miss",
        "Lady"; not a family word like "Aunt")."""
        return ent_gender(e) == "she" and any(
            h not in FAMILY and HON_GENDER.get(HONORIFICS.get(h, "n")) == "she" for h, _ in e.hon_forms
        )

    def _relative(self, e: Ent, g: str | None, surname: str) -> bool:
        """True when every full name of `e` has a first name the text gives as the
        relative of someone of gender `g` ("his brother John") or of "Mr. `surname`"."""
        firsts = {f.split()[0] for f in e.full}
        return bool(firsts) and all(
            f in self.relatives and bool(({f"of:{surname}"} | ({g} if g else set())) & self.relatives[f]) for f in firsts
        )

    def _epithet(self, core: str) -> tuple[int, ...]:
        t = core.split()[-1]
        # "the Doctor" is the story's "Dr. X" as well as its "Doctor X"
        cands = self.title.get(t, set()) | self.title.get(SHORT_TITLES.get(t, t), set())
        if len(cands) == 1:
            return tuple(cands)
        if self.closed or cands:
            return tuple(sorted(cands)) if len(cands) <= 3 else ()
        key = ("epi", core)
        if key in self.by_hon:
            return (self.by_hon[key],)
        e = self._new()
        e.label = "the " + core
        self._noun_prior(e, [core])
        self.by_hon[key] = e.idx
        return (e.idx,)

    def _longer(self, prefix: str, t: str) -> list[str]:
        """Names at least two letters longer than `prefix` that start with it (bisect)."""
        names = self._names
        out = []
        i = bisect_left(names, prefix)
        while i < len(names) and names[i].startswith(prefix):
            if names[i] != t and len(names[i]) - len(prefix) >= 2:
                out.append(names[i])
            i += 1
        return out

    def _single(self, t: str) -> tuple[int, ...]:
        if t in HONORIFICS:
            # a bare title ("General", "Commander") names its one holder, if one
            holders = self.title.get(t, set())
            if HONORIFICS[t] == "n" or t not in ELDER_TITLES or holders:
                # a family title kept as a name (surfaces.addressed_words) is its one
                # holder ("Mother Unthank"), else a person of its own: "said Mother"
                return tuple(holders) if len(holders) == 1 and (HONORIFICS[t] == "n" or t in ELDER_TITLES) else ()
        if t in STOP and t not in self.tag_named:
            return ()
        cands = self.first.get(t, set())
        if len(cands) == 1:
            return tuple(cands)
        if not cands:
            # "Garside" alone is not "Mrs. Garside": a wife's title is not dropped in narration;
            # but "Lady Harriet" (a peer's daughter) is called "Harriet", her given name
            cands = {i for i in self.last.get(t, set()) if self.ents[i].full or not self.ents[i].hon_forms
                     or any(h not in MARRIED or (h == "Lady" and t in FEMALE_NAMES) for h, _ in self.ents[i].hon_forms)}
            # "Noonan" alone is not "Tim Noonan" when the text calls Tim "Noonan's brother"
            cands = {i for i in cands if not self._relative(self.ents[i], None, t)}
            said = _clear(self._votes.get(t))
            if said is not None:
                # "Adams" that the narration calls "he" is not Alice Adams: her father
                cands = {i for i in cands if ent_gender(self.ents[i]) in (said, None)}
            if said != "she" and t not in FEMALE_NAMES and self.tagged[t] >= 2:
                # a speaker the tags call plain "Vell" is not the lady the text gives a
                # title ("Lady Ann Vell", "Miss Marr"): her brother, her uncle
                cands = {i for i in cands if not self._titled_woman(self.ents[i])}
            if len(cands) > 1:
                # a bare surname shared by a man and women of the family names the man
                # ("Garside" with Mr. and Mrs. Garside); two men stay ambiguous
                men = [i for i in cands if ent_gender(self.ents[i]) == "he"]
                if len(men) == 1:
                    return (men[0],)
        if not cands:
            for full in NICKNAMES.get(t, ()):
                cands = cands | self.first.get(full, set())
        if not cands and len(t) >= 5 and t[-1] in "ye":
            # diminutives: Tommy -> Tom, Nellie -> Nell, Jacky -> Jack, Bobbie -> Bob
            for base in (t[:-2], t[:-1], t[:-3]):
                if len(base) >= 3 and base in self.first and not (self.first[base] & cands):
                    cands = cands | self.first[base]
            if not cands:
                # ... or a longer name they shorten: Chewie -> Chewbacca, Jenny -> Jennifer
                base = t[:-2] if t.endswith(("ie", "ey")) else t[:-1]
                longer = self._longer(base, t) if len(base) >= 4 else []
                if len(longer) == 1:
                    cands = set(self.first.get(longer[0], ())) | ({self.by_single[longer[0]]} if longer[0] in self.by_single else set())
        if not cands and len(t) >= 3 and not _WORD_ENDING.search(t):
            # "Bell" shortens "Bellamy"; "Washing" opening a sentence does not shorten "Washington"
            longer = self._longer(t, t)
            targets: set[int] = set()
            for u in longer:
                targets |= self.first.get(u, set())
                if u in self.by_single:
                    targets.add(self.by_single[u])
            if len(targets) == 1:
                cands = targets
        if cands:
            return tuple(sorted(cands))
        if self.closed:
            return ()
        e = self._new()
        e.label = t
        self._prior(e, t, t)
        if t in HONORIFICS:
            e.gender = HON_GENDER.get(HONORIFICS[t])  # "Mother" is a she
        self.by_single[t] = e.idx
        self.first.setdefault(t, set()).add(e.idx)
        return (e.idx,)
