"""Characters: name candidates, alias clustering, referential gender and pronouns.

`find_characters(work, pack=None, restrict=None)` fills `work.characters` (ids c1.. by
prominence) and `work.mentions` (sorted by start). How it works:

1. `names.extract`: one regex pass over the story paragraphs finds capitalised name
   sequences (with honorifics), epithets ("the Commander"), pack/list aliases verbatim and
   pronouns, each with cheap context features.
2. `cluster.Clusters`: surfaces -> entities (see that module for the merge rules).
   With a pack, a pack alias links to its pack character and `name` becomes the
   canonical pack name (`canonical` is set); otherwise `name` is the fullest form seen.
   The work's AO3 character tags (`meta.tags["character"]`) act as a small pack of
   their own: "Honoroit" in the text takes the tag's name "Honoroit Banlardois".
   With `restrict` (a user's or the gold character list) only the listed characters
   exist; every listed character is output, even with no mention.
   Gender (`cluster.ent_gender`): listed pronouns or a gendered honorific, else the
   usual gender of the given name (`lexicon.FEMALE_NAMES`/`MALE_NAMES`) or of a
   description's noun unless the narration's pronouns say otherwise twice as often,
   else a clear majority of those pronouns; a listed group ("the fishermen") is "they".
3. Entities that are clearly not people (seen after "in/from/into..." or "the" more than
   as a speaker, subject, vocative or with a pronoun) are dropped.
4. One pass in text order resolves ambiguous names ("Blake" with two Blakes) by recency
   and narration pronouns by salience: recency in sentences, a bonus for a subject
   mention, a penalty for a mention inside a quote, gender agreement required, never a
   character so far only talked about in quotes (not named in the narration nor called
   by name: "you must call on Mr. Hollis"); a name inside a reported question ("asked
   whether Mr. Hale had come") weighs like a quoted one and a possessor ("at Mrs. Abbot's
   shop") little, while one whose call the narration names ("the call of Hetty") counts
   as a subject; a listed passer-by of no known gender ("a sentry") takes no he or she;
   a scene break resets salience. A he/she opening a sentence is nobody that sentence
   names after it (`He sat down beside Bucky.`: `binding.named_after`). A pronoun that opens the story or a scene before anyone of its
   gender is named there is the character of that gender named most often. Descriptions ("the old keeper", "said the surgeon") are taken
   for a salient character of their gender not named in the same sentence, and keep
   naming that character; with nobody salient, a description that tags a quote becomes
   an unnamed character of its own ("the surgeon"). The narrator's kin ("said my
   mother") is the character the story names as that kin ("my sister Hattie", "Her
   name was Agnes", the one a question to a name gets answered by: `kinship.stated_kin`,
   `called_kin`), else a character of its own, never a salient named one; with a given
   list it speaks, so it is the salient listed character known to be of its gender,
   never the narrator.
   A listed description ("my mother", "her husband" in a pack or character list) is
   matched whole, before its possessive pronoun; so is a listed partitive ("one of
   them"), which, when several listed members share it, is any one of them. A speaker brought in by description
   ("asked a gentleman") is the character of that gender the narration names next, if
   nothing named them before (`_newcomers`); with a given list also a definite one
   ("said the officer") that nothing else links to a listed character.
   Evidence comes before salience (see `nominals`): a speech tag's noun phrase ("said a
   gruff voice", "said another") is a speaker; an indefinite one is someone new; "the
   doctor" is the one Dr. X, "the ferryman" the man an apposition called a ferryman,
   "the boy" the "thin boy" introduced before; the dialogue around a tag links it too
   (`castlink`: the one the reply calls by name, the one named right after "a
   clergyman" came in, a role a named character is given anywhere, and with a list the
   named subject leading into the quote); with a character list only such evidence
   (or a listed phrase) names anyone.
5. Kinship (`kinship`): "his wife", "her mother", "Tom's aunt", "said the mother" and
   kin words called out in quotes ("papa", "uncle") become title (vocative) mentions of
   the family member they name (Mrs. X for Mr. X's wife), else of an unnamed kin
   character; when any are found, the salience pass runs again with them as names. A
   child's "Da" / "Mam" names the family's parent. The narrator's "my mother" is the
   narrator's family member when one fits.

Mention kinds: "name" (full name, first name, honorific form), "alias" (surname alone,
nickname, pack alias), "title" (epithet or description: "the Commander",
"the old keeper"), "pronoun".

Notes for later stages:
- Name, alias and title mentions are emitted inside and outside quotations; a
  mention inside a quote is a vocative or a reference made by the speaker. Pronoun
  mentions are emitted only OUTSIDE quotations (narration, speech tags): "I" and "you"
  inside a quote belong to its speaker and addressee, which `speakers/` decides.
- In first-person narration (many "I/me/my" outside quotes, or fewer when the narrator
  is seen speaking: `," I said`) those pronouns are emitted for the narrator: a listed
  character called "I" or "narrator" if there is one (then one `I said` line is enough),
  else a name the narrator gives as their own (`they called me Wren`, `I, Tamsin
  Vell,`, `"I am Raven," I said`), else the character others address by vocatives
  and talk about in quotes yet the narration seldom names, a name called out in the
  line next to one tagged `I said` counting most and a name the narrator calls out in
  such a line (or answering the narrator's "Who?") not at all; else one talked about
  in quotes only (listed, or with a title of address: "Mr. Fenwick"); failing that a
  character named "narrator" (not in restrict mode).
- `character_by_surface(work)` maps each unambiguous surface form ("Bell", "Heda") to
  its character id. It reads `Cast.surfaces`, set here.

The `Cast` layer (`ficlens.layers`) it adds beside `work.characters` / `work.mentions`:

- `closed` is True when a character list restricted the characters (they are the
  user's and are never merged later).
- `first_person` is True when the narration is in the first person and `narrator` is
  then the narrator's id (or None).
- Reader-insert stories: "Y/N" is a character, and when the narration is in the
  second person its "you/your" are emitted for that character (or for a character
  named "reader"); `reader` is its id.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from ficlens.characters.binding import named_after
from ficlens.characters.castlink import introduced_names, reply_calls, role_holders, subject_before, whose_names
from ficlens.characters.cluster import Clusters, Ent, ent_gender, entry_forms, is_partitive
from ficlens.characters.lexicon import (
    FAMILY_ROLES,
    FEMALE_NAMES,
    HON_GENDER,
    HONORIFICS,
    MALE_NAMES,
    MALE_NOUNS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACES,
    STOP,
)
from ficlens.characters.kinship import KIN_NOUNS, PARENT_WORDS, definite_kin, kin_vocatives, link, narrator_kin, parent_names, pinned, called_kin, stated_kin
from ficlens.characters.names import KIN, PARTICLES, Occ, Pron, extract, sentence_starts, split_hon
from ficlens.characters.nominals import Links, appositions, listed_voice_owners, noun_gender, stated_names, voice_owner_occs, entry_phrases, intro_occs, is_indefinite, tag_occs, title_holders, vocative_roles
from ficlens.fandoms import CharacterEntry, Pack
from ficlens.layers import Cast
from ficlens.model import Character, Mention, Work

__all__ = ["character_by_surface", "find_characters"]

# Endings of English words, rare in names: such a word that only opens sentences is a word.
_NARRATOR_NAMES = frozenset({"i", "me", "narrator", "the narrator", "myself"})
_WORDLIKE = re.compile(r"(?:ible|able|ous|ful|less|ness|ment|ing|ly|ish|ive|ity|tion)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]*\b")
_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+\b")  # a capitalised word inside a sentence
_TAG_BREAK = re.compile(r"[.!?\n]")  # `I said. "...` tags no quote after it
I_TAG_GAP = 6  # characters between a quote and the "I" of its tag (`," I said`)
FIRST_SHARE = 0.4  # I/me/my outside quotes per he/she that make the narration first person
FIRST_SHARE_SPEAKING = 0.2  # the same when the narrator is seen speaking (`," I said`)
I_TURNS_SPEAKING = 1
_ADDRESS = frozenset({"Mr", "Mrs", "Miss", "Ms", "Mx", "Master", "Dr"})  # how others address a narrator
_SOLE_NAME = re.compile(r"[\"'“‘][^?!,]*\.?[\"'”’]")  # a line of one statement, no question or call
SELF_NAMED = 6.0  # weight of a name the narrator gives as their own
_CALLED_ME = re.compile(
    r"(?:\b(?:call|calls|called|name|names|named)\s+(?:me|myself)|\b[Mm]y\s+name\s+(?:is|was)|\bI,)\s+$"
)  # `they called me Wren`, `my name was Wren`, `Me--I, Tamsin Vell, ...`
_I_AM = re.compile(r"(?:\bI\s+am|\bI['’]m|\b[Mm]y\s+name\s+is|\b[Cc]all\s+me|\bI,)\s+$")
_WHO_QUESTION = re.compile(r"\W*(?:[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich)\b")
TAG_AFTER = 20  # characters between a quote and its tag's subject
REPLY_VOCATIVE = 3.0  # weight of a name called out in a reply to the narrator
DECAY = 0.7  # salience kept from one sentence to the next
# Salience weights of one mention (tuned on the pronoun speech tags of LitBank and the samples)
W_NAME_SUBJ, W_NAME, W_QUOTED, W_PRON_SUBJ, W_PRON = 4.0, 1.5, 0.15, 1.0, 0.5
W_POSSESSOR = 0.2  # "on Tom's reply", "in Holmes's hand": a possessor heads no phrase of the sentence
SAME_SUBJECT = 1.0  # bonus for the subject of the pronoun's own sentence
UNKNOWN_GENDER = 0.8  # factor for a candidate whose gender is unknown
# salience a named character needs to be taken for "the old keeper": on LitBank a
# description in a speech tag names an already salient character far more often than not
NOMINAL_LINK = 0.05
# salience kept from before a mention at most: a long run of "he"s for one man must not
# outweigh the man the narration has just named as its subject
SALIENCE_CAP = 8.0
NAME_WORD_MIN = 3  # mid-sentence capitalised uses that make a common word a name


def character_by_surface(work: Work) -> dict[str, str]:
    """Surface form -> character id, for every form that names exactly one character."""
    cast = work.layers.find(Cast)
    return cast.surface_map() if cast else {}


def find_characters(
    work: Work, pack: Pack | None = None, restrict: list[CharacterEntry] | None = None
) -> Work:
    entries = restrict if restrict is not None else (pack.characters if pack else []) + _tagged(work, pack)
    clusters = Clusters(entries, closed=restrict is not None)
    text = work.text
    lower: Counter[str] = Counter()
    for p in work.paragraphs:
        lower.update(_LOWER_WORD.findall(text, p.start, p.end))
    vocab = set(lower) - _name_words(text, lower)  # "Wren" opening a sentence is the girl called Wren
    starts = sentence_starts(work)
    occs, prons = extract(work, clusters.explicit_aliases(), vocab, starts)
    occs = sorted(occs + tag_occs(work, occs, starts), key=lambda o: o.start)
    occs = sorted(occs + intro_occs(work, occs, starts), key=lambda o: o.start)
    occs = sorted(occs + voice_owner_occs(work, occs, starts), key=lambda o: o.start)
    noms = [o for o in occs if o.nominal]
    kin_occs = [o for o in occs if o.hon is None and o.surface in PARENT_WORDS] if restrict is None else []
    occs = [o for o in occs if not o.nominal and _keep_surface(o, clusters, vocab)]

    surfaces: dict[str, tuple[str | None, str, bool]] = {}
    counts: Counter[str] = Counter()
    for o in occs:
        surfaces.setdefault(o.surface, (o.hon, o.core, o.epithet))
        counts[o.surface] += 1
    clusters.tag_named = {o.surface for o in occs if o.speech and o.hon is None and o.core in STOP}
    svotes = _vote_gender(occs, prons, {s: (s,) for s in surfaces}, work.quotes)
    smap = clusters.build(surfaces, counts, svotes)
    ents = clusters.ents
    for idx, v in _vote_gender(occs, prons, smap, work.quotes).items():
        ents[idx].votes.update(v)  # an entry's own pronouns, when given, still win
    keep = _people(occs, smap, ents, clusters.closed or False)
    i_turns = _i_turns(text, prons, work.quotes)
    own = _self_named(text, occs, smap, work.quotes, i_turns)
    keep.update(own)  # a name the narrator goes by is a person's
    smap = {s: tuple(i for i in t if i in keep) for s, t in smap.items()}
    smap = {s: t for s, t in smap.items() if t}
    mapped = set(parent_names(kin_occs, occs, smap, ents, keep))
    present = {id(o) for o in occs}
    occs += [o for o in kin_occs if o.surface in mapped and id(o) not in present]

    reader = None
    if _second_person(prons):
        # a reader-insert story: "you" in the narration is the reader, named "Y/N" if at all
        reader = next((t[0] for s, t in smap.items() if s == "Y/N" and len(t) == 1), None)
        if reader is None and restrict is None:
            ents.append(Ent(len(ents), label="reader"))
            reader = len(ents) - 1
        if reader is not None:
            keep.add(reader)
    # a list or pack may name the narrator outright ("I", "narrator"): then one `"...," I
    # said` is enough to show the narrator, even in a story told mostly of others
    listed = next((e.idx for e in ents if e.entry is not None and _NARRATOR_NAMES.intersection(
        f.lower() for f in [e.entry.name, *e.entry.aliases])), None)
    first_person = (_first_person(prons, len(i_turns)) or (listed is not None and bool(i_turns))) and reader is None
    narrator = None
    if first_person:
        narrator = listed
        if narrator is None:
            tags = [o.start for o in occs + noms if o.speech and not o.quoted]
            narrator = _narrator(occs, smap, ents, work.quotes, i_turns, text, restrict is not None, own, tags)
    if first_person and narrator is None and restrict is None:
        e = Ent(len(ents), label="narrator")
        ents.append(e)
        keep.add(e.idx)
        narrator = e.idx

    nominal = _nominals(noms, ents, keep) if restrict is None else {}
    links = Links([ent_gender(e) for e in ents], title_holders(ents, keep, {o.core.rsplit(None, 1)[-1].lower() for o in noms}),
                  entry_phrases(ents), {**appositions(text, occs + noms), **(vocative_roles(text, occs, work.quotes) if restrict is None else {})},
                  restrict is not None, [c.start for c in work.chapters[1:]])
    # evidence from the dialogue around a description tag (`castlink`), kept for the rerun below
    para_starts = [p.start for p in work.paragraphs]
    links.called = reply_calls(occs, noms, work.quotes, smap, links.genders, para_starts)
    links.named = introduced_names(text, occs, noms, work.quotes, smap, links.genders)
    links.roles = role_holders(occs, {**links.appos, **(vocative_roles(text, occs, work.quotes) if links.closed else {})}, smap)
    links.leading = subject_before(occs, noms, work.quotes, smap, links.genders, starts, para_starts) if links.closed else {}
    castlinks = (links.called, links.named, links.roles, links.leading)
    # the narrator's kin the story names ("my cousin, Arthur Vell") is that character
    links.fixed = {**called_kin(text, occs, work.quotes, smap, ents, narrator),
                   **stated_kin(text, work.paragraphs, work.quotes, smap, ents), **links.fixed}
    not_self = named_after(text, occs, prons, smap, starts)
    raw = _resolve(occs + noms, prons, smap, ents, narrator, work.quotes, work.scene_breaks, nominal, reader, links, not_self)
    kin = link(text, raw, ents, keep, restrict is not None, prons)
    if kin:
        # again, with the kin as names: "said his wife" makes her the salient "she"
        extra, kin_smap, back = pinned(kin, text, prons, occs)
        links = Links([ent_gender(e) for e in ents], links.titles, links.fixed, links.appos, links.closed, links.chapters)
        links.called, links.named, links.roles, links.leading = castlinks
        raw = _resolve(occs + noms, prons + extra, {**smap, **kin_smap}, ents, narrator, work.quotes,
                       work.scene_breaks, nominal, reader, links, not_self)
        raw = [back.get(r[4], r) for r in raw] + [t for t in kin if f"\x00kin{t[0]}" not in back]
    definite_kin(noms, raw, ents, keep)
    narrator_kin(raw, ents, keep, narrator)
    raw += kin_vocatives(text, work.quotes, raw, ents, keep)
    raw += _described_names(text, raw)
    _finish(work, raw, ents, keep, smap, restrict is not None, narrator)
    if restrict is None:
        stated = stated_names(work)  # "my mother ... Her name was Agnes"
        whose = whose_names(work)  # "The guard, whose name was Orme,"
        for c in work.characters:
            c.aliases += [n for n in dict.fromkeys(stated.get(c.id, []) + whose.get(c.id, [])) if n not in c.aliases]
    reader_id = next((c.id for c in work.characters if reader is not None and c.name in ("Y/N", "reader")), None)
    cast = work.layers.get(Cast)
    work.layers.put(replace(cast, first_person=first_person, closed=restrict is not None, reader=reader_id))
    return work


_NOT_A_CHARACTER_TAG = re.compile(r"(?i)^(original|oc\b|reader|you\b|other character|minor character|background)")


def _tagged(work: Work, pack: Pack | None) -> list[CharacterEntry]:
    """The author's AO3 character tags, as entries: "Honoroit Banlardois" is then the name
    of the "Honoroit" in the text. Tags the pack already has are left to the pack."""
    known = {entry_forms(c)[0] for c in pack.characters} if pack else set()
    out = []
    for tag in work.meta.tags.get("character", []):
        entry = CharacterEntry(tag)
        if _NOT_A_CHARACTER_TAG.match(tag) or entry_forms(entry)[0] in known:
            continue
        out.append(entry)
    return out


def _name_words(text: str, lower: Counter[str]) -> set[str]:
    """Common words the text uses as a name ("Wren", "Hope"): capitalised in mid-sentence
    more often than written in lower case, so "Wren looked up" opening a sentence is the
    name too, not a word to strip."""
    mid = Counter(_MID_CAPITAL.findall(text))
    return {w.lower() for w, n in mid.items() if n >= NAME_WORD_MIN and n > lower[w.lower()]}


def _keep_surface(o: Occ, clusters: Clusters, vocab: set[str]) -> bool:
    if o.surface in clusters.exact:
        # a pack alias that is also a common word ("Echo", "Hope") counts only mid-sentence
        return not (o.initial and " " not in o.surface and o.surface.lower() in vocab)
    if o.epithet:
        return True
    last = o.core.rsplit(None, 1)[-1]
    if o.hon is None and (last in PLACE_HEADS or last.endswith(("shire", "men"))):
        return False  # "Front Street", "Yorkshire", "Englishmen"; but "Mr. Church"
    if o.hon is None and o.core in HONORIFICS:
        return HONORIFICS[o.core] == "n"  # a bare title may name its holder (see cluster)
    if o.hon is None and o.core in STOP and not o.speech:
        return False  # a tag's own speaker survives: `..." Irish remarked` (names.tag_named)
    if o.hon is None and o.initial and " " not in o.core and o.core.lower() in vocab:
        return False
    return True


def _vote_gender(occs: list[Occ], prons: list[Pron], smap: dict, quotes: list) -> dict:
    """A narration he/she votes for the one character named in its sentence or the one before.

    `smap` maps surfaces to keys (surfaces themselves, or entities); returns key -> votes.
    """
    votes: dict = {}
    qstarts = sorted(q.start for q in quotes)
    recent: list[tuple[int, int]] = []  # (sentence, entity) of unambiguous narration names
    oi = 0
    for pr in prons:
        if pr.quoted or pr.gender not in ("he", "she"):
            continue
        while oi < len(occs) and occs[oi].start < pr.start:
            o = occs[oi]
            t = smap.get(o.surface)
            if t and len(t) == 1 and not (o.quoted or o.place or o.after_the):
                recent.append((o.sent, t[0], o.start))
            oi += 1
        # the names of the pronoun's own sentence, else of the sentence before
        same: set = set()
        before: set = set()
        for sent, idx, start in reversed(recent):
            if sent < pr.sent - 1:
                break
            bucket = same if sent == pr.sent else before
            bucket.add(idx)
            # a quote in between ("Mary sat. 'Well,' he said") hands the turn to a speaker
            i = bisect_right(qstarts, start)
            if i < len(qstarts) and qstarts[i] < pr.start:
                bucket.add(-1)
        # "T'Challa smiled at her": an object pronoun is not its own sentence's subject
        named = before if (pr.obj or not same) else same
        if len(recent) > 64:
            del recent[:-16]
        if len(named) == 1 and -1 not in named:
            votes.setdefault(named.pop(), Counter())[pr.gender] += 1
    return votes


def _people(occs: list[Occ], smap: dict, ents: list[Ent], closed: bool) -> set[int]:
    """Entities kept as characters: entries always, text-found ones on person evidence."""
    person: Counter[int] = Counter()
    place: Counter[int] = Counter()
    count: Counter[int] = Counter()
    strong: set[int] = set()
    inner: set[int] = set()  # seen at least once mid-sentence
    personal: set[int] = set()  # ever a speaker, vocative, possessor or with an honorific
    for o in occs:
        t = smap.get(o.surface)
        if not t:
            continue
        for idx in t:
            w = 1.0 / len(t)
            count[idx] += w
            # "the Admiral Benbow" (an inn), "the Prince Albert": an honorific after
            # "the" names a thing
            hon = o.hon is not None and not o.after_the
            p = 2 * o.speech + 2 * o.vocative + 2 * hon + o.subject + o.possessive
            person[idx] += w * p
            place[idx] += w * (o.place + 1.0 * o.after_the + 3 * (o.core in PLACES))
            # a vocative that opens a quote may be an exclamation ("Nonsense!")
            if o.speech or hon or (o.vocative and not o.initial):
                strong.add(idx)
            if o.speech or hon or o.vocative or o.possessive:
                personal.add(idx)
            if not o.initial:
                inner.add(idx)
    keep = set()
    for e in ents:
        if e.entry is not None or e.label == "Y/N":
            keep.add(e.idx)
            continue
        i = e.idx
        if count[i] == 0:
            continue
        pv = person[i] + 1.5 * (e.votes["he"] + e.votes["she"])
        given = e.label.split()[0] if e.label else ""
        if given in FEMALE_NAMES or given in MALE_NAMES:
            pv += 1  # a known given name
            strong.add(i)
        if pv < place[i] or (pv == place[i] and count[i] < 2):
            continue
        if i not in inner and not e.full and (i not in strong or _WORDLIKE.search(e.label)):
            continue  # "Briefly," "Nonsense!" open sentences; names also occur mid-sentence
        votes = e.votes["he"] + e.votes["she"]
        if count[i] < 3 and place[i] > 0 and not (i in personal or votes or i in strong):
            continue  # "riders from Arkadia ... half of Arkadia thinks": no sign of a person
        if pv > 0 and (count[i] >= 2 or i in strong):
            keep.add(i)
        elif count[i] >= 2 and place[i] == 0 and i in inner:
            keep.add(i)
    return keep


def _nominals(noms: list[Occ], ents: list[Ent], keep: set[int]) -> dict[str, int]:
    """Entities for unnamed people who speak: "said the surgeon", "the old man asked".

    A description is a candidate only when it tags a quote at least once; each use of
    it may still turn out to describe a named character (see `_resolve`)."""
    out: dict[str, int] = {}
    for o in noms:
        if not o.speech:
            continue
        # "the tall porter, who had waited" is the later "the tall porter"
        idx = out.get(o.surface, out.get(o.core))
        if idx is None:
            e = Ent(len(ents), label=o.surface)
            e.gender = _description_gender(o.core)
            ents.append(e)
            keep.add(e.idx)
            idx = e.idx
        out.setdefault(o.surface, idx)
        if " " in o.core:
            out.setdefault(o.core, idx)
    return out


def _second_person(prons: list[Pron]) -> bool:
    you = sum(1 for p in prons if not p.quoted and p.gender == "you")
    other = sum(1 for p in prons if not p.quoted and p.gender in ("he", "she", "i"))
    return you >= 5 and you >= 0.5 * other


def _first_person(prons: list[Pron], i_turns: int = 0) -> bool:
    """Narration in the first person: many I/me/my outside quotes. A narrator who speaks
    (`," I said`) is one even when the frame tells mostly of others (he/she)."""
    first = sum(1 for p in prons if not p.quoted and p.gender == "i")
    third = sum(1 for p in prons if not p.quoted and p.gender in ("he", "she"))
    share = FIRST_SHARE_SPEAKING if i_turns >= I_TURNS_SPEAKING else FIRST_SHARE
    return first >= 5 and first >= share * third


def _i_turns(text: str, prons: list[Pron], quotes: list) -> list[int]:
    """Indexes of the quotes the narrator says: tagged `," I said` / `said I` / `I said, "`."""
    ends = [q.end for q in quotes]
    starts = [q.start for q in quotes]
    out: set[int] = set()
    for p in prons:
        if p.gender != "i" or p.quoted or p.word != "i":
            continue
        qi = bisect_right(ends, p.start) - 1
        if qi >= 0 and p.start - ends[qi] <= I_TAG_GAP and "\n" not in text[ends[qi]:p.start]:
            out.add(qi)
        qn = bisect_right(starts, p.start)
        if qn < len(starts) and starts[qn] - p.end <= I_TAG_GAP + 8 and not _TAG_BREAK.search(text, p.end, starts[qn]):
            out.add(qn)
    return sorted(out)


def _narrator(
    occs: list[Occ], smap: dict, ents: list[Ent], quotes: list = (), i_turns: list[int] = (),
    text: str = "", closed: bool = False, own: Counter | None = None, tags: list[int] = (),
) -> int | None:
    """The first-person narrator: addressed by others, hardly named in the narration.

    A name the narrator gives themself (`he called me Sparrow`, `my name is Clarke`, `"I
    am Raven," I said`) settles it. A name called out in the line just before or after
    one the narrator says (`"..., Rudolf?" / "My dear Rose," I answered`) is the
    narrator's name, the next best evidence; a name two characters share counts for both
    (the narration names the other). A name answering the narrator's "Who?" is someone
    else. With a closed character list the narrator is on it: failing any of that, the
    listed character talked about in quotes but never named in the narration."""
    voc: Counter[int] = Counter()
    narr: Counter[int] = Counter()
    quoted: Counter[int] = Counter()
    reply: Counter[int] = Counter()
    own = own or Counter()
    mine = set(i_turns)
    # the turns next to the narrator's own: the other speaker calls the narrator by name,
    # unless it answers the narrator's "Who?"
    near = {j for i in i_turns for j in (i - 1, i + 1) if j >= 0 and j not in mine}
    answers = {i + 1 for i in i_turns if i < len(quotes) and _WHO_QUESTION.match(text, quotes[i].start, quotes[i].end)}
    near -= answers
    # a line called out to X and answered by a line someone tagged by name says (`"Is
    # that so, Walt?"` / `"It is," said my uncle.`): X is that someone, not the narrator
    tags = sorted(tags)
    answered = {qi for qi in range(len(quotes) - 1) if qi + 1 not in mine and _tagged_after(quotes[qi + 1].end, tags)}
    qstarts = [q.start for q in quotes]
    for o in occs:
        t = smap.get(o.surface)
        if not t:
            continue
        qi = bisect_right(qstarts, o.start) - 1 if (o.vocative or o.quoted) and quotes else -1
        if o.vocative and qi in near:
            for i in t:
                reply[i] += REPLY_VOCATIVE
        if len(t) != 1:
            continue
        if o.quoted:
            quoted[t[0]] += 1
            # whom the narrator calls is someone else; "Who?" / "Father Ambrose." calls nobody
            voc[t[0]] += o.vocative and qi not in mine and qi not in answers and qi not in answered
        else:
            narr[t[0]] += 1
    # addressed by others and talked about in quotes, seldom named in the narration
    best = [(own[i] + voc[i] + reply[i] + 0.5 * quoted[i] - 0.5 * narr[i], voc[i], -i) for i in voc.keys() | reply.keys() | own.keys()
            if voc[i] or reply[i] > 0 or own[i]]
    if not best:
        best = [(0.5 * quoted[i], 0, -i) for i in quoted if narr[i] == 0 and quoted[i] >= 2
                and (closed or any(h.rstrip(".") in _ADDRESS for h, _ in ents[i].hon_forms))]
    best = [b for b in best if b[0] > 0]
    return -max(best)[2] if best else None


def _tagged_after(end: int, tags: list[int]) -> bool:
    """Whether a speech-tag subject (`said my uncle`, `Tobin said`) follows a quote closely."""
    k = bisect_right(tags, end)
    return k < len(tags) and tags[k] - end <= TAG_AFTER


def _self_named(text: str, occs: list[Occ], smap: dict, quotes: list, i_turns: list[int]) -> Counter:
    """Entities the narrator gives as their own name, with weight: `they called me X`,
    `my name was X` in the narration, `I am X` / `my name is X` in a line the narrator says."""
    own: Counter[int] = Counter()
    mine = set(i_turns)
    qstarts = [q.start for q in quotes]
    for o in occs:
        t = smap.get(o.surface)
        if not t or len(t) != 1 or o.possessive:
            continue  # `I am Mrs. Reed's niece` names someone else
        before = text[max(0, o.start - 24) : o.start]
        if o.quoted:
            qi = bisect_right(qstarts, o.start) - 1
            if qi not in mine:
                continue
            if _I_AM.search(before) is not None:
                own[t[0]] += SELF_NAMED
            elif " " in o.core and _SOLE_NAME.fullmatch(text, quotes[qi].start, quotes[qi].end) and \
                    text[quotes[qi].start + 1 : quotes[qi].end].strip(" .\"'“”‘’") == o.surface:
                own[t[0]] += REPLY_VOCATIVE  # `"Yes," I said, "Edwin Marsh."`: a full name given alone
        elif _CALLED_ME.search(before) is not None:
            own[t[0]] += SELF_NAMED
    return own


def _resolve(
    occs: list[Occ], prons: list[Pron], smap: dict, ents: list[Ent], narrator: int | None, quotes: list,
    breaks: list[int] = (), nominal: dict[str, int] | None = None, reader: int | None = None,
    links: Links | None = None, not_self: dict[int, set[int]] | None = None,
) -> list[tuple[int, int, int, str, str | None, bool]]:
    """Mentions in text order: (start, end, entity, kind, surface or None, quoted).

    Salience in the manner of Lappin and Leass, made cheap: each mention adds a weight
    (a subject counts more, a mention inside a quote much less) and salience halves
    about every sentence and a half. A pronoun takes the most salient entity of its
    gender; an object pronoun ("him", "at her") never takes the subject of its own sentence.
    """
    genders = [ent_gender(e) for e in ents]
    if links is not None:
        links.genders = genders  # a voice that turns out to be "a man" is "he" from then on
    # entity -> [salience, sentence of that salience, last start, sentence where it was subject]
    state: dict[int, list] = {}
    out: list[tuple[int, int, int, str, str | None, bool]] = []
    # who a quote addresses by name: the pronoun of its speech tag is someone else
    qends = [q.end for q in quotes]
    vocs: dict[int, set[int]] = {}  # quote end -> entities named as vocatives in it
    described: dict[str, int] = {}  # description -> the character it was taken for
    # passers-by ("a voice from the stair", "another clerk"); "the surgeon" may be "he"
    unnamed = {i for d, i in (nominal or {}).items() if is_indefinite(d)}
    # a listed passer-by ("another private", "a voice") is no he or she the list knows of
    unnamed |= {i for i, e in enumerate(ents) if e.entry is not None and all(map(is_indefinite, entry_forms(e.entry)))}
    newcomer = _newcomers(occs, smap, genders)
    items: list[Occ | Pron] = sorted([*occs, *prons], key=lambda x: x.start)
    if links is not None and links.closed:
        newcomer = {**listed_voice_owners(items, smap, links.fixed), **newcomer}

    narrated: set[int] = set()  # entities the narration has named, or a quote called by name
    # the narrator's named family ("my sister Hattie") is no more "the visitor" than an
    # unnamed one (a friend may well be "the gentleman"); a list names its own
    kin_named = {i for d, i in links.fixed.items() if d.startswith("my ") and d[3:] in KIN} \
        if links is not None and not links.closed else set()

    def bump(idx: int, sent: int, start: int, weight: float, subj: bool) -> None:
        opened.add(genders[idx])
        if weight != W_QUOTED:
            narrated.add(idx)
        st = state.get(idx)
        if st is None:
            state[idx] = [weight, sent, start, sent if subj else -1]
            return
        st[0] = min(st[0] * DECAY ** (sent - st[1]), SALIENCE_CAP) + weight
        st[1], st[2] = sent, start
        if subj:
            st[3] = sent

    lead = _leads(occs, smap, genders, narrator)
    opened: set[str | None] = set()  # genders of the entities named since the last scene break
    breaks = sorted(breaks)
    bi = 0
    for it in items:
        if bi < len(breaks) and it.start >= breaks[bi]:
            state.clear()  # a scene break: nobody is salient any more
            opened.clear()
            while bi < len(breaks) and it.start >= breaks[bi]:
                bi += 1
        if isinstance(it, Occ) and it.nominal:
            # a writer keeps a description for one person: "the old keeper" stays Abel
            idx = described.get(it.surface)
            found = links.find(it) if links is not None else None
            if it.surface.startswith("my "):
                idx = links.fixed.get(it.surface) if links is not None else None  # listed, or named: "Her name was Agnes"
                if idx is None:
                    idx = (nominal or {}).get(it.surface)  # the narrator's kin is nobody else
                if idx is None and links is not None and links.closed and it.speech and _description_gender(it.core):
                    # "said my brother" with a list: the kin speaks, so is a listed one on stage
                    idx = _describe(it, state, genders, nominal or {}, DECAY, () if narrator is None else {narrator})
                    if idx is not None and genders[idx] != _description_gender(it.core):
                        idx = None  # only one the text has shown to be of the kin's gender
            elif found is not None or (links is not None and links.closed and not _kin_word(it) and not _plain_person(it)):
                idx = found  # evidence (a title, an introduction, a listed phrase) or nobody
                if idx is None:
                    found = idx = newcomer.get(it.start)
                if found is not None:
                    described[it.surface] = found
            elif is_indefinite(it.surface):
                idx = newcomer.get(it.start, (nominal or {}).get(it.surface))  # "a young wife" is someone new
            elif idx is None or (idx in state and state[idx][1] == it.sent):
                # "the woman who had hired Nell" is not Nell
                inner = {i for w in it.surface.split()[1:] if w[:1].isupper() for i in smap.get(w.strip(",.;"), ())}
                idx = _describe(it, state, genders, nominal or {}, DECAY, inner | kin_named)
                if it.speech and idx is not None and idx == (nominal or {}).get(it.surface):
                    idx = newcomer.get(it.start, idx)  # "said the guard" ... "Orme said": named soon after
                if idx is not None:
                    described[it.surface] = idx
            if idx is not None:
                subj = (it.subject or it.initial) and not it.quoted
                w = W_QUOTED if it.quoted else (W_NAME_SUBJ if subj else W_NAME)
                if is_indefinite(it.surface) and _description_gender(it.core) is None:
                    w = W_PRON  # a passer-by ("a gruff voice", "another") seldom becomes "he" or "she"
                bump(idx, it.sent, it.start, w, subj)
                out.append((it.start, it.end, idx, "title", it.surface, it.quoted))
                if links is not None:
                    links.seen(it, idx)
            continue
        if isinstance(it, Occ):
            t = smap.get(it.surface)
            if not t:
                continue
            if len(t) == 1:
                idx = t[0]
            else:
                seen = [(state[i][2], i) for i in t if i in state]
                if not seen and not is_partitive(it.surface):
                    continue
                idx = max(seen)[1] if seen else t[0]  # "one of them" names one member, whichever
            if it.vocative:
                qi = bisect_right(qends, it.start)
                if qi < len(qends) and quotes[qi].end - quotes[qi].start > len(it.surface) + 4:
                    narrated.add(idx)  # called by name: there to hear it (a bare "Hollis." may answer "Who?")
                if qi < len(qends):
                    vocs.setdefault(qends[qi], set()).add(idx)
            subj = (it.subject or it.initial) and not it.quoted
            w = W_QUOTED if it.quoted or it.reported else (W_NAME_SUBJ if subj else W_POSSESSOR if it.possessive else W_NAME)
            bump(idx, it.sent, it.start, w, subj)
            out.append((it.start, it.end, idx, _kind(it, ents[idx]), it.surface, it.quoted))
            if links is not None:
                links.seen(it, idx)
            continue
        if it.quoted:
            continue
        if it.gender == "i" or it.gender == "you":
            who = narrator if it.gender == "i" else reader
            if who is not None:
                out.append((it.start, it.end, who, "pronoun", None, False))
            continue
        best, best_score = None, 0.0
        stale = []
        addressed: set[int] = set()
        qi = bisect_right(qends, it.start) - 1
        if qi >= 0 and it.start - qends[qi] <= 12:
            addressed = vocs.get(qends[qi], addressed)
        for idx, (sal, sent, start, subj_sent) in state.items():
            score = sal * DECAY ** (it.sent - sent)
            if score < 0.02:
                stale.append(idx)
                continue
            if idx == narrator or idx in addressed or (it.obj and subj_sent == it.sent):
                continue
            if not_self and idx in not_self.get(it.start, ()):
                continue  # `He sat down beside Bucky.`: he is not Bucky
            if idx not in narrated:
                continue  # only talked about in quotes ("you must call on Mr. Hollis"): not here
            g = genders[idx]
            if it.gender == "they" and g != "they":
                continue
            if g is None and idx in unnamed:
                continue  # "a voice from the stair": no pronoun says who it is
            if g is None:
                score *= UNKNOWN_GENDER
            elif g != it.gender:
                continue
            if subj_sent == it.sent and not it.obj:
                score += SAME_SUBJECT  # the subject of this very sentence
            score += start * 1e-12
            if score > best_score:
                best, best_score = idx, score
        for idx in stale:
            del state[idx]
        if best is None and it.gender not in opened and not it.quoted:
            best = lead.get(it.gender)  # a scene that opens on "he" opens on the story's main man
        if best is None:
            continue
        bump(best, it.sent, it.start, W_PRON_SUBJ if it.subject else W_PRON, it.subject)
        out.append((it.start, it.end, best, "pronoun", None, False))
    return out


NEWCOMER_REACH = 60  # sentences within which a speaker brought in by description is named


def _newcomers(occs: list[Occ], smap: dict, genders: list) -> dict[int, int]:
    """The named character a described speaker is ("asked a gentleman" ... "said Mr.
    Hollis as he left"), by start of the description: for a speaker brought in
    by an indefinite description, and with a character list for any description with
    no other evidence ("said the officer").

    A writer brings a character in by description and names them later: the speaker
    is the first character of the description's gender that the narration names next
    within NEWCOMER_REACH sentences and that nothing named before."""
    first: dict[int, int] = {}  # entity -> start of its first occurrence anywhere
    shown: list[tuple[int, int, int]] = []  # (start, sentence, entity): first narration names
    seen: set[int] = set()
    for o in occs:
        t = smap.get(o.surface) if not o.nominal else None
        if not t or len(t) != 1:
            continue
        if t[0] not in first:
            first[t[0]] = o.start
        if not o.quoted and t[0] not in seen:
            seen.add(t[0])
            shown.append((o.start, o.sent, t[0]))
    out: dict[int, int] = {}
    starts = [x[0] for x in shown]
    for o in occs:
        if not (o.nominal and o.speech):
            continue
        g = _description_gender(o.core)
        if g is None:
            continue
        for start, sent, idx in shown[bisect_right(starts, o.start) :]:
            if sent - o.sent > NEWCOMER_REACH:
                break
            if first[idx] > o.start and genders[idx] == g:
                out[o.start] = idx
                break
    return out


_FAMILY_ROLES = FAMILY_ROLES  # lexicon.py says which kin words and why


def _kin_word(o: Occ) -> bool:
    """A definite family role ("said the mother", "the father asked"): with a character list it still
    names a salient listed character of that gender, a writer's way to avoid the name."""
    return o.surface.lower().startswith("the ") and o.surface.rsplit(None, 1)[-1] in _FAMILY_ROLES


# head nouns that say only age and sex: "said the girl" is mostly someone already named
_PLAIN_PERSON = frozenset("man woman girl boy lady gentleman youth lad lass fellow".split())


def _plain_person(o: Occ) -> bool:
    """A definite "the young man", "the girl": with a character list a writer's way to
    avoid repeating the salient character's name, not a newcomer like "said the officer"."""
    words = o.core.lower().split()
    return len(words) <= 3 and words[0] == "the" and words[-1] in _PLAIN_PERSON


def _leads(occs: list[Occ], smap: dict, genders: list, narrator: int | None) -> dict[str, int]:
    """Per gender (he, she), the entity named most often: the likely referent of a bare
    pronoun that opens a story or a scene before anyone of that gender is named in it."""
    named: Counter[int] = Counter()
    for o in occs:
        t = smap.get(o.surface)
        if t and len(t) == 1 and not o.quoted and t[0] != narrator:
            named[t[0]] += 1
    out: dict[str, int] = {}
    for idx, _n in named.most_common():
        if genders[idx] in ("he", "she"):
            out.setdefault(genders[idx], idx)
    return out


def _description_gender(description: str) -> str | None:
    return noun_gender(description.rsplit(None, 1)[-1])


def _describe(
    o: Occ, state: dict, genders: list, nominal: dict[str, int], decay: float, named: set[int] | tuple = ()
) -> int | None:
    """Who "the old keeper" is: a salient named character of its gender not named in the
    same sentence (a writer's way to avoid repeating a name), else the unnamed person of
    that description, if one speaks."""
    g = _description_gender(o.core)
    best, best_score = None, NOMINAL_LINK
    for idx, (sal, sent, start, _subj) in state.items():
        if sent == o.sent or idx in nominal.values() or idx in named:
            continue
        if g is not None and genders[idx] not in (g, None):
            continue
        score = sal * decay ** (o.sent - sent)
        if score > best_score:
            best, best_score = idx, score
    return best if best is not None else nominal.get(o.surface)


def _kind(o: Occ, e: Ent) -> str:
    if o.epithet or o.surface.startswith(("the ", "The ")):
        return "title"
    if o.hon is not None:
        return "name"
    if " " in o.core or o.core == e.label or any(f.split()[0] == o.core for f in e.full):
        return "name"
    if e.entry is not None:
        names = e.entry.name.split()
        if o.core in names[:1] or o.core == e.entry.name:
            return "name"
    if o.core in HONORIFICS or o.core in STOP:
        return "title"
    return "alias"


def _finish(
    work: Work, raw: list, ents: list[Ent], keep: set[int], smap: dict, closed: bool, narrator: int | None
) -> None:
    total: Counter[int] = Counter()
    named: Counter[int] = Counter()
    narrated: set[int] = set()
    forms: dict[int, Counter[str]] = {}
    first_at: dict[int, int] = {}
    pron_once: set[int] = set()
    for start, end, idx, kind, surface, quoted in raw:
        total[idx] += 1
        first_at.setdefault(idx, start)
        if surface is not None:
            named[idx] += 1
            forms.setdefault(idx, Counter())[surface] += 1
        if not quoted:
            # in the action: named in the narration, or referred to there more than once
            if surface is not None or idx in pron_once:
                narrated.add(idx)
            pron_once.add(idx)
    if closed:
        chosen = [e.idx for e in ents if e.entry is not None]
    else:
        chosen = [i for i in keep if named[i] > 0 or (i == narrator and total[i] > 0)]
    chosen.sort(key=lambda i: (-total[i], first_at.get(i, 1 << 62), i))
    ids = {idx: f"c{n + 1}" for n, idx in enumerate(chosen)}
    implied = _implied_forms({i: forms.get(i, Counter()) for i in chosen})
    the_forms = _article_forms(work.text, raw, set(chosen))
    chars = []
    for idx in chosen:
        e = ents[idx]
        seen = forms.get(idx, Counter())
        if e.entry is not None:
            name = e.entry.name
        else:
            name = _fullest(e, seen)
        aliases = [f for f, _ in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])) if f != name]
        aliases += [f for f in implied.get(idx, ()) if f != name and f not in aliases]
        aliases += [f for f in the_forms.get(idx, ()) if f not in aliases]
        if idx == narrator and e.entry is None and e.label == "narrator":
            aliases.append("I")  # an unnamed narrator is known only as "I"
        g = ent_gender(e)
        if g is None:
            for h, _ in e.hon_forms:
                g = g or HON_GENDER.get(HONORIFICS.get(h, "n"))
        chars.append(
            Character(
                id=ids[idx], name=name, aliases=aliases, pronouns=g, mentions=total[idx],
                present=idx in narrated, canonical=e.entry.name if (e.entry is not None and not closed) else None,
            )
        )
    work.characters = chars
    work.mentions = [Mention(s, en, ids[i], k) for s, en, i, k, _, _ in raw if i in ids]
    work.mentions.sort(key=lambda m: (m.start, m.end))
    surfaces = {s: ids[t[0]] for s, t in smap.items() if len(t) == 1 and t[0] in ids}
    work.layers.put(Cast(narrator=ids.get(narrator) if narrator is not None else None, surfaces=tuple(surfaces.items())))


_APPOS_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)(?:[ \t]+[a-z][a-z-]*){1,3}),[ \t]+$"
)


def _described_names(text: str, raw: list) -> list[tuple]:
    """A description set before a name in apposition ("my old friend, Walter
    Ames, was at the gate") is one more way the text calls that character: a mention
    over the description. Only a person noun heads it, and the name's clause goes on."""
    taken = {r[0] for r in raw if r[4] is not None}  # a bare "my" may start there
    out = []
    for start, end, idx, _kind, surface, quoted in raw:
        if surface is None or not surface[:1].isupper() or text[end : end + 1] not in (",", "."):
            continue
        m = _APPOS_BEFORE.search(text, max(0, start - 60), start)
        if m is None or m.start(1) in taken:
            continue
        phrase = m.group(1)
        head = phrase.rsplit(None, 1)[-1].lower()
        if head not in PERSON_NOUNS and head not in KIN_NOUNS:
            continue
        taken.add(m.start(1))
        out.append((m.start(1), m.end(1), idx, "title", phrase, quoted))
    return out


def _article_forms(text: str, raw: list, chosen: set[int]) -> dict[int, list[str]]:
    """A capitalised name the text mostly writes after "the" ("the Grey Heron", "the
    Hollanders") is known by that form too: the article is part of how it is called."""
    counts: dict[tuple[int, str], list[int]] = {}
    for start, _end, idx, _kind, surface, _quoted in raw:
        if surface is None or idx not in chosen or not surface[:1].isupper() or surface.startswith("The "):
            continue
        c = counts.setdefault((idx, surface), [0, 0])
        c[0] += 1
        c[1] += text[max(0, start - 4) : start].lower() == "the "
    out: dict[int, list[str]] = {}
    for (idx, surface), (n, with_the) in counts.items():
        if with_the * 2 > n:
            out.setdefault(idx, []).append("the " + surface)
    return out


def _implied_forms(forms: dict[int, Counter]) -> dict[int, list[str]]:
    """Names a written form implies: "Watson" in "Doctor Watson", "General" in "the General",
    "Draco" and "Malfoy" in "Draco Malfoy". Kept only when no other character has them."""
    owners: dict[str, set[int]] = {}
    for idx, seen in forms.items():
        for f in seen:
            owners.setdefault(f, set()).add(idx)
    derived: dict[int, list[str]] = {}
    for idx, seen in forms.items():
        for f in seen:
            words = f.split()
            if not any(w[:1].isupper() for w in words) or (len(words) > 1 and words[1][:1].islower()):
                continue  # "the old keeper" is a description: its words are not names
            parts = []
            if words[0].lower() == "the" and len(words) > 1:
                parts.append(" ".join(words[1:]))
            elif words[0].rstrip(".") in HONORIFICS and len(words) > 1:
                parts.append(" ".join(words[1:]))
            core = parts[-1].split() if parts else words
            if len(core) >= 2 and not PARTICLES.intersection(core):
                parts += [core[0], core[-1]]
            for p in parts:
                if p not in STOP or p in HONORIFICS:
                    owners.setdefault(p, set()).add(idx)
                    derived.setdefault(idx, []).append(p)
    return {
        idx: [p for p in dict.fromkeys(ps) if owners[p] == {idx} and p not in forms[idx]]
        for idx, ps in derived.items()
    }


def _fullest(e: Ent, seen: Counter[str]) -> str:
    """The fullest name seen: a full name (also inside "General Leia Organa"), else the
    commonest form, an honorific form ("Mrs. Bennet") winning a tie with a bare one."""
    full: Counter[str] = Counter()
    for f, n in seen.items():
        if f.lower().startswith("the "):
            continue
        core = split_hon(f)[1]
        if " " in core and all(w[:1].isupper() or w in PARTICLES for w in core.split()):
            full[core] += n
    if full:
        return max(full, key=lambda f: (not PARTICLES.intersection(f.split()), len(f.split()), full[f], f))
    if seen:
        # a name ("Dr. Hallam") over a description of the same person ("the doctor")
        return max(seen, key=lambda f: (f != f.lower(), seen[f], " " in f, f))
    return e.label
