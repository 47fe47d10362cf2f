"""Line classes: the patterns of headings, scene-break markers, note cues and bylines."""

from __future__ import annotations

import re

from ficlens.lang.en.abbreviations import ABBREVIATIONS

# --- line classes --------------------------------------------------------------------

_NUMWORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[- ]\w+)?|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
)
_NUM = rf"(?:\d{{1,4}}|[ivxlcdm]{{1,8}}|{_NUMWORD}|the\s+(?:{_NUMWORD}))"
_KEYWORD = r"(?:chapter|chap\.?|ch\.?|part|book|volume|vol\.?|act|section|adventure|phase|episode|stave|canto|letter)"
# "Chapter 2: Title", "CHAPTER I. The Long Road", "PART ONE--The Harbour"
_HEADING_SEP = re.compile(rf"(?i)^{_KEYWORD}\s*{_NUM}\.?(?:\s*(?:[:.\-–—|]+)\s*\S.*)?$")
# "Chapter 1 The Beginning": without a separator the rest must look like a title,
# so "Book two was better." stays story
_TITLE_WORDS = r"(?-i:[A-Z0-9][\w'’.-]*[:,;]?)(?:\s+(?:(?-i:[A-Z0-9(][\w'’.),-]*[:,;]?)|of|the|a|an|and|in|on|to|at|for|with|from|by|or|is))*"
_HEADING_BARE = re.compile(rf"(?i)^{_KEYWORD}\s*{_NUM}\s+{_TITLE_WORDS}$")
_SECTION = re.compile(
    r"(?i)^(?:prologue|epilogue|interlude|intermission|afterword|foreword|preface|introduction|coda)"
    r"\b(?:\s*[:.\-–—|]+\s*\S.*)?\.?$"
)
_NUMBERED = re.compile(rf"^(?:\d{{1,3}}|[IVXLC]{{1,7}})\.?$|^\d{{1,3}}[.):]\s+[A-Z][^.!?\"“”]{{0,60}}$|^[IVXLC]{{1,7}}\.?\s+{_TITLE_WORDS}$")
_NUMWORD_ALONE = re.compile(rf"(?i)^(?:{_NUMWORD})$")
_DECORATION = "~*=#_-–—•·|[]() \t"

_SYMBOL_CHARS = set("*~=#_-–—•·+^°º×/\\|<>:§¤¶.!o0OxX")
_LETTER_MARKER = re.compile(r"^[-~*=_.+#•·\s]*(?:[oO0xX][-~*=_.+#•·\s]*)+$")
# rows of x only: "xxx", "x", "x x x", "X X X", "XXXX"; "X", "XX", "XXX" stay roman numerals
_LETTER_RUN = re.compile(r"^(?:x|x{3,}|X{4,}|[xX](?:[ \t]+[xX])+)$")
_HEARTS = "♥❤♡"
_WORD_MARKER = re.compile(
    r"(?i)^[\W_]*(?:(?:line|scene|page|section)[ -]?break|linebreak|lb|break|time[ -]?skip|"
    r"pov[ -]?(?:change|switch)|"
    r"(?:[A-Z][\w'’.-]*\s*){1,3}(?:'s|’s)?\s*(?:pov|p\.o\.v\.?)|pov:?\s*[A-Z][\w'’ .-]{0,30})[\W_]*$"
)

_QUOTE_CHAR = re.compile(r"[\"“”«»]|(?:^|\s)[‘']\w")

# A note opens with one of these (after a little decoration: "(A/N: ...)", "**Disclaimer**")
_NOTE_START = re.compile(
    r"(?i)^[\W_]{0,3}(?:"
    r"(?P<summary>summary\s*:)|(?P<title>title\s*:)|"
    r"a/n\b|a\.n\.|an\s*:|author'?s'?\s*notes?\b|authors?\s*notes?\b|notes?\s*:|(?:end|ending|closing|final|beginning|opening|chapter|story)\s+notes?\s*:|disclaimer\b|"
    r"warnings?\s*:|rating\s*:|pairings?\s*:|fandoms?\s*:|characters\s*:|spoilers?\s*:|"
    r"word\s*count\s*:|beta(?:'d|ed)?(?:\s*by)?\s*:|dedicat(?:ed|ion)\b|prompt\s*:|author\s*:|"
    r"tw\s*:|cw\s*:|content\s+warnings?\b"
    r")"
)
_DISCLAIMER = re.compile(
    r"(?i)\b(?:i|we)\s+(?:don'?t|do\s+not|dont)\s+own\b.{0,80}?\b(?:characters?|rights?|franchise|universe|"
    r"series|show|fandom|anything|nothing|any\s+of)\b|\bbelongs?\s+to\b.{0,60}?\b(?:not\s+me|and\s+not)\b"
)
# Phrases only an author's note uses; one is enough outside a note block.
_STRONG_CUE = re.compile(
    r"(?i)\b(?:thanks?|thank\s+(?:you|u|ya|yall|y'all)|ty|thx)\s+(?:so\s+much\s+|all\s+)?for\s+reading\b|"
    r"\bcomments?\s+(?:(?:and|n|&)\s+kudos\s+)?(?:feed|fuel|make|keep|give)\s+me\b|\bcomments\s+are\s+(?:my|like|love)\b|\bplease\s+(?:r\s*&\s*r|review|comment|leave)|"
    r"\bread\s+(?:and|&)\s+review\b|\br\s*&\s*r\b|\bkudos\b|\breviews?\s+(?:are|is|make|mean|keep)\b|"
    r"\bleave\s+(?:a|me\s+a)\s+(?:review|comment|kudo)|\bnext\s+update\b|\bnext\s+chapter\s*(?:[:!]|will|should|is\s+(?:up|coming|out|already)|soon)|\buntil\s+next\s+time\b|\bnext\s+time\s*:|"
    r"\bsee\s+you\s+(?:all\s+)?(?:next|soon|in\s+the\s+next)\b|\b(?:follows?|fav(?:ou?)?rites?|faves?)\s*(?:,|and|&|or|\+)\s*"
    r"(?:follows?|fav(?:ou?)?rites?|faves?|reviews?|kudos)\b|\ba/n\b|\bto\s+be\s+continued\b|\bTBC\b|"
    r"\blet\s+me\s+know\s+what\s+you\s+(?:think|thought)\s*(?:[!.?:)]|$)|\bhope\s+you\s+(?:all\s+|guys\s+)?(?:enjoy|enjoyed|like|liked)\s+(?:it|this|the\s+(?:chapter|story|fic|one-?shot))\b|^\W*(?:please\s+)?(?:reviews?|r\s*&\s*r|comments?|kudos)\W*$|"
    r"\bsorry\s+(?:for|about)\s+(?:the\s+)?(?:late|long\s+wait|wait|delay)|\b(?:i'?ll|i\s+will)\s+(?:try\s+to\s+)?update\b|"
    r"\bupdates?\s+(?:every|on|next|soon|weekly)\b|\bfanfic|\bone-?shot\b|"
    r"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?(?:to\s+)?(?:everyone|all\s+of\s+you|you\s+all|you\s+guys)\s+(?:who|for)\b|"
    r"\beveryone\s+who\s+(?:reviewed|followed|fav(?:ou?)?rited|commented|left\s+kudos)\b|"
    r"\byou\s+guys\s+are\s+(?:amazing|awesome|the\s+best)\b"
)
# Words an author's note uses a lot; two of them mark a note, one continues a note block.
_WEAK_CUE = re.compile(
    r"(?i)\b(?:reviews?|reviewed|comments?|updates?|updated|updating|fic|fics|chapters?|story|beta|"
    r"readers?|reading|writing|wrote|posted|enjoy|sorry|thanks|thank\s+you|own|canon|au|ooc|spoilers?|"
    r"warnings?|lol|follows?|fav(?:ou?)?rites?|prompt|inspired|set\s+(?:after|during|before|in))\b|"
    r"[:;]-?[)D(P]|<3|♥"
)
_BYLINE = re.compile(r"(?i)^(?:by|written\s+by|author\s*:)\s+\S.{0,60}$")

# a match starts only where a run of stops starts: tried at every dot of "......" it
# made a long run quadratic (a match inside a run ends where the whole run's would)
# (each opens on its first mark with the test for a mark before it behind that: the engine
# skips ahead to the next mark instead of trying the lookbehind at every position)
_SENT_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])")
# in a work written in lower case by choice: also before a small letter, but not after a
# closing quote (`"why?" she asked` is one sentence)
_SENT_END_SMALL = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*(?:[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])|(?=\s+[\"'“‘(\[]*[a-zß-öø-ÿ]))"
)
_ABBREV = ABBREVIATIONS

_NOTE_PARA_WORDS = 200  # longer paragraphs are story, whatever they say
_MAX_NOTE_PARAS = 8

# Fan-fiction conventions a story's own sentences hardly use: seasons ("set in s3"),
# "pov", "OC"/"AU"/"canon", ship talk ("slow burn", "pre-slash"), reader inserts, "fic",
# betas and typos, "X is mine", "because i said so", "first person present", "original
# work", prompts and fests, "post-canon", "!!", chat slang, pairings ("robin/vickie"),
# the asks of an end note. A paragraph with two kinds, right after the title or a
# heading or last in the text, is a note with no "A/N" label (AO3 plain text seldom has
# one); a story paragraph has at most one (a texted "lol", a "ship").
_FAN_CUES = tuple(
    re.compile(rx, flags)
    for rx, flags in (
        (r"\b(?:s\d{1,2}|season\s+\d+|series\s+\d+)(?:-ish)?\b", re.I),
        (r"\bpov\b", re.I),
        (r"\b(?:OCs?|AU)\b|\b(?i:my\s+oc|canon|canon[- ]?divergen\w*|fix[- ]it|(?:book|movie|show|game)-?verse)\b", 0),
        (r"\bslow\s*-?\s*burn\b|\bpining\b|\bpre-(?:slash|relationship|reveal|canon)\b|\bfluff\b|\bangst\b|"
         r"\bgen\s+fic\b|\bno\s+ships?\b|\bno\s+romance\b|\bfound\s+family\b|\bhurt/comfort\b", re.I),
        (r"\breader[- ]insert\b|\b(?:gn|fem|m|f)!\w+|\b\w+\s*(?:x|/)\s*reader\b|\bgender[- ]neutral\s+reader\b", re.I),
        (r"\b(?:they|she|he|xe)/(?:them|her|him|xem)\b", re.I),
        (r"\bfics?\b|\bfanfic|\bone-?shot\b|\bdrabble\b", re.I),
        (r"\b(?:un)?beta(?:'?d|ed)?\b|\bbritpick|\bmistakes\s+are\s+(?:all\s+)?(?:mine|my\s+own)\b|\btypos?\b", re.I),
        (r"\b(?:is|are)\s+(?:all\s+)?mine\b|\ball\s+mine\b|\bmy\s+(?:baby|comfort\s+character)\b", re.I),
        (r"\bi\s+said\s+so\b|\bdon'?t\s+@\s*me\b|\bbe\s+gentle\b|\bi\s+will\s+(?:not\s+be\s+taking\s+questions|die\s+on\s+this\s+hill)\b|"
         r"\bignore\s+(?:the\s+)?(?:timeline|canon|endgame|epilogue)\b", re.I),
        (r"\bfirst\s+person(?:\s+present)?\b|\bpresent\s+tense\b|\blowercase\s+is\b|\bstylistic\s+choice\b", re.I),
        (r"\boriginal\s+(?:work|fic)\b|\bno\s+fandom\b", re.I),
        (r"\bprompt\b|\bfest\b|\b\w+\s+week\s+day\s+\d+\b|\bexchange\b|\bwritten\s+for\b", re.I),
        (r"\bpost-?(?:s\d|canon|war|season|campaign)|\bpost-[A-Za-z]+\b|"
         r"\bset\s+(?:vaguely|sometime|somewhere|in\s+(?:s\d|season|some\b)|after\s+(?:the\s+)?(?:events|season|s\d|canon))", re.I),
        (r"\b(?:tumblr|ao3|wattpad|ffn|fanfiction\.net|discord|kofi|ko-fi)\b", re.I),
        (r"\bsorry\s+(?:(?:this|it)(?:'s|’s|s|\s+is)?|for\s+the)\s+(?:so\s+|a\s+bit\s+|very\s+)?(?:late|short|long\s+wait)\b|\b(?:tw|cw)\s*:", re.I),
        (r"\b(?:next\s+(?:part|chapter)|part\s+(?:2|two|ii))\s+(?:is|will)\b|\b(?:sequel|sidequel)\b", re.I),
        (r"\b(?!y/n\b|and/or\b)[a-z]+/[a-z]+\b", re.I),
        (_STRONG_CUE.pattern, 0),
    )
)


# the tone of a note ("!!", "idk", "lol") counts once, and only beside a convention
# above: a story's texted "lol ok!!" is no note
_TONE_CUE = re.compile(r"!!|\?\?|(?i:\b(?:bc|idk|lol|pls|tbh|btw|ur|ty|im)\b)")


def fan_cues(para: str) -> tuple[int, bool]:
    """How many kinds of fan-fiction note convention `para` uses, and whether it has a
    note's tone."""
    return sum(1 for rx in _FAN_CUES if rx.search(para)), bool(_TONE_CUE.search(para))

# the words of a prompt quoted in a note ('for the prompt "the seating plan is a war
# crime"') are no dialogue
PROMPT_QUOTE = re.compile(r"(?i)\b(?:prompt|fest|exchange|challenge)\b[^\"“]{0,20}[\"“]")
