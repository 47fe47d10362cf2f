"""Quotation spans in story paragraphs.

Spans include their marks, are sorted, never overlap and lie inside one story
paragraph each. Styles read:

- double quotes, straight or curly, mixed (`"..."`, `“...”`); single quotes inside
  them are nested quotes and belong to the outer quote;
- single-quote dialogue (`‘...’`, `'...'`) when the work uses it for dialogue (single
  marks open or close more than twice as many quotes as double marks open), with
  apostrophes told apart (see `marks`);
- a quote running over several paragraphs (an opening mark on each, the closing mark
  on the last): each paragraph's part is its own quote;
- an unclosed quote, recovered at the end of its paragraph, and a closing mark with no
  opener at the start of a paragraph, recovered from the paragraph start;
- dash dialogue (`— Where to? — he asked.`, `―`, or Gutenberg's `--`) at a paragraph
  start; the spoken part ends at the next dash or at a speech tag (`he said`);
- italic spans (`_..._`, `*...*`) of two words or more: a thought (`kind="non_speech"`)
  in a paragraph with a thought verb, speech right after a speech verb
  (`cried out _Halt there_`), otherwise plain emphasis and no quote; an italic of any
  length framed by a thought tag is a thought too (`*No,* I think, *not like this.*`),
  and one in a written frame is written text (`the note said, *Back at six.*`).

A short quotation without closing punctuation that is not framed by a speech verb (a
word mentioned, a sign, a title, scare quotes) gets `kind="non_speech"` (see `kinds`).

Working layer it adds (`ficlens.layers.QuoteLayer`): `continues`, the set of quote
indices `i` whose utterance goes on in quote `i + 1` (the next paragraph's part of a
multi-paragraph quote), and `style`, `"double"` or `"single"`. In the output each later
part's `Quote.part_of` is the index of the utterance's first part, so saved JSON keeps
the chain. In a work written in lower case by choice (`Sentences.lowercase`) a line
opening on a small letter is no text message.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from ficlens.lang.en.speech_verbs import QUOTE_FRAME_VERBS, SELF_TALK
from ficlens.layers import QuoteLayer, Sentences
from ficlens.model import Quote, Work
from ficlens.quotes.kinds import is_non_speech, is_written, thought_parts
from ficlens.quotes.marks import (
    APOSTROPHE,
    CLOSE,
    DOUBLE,
    EITHER,
    ELIDED,
    MARKS,
    OPEN,
    WEAK,
    classify,
)
from ficlens.segment import lowercase_narration

__all__ = ["find_quotes", "quote_spans"]

_CLOSING_PUNCT = ".,!?;:…-—–―"
_DASH_START = re.compile(r"(?:[—―–]|--)(?=\s*[^\s—―–-])")
_DASH_SEP = re.compile(r"\s(?:[—―–]|--)\s*(?=\S)")
_TAG = re.compile(
    r"(?<=[,.!?…])\s+(?:(?:he|she|they|I|we|you|it)|(?:[A-Z][\w’']+(?:\s[A-Z][\w’']+)?))\s+"
    r"(?:\w+ly\s+)?(?:" + QUOTE_FRAME_VERBS + r")\b"
    r"|(?<=[,.!?…])\s+(?:" + QUOTE_FRAME_VERBS + r")\s+(?:he|she|they|I|we|[A-Z][\w’']+)"
)
# Not the segmenter's `Sentences`: where a dash line's tag clause stops, which a colon or
# semicolon also does (a different question from a sentence end)
_SENTENCE_END = re.compile(r"[.!?:;](?=\s|$)")
_ITALIC = re.compile(r"(?<![\w*_])([_*])(?=[^\s_*])([^_*\n]+?)(?<=\S)\1(?![\w*_])")
_THOUGHT = re.compile(
    r"\b(?:thought|thinks?|thinking|wondered|wonders?|wondering|mused|muses|realis|realiz|"
    r"prayed|prays|reminded|reminds|told (?:him|her|them)sel(?:f|ves)|tells (?:him|her)self)",
    re.IGNORECASE,
)
# a thought tag right after an italic span (`*No,* I think`) or right before it (`I think, *not
# like this.*`): even a one-word or lowercase italic is then a thought, not emphasis
_THINK = r"(?:think|thinks|thought|wonder|wonders|wondered)"
_WHO = r"(?:I|we|he|she|they|you|[A-Z][\w’']+)"
_THOUGHT_TAG_AFTER = re.compile(
    r"\s+(?:" + _WHO + r"\s+(?:\w+ly\s+)?(?:" + _THINK + "|" + SELF_TALK + r")|thought\s+" + _WHO + r")\b"
)
# a first-person clause after a sentence-opening italic: `*No.* I close my eyes.`
_I_CLAUSE_AFTER = re.compile(r"\s+I\s+(?!(?:" + QUOTE_FRAME_VERBS + r")\b)[a-z]+")
# Not the segmenter's `Sentences`: does an italic (`*No.*`) open its sentence; the shared
# splitter cuts only before a capital or a quote mark, never before `*` or `_`
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…][\"”’'*_]?\s+)$")
_THOUGHT_TAG_BEFORE = re.compile(_WHO + r"\s+(?:\w+ly\s+)?" + _THINK + r"(?:\s+\w+ly)?,\s*$")
# the same tags in a work written in lower case by choice: `*no,* i think`, `*no,* kageyama
# thought`, a small `i` and a name written small
_WHO_SMALL = r"(?:I|i|we|he|she|they|you|[A-Za-z][\w’']+)"
_THOUGHT_TAG_AFTER_SMALL = re.compile(_THOUGHT_TAG_AFTER.pattern.replace(_WHO, _WHO_SMALL))
_I_CLAUSE_AFTER_SMALL = re.compile(_I_CLAUSE_AFTER.pattern.replace(r"\s+I\s+", r"\s+[Ii]\s+", 1))
_THOUGHT_TAG_BEFORE_SMALL = re.compile(_THOUGHT_TAG_BEFORE.pattern.replace(_WHO, _WHO_SMALL))
# a speech verb earlier in the same clause: `cried out in a shrill voice, _Halt there_`
_SPEECH_BEFORE = re.compile(r"\b(?:" + QUOTE_FRAME_VERBS + r"|repeating|shout of|cry of)\b[^.!?;]{0,50}$", re.IGNORECASE)


def find_quotes(work: Work) -> Work:
    """Fill `work.quotes` (speaker-less) and the `QuoteLayer`."""
    style = dialogue_style(work)
    paragraphs = [(p.start, p.end) for p in work.paragraphs]
    sentences = work.layers.find(Sentences)  # the segmenter's verdict on lower case; counted when absent
    lowercase = sentences.lowercase if sentences is not None else lowercase_narration(work.text, paragraphs)
    spans, continues, kinds = quote_spans(work.text, paragraphs, style, lowercase)
    work.quotes = [Quote(s, e, kind=k) for (s, e), k in zip(spans, kinds, strict=False)]
    for i in sorted(continues):  # ascending, so a chain's first part is set before its next
        work.quotes[i + 1].part_of = work.quotes[i].part_of if work.quotes[i].part_of is not None else i
    work.layers.put(QuoteLayer(frozenset(continues), style))
    return work


def dialogue_style(work: Work) -> str:
    """`single` when single marks open more quotes than double ones (British style)."""
    text = work.text
    single_open = single_close = double = 0
    for p in work.paragraphs:
        for m in MARKS.finditer(text, p.start, p.end):
            cls = classify(text, m.start(), p.start, p.end)
            if m.group() in DOUBLE:
                double += cls == OPEN
            elif cls == OPEN:
                single_open += 1
            elif cls == CLOSE:
                single_close += 1  # after punctuation: `,'` is rarely an apostrophe
    single = max(single_open, single_close)
    return "single" if single > 2 * double and single >= 2 else "double"


def quote_spans(
    text: str, paragraphs: list[tuple[int, int]], style: str = "double", lowercase: bool | None = None
) -> tuple[list[tuple[int, int]], set[int], list[str]]:
    """Quote spans, the indices that continue into the next one, and each span's kind;
    `lowercase` is `segment.lowercase_narration` (counted here when not given)."""
    spans: list[tuple[int, int]] = []
    kinds: list[str] = []
    continues: set[int] = set()
    carried = False  # the previous paragraph ended inside a quote
    if lowercase is None:
        lowercase = lowercase_narration(text, paragraphs)
    for n, (start, end) in enumerate(paragraphs):
        if _DASH_START.match(text, start, end):
            found, ends_open = _dash_spans(text, start, end), False
            found_kinds = ["speech"] * len(found)
        else:
            found, ends_open = _mark_spans(text, start, end, style)
            found_kinds = thought_parts(text, found, [_kind(text, s, e, start, end, lowercase) for s, e in found], start, end)
            italic = _italic_spans(text, start, end, found, lowercase)
            if italic:
                merged = sorted(list(zip(found, found_kinds, strict=False)) + italic)
                found = [s for s, _ in merged]
                found_kinds = [k for _, k in merged]
        if carried and found and found[0][0] == _first_visible(text, start, end):
            continues.add(len(spans) - 1)
        spans.extend(found)
        kinds.extend(found_kinds)
        # the utterance goes on only if the next paragraph opens with a mark again
        carried = ends_open and n + 1 < len(paragraphs)
    return spans, continues, kinds


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _mark_spans(text: str, start: int, end: int, style: str) -> tuple[list[tuple[int, int]], bool]:
    """Quotes opened and closed by marks in one paragraph; and whether one was left open."""
    # A double-quote work may still give a paragraph single-quote dialogue of its own
    # (`'Oi, Potter!' Ron shouted.`): with no double mark there, single marks count,
    # strictly (closed after punctuation, never recovered) since apostrophes abound.
    single_ok = style == "single" or not any(d in text[start:end] for d in DOUBLE)  # three substring scans in C
    strict = style != "single"
    out: list[tuple[int, int]] = []
    open_at = -1
    open_kind = ""  # "d" | "s"
    tentative = False  # opened by an elided-word mark ('Course): kept only if it closes
    weak: list[int] = []  # weak single closers seen while a single quote is open
    for m in MARKS.finditer(text, start, end):
        i = m.start()
        is_double = m.group() in DOUBLE
        if not is_double and not single_ok:
            continue  # apostrophes and nested single quotes
        cls = classify(text, i, start, end)
        if cls == APOSTROPHE:
            continue
        if open_at < 0:
            if (is_double and cls in (OPEN, EITHER)) or (not is_double and cls in (OPEN, ELIDED)):
                open_at, open_kind, tentative, weak = i, "d" if is_double else "s", cls == ELIDED, []
            elif cls == CLOSE and not out and (m.group() != '"' or text[i - 1] in _CLOSING_PUNCT):
                # a closing mark with no opener: the paragraph began inside the quote
                # (a straight mark only after punctuation: 5'6" is a height)
                out.append((_first_visible(text, start, end), i + 1))
            continue
        if open_kind == "d":
            if not is_double:
                continue  # nested single quote
            if m.group() == "“" or (cls == OPEN and text[i - 1].isspace()):
                # a new opener while a quote is open: the previous one lost its closer
                out.append((open_at, _last_visible(text, open_at, i)))
                open_at = i
            else:
                out.append((open_at, i + 1))
                open_at = -1
            continue
        # a single quote is open
        if is_double:
            continue  # nested double quote
        if cls == CLOSE:
            out.append((open_at, i + 1))
            open_at = -1
        elif cls == WEAK and not strict:
            weak.append(i)
        elif cls == OPEN:
            if not tentative:
                cut = weak[-1] + 1 if weak else _last_visible(text, open_at, i)
                out.append((open_at, cut))
            open_at, tentative, weak = i, False, []
    if open_at < 0 or tentative or (open_kind == "s" and strict):
        return out, False  # an elided word that no strong closer answered opened nothing
    if open_kind == "s" and weak:
        out.append((open_at, weak[-1] + 1))
        return out, False
    out.append((open_at, _last_visible(text, open_at, end)))
    return out, True


def _last_visible(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _dash_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spoken parts of a dash dialogue paragraph: they alternate with narration."""
    out: list[tuple[int, int]] = []
    pos = start
    speaking = True
    while pos < end:
        if speaking:
            sep = _DASH_SEP.search(text, pos + 1, end)
            tag = _TAG.search(text, pos + 1, end)
            if tag and (sep is None or tag.start() < sep.start()):
                out.append((pos, _last_visible(text, pos, tag.start())))
                stop = _SENTENCE_END.search(text, tag.end(), end)
                pos = _first_visible(text, stop.end(), end) if stop else end
                continue
            cut = sep.start() if sep else end
            out.append((pos, _last_visible(text, pos, cut)))
            if sep is None:
                break
            pos, speaking = sep.end(), False
        else:
            sep = _DASH_SEP.search(text, pos, end)
            if sep is None:
                break
            pos, speaking = sep.start() + 1, True
    # a heading set between dashes (`— I —`) is not a line of dialogue
    return [(s, e) for s, e in out if sum(c.isalnum() for c in text[s:e]) >= 2]


def _italic_spans(
    text: str, start: int, end: int, quoted: list[tuple[int, int]], lowercase: bool = False
) -> list[tuple[tuple[int, int], str]]:
    if "_" not in text[start:end] and "*" not in text[start:end]:
        return []
    out = []
    thinking = None
    # some quote overlaps [s, e) iff the furthest end among quotes starting before e
    # passes s: a bisection per italic span, not a pass over the paragraph's quotes
    order = sorted(quoted)
    starts = [qs for qs, _ in order]
    reach = list(accumulate((qe for _, qe in order), max))
    for m in _ITALIC.finditer(text, start, end):
        s, e = m.span()
        k = bisect_left(starts, e)
        if k and reach[k - 1] > s:
            continue
        if _tagged_thought(text, start, end, m, lowercase):
            thinking = True  # the paragraph's other italic sentences are thoughts too
            out.append(((s, e), "non_speech"))
            continue
        if _written_italic(text, start, end, m):
            out.append(((s, e), "non_speech"))
            continue
        if len(m.group(2).split()) < 2:
            continue
        if _SPEECH_BEFORE.search(text, max(start, s - 60), s):
            out.append(((s, e), "speech"))
            continue
        if thinking is None:
            thinking = _THOUGHT.search(text, start, end) is not None
        if thinking and (lowercase or m.group(2)[0].isupper()):
            out.append(((s, e), "non_speech"))
    return out


def _written_italic(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Written text set in italics in a written frame: `The note said, *Back at six.*`,
    `her phone buzzed: *where r u*`. An italic inside the frame's own clause is emphasis
    or a title (`she wrote *so* many letters`, `wrote for the *Prophet*`), so the italic
    must follow a comma or colon or close on its own punctuation."""
    s, e = m.span()
    if m.group(2)[-1] not in ",.!?…" and not text[max(start, s - 2) : s].rstrip().endswith((",", ":")):
        return False
    return is_written(text, s, e, start, end)


def _tagged_thought(text: str, start: int, end: int, m: re.Match[str], lowercase: bool = False) -> bool:
    """An italic thought framed by its tag: `*No,* I think`, `*Breathe,* she told herself`,
    `*No.* I close my eyes` (opening its sentence; the italic closing on its own
    punctuation), or `I think, *not like this.*` right after the tag; in a work written in
    lower case by choice the tag's `i` or name may be small."""
    s, e = m.span()
    after, clause, before = (
        (_THOUGHT_TAG_AFTER_SMALL, _I_CLAUSE_AFTER_SMALL, _THOUGHT_TAG_BEFORE_SMALL) if lowercase
        else (_THOUGHT_TAG_AFTER, _I_CLAUSE_AFTER, _THOUGHT_TAG_BEFORE)
    )
    if m.group(2)[-1] in ",.!?…—–-":
        if after.match(text, e, end):
            return True
        # opening its paragraph opens its sentence (`^` in a search from `start` matches only
        # at the text's start)
        opens = s == _first_visible(text, start, end) or _SENTENCE_OPEN.search(text, max(start, s - 4), s)
        if opens and clause.match(text, e, end):
            return True
    return before.search(text, max(start, s - 40), s) is not None


def _kind(text: str, s: int, e: int, start: int, end: int, lowercase: bool) -> str:
    return "non_speech" if is_non_speech(text, s, e, start, end, lowercase) else "speech"
