"""Segments and chapters from the labelled units; scene-break gaps."""

from __future__ import annotations

from collections import Counter

from ficlens.model import (
    AUTHOR_NOTE,
    CHAPTER_HEADING,
    STORY,
    Chapter,
    Paragraph,
    Segment,
)
from ficlens.segment.lines import _Unit

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
        for prev, u in zip(run, run[1:], strict=False):
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
