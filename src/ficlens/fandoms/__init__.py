"""Fandom packs: canonical names, aliases and pronouns as plain data files.

A pack is a TOML file in `fandoms/packs/` (read with the stdlib `tomllib`):

```toml
id = "the100"
name = "The 100"
ao3_fandoms = ["The 100 (TV)"]          # AO3 fandom tags that select the pack

[[characters]]
name = "Lexa"                            # the canonical AO3 character tag
aliases = ["Heda", "the Commander", "Commander Lexa"]
pronouns = "she"
```

`choose_pack` picks a pack by an explicit id, else by the AO3 fandom tags of the work,
else from the names in the text (only on strong evidence, so that an original story
gets no pack). A user's own character list (`--characters FILE`) uses the same format
(only `[[characters]]` is needed) or JSON `{"characters": [{"name": ..., ...}]}`.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ficlens.model import Work
from ficlens.read.errors import ReadError

__all__ = [
    "CharacterEntry",
    "Pack",
    "PackError",
    "choose_pack",
    "get_pack",
    "load_character_file",
    "packs",
]


class PackError(ReadError):
    """A bad pack id or character file; one line naming the file (or the option) and why.

    A subclass of `ReadError` so the command line reports it like any unreadable input.
    """


@dataclass(slots=True)
class CharacterEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    pronouns: str | None = None


@dataclass(slots=True)
class Pack:
    id: str
    name: str
    characters: list[CharacterEntry] = field(default_factory=list)
    ao3_fandoms: list[str] = field(default_factory=list)


_PRONOUNS = {"he", "she", "they", "it"}


def _entries(items: Any, where: str) -> list[CharacterEntry]:
    if not isinstance(items, list) or not items:
        raise PackError(where, "needs a non-empty list of characters ([[characters]] or \"characters\": [...])")
    out = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise PackError(where, f"character {i} has no \"name\"")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise PackError(where, f"character {item['name']!r}: \"aliases\" must be a list of strings")
        pronouns = item.get("pronouns")
        if pronouns is not None:
            pronouns = str(pronouns).split("/")[0].strip().lower()
            if pronouns not in _PRONOUNS:
                raise PackError(where, f"character {item['name']!r}: pronouns must be he, she or they")
        out.append(CharacterEntry(item["name"].strip(), [a.strip() for a in aliases if a.strip()], pronouns))
    return out


def _parse(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise PackError(str(path), f"cannot read ({e.strerror})") from None
    try:
        head = raw.lstrip()[:2]
        as_json = path.suffix.lower() == ".json" or (
            path.suffix.lower() != ".toml" and head[:1] in (b"{", b"[") and head != b"[["
        )
        if as_json:
            data = json.loads(raw.decode("utf-8-sig"))
            if isinstance(data, list):
                data = {"characters": data}
        else:
            data = tomllib.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise PackError(str(path), f"not valid TOML or JSON ({reason})") from None
    if not isinstance(data, dict):
        raise PackError(str(path), "expected a table with a list of characters")
    return data


def load_character_file(path: Path) -> list[CharacterEntry]:
    """A user's character list: TOML (`[[characters]]`) or JSON (`{"characters": [...]}`)."""
    path = Path(path)
    return _entries(_parse(path).get("characters"), str(path))


def _load_pack(path: Path) -> Pack:
    data = _parse(path)
    pid = data.get("id") or path.stem
    return Pack(
        id=str(pid),
        name=str(data.get("name") or pid),
        characters=_entries(data.get("characters"), str(path)),
        ao3_fandoms=[str(f) for f in data.get("ao3_fandoms", [])],
    )


@lru_cache(maxsize=1)
def _all_packs() -> tuple[Pack, ...]:
    root = resources.files("ficlens.fandoms") / "packs"
    found = []
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            with resources.as_file(item) as p:
                found.append(_load_pack(Path(p)))
    return tuple(found) + _plugin_packs({p.id for p in found})


def _plugin_packs(taken: set[str]) -> tuple[Pack, ...]:
    """Packs from `ficlens.packs` plugins; a bad one, or one reusing an id, is skipped with a warning."""
    from ficlens.plugins import pack_files, warn

    found = []
    for path in pack_files():
        try:
            pack = _load_pack(path)
        except PackError as e:
            warn(f"pack plugin skipped: {e}")
            continue
        if pack.id in taken:
            warn(f"pack plugin skipped: {path}: the id {pack.id!r} is taken")
            continue
        taken.add(pack.id)
        found.append(pack)
    return tuple(found)


def refresh() -> None:
    """Forget the loaded packs (after installing a pack plugin in a running process)."""
    for cached in (_all_packs, _distinctive_index, _common_index):
        cached.cache_clear()


def packs() -> list[Pack]:
    """Every bundled pack, sorted by id."""
    return sorted(_all_packs(), key=lambda p: p.id)


def get_pack(pack_id: str) -> Pack:
    """The pack with this id; an unknown id raises `PackError` listing the known ones."""
    for p in _all_packs():
        if p.id == pack_id.strip().lower():
            return p
    known = ", ".join(p.id for p in packs())
    raise PackError(None, f"unknown fandom {pack_id!r} (known: {known})")


def _norm_tag(tag: str) -> str:
    # AO3 tags carry medium suffixes and aliases: "Sherlock (TV)", "Harry Potter - J. K. Rowling"
    return re.sub(r"[^a-z0-9]+", " ", tag.lower()).strip()


def pack_for_tags(tags: list[str]) -> Pack | None:
    """The pack whose AO3 fandom tags best match the work's fandom tags."""
    wanted = {_norm_tag(t) for t in tags if t}
    if not wanted:
        return None
    best, best_hits = None, 0
    for p in _all_packs():
        hits = sum(1 for f in p.ao3_fandoms if _norm_tag(f) in wanted)
        if hits > best_hits:
            best, best_hits = p, hits
    return best


# Automatic choice: a pack needs this many distinct characters named in the text, and a
# clear lead over the runner-up, so that an original story (or a crossover) stays packless.
MIN_DISTINCT = 3
MARGIN = 2
# A fandom whose leads have everyday first names (Steve, Sam, Wanda) rarely reaches
# MIN_DISTINCT on distinctive names alone. Such a story still names many of the pack's
# characters: CAST_SIZE characters of one pack, common names included, backed by at least
# CAST_DISTINCT of distinctive evidence and with no other pack near it, choose the pack.
CAST_SIZE = 4
CAST_DISTINCT = 1.0

_CAPSEQ = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


@lru_cache(maxsize=1)
def _distinctive_index() -> dict[str, list[tuple[str, int, float]]]:
    """Distinctive pack names -> (pack id, character index, weight).

    A full name ("Clarke Griffin", "Commander Lexa") or an unusual one-word canonical name
    ("Lexa", "Mycroft") weighs 1; any other one-word alias ("Bellamy", "Heda") weighs 0.5.
    Common names ("Harry", "Wells", "Lincoln") and names shared by packs do not count:
    they occur in too many stories to identify a fandom.
    """
    index: dict[str, list[tuple[str, int, float]]] = {}
    token_packs: dict[str, set[str]] = {}
    for p in _all_packs():
        for c in p.characters:
            for form in [c.name, *c.aliases]:
                for tok in form.split():
                    token_packs.setdefault(tok, set()).add(p.id)
    for p in _all_packs():
        for i, c in enumerate(p.characters):
            canonical = _PAREN.sub("", c.name).strip()
            for form in {canonical, *c.aliases}:
                words = form.split()
                if not words or not form[0].isupper():
                    continue
                if len(words) == 1:
                    if len(form) < 3 or len(token_packs.get(form, ())) > 1 or form.lower() in _COMMON_NAMES:
                        continue
                    weight = 1.0 if form == canonical else 0.5
                else:
                    weight = 1.0
                index.setdefault(form, []).append((p.id, i, weight))
    return index


_PAREN = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def _common_index() -> dict[str, list[tuple[str, int]]]:
    """Everyday one-word names ("Steve", "Sam") -> (pack id, character index), for names
    that belong to one pack only: weak evidence alone, telling once several of a pack's
    characters are named in one story."""
    index: dict[str, list[tuple[str, int]]] = {}
    for p in _all_packs():
        for i, c in enumerate(p.characters):
            for form in {_PAREN.sub("", c.name).strip(), *c.aliases}:
                if " " not in form and form[:1].isupper() and form.lower() in _COMMON_NAMES:
                    index.setdefault(form, []).append((p.id, i))
    return {name: hits for name, hits in index.items() if len({pid for pid, _ in hits}) == 1}

# Single names too common across fiction to identify a fandom on their own.
_COMMON_NAMES = frozenset(
    """john james peter harry tony steve sam bruce mary molly luke ben anna jake jack
    david george fred bill charlie arthur tom will mike kate lily rose grace hope
    clint nick maria wanda vision thor loki sirius remus lucius finn han leia rey
    lincoln wells dante griffin hudson hill strange happy may buck stephen wilson percy
    henry jim sally echo cage green jordan miller collins reyes black potter sarah
    janine mary luna maya harper nate gaia roan titus nia carol scott parker barnes
    rogers stark banner fury coulson rhodes hogan ned phil cap pepper dean thomas
    george dobby moody black bell princess commander general captain doctor""".split()
)


def pack_from_names(work: Work) -> Pack | None:
    """Score packs by the distinct distinctive character names in the story text."""
    index = _distinctive_index()
    found: dict[str, dict[int, float]] = {}
    text = work.text
    # the capitalised sequences, found once: `_pack_from_cast` reads them again
    seqs = [m.group() for sp in work.story_spans() for m in _CAPSEQ.finditer(text, sp.start, sp.end)]
    for seq in seqs:
        words = seq.split()
        # every contiguous run, so "Then Clarke Griffin" still finds "Clarke Griffin"
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                for pid, ci, weight in index.get(" ".join(words[i:j]), ()):
                    chars = found.setdefault(pid, {})
                    if weight > chars.get(ci, 0.0):
                        chars[ci] = weight
    if not found:
        return None
    ranked = sorted(((sum(c.values()), pid) for pid, c in found.items()), reverse=True)
    top, top_id = ranked[0]
    runner = ranked[1][0] if len(ranked) > 1 else 0.0
    if top >= MIN_DISTINCT and top - runner >= MARGIN:
        return get_pack(top_id)
    return _pack_from_cast(found, seqs)


def _pack_from_cast(found: dict[str, dict[int, float]], seqs: list[str]) -> Pack | None:
    """A pack named by many of its characters, everyday names included (see CAST_SIZE).
    `seqs` are the story's capitalised sequences, as the caller found them."""
    common = _common_index()
    cast = {pid: set(chars) for pid, chars in found.items()}
    for seq in seqs:
        for word in seq.split():
            for pid, ci in common.get(word, ()):
                cast.setdefault(pid, set()).add(ci)
    sizes = sorted(((len(c), pid) for pid, c in cast.items()), reverse=True)
    size, pid = sizes[0]
    runner = sizes[1][0] if len(sizes) > 1 else 0
    if size >= CAST_SIZE and runner <= size // 2 and sum(found.get(pid, {}).values()) >= CAST_DISTINCT:
        return get_pack(pid)
    return None


def choose_pack(work: Work, explicit: str | None = None) -> Pack | None:
    """The pack for this work: `explicit` id, else AO3 fandom tags, else names in the text."""
    if explicit:
        return get_pack(explicit)
    return pack_for_tags(work.meta.fandoms) or pack_from_names(work)
