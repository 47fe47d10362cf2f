"""Closed-class and common words the name rules stop at: capitalised non-names, determiners, place prepositions, action words, object followers."""

from __future__ import annotations

# Capitalised words that are never a character's name on their own.
STOP = frozenset(
    """The A An And But Or Nor If Then When While Where What Whatever Who Whom Whose Why How
    This That These Those There Here It Its It's We Us You Your Yours Our They Them Their
    He She Him Her His Hers I Me My Mine Myself Yourself Himself Herself Itself Ourselves
    Yes No Not Nope Yep Yeah Yea Nah Oh Ah Aw Aww Ahh Ohh Uh Um Umm Er Hmm Hm Huh Ha Haha
    Wow Ugh Eh Hey Hi Hello Bye Goodbye Please Thanks Thank Sorry Okay Ok OK Alright Well
    Maybe Perhaps Just Even Still Now Soon So As At In On Of For With Without By From To
    Into Onto Upon After Before Because Since Until Till Though Although Once Every Each
    Some Any All Both Either Neither Nothing Something Everything Anything Nobody Somebody
    Someone Everyone Anyone None Another Other Others Such Only Also Too Very Really Again
    Never Always Sometimes Later Earlier Today Tomorrow Yesterday Tonight Good Bad Great
    Fine Right Wrong Sure Of Course Do Does Did Don Can Could Would Should Will Shall Must
    Might May Let Come Go Get Look See Wait Stop Listen Tell Give Take Make Keep Stay Run
    God Gods Goddess Lord Christ Jesus Heaven Heavens Hell Damn Dammit Shit Fuck Fucking
    Goodbye Good-bye Good-night Goodnight Good-morning Farewell Bravo Hurrah Hooray Alas
    Poor Sweet Little Young Brave Silly Stupid Lovely Beautiful Dearest Beloved Lord Lady
    Bloody Hush Aye Nay Amen Merlin Blimey Gosh Golly Crikey Bugger Ours Theirs Hers
    Gracious Goodness Jove Gad Egad Zounds Lawks Pshaw Pooh Tut Bah Drat
    Chapter Part Prologue Epilogue Book Act Scene Volume Section Interlude Note Notes
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Christmas Easter Halloween
    English French German Spanish Italian Russian American British Irish Scottish Welsh
    Latin Greek Chinese Japanese Indian European African Christian Catholic Jewish
    Mr Mrs Ms Miss Mx Dr Sir Sire Milord Milady Madam Ma'am Ma’am Mister Missus Mom Mum Mommy Mummy Dad Daddy
    Mama Mamma Papa Pa Ma Grandma Grandpa Granny Baby Babe Honey Sweetheart Darling Dear
    Love Kid Buddy Man Dude Bro Boss Chief Sister Brother Mother Father Son Daughter
    Aunt Uncle Cousin Captain Commander General Doctor Professor King Queen Prince Princess
    Lady Lieutenant Sergeant Colonel Major Agent Officer Detective Inspector Director
    Everybody Whoever Whenever Wherever However Therefore Besides Meanwhile Instead
    Which Inside Outside Behind Beside Between Under Over Above Below Around Across Through
    Against Along Among Toward Towards During Despite Except Like Unlike Near Next Last
    First Second Third Fourth Fifth One Two Three Four Five Six Seven Eight Nine Ten
    Hundred Thousand Half Most More Less Many Much Few Several Enough Whether Why Yet
    Street Road Avenue Lane Park Hall House Castle Tower Bridge River Lake Sea Ocean Mount
    Mountain Forest Wood Woods Island City Town Village Kingdom Empire Republic Station
    North South East West Northern Southern Eastern Western Ave St Rd TV Internet OMG
    Finally Presently Suddenly Slowly Quickly Quietly Gently Softly Immediately Instantly
    Eventually Gradually Silently Carefully Hastily Abruptly Apparently Evidently Luckily
    Fortunately Unfortunately Naturally Certainly Surely Actually Honestly Seriously
    Obviously Clearly Probably Possibly Usually Lately Simply Nearly Hardly Barely""".split()
)

# Closed-class lowercase words that precede a place far more often than a person.
# Words before a capitalised word that make it a thing: "my Arithmancy", "a Ford".
DETERMINERS = frozenset("the a an my your our their its this that these those some any every each no".split())

PLACE_PREPS = {w: 2 for w in "in into inside outside across through within throughout".split()}
PLACE_PREPS["from"] = 1  # "a letter from Clarke" as often as "riders from Arkadia"
# prepositions whose noun phrase is an oblique or adverbial (Lappin and Leass weigh these least)
OBLIQUE_PREPS = frozenset(
    "to at with for on by beside behind toward towards near past upon about against around among between"
    " after before over under beneath below above into in inside outside across through from of".split()
)

# Verbs (and auxiliaries) after a name that mark it as the subject of an action.
ACTION_WORDS = frozenset(
    """was is had has did does could would should will can might must felt feels looked
    looks turned turns walked walks stood stands sat sits took takes gave gives made makes
    knew knows wanted wants moved moves reached reaches pulled pulls pushed pushes kissed
    kisses hugged hugs stared stares glanced glances watched watches leaned leans stepped
    steps ran runs opened opens closed closes held holds let lets put puts kept keeps
    frowned frowns blinked blinks swallowed swallows paused pauses stopped stops rolled
    rolls raised raises lifted lifts dropped drops grabbed grabs caught catches saw sees
    heard hears found finds came comes left leaves rose rises fell falls shook shakes
    couldn't wouldn't didn't doesn't wasn't isn't hadn't hasn't won't can't""".split()
)

# Words after "her" that make it an object ("looked at her again"), not a possessive
# ("her sword"): prepositions, adverbs, conjunctions, determiners.
OBJECT_FOLLOWERS = frozenset(
    """and but or nor so to for from with in on at as by of off out up down away back again
    into onto over under through around about against before after behind beside near
    until while when then than that this the a an if because though although once now
    too very tight tightly close closely gently softly slowly quickly hard anyway yet
    already still just even also only instead either like unlike how what why where who
    which whether everything something nothing anything all both""".split()
)

# Adverbs that open a sentence before a name ("Afterwards Tom folded the letter"):
# not part of the name (`names._strip_front`).
SENTENCE_ADVERBS = frozenset(
    """Afterwards Afterward Anyway Anyhow Otherwise Thereafter Thereupon Hence Thus Somehow
    Sometime Someday Often Seldom Always Already Almost Nevertheless Nonetheless Moreover
    Furthermore Likewise Overhead Downstairs Upstairs Outdoors Indoors Tonight Tomorrow
    Yesterday Again Next Last Together Alone Inside Outside Abroad Ahead Instead Anyways""".split()
)

# Verbs that tell a state, not an act (`Tom was entirely calm.`, `Ann seemed pleased.`): a
# sentence on one of them after a line is someone's reaction to it, not its speaker's beat
# (`speakers.guess._named_in_paragraph`).
STATE_VERBS = frozenset("""was were is are seemed seems looked looks""".split())

# past participles that tell a posture after `was` (`Teo was crouched down by the drum`,
# `she was curled up in the chair`): the subject holds it themselves, nobody carries them
# off (`speakers.subjects._CARRIED`), so they may be the one who speaks
POSTURE_PARTICIPLES = frozenset(
    """crouched hunched slumped curled huddled perched sprawled bent squatted leaned
    propped tucked stretched settled sat knelt kneeled""".split()
)

# Words ending in -s that are no verb after a name (`took Emily upstairs`): the
# present-tense test of a subject (`Emily walks`) must not take them for one.
S_ADVERBS = frozenset(
    """upstairs downstairs indoors outdoors always sometimes perhaps towards afterwards
    backwards forwards besides nevertheless unless thus whereas""".split()
)

# Words opening the clause right after a name and its comma that make the name a call when
# it opens a later sentence of a line (`"Sit down. Bea, get the plates."`, `"... Bea, is
# that yours?"`): an order or a question said to them (`speakers.vocatives`). Not `who`,
# `which` or `the`, which go on about the one named (`"Bea, who saw it, says no."`)
CALL_CLAUSE_OPENERS = frozenset(
    """what where why how is are was were do does did can could will would should shall have
    has stop get sit come go tell look give take put leave wait listen help hold bring
    keep try be don't can't won't isn't aren't let's just seriously honestly""".split()
)

# Greetings and the like after which a name is a call though no comma sets it off, as
# fan fiction often writes it (`"Hi Mom."`, `"Thanks Bea!"`), and endearments (`"Dearest
# Bea!"`, `"my good Cass"`): `speakers.vocatives`
CALL_OPENERS = frozenset(
    """hi hello hey hiya thanks morning evening night bye goodbye sorry welcome cheers
    congrats dearest darling""".split()
) | {"thank you", "my good"}
