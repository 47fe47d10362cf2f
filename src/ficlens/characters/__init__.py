"""Characters: name candidates, alias clustering, referential gender and pronouns.

`find_characters(work, pack=None, restrict=None)` fills `work.characters` (ids c1.. by
prominence) and `work.mentions` (sorted by start). How it works:

1. `names.extract`: one regex pass over the story paragraphs finds capitalised name
   sequences (with honorifics), epithets ("the Commander"), pack/list aliases verbatim and
   pronouns, each with cheap context features.
2. `cluster.Clusters`: surfaces -> entities (see that module for the merge rules).
   With a pack, a pack alias links to its pack character and `name` becomes the
   canonical pack name (`canonical` is set); otherwise `name` is the fullest form seen.
   A word that fuses a known name with another ("Bakageyama") or clips it with a pet
   ending ("Yams") is that character (`nicknames`).
   In a work written in lower case by choice (`Sentences.lowercase`) names are matched
   written small too (`kageyama said`): pack and list forms, words the text capitalises
   as a name, small words that tag lines or open sentences as their subject, and a
   small `i` is the pronoun (`lowercase`).
   The work's AO3 character tags (`meta.tags["character"]`) act as a small pack of
   their own: "Honoroit" in the text takes the tag's name "Honoroit Banlardois".
   With `restrict` (a user's or the gold character list) only the listed characters
   exist; every listed character is output, even with no mention.
   Gender (`cluster.ent_gender`): listed pronouns or a gendered honorific, else the
   usual gender of the given name (`lang.en.given_names.FEMALE_NAMES`/`MALE_NAMES`) or of a
   description's noun unless the narration's pronouns say otherwise twice as often,
   else a clear majority of those pronouns; a listed group ("the fishermen") is "they", and
   so is a person the narration calls "they" three times and never he or she (singular they).
   Without a list, a writer's note giving the pronouns (`jules uses they/them`, `declared`)
   outweighs all of these.
   Hard constraints here: "Mr. X" never joins a full name the text gives as someone's
   relative ("his brother John X": `relatives`); a bare surname the narration clearly
   calls "he" never joins a woman's full name ("Garrow" is not Nell Garrow), nor one two
   speech tags name ("said Vell") a lady the text titles ("Lady Ann Vell"). Junk
   names are cut before clustering (`names`): a listed sentence adverb in front
   ("Afterwards Tom"), a nationality or language word ("Lucy Italian"), a place prefix ("Mount
   Weather"); a pack's canon terms ("Polis") never become characters (`surfaces`).
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
   gender is named there is the character of that gender named most often. A plain
   description ("the old man", "the girl") or a kin word is taken for a salient
   character of its gender not named in the same sentence, first the one on stage the
   narration calls "old Hobb" for "the old gentleman" (`describe.aged_holder`); a bare
   "said the man" is someone new unless evidence says who; it keeps naming that
   character (never a second one); any other description ("the surgeon", "the
   parlourmaid") names a character only on evidence (below), never by salience; an
   ambiguous name with nobody salient goes to the one named last, else the one named most often (never dropped). With
   nobody salient, a description that tags a quote becomes an unnamed character of
   its own ("the surgeon"), and so does a role noun the narration makes a subject three
   times without ever tagging a quote ("the captain blew through his nose": `people`). A he or she never takes a character of unknown gender
   whose pronouns lean the other way. The narrator's kin ("said my
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
   narrator's family member when one fits. The narrator's "my brother" who tags a
   quote is the man the narration names next, if he is new there (`kin_named`).

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
  character named "narrator" (not in restrict mode). A pet name only ever called out,
  once in a paragraph whose narration acts on the narrator ("Go to bed, Hat." She pats
  my head), is the narrator's too, the reader's in a second-person story
  (`nicknames.called_narrator`). A parent word the quotes call out ("Yes, Mum.") with
  no family member to name is the narrator's (reader's) own parent, a character of its
  own (`kinship.kin_vocatives`).
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

from collections import Counter
from dataclasses import replace

from ficlens.characters.backrefs import back_refs
from ficlens.characters.binding import named_after
from ficlens.characters.castlink import (
    answered_calls,
    introduced_names,
    links_apart,
    reply_calls,
    role_holders,
    roles_apart,
    self_named,
    subject_before,
    whose_names,
)
from ficlens.characters.cluster import (
    Clusters,
    Ent,
    ent_gender,
)
from ficlens.characters.declared import declared_pronouns
from ficlens.characters.describe import aged_names
from ficlens.characters.finish import _finish
from ficlens.characters.forms import _described_names
from ficlens.characters.gender import _vote_gender
from ficlens.characters.kin_named import introduced_siblings
from ficlens.characters.kinship import (
    PARENT_WORDS,
    called_kin,
    definite_kin,
    kin_vocatives,
    link,
    narrator_kin,
    parent_names,
    pinned,
    stated_kin,
)
from ficlens.characters.links import Links
from ficlens.characters.lowercase import (
    SMALL_I_MIN,
    common_folds,
    is_lowercase,
    listed_folds,
    opening_subjects,
    shown,
    tag_folds,
    tag_subjects,
    text_folds,
)
from ficlens.characters.names import (
    extract,
    sentence_starts,
)
from ficlens.characters.narrator import (
    _first_person,
    _i_turns,
    _narrator,
    _second_person,
    _self_named,
    narration_titles,
)
from ficlens.characters.nicknames import called_narrator, initial_calls, rejoin
from ficlens.characters.nominals import (
    appositions,
    entry_phrases,
    intro_occs,
    stated_names,
    tag_occs,
    title_holders,
    vocative_roles,
    voice_owner_occs,
)
from ficlens.characters.people import _nominals, _people, marked_descriptions
from ficlens.characters.relatives import stated_relatives
from ficlens.characters.resolve import _resolve, leaving_at
from ficlens.characters.surfaces import _keep_surface, _name_words, _tagged, addressed_words, canon_terms, texting
from ficlens.characters.tuning import _LOWER_WORD, _NARRATOR_NAMES
from ficlens.characters.voices import seen_owners
from ficlens.fandoms import CharacterEntry, Pack
from ficlens.lang.en.function_words import STOP
from ficlens.lang.en.kin import KIN_CALL_NAMES
from ficlens.layers import Cast
from ficlens.model import AUTHOR_NOTE, SUMMARY, Work

__all__ = ["character_by_surface", "find_characters"]


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
    lower.subtract(w for s, e in texting(text, work.quotes) for w in _LOWER_WORD.findall(text, s, e))
    lower = +lower  # only the words written in lower case outside text-message lines
    vocab = set(lower) - _name_words(text, lower)  # "Wren" opening a sentence is the girl called Wren
    starts = sentence_starts(work)
    small = is_lowercase(work)
    folds: dict[str, str] = {}
    if small:
        # names are written small here: "kageyama" is the name, opening a sentence too
        spans = [(p.start, p.end) for p in work.paragraphs]
        speaking = tag_subjects(text, spans)
        quotes = [(q.start, q.end) for q in work.quotes]
        opening = opening_subjects(text, spans, quotes)
        # the notes too: "Stiles and his dad. no ships" in an author's note names him
        notes = [(s.start, s.end) for s in work.segments if s.kind in (AUTHOR_NOTE, SUMMARY)]
        capitals = text_folds(text, spans + notes, quotes, lower)
        given = listed_folds(clusters.exact)
        if restrict is None:  # a user's list names this story's people; a pack, a whole canon
            given = shown(given, text, spans, [*capitals, *speaking])
        folds = {**tag_folds(speaking, opening), **capitals, **given}
        vocab -= set(folds) | {f for f in clusters.exact if f.islower()}
    small_i = small and lower["i"] >= SMALL_I_MIN
    occs, prons = extract(work, clusters.explicit_aliases(small), vocab, starts, folds, small_i, common_folds(folds))
    occs = sorted(occs + tag_occs(work, occs, starts), key=lambda o: o.start)
    occs = sorted(occs + intro_occs(work, occs, starts), key=lambda o: o.start)
    occs = sorted(occs + voice_owner_occs(work, occs, starts), key=lambda o: o.start)
    noms = [o for o in occs if o.nominal]
    kin_occs = [o for o in occs if o.hon is None and o.surface in PARENT_WORDS] if restrict is None else []
    terms = canon_terms(pack) if restrict is None else frozenset()
    addressed = addressed_words(occs)
    occs = [o for o in occs if not o.nominal and _keep_surface(o, clusters, vocab, terms, addressed)]

    surfaces: dict[str, tuple[str | None, str, bool]] = {}
    counts: Counter[str] = Counter()
    for o in occs:
        surfaces.setdefault(o.surface, (o.hon, o.core, o.epithet))
        counts[o.surface] += 1
    clusters.relatives = stated_relatives(text)
    # a stop word that tags a line is a name (`..." Irish remarked`), and so is a kin word
    # the names stage kept as one (`Mum came in`: `names.extract` dropped `my Mum`)
    clusters.tag_named = {o.surface for o in occs if o.hon is None and (o.speech and o.core in STOP or o.surface in KIN_CALL_NAMES)}
    clusters.tagged = Counter(o.surface for o in occs if o.speech and o.hon is None and not o.quoted)
    svotes = _vote_gender(occs, prons, {s: (s,) for s in surfaces}, work.quotes)
    smap = rejoin(clusters.build(surfaces, counts, svotes), clusters, occs, svotes)  # "Bakageyama", "Yams"
    ents = clusters.ents
    for idx, v in _vote_gender(occs, prons, smap, work.quotes).items():
        ents[idx].votes.update(v)  # an entry's own pronouns, when given, still win
    if restrict is None:
        declared_pronouns(text, smap, ents)  # `jules uses they/them`: the writer's word wins
    keep = _people(occs, smap, ents, clusters.closed or False)
    i_turns = _i_turns(text, prons, work.quotes)
    own = _self_named(text, occs, smap, work.quotes, i_turns)
    keep.update(own)  # a name the narrator goes by is a person's
    smap = {s: tuple(i for i in t if i in keep) for s, t in smap.items()}
    smap = {s: t for s, t in smap.items() if t}
    if restrict is None:  # "Shut up, Q.": a one-letter call is a nickname (a list names its own)
        occs, smap = initial_calls(text, work.quotes, work.paragraphs, starts, occs, smap)
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
    if first_person and restrict is None and narrator is not None and narrator != listed:
        smap = narration_titles(occs, smap, ents, keep, narrator)
    if first_person and narrator is None and restrict is None:
        e = Ent(len(ents), label="narrator")
        ents.append(e)
        keep.add(e.idx)
        narrator = e.idx

    me = narrator if first_person else reader
    if me is not None and restrict is None:
        # "Go to bed, Hat." She pats my head: a pet name others call the narrator
        smap = called_narrator(text, occs, smap, ents, work.paragraphs, work.quotes, me, "i" if first_person else "you")
    if restrict is None:
        noms = marked_descriptions(text, noms)  # "the man in the cardigan", twice: someone apart
    nominal = _nominals(noms, ents, keep) if restrict is None else {}
    # a pack's captains hold "the captain" only when the story names them (Kirk, not Pike)
    named = keep if restrict is not None else keep & {i for t in smap.values() for i in t}
    roles = roles_apart(vocative_roles(text, occs, work.quotes), occs, noms, smap,
                        [ent_gender(e) for e in ents]) if restrict is None else {}
    links = Links([ent_gender(e) for e in ents], title_holders(ents, named, {o.core.rsplit(None, 1)[-1].lower() for o in noms}),
                  entry_phrases(ents), {**appositions(text, occs + noms), **roles},
                  restrict is not None, [c.start for c in work.chapters[1:]])
    # evidence from the dialogue around a description tag (`castlink`), kept for the rerun below
    para_starts = [p.start for p in work.paragraphs]
    links.called = links_apart({**seen_owners(occs, noms, smap),  # "said a voice. ... Abigail lay huddled"
                                **reply_calls(occs, noms, work.quotes, smap, links.genders, para_starts),
                                **self_named(text, occs, noms, work.quotes, smap, links.genders)}, occs, noms, smap)
    links.answers = links_apart(answered_calls(occs, noms, work.quotes, smap, links.genders, para_starts), occs, noms, smap)
    links.named = introduced_names(text, occs, noms, work.quotes, smap, links.genders)
    links.roles = role_holders(occs, {**links.appos, **(vocative_roles(text, occs, work.quotes) if links.closed else {})}, smap, noms)
    links.leading = subject_before(occs, noms, work.quotes, smap, links.genders, starts, para_starts) if links.closed else {}
    castlinks = (links.called, links.answers, links.named, links.roles, links.leading)
    # the narrator's kin the story names ("my cousin, Arthur Vell") is that character
    links.fixed = {**introduced_siblings(text, occs, work.paragraphs, work.quotes, smap, ents, narrator),
                   **called_kin(text, occs, work.quotes, smap, ents, narrator),
                   **stated_kin(text, work.paragraphs, work.quotes, smap, ents), **links.fixed}
    not_self = named_after(text, occs, prons, smap, starts)
    aged = aged_names(text, smap) if restrict is None else {}
    backs = back_refs(work, starts)  # "the latter", read like a pronoun by `_resolve` only
    leaving = leaving_at(text, work.quotes)
    raw = _resolve(occs + noms, [*prons, *backs], smap, ents, narrator, work.quotes, work.scene_breaks, nominal, reader, links, not_self,
                   aged, leaving)
    kin = link(text, raw, ents, keep, restrict is not None, prons)
    if kin:
        # again, with the kin as names: "said his wife" makes her the salient "she"
        extra, kin_smap, back = pinned(kin, text, prons, occs)
        links = Links([ent_gender(e) for e in ents], links.titles, links.fixed, links.appos, links.closed, links.chapters)
        links.called, links.answers, links.named, links.roles, links.leading = castlinks
        raw = _resolve(occs + noms, [*prons, *extra, *backs], {**smap, **kin_smap}, ents, narrator, work.quotes,
                       work.scene_breaks, nominal, reader, links, not_self, aged, leaving)
        raw = [back[r[4]] if r[4] in back else r for r in raw] + [t for t in kin if f"\x00kin{t[0]}" not in back]
    definite_kin(noms, raw, ents, keep)
    narrator_kin(raw, ents, keep, narrator)
    raw += kin_vocatives(text, work.quotes, raw, ents, keep, me if restrict is None else None)
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
