"""Speaker and addressee attribution for each quotation.

`attribute_speakers(work)` fills, for every speech quote, `speaker`, `addressees`,
`evidence`, `cue` and `confidence`, and each character's `quotes` and `words_spoken`
(words inside the marks). Non-speech quotes keep no speaker; a quoted thought then gets
kind `thought` and its thinker as speaker (`thinkers.py`), and is no turn of any rule below. It reads the story
paragraphs, `work.quotes` with `QuoteLayer.continues`, `work.mentions` (sorted by
start; narration pronouns already resolved), `scene_breaks`, `Cast.narrator` and
`Cast.closed`. It adds no layer. Two stages of their own follow it: `merge_described`
(stage `cast_merge`, rule 7 below, in `merge.py`) and `add_quote_pronouns` (stage
`quote_pronouns`, the last paragraph below, in `outputs.py`). The example phrases below
are pinned, each with the rule it names, in `tests/speakers/test_rule_examples.py`.

A turn is the speech quotes of one paragraph (plus the later parts of a quote continued
over paragraphs). How a quote gets its speaker, strongest first:

1. A speech tag (`lang.en.speech_verbs.SPEECH_VERB`, any tense; `tags.py`, `clauses.py`) in the same paragraph: right after
   the quote (`"...," said Clarke`, `"...," Mr. Bennet replied`, `"...," her voice
   shook`), right before it (`Raven yelled, "..."`; the subject nearest the verb, so
   `Before Octavia could answer, Raven yelled` is Raven's), between the parts of an
   interrupted quote, or ending the paragraph before (`He turned and said:`, `and at last he answered--`). Its
   subject is a name (evidence `explicit`) or a pronoun (`anaphoric`). A possessed
   noun is not its possessor (`said her husband`), but a voice is (`her voice shook`).
   An object pronoun is no subject (`saw me and said`); a he/she the characters stage
   left unresolved still is (`When I came close she said`); the one heard speaks, not
   the one hearing (`I heard Mara call`); a verb followed by `that` reports speech and
   tags no line (`"...?" I answered that the ferry had gone`), nor does one about to speak (`"No," as Tobin was about to speak`); `cried one of the women` and
   `cried the voice of Tobin` are the women's and Tobin's; an unnamed voice speaks for a
   listed group (`said a voice in the crowd`; `she heard one voice say` just after the
   narration named the men). An unnamed voice the narration identifies (`answered a
   second voice; Nora could tell it was that of old Hannah`, a `that man` soon after, a
   group coming in) is that one's, before anything else (`voices`); `the voice of the
   bosun, roaring:` is the bosun's. With a list, `we said` is a listed "we"'s.
   A tag ending on a comma that leads into a line outweighs the sentence after it
   (`"No," Ann said, "not today." Joe grinned.`); `talked of "..."` tags the line.
2. An action beat (a name or pronoun opening the narration sentence next to the quote:
   `Lexa turns. "..."`, `"..." Octavia dropped onto the steps.`), unless the quote
   names that character as a vocative. In a beat the one the narrator sees acts
   (`I can see Tobin by the stove. "..."`); a bare he/she opening it is its subject
   (`She squeezed his hand.`); an aside in brackets (`(Rufus was the pony.)`), a
   listener puzzling over the line (`Sam could not guess what she meant.`), one kept
   silent (`The captain rubbed his chin and remained silent.`; `made no reply` tags no
   line either, and between two lines is no beat of the second), a nod or a shake of the
   head right after a question (the listener answering: `"You remember the key?" She nodded.`) and one
   carried off (`The baby, asleep, was carried away.`) are no beats. A line opening on
   he/she about someone the name-tagged line before it in the paragraph talked of
   (`"Greta called," Tomas said. Ines sat down. "She says ..."`) stays the tagged speaker's.
3. A pronoun subject is resolved in context: the one character of that gender a name
   tag or closing name beat of the same paragraph gives (`"...," he said, "..." Walter
   glanced at the clock.`), else a character of that gender opening a
   sentence earlier in the paragraph; opening an exchange after a short narration, the
   one party of that gender of the exchange before it (unless the narration named the
   stage's pick since), or the other party when the stage picked the one who spoke just
   before it and the narration names that other last and nobody else of the gender
   (`Tom did not see the smile on Ralph's face.`); else the other conversation participant when the
   characters stage picked the one who spoke last (speakers alternate; not when the narration
   since that line went on about its speaker: `"...," said Tobin. Tobin kicked at the
   bucket.` / `"...," he said`) or the one the
   last turn called by name or told, else a participant the narration of the last few
   paragraphs named over someone only talked about in the quotes, else the one the
   previous line was said to, else a party of the exchange rather than someone the lines
   merely mention, else the characters stage's resolution, else the most recent
   character of that gender (`I` is `Cast.narrator`); one nobody resolves at all is
   the one the very next line calls by name, if of its gender. The one the previous line
   was said to counts even when only guessed across narration. `they said` with no group
   character leaves the line without a speaker. When no exchange carries over the
   narration paragraph just before a line that opens its paragraph, a pronoun of the
   gender of that narration's last subject is that subject (`The smith set down his tongs
   ... until Corin could see him.` / `"...," he said.`, `centering.py`). A pronoun
   opening its clause is never a character the clause names (`She looks at the net, not
   at Ines.`), nor one the clause joined onto its tag names (`"...," she says, and Nell does.`).
4. One speaker per paragraph: a turn's untagged quotes take its tagged quote's speaker.
   A turn with no tag or beat next to any quote takes a character opening any other
   narration sentence of its paragraph (`"..." The rain went on. Iris shut it.`).
5. Conversation (`implicit`), for a turn with no tag or beat: right after another
   quote paragraph, its speaker again when its tag says he goes on (`"Well," Tom cut
   in, and went on with the story.`), else the one the previous line named or told answers (after a
   turn calling several, the one its last line calls), else the other of
   the two active speakers (looking ahead at tags and vocatives when only one is
   known; not at the very next line's pronoun tag, which is itself resolved from
   whom this line was said to); after narration, the subject of its last sentence (of
   its last joined clause: `Nan drew the curtains, and Bo sat up.`, `..., but Bo was quicker.`,
   `Ines was rolling out the dough when Tobin came in.`; of the main clause after a clause
   opening the sentence: `Later, after Nan had gone up to bed, Bo found Tom in the barn.`; of the clause inside a
   sentence that opens on no one: `It was so late by then that I gave up arguing.`; a
   he/she the characters stage gave someone the narration has not named since the last
   line is the exchange's one party of that gender),
   or, when the line calls that subject by name and the narration is one sentence, whoever
   spoke just before the narration (`"Nell sulks," said Rose.` / Nell hummed. / `"Stop it,
   Nell."` is Rose's, even with a third sister tagged later), or, when it calls the one who spoke just
   before the narration, the one that speaker's last line was said to; else the
   nearest character named in narration. A vocative in the quote excludes
   its character. Any narration paragraph or scene break ends the alternation, except a
   short aside about a silent onlooker in a strict two-speaker exchange of four turns or
   more (`Ines rolled her eyes.`); one the narration sends out (`Marco gets up and leaves.`, `departures`)
   is no party of the lines after it.
   Finally each conversation's untagged turns are decided again with
   all its anchors at once (`dialogue.decode`: tags on both sides, names lines are said
   to; the forward alternation of this step is the guess that breaks its ties, so a
   tagged newcomer late in a run takes the break in the alternation on their own line
   rather than by parity on the lines before it; the subject of a narration paragraph of its own before a line weighs little
   there, being as often a listener reacting: `Mrs. Pratt sniffed loudly.`); pronoun
   tags keep their own reading (step 3). A
   conversation goes on over one short narration paragraph in which a participant
   answers (`He answered that the gate was locked.`, `She gave no reply.`, `To this Tom could
   find no reply.`), or does without a
   word what the line before asked (`"Pass me the map."` / `I handed it over.`; not a smile or
   a nod, after which words usually follow): it is their turn.
   A line answering `"Your name?"` (`"What name?"`) that opens on a name is that character's own
   (`"Wat, sir."`) and weighs like a tag there. Right after a quote paragraph that
   closes on narration, that narration's subject says the next untagged line
   (`"...," said Holmes. I read the entry aloud.` / `"..."`). A line opening an exchange
   whose narration next to it reaches a first- or second-person narrator (`"Where were
   you?" Ada said from behind me.`) is the narrator's to answer (`dialogue.Slot.listener`).
6. Across a short narration (same scene and chapter), a line is said to the narration's
   opening subject when that is someone else, else to the previous conversation's last
   speaker, who then answers the next untagged line.

7. (stage `cast_merge`, after everything above and the addressees below) A described
   speaker ("the child", "the man with the sack") whom the only other
   party of the conversation calls by a name, or who names himself (`"My name is
   Askew"`, a name that answers "What name?"), is the character of that name: quotes,
   mentions and descriptions move there (not with a user's character list).
8. A description tag on a line answering the previous paragraph's line (`"Corin, come
   here!" said the old man.` / `"...," said the son.`) is not that line's speaker when
   the characters stage took it so: it is the one that line called by name, if the
   description's gender allows (`answering.py`).

Addressees: vocatives in the quote (`"..., Clarke."`; not a bare name answering a
question after someone: `"What is his name?"` / `"Hollis."`), the object of the tag (`told
her`, `said to Bellamy`; not `to herself` or `to his companion`; not a pronoun object
beside a vocative), else the listener of the speaker's previous line in the paragraph (or, for a speaker
going on after a short narration, the one his line before it called by name),
else the other participant, else whoever the narration just named, else a first-person
narrator. Once every speaker is settled, a name the line calls is always among its
addressees, one the speaker turns to, looks at or touches in the narration next to a
line with no called name or tag listener hears it (`gaze.py`), and a line said to everyone present (`"Children, ..."`, `all of you`,
`said to the room`) goes to all the others of the scene, and one joining the line before
(`"...," Bo added.`) goes to its listeners (`groups.py`).

After attribution and the merge (stage `quote_pronouns`), `I/me/my` inside a quote become
pronoun mentions of its speaker and `you/your` of its single addressee; `work.mentions`
stays sorted. Everything is one
pass over the quotes with bisect look-ups in the sorted mention starts: linear in the
number of quotes and mentions.
"""

from __future__ import annotations

from ficlens.layers import Merges
from ficlens.model import Work
from ficlens.speakers import answering, continued, groups, thinkers
from ficlens.speakers.addressees import _called_hear, _looked_at
from ficlens.speakers.conversation import _converse
from ficlens.speakers.index import _Index
from ficlens.speakers.merge import _name_descriptions
from ficlens.speakers.outputs import _count, _quote_pronouns
from ficlens.speakers.tags import _direct
from ficlens.speakers.turns import _turns, name_unseen

__all__ = ["add_quote_pronouns", "attribute_speakers", "merge_described"]


def attribute_speakers(work: Work) -> Work:
    """Fill speaker, addressees, evidence, cue and confidence of every speech quote."""
    ix = _Index(work)
    quotes = work.quotes
    for q in quotes:
        q.speaker, q.addressees, q.evidence, q.cue, q.confidence = None, [], None, None, 0.0
    turns = _turns(work, ix)
    direct = {i: a for t in turns for i in t if (a := _direct(ix, i)) is not None}
    _converse(work, ix, turns, direct)
    name_unseen(work, ix)
    answering.fix_answering_descriptions(work, ix)
    continued.continue_descriptions(work, ix)
    continued.alternate_descriptions(work, ix)
    _called_hear(work, ix)
    _looked_at(work, ix, direct)
    groups.join_in(work, ix.para_of)
    groups.address_groups(work, ix.para_of)
    _count(work)
    thinkers.attribute_thoughts(work, ix)  # after the counts: a thought is no words spoken
    return work


def merge_described(work: Work) -> Work:
    """The `cast_merge` stage: a described speaker whom the conversation names becomes
    that named character (see `_name_descriptions`); records the merges in `Merges`.
    The one stage that edits earlier layers (characters, mentions, quotes, `Cast`), as a
    merge must; it runs after attribution, so the rules that attribute never see it."""
    merge = _name_descriptions(work, _Index(work))
    if merge:
        _count(work)
    work.layers.put(Merges(tuple(sorted(merge.items()))))
    return work


def add_quote_pronouns(work: Work) -> Work:
    """The `quote_pronouns` stage: `I` in a quote is its speaker, `you` its single
    addressee; adds them to `work.mentions`."""
    _quote_pronouns(work)
    return work
