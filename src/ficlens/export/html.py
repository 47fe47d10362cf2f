"""The HTML report: one self-contained file a reader opens in any browser, offline.

Everything is inline (CSS, a little JS, SVG) and a Content-Security-Policy forbids every
fetch, so a report can be mailed or archived and never reaches the network. Story text
and metadata are untrusted input (fan fiction, AO3 markup): every piece is HTML-escaped,
and the few data the script reads sit in a JSON block with `<`, `>` and `&` escaped so
no text can close the script element.

The story is plain paragraphs with quote spans carrying data attributes, read by a few
delegated listeners on the document, so a 100,000-word story opens in about a second:
no per-quote objects, and the HTML is built in one linear sweep over the text.

Reads (all optional, every layer may be empty): meta, segments, chapters, paragraphs
(tense, pov_character), scene_breaks, characters, quotes, narrative["pov"|"tense"],
interactions, relationships, and `work.tag_agreement` when the relations stage sets it.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from ficlens.export.atomic import atomic_write
from ficlens.model import AUTHOR_NOTE, CHAPTER_HEADING, STORY, SUMMARY, TITLE, Character, Quote, Segment, Work
from ficlens.segment import strip_span

__all__ = ["render_html", "write_html"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# Dark enough to read as text on white (contrast >= 4.5:1), distinct side by side.
PALETTE = (
    "#1f5fa8", "#c0392b", "#2e7d32", "#7b3fa0", "#b35c00", "#00796b",
    "#ad1457", "#6d4c41", "#3f51b5", "#6b6b00", "#0277bd", "#8e24aa",
)
TIMELINE_ROWS = 10
NETWORK_NODES = 18
_SEGMENT_LABELS = {AUTHOR_NOTE: "Author's note", SUMMARY: "Summary", TITLE: "Title"}
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n\s*")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def write_html(work: Work, path: str | Path) -> None:
    """Write the report for `work` to `path` atomically."""
    atomic_write(path, render_html(work))


def render_html(work: Work) -> str:
    """The whole report as one HTML document."""
    colors = colors_for(work)
    spoken = _spoken(work)
    title = _title(work)
    data = {
        "chars": {c.id: {"name": c.name, "color": colors.get(c.id, "")} for c in work.characters},
        "length": len(work.text),
    }
    body = [
        _header(work, title),
        _nav(work),
        '<main>',
        _tags_section(work),
        _characters_section(work, colors, spoken),
        _network_section(work, colors, spoken),
        _timeline_section(work, colors, spoken),
        _story_section(work, colors, spoken),
        '</main>',
        '<footer>ficlens report · schema ficlens.work/1 · this file works offline and loads nothing</footer>',
        '<div id="tip" role="tooltip" hidden></div>',
    ]
    return "".join([
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)} · ficlens</title>",
        "<style>", _CSS, _speaker_css(colors), "</style></head><body>",
        *body,
        '<script type="application/json" id="ficlens-data">', json_for_script(data), "</script>",
        "<script>", _JS, "</script></body></html>\n",
    ])


def _title(work: Work) -> str:
    """The author's title, else the text's title block, else the file's name."""
    if work.meta.title and work.meta.title.strip():
        return work.meta.title.strip()
    for seg in work.segments:
        if seg.kind == TITLE and work.text[seg.start:seg.end].strip():
            return " ".join(work.text[seg.start:seg.end].split())[:200]
    return Path(work.source.path).stem if work.source.path else "Untitled work"


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: no text in it can end the element."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def colors_for(work: Work) -> dict[str, str]:
    """A colour per character, by prominence rank, so the same person keeps one colour."""
    out = {}
    for i, c in enumerate(work.characters):
        if i < len(PALETTE):
            out[c.id] = PALETTE[i]
        else:  # golden-angle hues keep later characters apart from each other
            out[c.id] = f"hsl({(i * 137.508) % 360:.0f} 55% 35%)"
    return out


def _speaker_css(colors: dict[str, str]) -> str:
    return "".join(f".k{i}{{--c:{c}}}" for i, c in enumerate(colors.values()))


def _spoken(work: Work) -> dict[str, tuple[int, int]]:
    """(lines, words spoken) per character; the speakers stage's counts when it set them."""
    lines: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for q in work.quotes:
        if q.speaker and q.kind == "speech":
            lines[q.speaker] += 1
            words[q.speaker] += len(_WORD.findall(work.text, q.start, q.end))
    return {c.id: (c.quotes or lines[c.id], c.words_spoken or words[c.id]) for c in work.characters}


# --- header, tags, characters -------------------------------------------------------


def _header(work: Work, title: str) -> str:
    m = work.meta
    out = ['<header class="top"><div class="wrap">', '<p class="kicker">ficlens report</p>',
           f"<h1>{escape(title)}</h1>"]
    if m.authors:
        out.append(f'<p class="by">by {escape(", ".join(m.authors))}</p>')
    facts = []
    if m.fandoms:
        facts.append(("Fandom", ", ".join(m.fandoms)))
    if m.rating:
        facts.append(("Rating", m.rating))
    if m.warnings:
        facts.append(("Warnings", ", ".join(m.warnings)))
    if m.categories:
        facts.append(("Category", ", ".join(m.categories)))
    if m.language:
        facts.append(("Language", m.language))
    if work.source.path:
        facts.append(("Source", f"{work.source.path} ({work.source.format})"))
    if facts:
        out.append('<dl class="facts">')
        out.extend(f"<div><dt>{escape(k)}</dt><dd>{escape(str(v))}</dd></div>" for k, v in facts)
        out.append("</dl>")
    out.append('<ul class="stats">')
    out.extend(f"<li><b>{escape(v)}</b> {escape(k)}</li>" for k, v in _stats(work))
    out.append("</ul>")
    if m.summary:
        out.append(f'<div class="summary"><span class="lbl">Summary</span>{escape(m.summary)}</div>')
    out.append("</div></header>")
    return "".join(out)


def _stats(work: Work) -> list[tuple[str, str]]:
    words = work.meta.words or len(_WORD.findall(work.text))
    narrative = work.narrative or {}
    pov = narrative.get("pov") or {}
    tense = narrative.get("tense") or {}
    chapters = max(len(work.chapters), 1)
    out = [(_plural("word", words), f"{words:,}"), (_plural("chapter", chapters), str(chapters)),
           (_plural("quote", len(work.quotes)), f"{len(work.quotes):,}"),
           (_plural("character", len(work.characters)), str(len(work.characters)))]
    if pov.get("person"):
        focal = work.character(pov.get("character")) if isinstance(pov.get("character"), str) else None
        who = focal.name if focal else (pov.get("character") if pov.get("character") == "multiple" else None)
        out.append(("POV", f"{pov['person']} person" + (f", {who}" if who else "")))
    if tense.get("dominant"):
        out.append(("tense", str(tense["dominant"])))
    shifts = tense.get("shifts") or []
    if shifts:
        out.append((_plural("tense shift", len(shifts)), str(len(shifts))))
    return out


def _plural(noun: str, n: int) -> str:
    return noun if n == 1 else noun + "s"


def _nav(work: Work) -> str:
    links = [("tags", "Tags"), ("characters", "Characters"), ("network", "Network"),
             ("timeline", "Who speaks when"), ("story", "Story")]
    out = ['<nav class="toc"><div class="wrap">']
    out.extend(f'<a href="#{i}">{t}</a>' for i, t in links)
    if len(work.chapters) > 1:
        out.append(f'<a href="#contents">{len(work.chapters)} chapters</a>')
    out.append("</div></nav>")
    return "".join(out)


def _contents(work: Work) -> str:
    """The chapter list above the story; folded away for long works so it never gets in the way."""
    if len(work.chapters) < 2:
        return ""
    out = [f'<details class="contents" id="contents"{" open" if len(work.chapters) <= 30 else ""}>'
           f"<summary>Contents · {len(work.chapters)} chapters</summary><ol>"]
    out.extend(f'<li><a href="#ch-{c.index}">{escape(c.title or f"Chapter {c.index}")}</a></li>'
               for c in work.chapters)
    out.append("</ol></details>")
    return "".join(out)


def _tags_section(work: Work) -> str:
    out = ['<section id="tags"><h2>Relationship tags</h2><div class="cols">',
           '<div><h3>Inferred from the text</h3>']
    agreement = getattr(work, "tag_agreement", None) or {}
    matched = set(agreement.get("matched") or ())
    if work.relationships:
        out.append('<table class="rels"><thead><tr><th>Tag</th><th>Kind</th><th>Confidence</th>'
                   "<th>Evidence</th></tr></thead><tbody>")
        agrees = ' <span class="agrees" title="the author tagged this pairing too">✓ author</span>'
        for r in work.relationships:
            kind = "romantic" if r.kind == "romantic" else "platonic"
            sign = "/" if kind == "romantic" else "&amp;"
            conf = max(0.0, min(1.0, float(r.confidence or 0)))
            jumps = "".join(f' <a href="#" class="jump" data-jump="{int(s.start)}" title="show in the text">¶</a>'
                            for s in r.spans[:6])
            out.append(
                f'<tr><td class="tag">{escape(r.tag)}{agrees if r.tag in matched else ""}</td><td><span class="badge {kind}">{sign} {kind}</span></td>'
                f'<td><span class="meter"><span style="width:{conf * 100:.0f}%"></span></span> {conf:.2f}</td>'
                f"<td>{escape(', '.join(r.evidence[:10]))}{jumps}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append('<p class="empty">No relationship tags inferred.</p>')
    out.append("</div><div><h3>The author's tags</h3>")
    tags = work.meta.tags or {}
    if any(tags.values()):
        for group, label in (("relationship", "Relationships"), ("character", "Characters"),
                             ("freeform", "Additional tags")):
            if tags.get(group):
                out.append(f'<p class="tagrow"><span class="lbl">{label}</span>{_chips(tags[group])}</p>')
        for group, values in tags.items():
            if group not in ("relationship", "character", "freeform") and values:
                out.append(f'<p class="tagrow"><span class="lbl">{escape(group)}</span>{_chips(values)}</p>')
    else:
        out.append('<p class="empty">No author\'s tags (plain-text input).</p>')
    shown = {k: v for k, v in agreement.items() if k not in ("author", "inferred")}
    if shown:
        out.append('<h3>Agreement with the author</h3><dl class="agree">')
        for key, value in shown.items():
            out.append(f"<div><dt>{escape(str(key).replace('_', ' '))}</dt><dd>{_value(value)}</dd></div>")
        out.append("</dl>")
    out.append("</div></div></section>")
    return "".join(out)


def _chips(values: Any) -> str:
    if isinstance(values, str):
        values = [values]
    return "".join(f'<span class="chip">{escape(str(v))}</span>' for v in values)


def _value(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return _chips(value) if value else "none"
    if isinstance(value, dict):
        return " · ".join(f"{escape(str(k))}: {_value(v)}" for k, v in value.items())
    return escape(str(value))


def _characters_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="characters"><h2>Characters <small>ranked by prominence</small></h2>']
    if not work.characters:
        out.append('<p class="empty">No characters found.</p></section>')
        return "".join(out)
    out.append('<table class="chars"><thead><tr><th>#</th><th>Name</th><th>Also called</th><th>Pronouns</th>'
               '<th class="n">Mentions</th><th class="n">Lines</th><th class="n">Words spoken</th></tr></thead><tbody>')
    for rank, c in enumerate(work.characters, 1):
        lines, words = spoken.get(c.id, (0, 0))
        aliases = [a for a in c.aliases if a != c.name]
        canonical = (f' <span class="canon">({escape(c.canonical)})</span>'
                     if c.canonical and c.canonical != c.name else "")
        absent = "" if c.present else ' class="absent" title="mentioned, never on stage"'
        out.append(
            f'<tr{absent}><td class="n">{rank}</td><td><span class="sw" style="background:{colors[c.id]}"></span>'
            f'<b>{escape(c.name)}</b>{canonical}</td><td class="al">{escape(", ".join(aliases))}</td>'
            f"<td>{escape(c.pronouns or '')}</td><td class=\"n\">{c.mentions:,}</td>"
            f'<td class="n">{lines:,}</td><td class="n">{words:,}</td></tr>')
    out.append("</tbody></table></section>")
    return "".join(out)


# --- the interaction network --------------------------------------------------------


def _network_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="network"><h2>Interaction network</h2>']
    known = {c.id: c for c in work.characters}
    strength: Counter[str] = Counter()
    for i in work.interactions:
        if i.a in known and i.b in known and i.a != i.b and i.weight > 0:
            strength[i.a] += i.weight
            strength[i.b] += i.weight
    nodes = [cid for cid, _ in strength.most_common(NETWORK_NODES)]
    keep = set(nodes)
    edges = [i for i in work.interactions if i.a in keep and i.b in keep and i.a != i.b and i.weight > 0]
    if not edges:
        out.append('<p class="empty">No interactions found.</p></section>')
        return "".join(out)
    top = max(i.weight for i in edges)
    pos = layout(nodes, [(i.a, i.b, i.weight / top) for i in edges])
    w, h, pad = 760, 440, 70
    xy = {n: (pad + x * (w - 2 * pad), pad * 0.7 + y * (h - 1.5 * pad)) for n, (x, y) in pos.items()}
    most = max((spoken.get(n, (0, 0))[0] + known[n].mentions for n in nodes), default=1) or 1
    svg = [f'<svg class="net" viewBox="0 0 {w} {h}" role="img" aria-label="Interaction network">']
    for i in sorted(edges, key=lambda e: e.weight):
        (x1, y1), (x2, y2) = xy[i.a], xy[i.b]
        width = 1 + 9 * i.weight / top
        tip = (f"{known[i.a].name} — {known[i.b].name}: weight {i.weight:.2f}, "
               f"{i.conversations} conversational turns, {i.co_presence} scenes together, {i.mentions} mentions")
        svg.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke-width="{width:.1f}" stroke-opacity="{0.25 + 0.5 * i.weight / top:.2f}">'
                   f"<title>{escape(tip)}</title></line>")
    for n in nodes:
        x, y = xy[n]
        c = known[n]
        r = 7 + 15 * math.sqrt((spoken.get(n, (0, 0))[0] + c.mentions) / most)
        svg.append(f'<g class="node" data-char="{escape(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                   f'fill="{colors[n]}"><title>{escape(c.name)}</title></circle>'
                   f'<text x="{x:.1f}" y="{y + r + 14:.1f}">{escape(c.name)}</text></g>')
    svg.append("</svg>")
    out.extend(svg)
    out.append('<p class="note">Line width shows how much two characters interact (turns of conversation, '
               "scenes together, mentions); circle size shows how prominent a character is. "
               "Hover a line for the numbers.</p></section>")
    return "".join(out)


def layout(nodes: list[str], edges: list[tuple[str, str, float]], iterations: int = 150) -> dict[str, tuple[float, float]]:
    """A deterministic force layout (Fruchterman-Reingold from a circle) scaled into [0, 1]^2.

    Edge weights in [0, 1] pull harder. Nodes are few (<= NETWORK_NODES), so the pairwise
    loop is cheap and a plain-Python version keeps numpy out of the dependencies.
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    idx = {v: i for i, v in enumerate(nodes)}
    px = [0.5 + 0.45 * math.cos(2 * math.pi * i / n - math.pi / 2) for i in range(n)]
    py = [0.5 + 0.45 * math.sin(2 * math.pi * i / n - math.pi / 2) for i in range(n)]
    springs = [(idx[a], idx[b], 0.3 + w) for a, b, w in edges]
    k = math.sqrt(1.0 / n)
    temp = 0.1
    for _ in range(iterations):
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            for j in range(i + 1, n):
                ex, ey = px[i] - px[j], py[i] - py[j]
                d = max(math.hypot(ex, ey), 1e-3)
                f = k * k / d / d
                dx[i] += ex * f
                dy[i] += ey * f
                dx[j] -= ex * f
                dy[j] -= ey * f
        for i, j, w in springs:
            ex, ey = px[i] - px[j], py[i] - py[j]
            d = max(math.hypot(ex, ey), 1e-3)
            f = d * w / k
            dx[i] -= ex * f
            dy[i] -= ey * f
            dx[j] += ex * f
            dy[j] += ey * f
        for i in range(n):
            # a little gravity keeps separate groups on the page
            dx[i] -= (px[i] - 0.5) * 0.5
            dy[i] -= (py[i] - 0.5) * 0.5
            d = math.hypot(dx[i], dy[i])
            if d > 0:
                step = min(d, temp)
                px[i] += dx[i] / d * step
                py[i] += dy[i] / d * step
        temp *= 0.97
    x0, x1, y0, y1 = min(px), max(px), min(py), max(py)
    sx, sy = (x1 - x0) or 1.0, (y1 - y0) or 1.0
    return {v: ((px[i] - x0) / sx, (py[i] - y0) / sy) for v, i in idx.items()}


# --- who speaks when ----------------------------------------------------------------


def _timeline_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="timeline"><h2>Who speaks when</h2>']
    order = {c.id: i for i, c in enumerate(work.characters)}
    speakers = sorted((cid for cid, (lines, _) in spoken.items() if lines), key=lambda c: (-spoken[c][0], order[c]))
    speakers = speakers[:TIMELINE_ROWS]
    if not speakers or not work.text:
        out.append('<p class="empty">No attributed dialogue yet.</p></section>')
        return "".join(out)
    row, left, right, top = 26, 150, 872, 22
    h = top + row * len(speakers) + 26
    span = right - left
    total = len(work.text)
    known = {c.id: c for c in work.characters}
    ticks: dict[str, list[str]] = {s: [] for s in speakers}
    for q in work.quotes:
        if q.speaker in ticks:
            ticks[q.speaker].append(f"M{left + span * q.start / total:.1f} 0v{row - 8}")
    svg = [f'<svg class="tl" id="tl" viewBox="0 0 900 {h}" role="img" aria-label="Who speaks when" '
           f'data-left="{left}" data-right="{right}">']
    for c in work.chapters[1:]:
        x = left + span * c.start / total
        svg.append(f'<line class="chap" x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6}" y2="{h - 22}"/>'
                   f'<text class="chapl" x="{x + 3:.1f}" y="{top - 8}">ch. {c.index}</text>')
    for r, sid in enumerate(speakers):
        y = top + r * row
        svg.append(f'<rect class="band" x="{left}" y="{y}" width="{span}" height="{row - 4}"/>'
                   f'<text class="lab" x="{left - 10}" y="{y + row / 2 + 2:.1f}">{escape(known[sid].name)}</text>'
                   f'<path transform="translate(0 {y + 2})" stroke="{colors[sid]}" d="{"".join(ticks[sid])}">'
                   f"<title>{escape(known[sid].name)}: {spoken[sid][0]} lines</title></path>")
    for frac in (0, 0.25, 0.5, 0.75, 1):
        x = left + span * frac
        svg.append(f'<text class="ax" x="{x:.1f}" y="{h - 6}">{frac:.0%}</text>')
    svg.append("</svg>")
    out.extend(svg)
    out.append('<p class="note">One tick per line of dialogue, from the start of the text (left) to the end '
               "(right). Click the chart to jump to that point in the story.</p></section>")
    return "".join(out)


# --- the story ----------------------------------------------------------------------


def _story_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="story"><h2>The story</h2>', _contents(work), _legend(work, spoken),
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

    def _paragraphs(self, seg: Segment):
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


_CSS = """
:root{--ink:#1d2430;--muted:#5b6472;--line:#e3e6eb;--bg:#fbfaf7;--card:#fff;--accent:#7a3e9d;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--serif:Charter,"Iowan Old Style","Palatino Linotype",Palatino,Georgia,"DejaVu Serif",serif}
*{box-sizing:border-box}
html{scroll-padding-top:120px}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--sans)}
.wrap,main{max-width:1100px;margin:0 auto;padding:0 24px}
header.top{background:linear-gradient(180deg,#2b2140,#3b2d57);color:#fff;padding:28px 0 22px}
.kicker{margin:0;font-size:12px;letter-spacing:.12em;text-transform:uppercase;opacity:.7}
h1{font:600 34px/1.2 var(--serif);margin:6px 0 4px}
.by{margin:0 0 12px;opacity:.85;font-size:16px}
.facts{display:flex;flex-wrap:wrap;gap:6px 22px;margin:0 0 12px}
.facts div{display:flex;gap:6px}.facts dt{opacity:.65}.facts dd{margin:0}
.stats{list-style:none;display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0}
.stats li{background:rgba(255,255,255,.12);border-radius:999px;padding:3px 12px;font-size:13px}
.summary{margin-top:14px;max-width:760px;white-space:pre-wrap;font:15px/1.55 var(--serif);opacity:.92}
.summary .lbl{display:block;font:600 11px var(--sans);letter-spacing:.1em;text-transform:uppercase;opacity:.7}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(251,250,247,.95);border-bottom:1px solid var(--line)}
nav.toc .wrap{display:flex;flex-wrap:wrap;gap:4px 16px;padding-top:8px;padding-bottom:8px;font-size:14px}
nav.toc a{color:var(--accent);text-decoration:none}nav.toc a:hover{text-decoration:underline}
details.contents{margin:0 0 14px;font-size:14px}details.contents summary{cursor:pointer;color:var(--accent)}
details.contents ol{columns:3 220px;margin:8px 0 0;padding-left:2.2em}
details.contents a{color:var(--ink);text-decoration:none}details.contents a:hover{color:var(--accent)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:22px 0;padding:18px 22px;
scroll-margin-top:48px}
h2{font:600 21px/1.3 var(--serif);margin:0 0 12px}h2 small{font:13px var(--sans);color:var(--muted);margin-left:6px}
h3{font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:4px 0 10px}
.cols{display:grid;grid-template-columns:3fr 2fr;gap:28px}
@media (max-width:800px){.cols{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%;font-size:14px}
th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em;
border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.absent td{color:var(--muted)}
td.al{color:var(--muted);max-width:340px}
.canon{color:var(--muted);font-size:13px}
td.tag{font-weight:600}
.sw{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:8px;vertical-align:-1px;
background:var(--c)}
.badge{font-size:12px;padding:1px 8px;border-radius:999px;white-space:nowrap}
.badge.romantic{background:#fde7ef;color:#a3154f}.badge.platonic{background:#e6f0fb;color:#1f5fa8}
.meter{display:inline-block;width:60px;height:6px;background:var(--line);border-radius:3px;vertical-align:middle;
overflow:hidden}.meter span{display:block;height:100%;background:var(--accent)}
.chip{display:inline-block;background:#f0edf5;border:1px solid #e2dcea;border-radius:999px;padding:1px 10px;
margin:2px 4px 2px 0;font-size:13px}
.tagrow .lbl,.legend .lbl,.seg .lbl{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.08em;
color:var(--muted);margin-bottom:2px}
.agrees{font-size:12px;font-weight:400;color:#2e7d32;margin-left:6px;white-space:nowrap}
.agree div{display:flex;gap:10px}.agree dt{color:var(--muted);min-width:110px}.agree dd{margin:0}
.empty{color:var(--muted);font-style:italic}
.note{color:var(--muted);font-size:13px;margin:8px 0 0}
a.jump{text-decoration:none;color:var(--accent)}
svg{display:block;width:100%;height:auto}
svg.net{max-width:760px;margin:0 auto}
svg.net line{stroke:#6c5a86;stroke-linecap:round}
svg.net circle{stroke:#fff;stroke-width:2}
svg.net text{font:13px var(--sans);text-anchor:middle;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px}
svg.tl{cursor:crosshair}
svg.tl .band{fill:#f4f2f7}svg.tl path{stroke-width:2;fill:none}
svg.tl .lab{font:13px var(--sans);text-anchor:end;fill:var(--ink)}
svg.tl .ax,svg.tl .chapl{font:11px var(--sans);fill:var(--muted)}svg.tl .ax{text-anchor:middle}
svg.tl .chap{stroke:#c9c3d3;stroke-dasharray:3 3}
.legend{position:sticky;top:38px;z-index:4;background:#fff;border-bottom:1px solid var(--line);
margin:0 -22px 18px;padding:8px 22px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.legend .lbl{margin:0 6px 0 0}
.who{font:13px var(--sans);border:1px solid var(--line);background:#fff;border-radius:999px;padding:2px 10px;
cursor:pointer;color:var(--c)}
.who small{color:var(--muted)}.who.on{background:var(--c);color:#fff}.who.on small{color:#fff}
.key{font-size:12px;color:var(--muted);margin-left:auto;display:flex;gap:10px;flex-wrap:wrap;align-items:center}
.hint{font-size:12px;color:var(--muted);margin:-10px 0 18px}
.mk-key{border-left:3px solid;padding-left:5px}.mk-key.shifted{border-left-style:dotted;border-color:#f3b878}.mk-key.tense{border-color:#d97706}.mk-key.pov{border-color:#0f766e}
.an-key{background:#f3f4f6;border:1px dashed #c4c8cf;padding:0 6px;border-radius:4px}
.text{font:18px/1.7 var(--serif);max-width:700px;margin:0 auto 0 190px;position:relative}
@media (max-width:960px){.text{margin-left:0}}
.text p{margin:0 0 .9em;white-space:pre-wrap;position:relative}
.text p.gap{text-align:center;color:var(--muted)}
.text p.has-pov::before,.text p.has-tense::before{content:"";position:absolute;left:-12px;top:.35em;bottom:.35em;
width:3px;border-radius:2px;background:#0f766e}
.text p.has-tense::before{background:#d97706}
.text p.off-tense::after{content:"";position:absolute;left:-12px;top:0;bottom:-.9em;border-left:3px dotted #f3b878}
.mk{position:absolute;right:calc(100% + 18px);top:.25em;width:165px;font:12px/1.35 var(--sans);white-space:normal;
display:flex;flex-direction:column;gap:4px}
@media (max-width:700px){.legend{position:static}section{padding:14px}.legend{margin:0 -14px 18px;padding:8px 14px}}
@media (max-width:960px){.mk{position:static;width:auto;flex-direction:row;margin-bottom:4px}}
.note.tense,.note.pov{display:block;margin:0;border-left:3px solid;padding:1px 0 1px 6px;color:var(--ink)}
.mk .tense{border-color:#d97706;background:#fff7ed}.mk .pov{border-color:#0f766e;background:#effaf8}
.mk b{font-weight:600}
.seg{margin:1.4em 0;font-family:var(--sans)}
.seg.author_note,.seg.summary,.seg.title{background:#f6f7f9;border:1px dashed #c4c8cf;border-radius:8px;
padding:10px 14px;font-size:15px;color:#3d4551}
.seg.author_note p,.seg.summary p,.seg.title p{margin:0 0 .5em}
.seg.chapter_heading h3{font:600 24px/1.3 var(--serif);text-transform:none;letter-spacing:0;color:var(--ink);
margin:1.6em 0 .8em;text-align:center}
hr.scene{border:0;text-align:center;margin:1.4em 0;height:1em}
hr.scene::after{content:"⁂";color:var(--muted)}
.q{color:var(--c);background:color-mix(in srgb,var(--c) 8%,transparent);
border-bottom:2px solid color-mix(in srgb,var(--c) 40%,transparent);border-radius:2px;cursor:pointer}
.q:hover,.q.pin{background:color-mix(in srgb,var(--c) 20%,transparent)}
.q.unk{--c:#59606b;border-bottom-style:dashed}
.q.ns{--c:#59606b;font-style:italic;background:none;border-bottom:1px dotted #aab}
.text.focus .q{opacity:.35}
.flash{animation:flash 1.6s ease-out}@keyframes flash{from{background:#fff3bf}to{background:transparent}}
#tip{position:absolute;z-index:20;max-width:320px;background:#1d2430;color:#fff;font:13px/1.45 var(--sans);
padding:8px 11px;border-radius:8px;box-shadow:0 6px 22px rgba(0,0,0,.25);pointer-events:none}
#tip .sp{font-weight:700;font-size:14px}#tip .sp i{display:inline-block;width:10px;height:10px;border-radius:50%;
margin-right:6px;vertical-align:0}
#tip .dim{opacity:.75}
@media print{nav.toc,.legend,.hint,#tip{display:none}section{break-inside:auto;border:0}
header.top{background:none;color:var(--ink)}.text{margin-left:170px}}
footer{text-align:center;color:var(--muted);font-size:12px;padding:10px 0 30px}
"""

# One set of delegated listeners for the whole document; tooltip content is set with
# textContent only, so no name or text from the story is ever parsed as HTML.
_JS = r"""
(function(){
"use strict";
var D=JSON.parse(document.getElementById("ficlens-data").textContent);
var tip=document.getElementById("tip"),text=document.getElementById("text"),pinned=null,focusStyle=null;
function nm(id){var c=D.chars[id];return c?c.name:id;}
function line(parent,cls,str){var d=document.createElement("div");if(cls)d.className=cls;d.textContent=str;parent.appendChild(d);return d;}
function show(q){
  tip.textContent="";
  var ds=q.dataset;
  if(q.classList.contains("ns")){line(tip,"sp","Not speech");line(tip,"dim","a sign, a thought or a word mentioned");}
  else{
    var sp=line(tip,"sp",ds.s?nm(ds.s):"Speaker not identified");
    if(ds.s){var dot=document.createElement("i");dot.style.background=(D.chars[ds.s]||{}).color||"#888";sp.insertBefore(dot,sp.firstChild);}
    line(tip,"","to: "+(ds.a?ds.a.split(" ").map(nm).join(", "):"no one in particular / unknown"));
    line(tip,"dim","evidence: "+(ds.e||"none")+" · confidence "+Math.round(parseFloat(ds.c||"0")*100)+"%");
  }
  tip.hidden=false;
  var r=q.getBoundingClientRect(),w=tip.offsetWidth,h=tip.offsetHeight;
  var x=Math.min(Math.max(8,r.left),window.innerWidth-w-8),y=r.top-h-8;
  if(y<8)y=r.bottom+8;
  tip.style.left=(x+window.scrollX)+"px";tip.style.top=(y+window.scrollY)+"px";
}
function hide(){if(!pinned)tip.hidden=true;}
text.addEventListener("mouseover",function(ev){var q=ev.target.closest(".q");if(q&&!pinned)show(q);});
text.addEventListener("mouseout",function(ev){var q=ev.target.closest(".q");if(q&&!q.contains(ev.relatedTarget))hide();});
function jumpTo(offset){
  var ps=text.querySelectorAll("p[data-o]"),lo=0,hi=ps.length-1,best=0;
  while(lo<=hi){var mid=(lo+hi)>>1;if(+ps[mid].dataset.o<=offset){best=mid;lo=mid+1;}else hi=mid-1;}
  var p=ps[best];if(!p)return;
  p.scrollIntoView({block:"center"});p.classList.remove("flash");void p.offsetWidth;p.classList.add("flash");
}
function focus(id,btn){
  var on=btn.classList.contains("on");
  document.querySelectorAll(".who.on").forEach(function(b){b.classList.remove("on");});
  if(focusStyle){focusStyle.remove();focusStyle=null;}
  text.classList.toggle("focus",!on);
  if(!on){btn.classList.add("on");focusStyle=document.createElement("style");
    focusStyle.textContent='.text.focus .q[data-s="'+CSS.escape(id)+'"]{opacity:1}';document.head.appendChild(focusStyle);}
}
document.addEventListener("click",function(ev){
  var t=ev.target;
  var q=t.closest(".q");
  if(q&&text.contains(q)){
    if(pinned)pinned.classList.remove("pin");
    if(pinned===q){pinned=null;tip.hidden=true;return;}
    pinned=q;q.classList.add("pin");show(q);return;
  }
  if(pinned){pinned.classList.remove("pin");pinned=null;tip.hidden=true;}
  var b=t.closest(".who");if(b){focus(b.dataset.focus,b);return;}
  var j=t.closest("a.jump");if(j){ev.preventDefault();jumpTo(+j.dataset.jump);return;}
  var svg=t.closest("#tl");
  if(svg){var r=svg.getBoundingClientRect(),vb=svg.viewBox.baseVal,x=(ev.clientX-r.left)*vb.width/r.width;
    var L=+svg.dataset.left,R=+svg.dataset.right;if(x>=L&&x<=R)jumpTo((x-L)/(R-L)*D.length);}
});
})();
"""
