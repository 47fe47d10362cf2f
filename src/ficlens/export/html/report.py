"""The report document: its head, its data block, and the sections in order."""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from ficlens.export.atomic import atomic_write
from ficlens.export.html.assets import CSS, JS
from ficlens.export.html.network import network_section
from ficlens.export.html.sections import WORD, characters_section, header, nav, tags_section, timeline_section
from ficlens.export.html.story import story_section
from ficlens.model import TITLE, Work

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# Dark enough to read as text on white (contrast >= 4.5:1), distinct side by side.
PALETTE = (
    "#1f5fa8", "#c0392b", "#2e7d32", "#7b3fa0", "#b35c00", "#00796b",
    "#ad1457", "#6d4c41", "#3f51b5", "#6b6b00", "#0277bd", "#8e24aa",
)


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
        header(work, title),
        nav(work),
        '<main>',
        tags_section(work),
        characters_section(work, colors, spoken),
        network_section(work, colors, spoken),
        timeline_section(work, colors, spoken),
        story_section(work, colors, spoken),
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
        "<style>", CSS, _speaker_css(colors), "</style></head><body>",
        *body,
        '<script type="application/json" id="ficlens-data">', json_for_script(data), "</script>",
        "<script>", JS, "</script></body></html>\n",
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
            words[q.speaker] += len(WORD.findall(work.text, q.start, q.end))
    return {c.id: (c.quotes or lines[c.id], c.words_spoken or words[c.id]) for c in work.characters}
