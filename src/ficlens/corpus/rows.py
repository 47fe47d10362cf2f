"""A `Work` as table rows: the one place that knows how the data model maps to the store.

Rows are plain tuples in the column order of `ficlens.corpus.schema.TABLES`, grouped
as `{table: [row, ...]}` ("a row batch"). Batches are plain Python, so they pickle
cheaply across a process pool or a Dask cluster, and merge by list concatenation.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath
from typing import TYPE_CHECKING

from ficlens.corpus.schema import utcnow

if TYPE_CHECKING:
    from ficlens.model import Work

Rows = dict[str, list[tuple]]

# A search word: letters (any script) and digits, with inner apostrophes ("don't").
# Queries are split by the same pattern (`terms_of`), so a search finds what was stored.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def terms_of(text: str) -> list[str]:
    """The search words of a text, lower-cased, curly apostrophes made straight."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _version() -> str:
    from ficlens import __version__

    return __version__


def title(work: Work, path: str | None) -> str | None:
    """The work's title; for plain text without one, the file's name without its
    extension (a .txt has no title field, and a row without one is hard to find)."""
    if work.meta.title or work.source.format != "text" or not path:
        return work.meta.title
    return PurePath(path).stem or None


def work_rows(work: Work, work_id: str, path: str | None) -> Rows:
    """Every row one analysed work contributes, across all work tables."""
    meta = work.meta
    tags = meta.tags or {}
    pov = (work.narrative or {}).get("pov") or {}
    tense = (work.narrative or {}).get("tense") or {}
    rows: Rows = {
        "works": [
            (
                work_id,
                path,
                work.source.format,
                title(work, path),
                list(meta.authors),
                list(meta.fandoms),
                meta.rating,
                meta.language,
                list(tags.get("relationship", [])),
                list(tags.get("character", [])),
                list(tags.get("freeform", [])),
                int(meta.words),
                len(work.chapters),
                len(work.characters),
                len(work.quotes),
                utcnow(),
                _version(),
                pov.get("person"),
                pov.get("character"),
                tense.get("dominant"),
                [int(b) for b in work.scene_breaks],
            )
        ],
        "characters": [
            (
                work_id,
                c.id,
                rank,
                c.name,
                list(c.aliases),
                c.pronouns,
                c.canonical,
                c.mentions,
                c.quotes,
                c.words_spoken,
                c.present,
            )
            for rank, c in enumerate(work.characters, start=1)
        ],
        "mention_counts": [
            (work_id, cid, kind, n)
            for (cid, kind), n in sorted(Counter((m.character, m.kind) for m in work.mentions).items())
        ],
        "quotes": [
            (
                work_id,
                no,
                q.start,
                q.end,
                q.kind,
                q.speaker,
                list(q.addressees),
                q.evidence,
                float(q.confidence),
                q.cue.start if q.cue else None,
                q.cue.end if q.cue else None,
                work.text[q.start : q.end],
            )
            for no, q in enumerate(work.quotes)
        ],
        "interactions": _interaction_rows(work, work_id),
        "relationships": [
            (work_id, no, r.tag, r.kind, list(r.characters), float(r.confidence), list(r.evidence))
            for no, r in enumerate(work.relationships)
        ],
        "segments": [(work_id, no, s.kind, s.start, s.end) for no, s in enumerate(work.segments)],
        "chapters": [(work_id, no, c.title, c.start, c.end) for no, c in enumerate(work.chapters, start=1)],
        "terms": [(work_id, term, n) for term, n in sorted(Counter(terms_of(work.text)).items())],
    }
    return rows


def _interaction_rows(work: Work, work_id: str) -> list[tuple]:
    # A pair is stored once, as (a, b) with a < b, whatever order a stage emitted it in;
    # a stage that reports a pair twice must not make the whole batch fail its key.
    seen: dict[tuple[str, str], tuple] = {}
    for i in work.interactions:
        a, b = sorted((i.a, i.b))
        if (a, b) not in seen:
            seen[(a, b)] = (work_id, a, b, i.conversations, i.co_presence, i.mentions, float(i.weight))
    return list(seen.values())


def error_rows(path: str, sha256: str | None, reason: str) -> Rows:
    # One line: a reason is shown in tables and terminals.
    reason = " ".join(str(reason).split()) or "unknown error"
    return {"errors": [(path, sha256, reason, utcnow(), _version())]}


def merge(into: Rows, more: Rows) -> Rows:
    for table, rows in more.items():
        into.setdefault(table, []).extend(rows)
    return into
