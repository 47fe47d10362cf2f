"""Silver speaker labels from untagged text: hide a named tag, keep its speaker as the label.

A line with an explicit named tag (`"...," said Elizabeth`) has a near-certain speaker.
We rewrite the text so the model cannot see that name: either the name becomes its
pronoun (`she said`) or the whole tag goes (`"...."`), rerun the pipeline on the
rewritten text, and keep the speaker as the label of the same line (offsets are mapped
through the edits). Unmasked named lines stay as labelled examples too.

Books come from a folder of plain-text books (`../shared/data/standardebooks/`); which
ones is the caller's choice (the train split only, for training).
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ficlens.model import Character, Mention, Quote, Work
from ficlens.pipeline import analyze

__all__ = ["Edit", "Labelled", "Silver", "apply_edits", "book_paths", "map_offset", "mask_work", "sample_chunks", "silver_from_text"]

CHUNK_PARAGRAPHS = 120  # paragraphs per sampled window: a few scenes, a few thousand words
MIN_QUOTES = 25  # windows with fewer opening quotes are not worth a pipeline run
MASK_RATE = 0.3  # share of eligible named lines whose tag is hidden; a hidden line never follows another
NAMED_TAG_CONFIDENCE = 0.95  # the cascade's confidence for a name tag
_OPEN = "“"
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Labelled:
    start: int  # quote start in the rewritten text
    speaker: str  # character id in the rewritten work
    mode: str  # pronoun | deleted | kept


@dataclass(slots=True)
class Silver:
    work: Work  # the rewritten text, analysed by the full pipeline
    labels: list[Labelled] = field(default_factory=list)
    origin: str = ""


def sample_chunks(text: str, rng: random.Random, per_book: int) -> list[str]:
    """Up to `per_book` non-overlapping windows of CHUNK_PARAGRAPHS paragraphs with dialogue."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    windows = [paras[i : i + CHUNK_PARAGRAPHS] for i in range(0, len(paras), CHUNK_PARAGRAPHS)]
    rich = [w for w in windows if sum(p.count(_OPEN) for p in w) >= MIN_QUOTES]
    rng.shuffle(rich)
    return ["\n\n".join(w) + "\n" for w in rich[:per_book]]


def _names(c: Character) -> set[str]:
    return {n.lower() for n in [c.name, *c.aliases]}


def _name_mention(work: Work, q: Quote, starts: list[int]) -> Mention | None:
    """The mention naming q's speaker inside its cue, when the cue is a name tag, or the
    `I` of a first-person tag (`"...," I said`): both give a near-certain speaker, and
    without the second a first-person narrator would never be a label."""
    if q.kind != "speech" or q.cue is None or q.evidence not in ("explicit", "anaphoric"):
        return None
    if q.evidence == "explicit" and q.confidence < NAMED_TAG_CONFIDENCE:
        return None
    i = bisect_right(starts, q.cue.start - 1)
    while i < len(starts) and starts[i] < q.cue.end:
        m = work.mentions[i]
        if m.character == q.speaker:
            if q.evidence == "explicit" and m.kind in ("name", "alias"):
                return m
            if q.evidence == "anaphoric" and m.kind == "pronoun" and work.text[m.start : m.end] == "I":
                return m
        i += 1
    return None


def _capital(text: str, pos: int) -> bool:
    """Whether a word at `pos` starts a sentence (after a closing quote it does not)."""
    before = text[max(0, pos - 40) : pos].rstrip()
    if not before or before.endswith("\n"):
        return True
    if before[-1] in "”’\"'":
        return False
    return bool(_SENTENCE_END.search(before))


def _pronoun_edit(work: Work, q: Quote, m: Mention) -> Edit | None:
    """`said Elizabeth` -> `she said`; `Elizabeth said` -> `she said` (capitalised at a sentence start)."""
    pron = {"he": "he", "she": "she"}.get(work.character(q.speaker).pronouns or "")  # type: ignore[union-attr]
    t = work.text
    if pron is None or m.kind == "pronoun" or t[m.end : m.end + 1] in ("’", "'"):
        return None
    assert q.cue is not None
    lead = t[q.cue.start : m.start]
    if m.start == q.cue.start:
        word = pron.capitalize() if _capital(t, m.start) else pron
        return Edit(m.start, m.end, word)
    if re.fullmatch(r"[a-z]+ ", lead):
        word = pron.capitalize() if _capital(t, q.cue.start) else pron
        return Edit(q.cue.start, m.end, f"{word} {lead.strip()}")
    return None


def _delete_edits(work: Work, q: Quote) -> list[Edit] | None:
    """Drop a tag that follows its line (`"Yes," said Elizabeth.` -> `"Yes."`)."""
    t = work.text
    assert q.cue is not None
    if t[q.end : q.cue.start].strip() or t[q.end - 2 : q.end - 1] not in (",", "!", "?", ".", "—"):
        return None
    end = q.cue.end
    while end < len(t) and t[end] in ".,;":
        end += 1
    rest = t[end : t.find("\n", end) if "\n" in t[end:] else len(t)].lstrip()
    if rest.startswith(_OPEN) or (rest and rest[0].islower()):
        return None  # an interrupted line or a tag that runs on: deleting it breaks the sentence
    edits = [Edit(q.end, end, "")]
    if t[q.end - 2] == ",":
        edits.insert(0, Edit(q.end - 2, q.end - 1, "."))
    return edits


def mask_work(work: Work, rng: random.Random, rate: float = MASK_RATE) -> tuple[str, list[Edit], dict[int, tuple[str, str]]]:
    """The rewritten text, its edits, and original quote start -> (speaker id, mode)."""
    starts = [m.start for m in work.mentions]
    edits: list[Edit] = []
    labels: dict[int, tuple[str, str]] = {}
    prev_hidden = False
    for q in work.quotes:
        m = _name_mention(work, q, starts)
        if m is None or q.speaker is None:
            continue
        if rng.random() >= rate or prev_hidden:
            # two hidden tags in a row make a stretch no author would leave untagged
            labels[q.start] = (q.speaker, "kept")
            prev_hidden = False
            continue
        options = [("pronoun", [e]) if (e := _pronoun_edit(work, q, m)) else None, ("deleted", _delete_edits(work, q))]
        usable = [(mode, es) for o in options if o is not None for mode, es in [o] if es]
        if not usable:
            labels[q.start] = (q.speaker, "kept")
            continue
        mode, es = rng.choice(usable)
        if edits and es[0].start < edits[-1].end:
            continue  # overlaps the previous line's edit
        edits.extend(es)
        labels[q.start] = (q.speaker, mode)
        prev_hidden = True
    return apply_edits(work.text, edits), edits, labels


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for e in edits:
        out.append(text[pos : e.start])
        out.append(e.text)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def map_offset(edits: list[Edit], pos: int) -> int:
    """Where `pos` of the original text is in the rewritten one (pos outside every edit)."""
    shift = 0
    for e in edits:
        if e.end <= pos:
            shift += len(e.text) - (e.end - e.start)
        else:
            break
    return pos + shift


def silver_from_text(text: str, rng: random.Random, origin: str = "") -> Silver | None:
    """Analyse `text`, hide some of its named tags, analyse the rewrite and carry the labels over."""
    original = analyze(text)
    masked_text, edits, labels = mask_work(original, rng)
    if not labels:
        return None
    masked = analyze(masked_text)
    by_name: dict[str, str] = {}
    for c in masked.characters:
        for n in _names(c):
            by_name.setdefault(n, c.id)
    q_starts = {q.start for q in masked.quotes if q.kind == "speech"}
    silver = Silver(masked, origin=origin)
    for start, (speaker, mode) in sorted(labels.items()):
        new_start = map_offset(edits, start)
        who = original.character(speaker)
        target = next((by_name[n] for n in ([who.name.lower()] + sorted(_names(who))) if n in by_name), None) if who else None
        if target is not None and new_start in q_starts:
            silver.labels.append(Labelled(new_start, target, mode))
    return silver


def book_paths(folder: Path, splits: dict[str, str], split: str) -> list[Path]:
    """The books of one split, sorted by slug."""
    return sorted(folder / f"{slug}.txt" for slug, s in splits.items() if s == split and (folder / f"{slug}.txt").exists())
