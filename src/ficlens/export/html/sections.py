"""The header, the tag comparison, the character table and the who-speaks-when timeline."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from ficlens.model import Work

TIMELINE_ROWS = 10
WORD = re.compile(r"\w+(?:['’]\w+)*")


# --- header, tags, characters -------------------------------------------------------


def header(work: Work, title: str) -> str:
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
    words = work.meta.words or len(WORD.findall(work.text))
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


def nav(work: Work) -> str:
    links = [("tags", "Tags"), ("characters", "Characters"), ("network", "Network"),
             ("timeline", "Who speaks when"), ("story", "Story")]
    out = ['<nav class="toc"><div class="wrap">']
    out.extend(f'<a href="#{i}">{t}</a>' for i, t in links)
    if len(work.chapters) > 1:
        out.append(f'<a href="#contents">{len(work.chapters)} chapters</a>')
    out.append("</div></nav>")
    return "".join(out)


def contents(work: Work) -> str:
    """The chapter list above the story; folded away for long works so it never gets in the way."""
    if len(work.chapters) < 2:
        return ""
    out = [f'<details class="contents" id="contents"{" open" if len(work.chapters) <= 30 else ""}>'
           f"<summary>Contents · {len(work.chapters)} chapters</summary><ol>"]
    out.extend(f'<li><a href="#ch-{c.index}">{escape(c.title or f"Chapter {c.index}")}</a></li>'
               for c in work.chapters)
    out.append("</ol></details>")
    return "".join(out)


def tags_section(work: Work) -> str:
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
                f'<tr><td class="tag">{escape(r.tag)}{agrees if r.tag in matched else ""}</td>'
                f'<td><span class="badge {kind}">{sign} {kind}</span></td>'
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


def characters_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
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


# --- who speaks when ----------------------------------------------------------------


def timeline_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
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
