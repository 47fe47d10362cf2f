"""Speech verbs: every list of them in one place, each named for the rule that reads it.

- `SPEECH_VERB`: the speech-tag regex of attribution (speakers/) and the kin rules, built
  from base forms in every tense form fan fiction uses (`said`, `says`, `saying`);
  irregular and consonant-doubling verbs are listed with their forms.
- `OBJECT_VERBS`: tag verbs whose object is the addressee (`told her`, `asked him`).
- `QUOTE_FRAME_VERBS`: a narrow alternation that only delimits quotations (quotes/); it
  stays narrow on purpose, since a verb there can turn a mentioned word into speech.
- `SELF_TALK`: talking to oneself (`she told herself`), for the thought rules.
- `TAG_VERB_WORDS`: words after a name that make it the subject of a speech tag, for the
  name finder (characters/); it holds `thought`, `went` and `managed` as well.
- `NOD_WORDS`: a nod or a shake of the head, the wordless answer to a question (speakers/
  clauses and beats: the one nodding heard the line, not spoke it).

The lists differ on purpose and merging them changes output (each was tuned with the rule
that reads it); they live here together so that a new verb is added where all are seen.
"""

from __future__ import annotations

import re

__all__ = [
    "HEARD_VERBS", "NOD_WORDS", "OBJECT_VERBS", "QUOTE_FRAME_VERBS", "QUOTE_RUN_ON", "SELF_TALK", "SPEECH_VERB",
    "SPOKEN_NOUNS", "TAG_VERB_WORDS", "UNSAID_FRAME",
]

_REGULAR = """
ask reply answer whisper murmur mutter gasp hiss breathe laugh sigh shout yell call add
continue offer tease admit press insist exclaim scream shriek cry repeat growl snarl
demand plead explain urge retort mumble observe remark inquire enquire return respond
suggest whimper wail grumble order warn promise announce declare interrupt protest
agree stammer stutter croak rasp squeak squeal huff scoff snort chuckle giggle groan
moan grunt bark purr coo drawl chirp sneer smirk smile grin murmur pant mouth
complain confess correct counter point note muse wonder prompt assure reassure
mock joke quip chide scold soothe plead beg stress interject chime echo finish start
try concede tease venture whine bellow roar howl sob snap sing jeer taunt
greet huff huff pipe sniff sniffle hum utter voice laugh squawk shrug nod
interpose rejoin
""".split()

_IRREGULAR = {
    "say": ["said", "says", "say", "saying"],
    "tell": ["told", "tells", "tell", "telling"],
    "begin": ["began", "begins", "begin", "beginning", "begun"],
    "speak": ["spoke", "speaks", "speak", "speaking", "spoken"],
    "sing": ["sang", "sings", "singing"],
    "let out": ["let out", "lets out", "letting out"],
    "go on": ["went on", "goes on", "going on"],
    "bite out": ["bit out", "bites out", "biting out"],
    "spit": ["spat", "spits", "spitting"],
    # `the twins talked of "Who gets the boat?"`; a bare `talked` is a manner (`the way he talked`)
    "talk of": ["talked of", "talks of", "talking of", "talked about", "talks about", "talking about"],
}

_DOUBLE = {"snap", "sob", "beg", "quip", "grin", "chat", "stop", "spit", "admit", "nod", "hum", "shrug"}


def _forms(verb: str) -> list[str]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb in _DOUBLE:
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    plural = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return [verb, plural, verb + "ed", verb + "ing"]


def _alternation() -> str:
    forms: set[str] = set()
    for v in list(_IRREGULAR) + _REGULAR:
        forms.update(_forms(v))
    # longest first so "let out" wins over "let"
    return "|".join(sorted((re.escape(f).replace(r"\ ", r"\s+") for f in forms), key=len, reverse=True))


def _by_first_letter(alternation: str) -> str:
    """The same alternation grouped by first letter, order kept within each group.

    The regex engine tries every alternative at every word start; grouped, it tries only
    those of one letter, about 14x faster on narration. No alternative can match where
    another group's does, so the match at each position is unchanged."""
    groups: dict[str, list[str]] = {}
    for alt in alternation.split("|"):
        groups.setdefault(alt[0].lower(), []).append(alt[1:])
    return "|".join(first + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())


SPEECH_VERB = re.compile(r"\b(?:" + _by_first_letter(_alternation()) + r")\b", re.IGNORECASE)

# verbs whose object is the addressee: `told her`, `asked him`, `said to Clarke`
OBJECT_VERBS = re.compile(
    r"^(?:told|tells|tell|telling|asked|asks|ask|asking|answered|answers|assured|assures|"
    r"reassured|reassures|reminded|reminds|warned|warns|urged|urges|promised|promises|"
    r"ordered|orders|begged|begs|teased|teases|greeted|greets)$",
    re.IGNORECASE,
)

# verbs whose addressee follows `of`: `asked of Manuel`, `inquired of the clerk`, `demanded of him`
OF_OBJECT_VERBS = re.compile(
    r"^(?:asked|asks|ask|asking|inquired|inquires|inquire|enquired|enquires|enquire|"
    r"demanded|demands|demand|begged|begs|requested|requests)$",
    re.IGNORECASE,
)


# Verbs that frame speech, as a regex alternation. Only used to delimit quotations
# (quotes/); attribution has its own, broader list (`SPEECH_VERB`).
# grouped by first letter (`_by_first_letter`; every verb is in lower case, so the groups
# stay apart with or without re.IGNORECASE): the quotes stage tries it at every word
QUOTE_FRAME_VERBS = _by_first_letter(
    r"said|says|say|saying|asked|asks|ask|cried|cries|cry|replied|replies|answered|answers|"
    r"shouted|shouts|shout|whispered|whispers|whisper|murmured|murmurs|muttered|mutters|"
    r"called|calls|added|adds|exclaimed|exclaims|yelled|yells|yell|screamed|screams|"
    r"told|tells|began|begins|continued|continues|repeated|repeats|went on|goes on|"
    r"snapped|snaps|sighed|sighs|laughed|laughs|growled|growls|hissed|hisses|"
    r"demanded|demands|insisted|insists|pleaded|pleads|begged|begs|breathed|breathes|"
    r"intoned|intones|groaned|groans|shrieked|shrieks|roared|roars|sang|sings|"
    r"gasped|gasps|stammered|stammers|announced|announces|declared|declares|"
    r"interrupted|interrupts|protested|protests|agreed|agrees|explained|explains|"
    r"admitted|admits|urged|urges|retorted|retorts|mumbled|mumbles|pursued|pursues|"
    r"observed|observes|remarked|remarks|inquired|inquires|enquired|enquires|"
    r"returned|returns|responded|responds|suggested|suggests|whimpered|wailed|"
    r"sobbed|sobs|grumbled|grumbles|ordered|orders|warned|warns|promised|promises|"
    r"shouting|whispering|muttering|murmuring|calling|crying|yelling|asking|replying|"
    # words shaped without a sound are still the line said (`mouths "Oh my GOD"`)
    r"mouthed|mouths|mouthing"
)
# a line that was never said, only supposed or meant: `I would simply have said, "Listen,"`, `she
# might have answered, "..."`, `one could say, "..."` (not `would say`, the habit of
# saying it, nor `can say`, which may be the scene's present)
UNSAID_FRAME = (
    r"\b(?:(?:would|could|might|should|must)\s+(?:\w+ly\s+)?have\s+(?:\w+ly\s+)?"
    r"(?:said|answered|replied|exclaimed|cried|asked|whispered|remarked)"
    r"|(?:could|might|should)\s+(?:\w+ly\s+)?(?:say|answer|reply|exclaim|cry|ask)"
    # or only meant, by a look or a tone: `a face that said "..."`, `the tone added, "..."`,
    # `he would seem to say`, `the one that means "..."`, `as though he had said, "..."`
    r"|(?:tone|look|looks|face|expression|eyes|glance|smile|shrug|gesture|manner|air|silence|nod)"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|added|adds|meant|means|asked|asks)"
    r"|(?:seem|seems|seemed|seeming)\s+to\s+(?:say|ask|cry|exclaim|add)"
    r"|(?:one|that|which)\s+(?:that\s+)?(?:means|meant)"
    r"|as\s+(?:if|though)\s+(?:\w+\s+){1,3}had\s+(?:said|asked|cried|exclaimed))\b"
)
# talking to oneself: `she told herself`, `I remind myself` (also read by the italics rule)
SELF_TALK = r"(?:tell|tells|told|remind|reminds|reminded)\s+(?:my|him|her|them|your|our)sel(?:f|ves)"

TAG_VERB_WORDS = frozenset(
    """said says say asked asks ask replied replies reply answered answers answer told tells
    shouted shouts yelled yells cried cries called calls whispered whispers murmured murmurs
    muttered mutters snapped snaps added adds continued continues began begins exclaimed
    exclaims laughed laughs sighed sighs groaned groans gasped gasps hissed hisses growled
    growls breathed breathes offered offers insisted insists agreed agrees admitted admits
    protested protests interrupted interrupts demanded demands repeated repeats suggested
    suggests warned warns teased teases whimpered whimpers sobbed sobs snorted snorts
    chuckled chuckles grinned grins smiled smiles nodded nods shrugged shrugs mumbled mumbles
    stammered stammers stuttered stutters screamed screams roared roars barked barks
    drawled drawls sneered sneers scoffed scoffs retorted retorts responded responds
    explained explains remarked remarks observed observes noted notes declared declares
    announced announces commanded commands ordered orders pleaded pleads begged begs
    whined whines huffed huffs purred purrs grumbled grumbles managed manages tried tries
    stated states went goes thought thinks wondered wonders""".split()
)

# a nod or a shake of the head after a question answers it: `"You remember the bag?" She
# nodded.` (speakers/clauses `_post_tag`, speakers/beats `_answers_question`)
NOD_WORDS = frozenset("nod nods nodded nodding shake shakes shook shaking".split())

# the word right before a quotation that joins it to a line said before it, in a run of
# utterances (`says "Why," and then "Don't answer that,"`, `a voice goes "Leave them,"`):
# a line said, not a word mentioned
QUOTE_RUN_ON = r"and|then|goes|go|went"

# hearing a quotation shows it was said aloud: `she heard an unmistakable "Damn."`
HEARD_VERBS = r"hear|hears|heard|hearing|overhear|overhears|overheard"

# nouns for a line said, which a quotation after `was` gives: `the answer ... was "Yes."`
SPOKEN_NOUNS = r"answer|answers|reply|replies|response|retort|rejoinder|greeting|cry|shout"
