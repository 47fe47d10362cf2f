"""The Rich summary printed when no output file is asked for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from ficlens.model import Work


def print_summary(work: Work, console: Console) -> None:
    title = work.meta.title or work.source.path or "(text)"
    narrative = work.narrative or {}
    pov = (narrative.get("pov") or {})
    tense = (narrative.get("tense") or {})
    focal = work.character(pov.get("character"))
    console.rule(f"[bold]{title}")
    console.print(
        f"{work.meta.words:,} words · {len(work.chapters) or 1} chapter(s) · "
        f"{len(work.quotes)} quotes · POV {pov.get('person') or '?'}"
        f"{' (' + focal.name + ')' if focal else ''} · tense {tense.get('dominant') or '?'}"
    )
    kinds = Counter(s.kind for s in work.segments)
    console.print("segments: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
                  + f" · scene breaks {len(work.scene_breaks)}")
    table = Table(title="Characters", show_lines=False)
    for col in ("name", "aliases", "pronouns", "mentions", "quotes", "words spoken"):
        table.add_column(col, justify="right" if col in ("mentions", "quotes", "words spoken") else "left")
    for c in work.characters[:15]:
        table.add_row(c.name, aliases_cell(a for a in c.aliases if a != c.name), c.pronouns or "",
                      str(c.mentions), str(c.quotes), str(c.words_spoken))
    console.print(table)
    if work.relationships:
        console.print("inferred tags: " + ", ".join(
            f"{r.tag} ({r.confidence:.2f})" for r in work.relationships))


ELLIPSIS = "…"


def aliases_cell(aliases: Iterable[str], width: int = 60) -> str:
    """Aliases joined by ", " within `width` characters: whole aliases only, then "…" when
    some are left out (never half a word)."""
    return _fit([a for a in aliases if a], width)


def _fit(items: list[str], width: int) -> str:
    shown: list[str] = []
    used = 0
    for i, item in enumerate(items):
        more = i < len(items) - 1
        cost = len(item) + (2 if shown else 0)
        reserve = 3 if more else 0  # room for ", …"
        if used + cost + reserve > width:
            if not shown:
                return cut_words(item, width)
            return ", ".join(shown) + ", " + ELLIPSIS
        shown.append(item)
        used += cost
    return ", ".join(shown)


def cut_words(text: str, width: int) -> str:
    """`text` cut to `width` characters at a word boundary, with "…" if anything is cut."""
    if len(text) <= width:
        return text
    head = text[: max(width - 1, 1)]
    if " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip(" ,;") + ELLIPSIS
