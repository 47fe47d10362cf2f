"""The story itself: paragraphs in one linear sweep, each quote coloured by its speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from html import escape

from ficlens.export.html.sections import contents
from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, STORY, SUMMARY, TITLE, Quote, Segment, Work
from ficlens.segment import strip_span

_SEGMENT_LABELS = {AUTHOR_NOTE: "Author's note", SUMMARY: "Summary", TITLE: "Title"}
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n\s*")


# --- the story ----------------------------------------------------------------------


def story_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="story"><h2>The story</h2>', contents(work), _legend(work, spoken),
           '<div class="text" id="text">']
    _StoryWriter(work, colors, out).run()
    out.append("</div></section>")
    return "".join(out)


def _legend(work: Work, spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<div class="legend" id="legend"><span class="lbl">Voices</span>']
    for i, c in enumerate(work.characters):
        lines = spoken.get(c.id, (0, 0))[0]
        if lines:
            out.append(f'<button type="button" class="who k{i}" data-focus="{escape(c.id)}">'
                       f'<span class="sw"></span>{escape(c.name)} <small>{lines}</small></button>')
    out.append('<span class="key"><span class="q unk">unknown speaker</span> '
               '<span class="q ns">not speech</span> <span class="mk-key tense">tense shift</span> '
               '<span class="mk-key shifted">not in the main tense</span> '
               '<span class="mk-key pov">point-of-view change</span> '
               '<span class="an-key">author\'s note</span></span></div>'
               '<p class="hint">Hover a quote to see who says it, click it to pin the details, click a name '
               "above to follow one voice.</p>")
    return "".join(out)


class _StoryWriter:
    """One linear sweep over the text: blocks in order, quotes and marks by moving pointers."""

    def __init__(self, work: Work, colors: dict[str, str], out: list[str]) -> None:
        self.work, self.text, self.out = work, work.text, out
        rank = {c.id: i for i, c in enumerate(work.characters)}
        names = {c.id: c.name for c in work.characters}
        self.quotes = sorted((q for q in work.quotes if q.end > q.start), key=lambda q: (q.start, q.end))
        self.tags = [_quote_tag(q, rank) for q in self.quotes]
        self.qi = 0
        # Things placed before a block (chapter anchors, scene breaks) and margin notes.
        before = [(c.start, f'<a class="anchor" id="ch-{c.index}"></a>', "chapter") for c in work.chapters]
        before += [(b, '<hr class="scene" title="scene break">', "break") for b in work.scene_breaks]
        before.sort(key=lambda t: t[0])
        self.before, self.bi = before, 0
        self.notes, self.ni = _margin_notes(work, names), 0
        # paragraphs narrated in another tense than the work's show how far a slip runs
        self.dominant = ((work.narrative or {}).get("tense") or {}).get("dominant")
        self.paras = sorted(work.paragraphs, key=lambda p: p.start)
        self.starts = [p.start for p in self.paras]

    def run(self) -> None:
        for seg in _blocks(self.work):
            if seg.kind == STORY:
                for s, e, tense in self._paragraphs(seg):
                    self._para(s, e, "gap" if tense == "gap" else "", tense=tense)
            else:
                self._flush_before(seg.end)
                label = _SEGMENT_LABELS.get(seg.kind)
                if seg.kind == CHAPTER_HEADING:
                    self.out.append('<div class="seg chapter_heading">')
                    for s, e in _split_blank(self.text, seg.start, seg.end):
                        self.out.append(f"<h3>{escape(self.text[s:e])}</h3>")
                else:
                    self.out.append(f'<div class="seg {seg.kind}">')
                    if label:
                        self.out.append(f'<span class="lbl">{label}</span>')
                    for s, e in _split_blank(self.text, seg.start, seg.end):
                        self._para(s, e, "", story=False)
                self.out.append("</div>")
        self._flush_before(len(self.text) + 1)

    def _paragraphs(self, seg: Segment) -> Iterator[tuple[int, int, str | None]]:
        """(start, end, tense) of the story paragraphs inside `seg`; text between them is a "gap"."""
        if not self.paras:
            for s, e in _split_blank(self.text, seg.start, seg.end):
                yield s, e, None
            return
        i = max(bisect.bisect_right(self.starts, seg.start) - 1, 0)
        pos = seg.start
        for p in self.paras[i:]:
            if p.start >= seg.end:
                break
            s, e = max(p.start, seg.start), min(p.end, seg.end)
            if e <= pos:
                continue
            s = max(s, pos)
            for gs, ge in _split_blank(self.text, pos, s):
                yield gs, ge, "gap"
            yield s, e, p.tense
            pos = e
        for gs, ge in _split_blank(self.text, pos, seg.end):
            yield gs, ge, "gap"

    def _break_follows(self, end: int) -> bool:
        if self.bi >= len(self.before):
            return False
        offset, _, kind = self.before[self.bi]
        return kind == "break" and not self.text[end:offset].strip()

    def _flush_before(self, end: int) -> None:
        while self.bi < len(self.before) and self.before[self.bi][0] < end:
            self.out.append(self.before[self.bi][1])
            self.bi += 1

    def _para(self, s: int, e: int, cls: str, story: bool = True, tense: str | None = None) -> None:
        s, e = strip_span(self.text, s, e)
        if s >= e:
            return
        self._flush_before(e)
        if story and e - s <= 12 and self._break_follows(e):
            # a short line right before a scene break ('oOo', '* * *') is the break's own marker
            cls = "gap"
            self.bi += 1
        notes = []
        while story and self.ni < len(self.notes) and self.notes[self.ni][0] < e:
            notes.append(self.notes[self.ni])
            self.ni += 1
        classes = [cls] if cls else []
        if story and self.dominant and tense in ("past", "present") and tense != self.dominant:
            classes.append("off-tense")
        classes += sorted({f"has-{n[2]}" for n in notes})
        attr = f' class="{" ".join(classes)}"' if classes else ""
        out = self.out
        out.append(f'<p data-o="{s}"{attr}>')
        if notes:
            out.append('<span class="mk">')
            out.extend(n[1] for n in notes)
            out.append("</span>")
        self._inline(s, e)
        out.append("</p>")

    def _inline(self, s: int, e: int) -> None:
        text, out, quotes = self.text, self.out, self.quotes
        pos, j = s, self.qi
        while j < len(quotes) and quotes[j].end <= pos:
            j += 1
        while j < len(quotes) and quotes[j].start < e:
            q = quotes[j]
            a, b = max(q.start, pos), min(q.end, e)
            if b > a:
                out.append(escape(text[pos:a]))
                out.append(self.tags[j])
                out.append(escape(text[a:b]))
                out.append("</span>")
                pos = b
            if q.end > e:  # runs on into the next paragraph: keep it open there
                break
            j += 1
        out.append(escape(text[pos:e]))
        self.qi = j


def _quote_tag(q: Quote, rank: dict[str, int]) -> str:
    conf = f' data-c="{float(q.confidence or 0):.2f}"'
    ev = f' data-e="{escape(q.evidence)}"' if q.evidence else ""
    if q.kind != "speech":
        return f'<span class="q ns" data-k="{escape(q.kind)}">'
    if q.speaker in rank:
        to = f' data-a="{escape(" ".join(q.addressees))}"' if q.addressees else ""
        return f'<span class="q k{rank[q.speaker]}" data-s="{escape(q.speaker)}"{to}{ev}{conf}>'
    return f'<span class="q unk"{ev}{conf}>'


def _margin_notes(work: Work, names: dict[str, str]) -> list[tuple[int, str, str]]:
    """(offset, html, kind) for tense shifts and point-of-view changes, in text order."""
    notes = []
    tense = (work.narrative or {}).get("tense") or {}
    for sh in tense.get("shifts") or []:
        if not isinstance(sh, dict) or not isinstance(sh.get("start"), int):
            continue
        why = sh.get("explanation") or sh.get("why") or ""
        head = f"tense: {sh.get('from') or '?'} → {sh.get('to') or '?'}"
        notes.append((sh["start"], f'<span class="note tense" title="{escape(why)}">'
                      f"<b>{escape(head)}</b>{'<br>' + escape(why) if why else ''}</span>", "tense"))
    prev = None
    for p in sorted(work.paragraphs, key=lambda p: p.start):
        who = p.pov_character
        if who and who != prev:
            label = "POV" if prev is None else "POV now"
            notes.append((p.start, f'<span class="note pov"><b>{label}: {escape(names.get(who, who))}</b></span>',
                          "pov"))
            prev = who
    # a change of narrative person between scenes (first to third) is a POV change too
    before = None
    for sc in ((work.narrative or {}).get("pov") or {}).get("scenes") or []:
        if not isinstance(sc, dict) or not isinstance(sc.get("start"), int):
            continue
        person = sc.get("person")
        if person and before and person != before:
            notes.append((sc["start"], f'<span class="note pov"><b>now {escape(str(person))} person</b></span>',
                          "pov"))
        before = person or before
    notes.sort(key=lambda n: n[0])
    return notes



def _blocks(work: Work) -> list[Segment]:
    """Segments in order with any uncovered text as story, so nothing of the text is lost."""
    n = len(work.text)
    segs = sorted(work.segments, key=lambda s: (s.start, s.end)) or [Segment(0, n, STORY)]
    out, pos = [], 0
    for s in segs:
        start, end = min(max(s.start, pos), n), min(s.end, n)
        if start > pos and work.text[pos:start].strip():
            out.append(Segment(pos, start, STORY))
            pos = start
        if end > start:
            out.append(Segment(start, end, s.kind))
            pos = end
    if pos < len(work.text) and work.text[pos:].strip():
        out.append(Segment(pos, len(work.text), STORY))
    return out


def _split_blank(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Blank-line separated stretches of text[start:end] that hold something."""
    out, pos = [], start
    for m in _BLANK_LINE.finditer(text, start, end):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out
