"""Segmentation: title, author's notes, chapter headings, scene breaks, paragraphs, sentences.

`segment(work)` fills, in one linear pass over the lines of `work.text`:

- `work.segments`: for plain text (no segments given by a reader) a leading `title`
  line (and a "by ..." line under it), `author_note` blocks at the start and end of
  the text and around chapter headings (A/N, "Author's note", disclaimers, requests
  for reviews / follows / kudos, apologies for lateness, update schedules, "Thanks
  for reading"), `author_note` paragraphs inside a chapter when they open with an
  explicit label ("A/N: ...", "(A/N: ...)", "[AN: ...]", "**Author's Note:** ...", a
  reply to reviewers ("Reply to Starlight22: ...", "To the guest who asked ..."), a
  "P.S." that says what notes say ("P.S. sorry this chapter is late";
  never a paragraph opening with a quotation mark) with the note paragraphs right
  after them, a `summary` block ("Summary: ..."), `chapter_heading` lines
  ("Chapter 2: Title", "Chapter Two", "Part II", "Prologue", "CHAPTER I." with the
  short title line under it, a bare "1" or "IV"), and `story` for the rest. It is
  conservative on purpose: a paragraph holding a quotation mark never becomes a
  note, and a note needs a clear cue, because story text lost to a note is lost to
  every later stage.
  When a reader already gave segments (AO3 HTML, EPUB) they are kept as they are.
- `work.chapters`: one per chapter heading, from the heading to the next one (the
  last ends with the last story paragraph); with no heading, one chapter over the
  story. Chapters given by a reader are kept.
- `work.paragraphs`: the story paragraphs. Paragraphs are separated by blank lines
  (and, in a hard-wrapped text, by an indented line); a text that puts each
  paragraph on its own line, with few blank lines and lines that end sentences (not
  a hard-wrapped text), has one paragraph per line.
- `work.scene_breaks`: for each break, the offset of the first story paragraph after
  it. A break is a marker line (`***`, `* * *`, `~~~`, `-o-`, `oOo`, `---`, `___`,
  rows of x (`xxx`, `x`, `X X X`, `XXXX`; not `X`/`XX`/`XXX`, roman numerals, nor kisses
  `xxx` right under a signature line, nor a word like `Xxx`), hearts (`<3<3<3`, `♥♥`),
  centred symbols, "line break", "Clarke's POV") or a gap between paragraphs wider
  than the text's usual one (two or more blank lines where one is usual; any blank
  line in a one-paragraph-per-line text). Marker lines belong to no paragraph. A
  marker line on either side of a note inside a chapter still breaks the scene.
- `work.meta.words`: the words in story segments; `work.meta.title` from a title
  line when the reader gave none.

Scratch layer added here (not in the JSON output):

- `work.scratch["sentences"]`: sorted, non-overlapping `(start, end)` offsets of the
  sentences of every story paragraph. A sentence ends at `.`, `!`, `?` or `…` (with
  any closing quotes or brackets after it) before a space and a capital letter,
  digit or opening quote; never after an abbreviation (Mr. Mrs. Dr. St. ...) or an
  initial ("J. K."), and never at a `?` or `!` inside a quote followed by a
  lower-case tag (`"Why?" she asked.` is one sentence). Paragraph ends always end a
  sentence, so a sentence never crosses a paragraph. Sentences inside a quotation
  split like any others (`"I'm not judging. I'm saying..."` is two), as spaCy's do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, STORY, SUMMARY, TITLE, Chapter, Paragraph, Segment, Work

__all__ = ["segment", "sentences", "strip_span"]

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
    r"a/n\b|a\.n\.|an\s*:|author'?s'?\s*notes?\b|authors?\s*notes?\b|notes?\s*:|disclaimer\b|"
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
    r"(?i)\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|all\s+)?for\s+reading\b|\bplease\s+(?:r\s*&\s*r|review|comment|leave)|"
    r"\bread\s+(?:and|&)\s+review\b|\br\s*&\s*r\b|\bkudos\b|\breviews?\s+(?:are|is|make|mean|keep)\b|"
    r"\bleave\s+(?:a|me\s+a)\s+(?:review|comment|kudo)|\bnext\s+update\b|\bnext\s+chapter\s*(?:[:!]|will|should|is\s+(?:up|coming|out|already)|soon)|\buntil\s+next\s+time\b|"
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
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9À-Þ])")
_ABBREV = frozenset(
    "mr mrs ms mx dr st prof sr jr mt capt col gen lt sgt rev fr hon messrs mme mlle no vs etc "
    "e.g i.e cf approx dept est fig inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_NOTE_PARA_WORDS = 200  # longer paragraphs are story, whatever they say
_MAX_NOTE_PARAS = 8


@dataclass(slots=True)
class _Unit:
    """A paragraph-sized piece of the text: a paragraph candidate or a marker line."""

    start: int
    end: int
    marker: bool
    lines: int
    gap: int  # newlines between the previous unit and this one
    label: str | None = None  # TITLE | AUTHOR_NOTE | SUMMARY | CHAPTER_HEADING; None = story


def segment(work: Work) -> Work:
    """Fill segments (unless a reader did), chapters, paragraphs, scene breaks, sentences."""
    text = work.text
    given = bool(work.segments)
    if given:
        # a reader's paragraphs are blank-line separated; a single newline is a <br>
        story_runs = [_units(text, s.start, s.end, line_mode=False) for s in work.segments if s.kind == STORY]
    else:
        units = _units(text, 0, len(text), _is_line_mode(text))
        _label(text, units)
        work.segments, story_runs = _segments(text, units)
        if work.meta.title is None:
            titles = [s for s in work.segments if s.kind == TITLE]
            if titles:
                first = text[titles[0].start : titles[0].end].split("\n")[0].strip()
                work.meta.title = re.sub(r"(?i)^title\s*:\s*", "", first)

    threshold = _break_gap(story_runs)
    joined = _joined_runs(work.segments) if not given else [False] * len(story_runs)
    work.paragraphs = []
    work.scene_breaks = []
    prev_text: _Unit | None = None
    marker_since = False
    for run, join in zip(story_runs, joined):
        if not join:
            prev_text, marker_since = None, False
        for k, u in enumerate(run):
            if u.marker:
                marker_since = True
                continue
            # across a note only a marker line makes a break (the gap is the note's)
            wide = u.gap >= threshold and not (join and k == 0)
            if prev_text is not None and (marker_since or wide):
                work.scene_breaks.append(u.start)
            work.paragraphs.append(Paragraph(u.start, u.end))
            prev_text, marker_since = u, False

    if not work.chapters:
        work.chapters = _chapters(text, work.segments, work.paragraphs)
    work.scratch["sentences"] = sentences(text, work.paragraphs)
    work.meta.words = sum(len(text[s.start : s.end].split()) for s in work.story_spans())
    return work


# --- units -------------------------------------------------------------------------------

def _lines(text: str, start: int, end: int):
    """(start, end) of each non-blank line, stripped, with the newlines before it and
    whether the line is indented."""
    newlines = 0
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        a, b = strip_span(text, pos, line_end)
        if a < b:
            yield a, b, newlines, a > pos
            newlines = 0
        if nl < 0:
            break
        newlines += 1
        pos = nl + 1


def _units(text: str, start: int, end: int, line_mode: bool) -> list[_Unit]:
    units: list[_Unit] = []
    cur: _Unit | None = None
    first = True
    for a, b, nls, indented in _lines(text, start, end):
        line = text[a:b]
        gap = 2 if first else nls  # a segment's first unit follows a boundary
        first = False
        # "xx" right under "Love, Mum" is a kiss, not a break
        kiss = nls == 1 and cur is not None and not line_mode and line.islower() and _LETTER_RUN.match(line)
        if _is_marker(line) and not kiss:
            units.append(_Unit(a, b, True, 1, gap))
            cur = None
            continue
        # a line right under another continues its paragraph, unless each line is a
        # paragraph or a heading is glued to its neighbour ("Title\nChapter 1\nIt was...")
        if (
            cur is not None
            and nls == 1
            and not line_mode
            and not (cur.lines == 1 and _is_heading(text[cur.start : cur.end]))
            and not indented  # an indented line opens a paragraph in a hard-wrapped text
            and not _is_heading(line)
        ):
            cur.end = b
            cur.lines += 1
            continue
        cur = _Unit(a, b, False, 1, gap)
        units.append(cur)
    return units


def _is_line_mode(text: str) -> bool:
    """True when each line is a paragraph: long blocks of lines that end sentences."""
    lines = blocks = inner = ended = 0
    prev_line = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            prev_line = ""
            continue
        lines += 1
        if prev_line:
            inner += 1
            if prev_line[-1] in ".!?\"”’'…)*":
                ended += 1
        else:
            blocks += 1
        prev_line = line
    if blocks == 0 or lines / blocks < 2.5 or inner == 0:
        return False
    return ended / inner >= 0.5


def _is_marker(line: str) -> bool:
    if len(line) > 60:
        return False
    compact = line.replace(" ", "").replace("\t", "").replace("\ufe0f", "")  # emoji style selector: "❤️"
    if not compact:
        return False
    if _LETTER_RUN.match(line):
        return True
    # "<3<3<3", "♥♥♥": one heart alone is a chat reply more often than a break
    hearts = compact.count("<3") + sum(compact.count(h) for h in _HEARTS)
    if hearts:
        if hearts < 2 and not compact.replace("<3", "").strip("".join(_HEARTS)):
            return False
        compact = compact.replace("<3", "*")
        for h in _HEARTS:
            compact = compact.replace(h, "*")
    if compact.isalpha() and compact[0].isupper() and compact[1:].islower():
        return False  # a word ("Xxx", "Ooo"), not a row of letters
    if all(c in _SYMBOL_CHARS for c in compact):
        letters = [c for c in compact if c in "o0OxX"]
        symbols = len(compact) - len(letters)
        if not letters:
            # dots alone ("...", "…") are a silence more often than a break
            return not all(c in ".…" for c in compact)
        if _LETTER_MARKER.match(line):
            mixed = len(set(letters)) > 1 or any(c in "0" for c in letters)
            return symbols > 0 or (len(letters) >= 3 and mixed)
        return False
    return bool(_WORD_MARKER.match(line))


def _is_heading(line: str) -> bool:
    if len(line) > 120 or _QUOTE_CHAR.match(line):
        return False
    core = line.strip(_DECORATION)
    decorated = core != line
    if core.startswith(("**", "__")):
        core = core.strip("*_ ")
    if not core or not core[0].isupper() and not core[0].isdigit():
        return False
    return bool(
        _HEADING_SEP.match(core)
        or _HEADING_BARE.match(core)
        or _SECTION.match(core)
        or _NUMBERED.match(core)
        or (decorated and _NUMWORD_ALONE.match(core))
    )


# --- labels --------------------------------------------------------------------------------


def _label(text: str, units: list[_Unit]) -> None:
    """Mark title, headings and notes; everything left unlabelled is story."""
    texts = [i for i, u in enumerate(units) if not u.marker]
    if not texts:
        return
    get = lambda i: text[units[i].start : units[i].end]  # noqa: E731

    headings = [i for i in texts if units[i].lines == 1 and _is_heading(get(i))]
    for i in headings:
        units[i].label = CHAPTER_HEADING
    # the short title line under a heading ("CHAPTER I" / "In Chancery") is part of it
    for i in headings:
        j = _next_text(units, i)
        if j is not None and units[j].label is None and _is_subtitle(get(j)) and not _note_start(get(j)):
            units[j].label = CHAPTER_HEADING

    # the front: title, then headings and notes in any order
    pos = texts[0]
    first_lines = get(pos).split("\n")
    if len(first_lines) == 2 and _BYLINE.match(first_lines[1].strip()) and _is_title(first_lines[0].strip()):
        units[pos].label = TITLE  # "Title\nby author" glued together
        pos = _next_text(units, pos)
    elif units[pos].label is None and _is_title(get(pos)) and len(texts) >= 4:
        units[pos].label = TITLE
        nxt = _next_text(units, pos)
        if nxt is not None and _BYLINE.match(get(nxt)):
            units[nxt].label = TITLE
            pos = nxt
        pos = _next_text(units, pos)
    front_end = _scan_notes_forward(text, units, pos, at_front=True)

    # after each heading group: a note that opens clearly
    for i in headings:
        j = _next_text(units, i)
        while j is not None and units[j].label == CHAPTER_HEADING:
            j = _next_text(units, j)
        if j is not None:
            _scan_notes_forward(text, units, j, at_front=False)

    # the back, and before each heading: notes found backwards
    _scan_notes_backward(text, units, len(units) - 1, floor=front_end)
    for i in headings:
        if units[i].label == CHAPTER_HEADING:
            j = i - 1
            while j >= 0 and units[j].label == CHAPTER_HEADING:
                j -= 1
            _scan_notes_backward(text, units, j, floor=front_end)

    _mark_inline_notes(text, units)


# An explicit label that opens a note anywhere in a chapter: "A/N: sorry for the wait!",
# "(A/N: ...)", "[AN: ...]", "**Author's Note:** ...". "Author's note" needs a colon or a
# bracket after it, so prose about an author's notes stays story.
_INLINE_NOTE = re.compile(
    r"(?i)^[(\[*_~]{0,3}\s*(?:a/n\b|a\.n\.|a\.n\s*:|an\s*:|author'?s'?\s*notes?\s*[*_]{0,2}\s*[:)\]\-–—])"
)


def _mark_inline_notes(text: str, units: list[_Unit]) -> None:
    """Label notes between story paragraphs: a paragraph opening with an explicit A/N
    label, and the note paragraphs right after it."""
    i = 0
    while i < len(units):
        u = units[i]
        i += 1
        if u.marker or u.label is not None or not _is_inline_note(_t(text, u)):
            continue
        u.label = AUTHOR_NOTE
        count = 1
        close = _bracket_close(text, units, i - 1)
        # the note goes on to its closing bracket, while paragraphs say what only a note
        # says ("Thanks for reading!"), or with a note word up to a separator line
        # ("Enjoy!" / "***"); two note words alone are not enough inside a chapter
        # ("She was sorry she had read the story.")
        while i < len(units) and count < _MAX_NOTE_PARAS:
            v = units[i]
            if v.marker or v.label is not None:
                break
            para = _t(text, v)
            if not (i <= close or (_looks_like_note(para) and _STRONG_CUE.search(para))
                    or (_WEAK_CUE.search(para) and _closed_by_marker(text, units, i))):
                break
            v.label = AUTHOR_NOTE
            count += 1
            i += 1


def _bracket_close(text: str, units: list[_Unit], pos: int) -> int:
    """The unit that closes a note opened with an unclosed bracket ("(A/N: ..." ... ")"),
    within a few short paragraphs; -1 when there is none."""
    opening = _t(text, units[pos])
    closer = {"(": ")", "[": "]"}.get(opening[0])
    if closer is None or opening[-1] == closer:
        return -1
    for j in range(pos + 1, min(pos + 4, len(units))):
        para = _t(text, units[j])
        if units[j].marker or units[j].label is not None or len(para.split()) > _NOTE_PARA_WORDS or _QUOTE_CHAR.match(para):
            return -1  # a separator, a heading, a long paragraph or a line of dialogue
        if para[-1] == closer:
            return j
    return -1


def _closed_by_marker(text: str, units: list[_Unit], pos: int) -> bool:
    """Short quote-free paragraphs from `pos` up to a separator line within three units."""
    for j in range(pos, min(pos + 3, len(units))):
        if units[j].marker:
            return True
        para = _t(text, units[j])
        if units[j].label is not None or len(para.split()) > 40 or _QUOTE_CHAR.search(para):
            return False
    return False


# A postscript is a note only when it talks as notes do ("P.S. Sorry this chapter is
# late"): a letter in the story ends on one too ("P.S. Burn this.").
_POSTSCRIPT = re.compile(r"(?i)^[(\[*_~]{0,3}\s*p\.?\s?(?:p\.?\s?)?s\b\.?\s*[:.\-–—]?")
# Replies to reviewers: "Reply to Starlight22:", "Review replies:", "To the guest who asked..."
_REVIEW_REPLY = re.compile(
    r"(?i)^[(\[*_~]{0,3}\s*(?:(?:review(?:er)?s?\s+)?repl(?:y|ies)\s+(?:to\s+)?(?:reviews?|reviewers?|comments?|guests?|\S+\s*:)"
    r"|review(?:er)?\s+(?:replies|responses|corner)\b|(?:to\s+)?(?:the|my|a)\s+guest(?:\s+reviewer)?\s+(?:who\b|:)"
    r"|guest\s+reviewer\b)"
)


def _is_inline_note(para: str) -> bool:
    if len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _POSTSCRIPT.match(para):
        return not _QUOTE_CHAR.search(para) and bool(_STRONG_CUE.search(para) or _WEAK_CUE.search(para))
    if not (_INLINE_NOTE.match(para) or _REVIEW_REPLY.match(para)):
        return False
    # dialogue inside a note only when the whole note is bracketed: "(A/N: ...)"
    return not _QUOTE_CHAR.search(para) or (para[0] in "([" and para[-1] in ")]")


def _next_text(units: list[_Unit], i: int | None) -> int | None:
    if i is None:
        return None
    for j in range(i + 1, len(units)):
        if not units[j].marker:
            return j
    return None


def _scan_notes_forward(text: str, units: list[_Unit], pos: int | None, at_front: bool) -> int:
    """Label the notes (and, at the front, headings) from `pos`; return the first unit after."""
    count = 0
    in_note = False
    while pos is not None and pos < len(units):
        u = units[pos]
        if u.marker:
            in_note = False  # a separator line closes a note block
            pos += 1
            continue
        line = text[u.start : u.end]
        if u.label == CHAPTER_HEADING:
            if not at_front:
                break
            in_note = False
            pos += 1
            continue
        if u.label is not None:
            break
        start = _note_start(line) or (_looks_like_note(line) and _STRONG_CUE.search(line) and AUTHOR_NOTE)
        if start:
            kind = start
        elif in_note and count < _MAX_NOTE_PARAS and _continues_note(text, units, pos):
            kind = units[pos - 1].label if units[pos - 1].label in (AUTHOR_NOTE, SUMMARY) else AUTHOR_NOTE
        else:
            break
        u.label = kind
        in_note = True
        count += 1
        pos += 1
    return pos if pos is not None else len(units)


def _scan_notes_backward(text: str, units: list[_Unit], pos: int, floor: int) -> None:
    """Label note paragraphs going back from `pos` (the end of the text or of a chapter)."""
    while pos >= floor and pos >= 0 and units[pos].marker:
        pos -= 1
    found: list[int] = []
    while pos >= floor and pos >= 0 and len(found) < _MAX_NOTE_PARAS:
        u = units[pos]
        if u.marker or u.label is not None:
            break
        line = text[u.start : u.end]
        if not (_note_start(line) or _looks_like_note(line)):
            break
        found.append(pos)
        pos -= 1
    # a block of weak-cue paragraphs needs one clear cue or opening somewhere in it
    if found and any(_note_start(_t(text, units[i])) or _STRONG_CUE.search(_t(text, units[i])) for i in found):
        for i in found:
            units[i].label = _note_start(_t(text, units[i])) or AUTHOR_NOTE


def _t(text: str, u: _Unit) -> str:
    return text[u.start : u.end]


def _note_start(para: str) -> str | None:
    """The segment kind when a paragraph opens as a note does, else None."""
    if len(para.split()) > _NOTE_PARA_WORDS:
        return None
    m = _NOTE_START.match(para)
    if m:
        if m.group("summary"):
            return SUMMARY
        if m.group("title"):
            return TITLE if "\n" not in para else AUTHOR_NOTE
        return AUTHOR_NOTE
    if _DISCLAIMER.search(para) and not _QUOTE_CHAR.search(para):
        return AUTHOR_NOTE
    return None


def _looks_like_note(para: str) -> bool:
    """No dialogue, and one phrase only a note uses or two words notes use a lot."""
    if _QUOTE_CHAR.search(para) or len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _STRONG_CUE.search(para):
        return True
    return len({m.group().lower() for m in _WEAK_CUE.finditer(para)}) >= 2


def _continues_note(text: str, units: list[_Unit], pos: int) -> bool:
    """Inside a note block: a paragraph with a note word, or one closed by a separator line."""
    para = _t(text, units[pos])
    if _QUOTE_CHAR.search(para) or len(para.split()) > _NOTE_PARA_WORDS:
        return False
    if _STRONG_CUE.search(para) or _WEAK_CUE.search(para):
        return True
    # short lines up to a separator ("A/N ...", "Enjoy!", "***") belong to the note
    for j in range(pos, min(pos + 3, len(units))):
        u = units[j]
        if u.marker:
            return True
        if len(_t(text, u).split()) > 40 or _QUOTE_CHAR.search(_t(text, u)):
            return False
    return False


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 15
        and len(line) <= 100
        and "\n" not in line
        and not _QUOTE_CHAR.match(line)
        and line[-1] not in ".,;:"
        and not _note_start(line)
        and not _is_heading(line)
        and (line[0].isupper() or line[0].isdigit() or not line[0].isalpha())
    )


def _is_subtitle(line: str) -> bool:
    words = line.split()
    if not 0 < len(words) <= 10 or len(line) > 70 or "\n" in line or _QUOTE_CHAR.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if line.isupper():
        return True
    return line[-1] not in ".,;:!?"


# --- segments, chapters ----------------------------------------------------------------------


def _segments(text: str, units: list[_Unit]) -> tuple[list[Segment], list[list[_Unit]]]:
    """Merge labelled units into segments; story runs become story segments (markers at
    their edges left out, as they separate the story from a note)."""
    segments: list[Segment] = []
    runs: list[list[_Unit]] = []
    run: list[_Unit] = []

    def close_run() -> None:
        paras = [u for u in run if not u.marker]
        if paras:
            segments.append(Segment(paras[0].start, paras[-1].end, STORY))
            runs.append(run[:])
        run.clear()

    last: _Unit | None = None
    for u in units:
        if u.label is None:
            run.append(u)
            continue
        close_run()
        if segments and last is not None and segments[-1].kind == u.label and last.label == u.label and segments[-1].end == last.end:
            segments[-1].end = u.end  # one segment for a multi-paragraph note
        else:
            segments.append(Segment(u.start, u.end, u.label))
        last = u
    close_run()
    return segments, runs


def _joined_runs(segments: list[Segment]) -> list[bool]:
    """For each story segment: True when only author's notes part it from the story
    before (a note inside a chapter), so a scene break can cross the note."""
    out: list[bool] = []
    seen_story = only_notes = False
    for s in segments:
        if s.kind == STORY:
            out.append(seen_story and only_notes)
            seen_story = only_notes = True
        elif s.kind != AUTHOR_NOTE:
            only_notes = False
    return out


def _break_gap(runs: list[list[_Unit]]) -> int:
    """Newlines that make a scene break: more than the usual gap between paragraphs."""
    gaps: Counter[int] = Counter()
    for run in runs:
        for prev, u in zip(run, run[1:]):
            if not prev.marker and not u.marker:
                gaps[u.gap] += 1
    usual = gaps.most_common(1)[0][0] if gaps else 2
    return max(usual, 1) + 1


def _chapters(text: str, segments: list[Segment], paragraphs: list[Paragraph]) -> list[Chapter]:
    if not paragraphs:
        return []
    story_end = paragraphs[-1].end
    heads = [s for s in segments if s.kind == CHAPTER_HEADING]
    # consecutive heading segments (BOOK I / CHAPTER I) open one chapter
    groups: list[list[Segment]] = []
    for h in heads:
        if groups and not text[groups[-1][-1].end : h.start].strip():
            groups[-1].append(h)
        else:
            groups.append([h])
    groups = [g for g in groups if g[0].start < story_end]
    chapters: list[Chapter] = []
    if not groups or paragraphs[0].start < groups[0][0].start:
        end = groups[0][0].start if groups else story_end
        chapters.append(Chapter(1, None, paragraphs[0].start, _trim_end(text, paragraphs[0].start, end)))
    for k, g in enumerate(groups):
        end = groups[k + 1][0].start if k + 1 < len(groups) else story_end
        title = _heading_title([line for s in g for line in text[s.start : s.end].split("\n")])
        chapters.append(Chapter(len(chapters) + 1, title, g[0].start, end))
    return chapters


def _heading_title(lines: list[str]) -> str:
    """"CHAPTER I" + "In Chancery" -> "CHAPTER I: In Chancery"; "BOOK I." + "CHAPTER I." keep their stops."""
    title = ""
    for line in lines:
        line = " ".join(line.split())
        if not line:
            continue
        if title:
            title += " " if title[-1] in ".:;,-–—" else ": "
        title += line
    return title


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with surrounding whitespace removed (shared with the report and gold builder)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- sentences --------------------------------------------------------------------------------


def sentences(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Sentence spans over the paragraphs (see the module docstring for the rules)."""
    out: list[tuple[int, int]] = []
    for p in paragraphs:
        start = p.start
        for m in _SENT_END.finditer(text, p.start, p.end):
            end = m.end()
            if _is_abbreviation(text, m.start(), start):
                continue
            out.append(strip_span(text, start, end))
            start = end
        a, b = strip_span(text, start, p.end)
        if a < b:
            out.append((a, b))
    return out


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[i].isupper():
        return True  # an initial: "J. K. Rowling"
    return word in _ABBREV
