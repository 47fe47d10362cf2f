"""Segmentation: title, author's notes, chapter headings, scene breaks, paragraphs, sentences.

`segment(work)` fills, in one linear pass over the lines of `work.text`:

- `work.segments`: for plain text (no segments given by a reader) a leading `title`
  line (and a "by ..." line under it), `author_note` blocks at the start and end of
  the text and around chapter headings (A/N, "Author's note", disclaimers, requests
  for reviews / follows / kudos, apologies for lateness, update schedules, "Thanks
  for reading"), `author_note` paragraphs inside a chapter when they open with an
  explicit label ("A/N: ...", "(A/N: ...)", "[AN: ...]", "**Author's Note:** ...";
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

Working layer added here (`ficlens.layers`, not in the JSON output):

- `Sentences.spans`: sorted, non-overlapping `(start, end)` offsets of the
  sentences of every story paragraph. A sentence ends at `.`, `!`, `?` or `…` (with
  any closing quotes or brackets after it) before a space and a capital letter,
  digit or opening quote; never after an abbreviation (Mr. Mrs. Dr. St. ...) or an
  initial ("J. K."), and never at a `?` or `!` inside a quote followed by a
  lower-case tag (`"Why?" she asked.` is one sentence). Paragraph ends always end a
  sentence, so a sentence never crosses a paragraph. Sentences inside a quotation
  split like any others (`"I'm not judging. I'm saying..."` is two), as spaCy's do.
  In a work written in lower case by choice (`Sentences.lowercase`: a third of its
  narration paragraphs, and at least three, open on a small letter) a sentence also
  ends before a small letter, unless a closing quote stands between (`"why?" she asked`).
"""

from __future__ import annotations

import re

from ficlens.layers import Sentences
from ficlens.model import (
    STORY,
    TITLE,
    Paragraph,
    Work,
)
from ficlens.segment.chapters import _break_gap, _chapters, _joined_runs, _segments
from ficlens.segment.lines import _is_line_mode, _Unit, _units, strip_span
from ficlens.segment.notes import _label
from ficlens.segment.splitter import lowercase_narration, sentences

__all__ = ["lowercase_narration", "segment", "sentences", "strip_span", "unwrapped"]


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
    for run, join in zip(story_runs, joined, strict=False):
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
    # sentences of the text as the later stages read it: hard wraps as spaces
    small = lowercase_narration(text, [(p.start, p.end) for p in work.paragraphs])
    work.layers.put(Sentences(tuple(sentences(unwrapped(text, work.paragraphs), work.paragraphs, small)), small))
    work.meta.words = sum(len(text[s.start : s.end].split()) for s in work.story_spans())
    return work


def unwrapped(text: str, paragraphs: list[Paragraph]) -> str:
    """`text` with each newline inside a paragraph (a hard wrap) turned into a space.

    Segmentation has decided which line breaks end paragraphs; the stages after it read
    a newline as the end of one (a sentence, a speech tag and a name never cross it),
    and a wrapped line would cut "one of\nthe men" or "Mr.\nDarcy" in two. The length
    is unchanged, so every offset found in this text holds for the original.
    """
    parts: list[str] = []
    done = 0
    for p in paragraphs:
        if text.find("\n", p.start, p.end) < 0:
            continue
        parts.append(text[done : p.start])
        parts.append(text[p.start : p.end].replace("\n", " "))
        done = p.end
    return "".join(parts) + text[done:] if parts else text
