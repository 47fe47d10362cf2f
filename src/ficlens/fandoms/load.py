"""Loading fandom packs: the bundled TOML files and packs that other Python packages
install through the `ficlens.packs` entry point group. The format is in docs/packs.md."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from ficlens.read.errors import ReadError

__all__ = ["BOND_KINDS", "Bond", "CharacterEntry", "Pack", "PackError", "get_pack", "load_character_file", "load_pack", "packs"]

ENTRY_POINT_GROUP = "ficlens.packs"


class PackError(ReadError):
    """A bad pack id or character file; one line naming the file (or the option) and why.

    A subclass of `ReadError` so the command line reports it like any unreadable input.
    """


@dataclass(slots=True)
class CharacterEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    pronouns: str | None = None
    # what the character is in canon, as a lower-case noun ("turian", "droid"): "the
    # turian" names them when they are the only one of that kind the story names
    kinds: list[str] = field(default_factory=list)


BOND_KINDS = ("platonic", "family")


@dataclass(slots=True, frozen=True)
class Bond:
    """A canon relationship between two of the pack's characters (canonical names):
    family ties and canon best friends, what the canon itself establishes."""

    characters: tuple[str, str]
    kind: str  # one of BOND_KINDS


@dataclass(slots=True)
class Pack:
    id: str
    name: str
    characters: list[CharacterEntry] = field(default_factory=list)
    ao3_fandoms: list[str] = field(default_factory=list)
    # Places, groups and canon vocabulary ("Polis", "Mount Weather", "Skaikru"): evidence
    # that a story belongs to the fandom, and words that never name a character.
    terms: list[str] = field(default_factory=list)
    relationships: list[Bond] = field(default_factory=list)
    source: str = "bundled"  # where the pack came from: "bundled" or "DIST VERSION"


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
        kinds = item.get("kind", [])
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(kinds, list) or not all(isinstance(k, str) and k.strip().isalpha() and k.strip().islower() for k in kinds):
            raise PackError(where, f"character {item['name']!r}: \"kind\" must be a lower-case noun or a list of them")
        out.append(CharacterEntry(item["name"].strip(), [a.strip() for a in aliases if a.strip()], pronouns,
                                  [k.strip() for k in kinds]))
    return out


def _bonds(items: Any, names: set[str], where: str) -> list[Bond]:
    """The optional `[[relationships]]`: two of the pack's canonical names and a kind."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise PackError(where, "\"relationships\" must be a list ([[relationships]])")
    out: list[Bond] = []
    seen: set[frozenset[str]] = set()
    for i, item in enumerate(items, 1):
        chars = item.get("characters") if isinstance(item, dict) else None
        if not isinstance(chars, list) or len(chars) != 2 or not all(isinstance(c, str) for c in chars):
            raise PackError(where, f"relationship {i}: \"characters\" must name two characters")
        a, b = (c.strip() for c in chars)
        for c in (a, b):
            if c not in names:
                raise PackError(where, f"relationship {i}: {c!r} is not a character of the pack")
        if a == b:
            raise PackError(where, f"relationship {i}: names {a!r} twice")
        kind = item.get("kind")
        if kind not in BOND_KINDS:
            raise PackError(where, f"relationship {i} ({a} & {b}): kind must be one of {', '.join(BOND_KINDS)}")
        if frozenset((a, b)) in seen:
            raise PackError(where, f"relationship {i} ({a} & {b}) is listed twice")
        seen.add(frozenset((a, b)))
        out.append(Bond((a, b), kind))
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


def load_pack(path: Path, source: str = "bundled") -> Pack:
    """One pack file (TOML or JSON); a bad one raises `PackError` naming the file."""
    data = _parse(path)
    pid = data.get("id") or path.stem
    for key in ("ao3_fandoms", "terms"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise PackError(str(path), f"\"{key}\" must be a list of non-empty strings")
    characters = _entries(data.get("characters"), str(path))
    return Pack(
        id=str(pid).strip().lower(),
        name=str(data.get("name") or pid),
        characters=characters,
        relationships=_bonds(data.get("relationships"), {c.name for c in characters}, str(path)),
        ao3_fandoms=[str(f) for f in data.get("ao3_fandoms", [])],
        terms=[t.strip() for t in data.get("terms", [])],
        source=source,
    )


def _bundled() -> list[Pack]:
    root = resources.files("ficlens.fandoms") / "packs"
    found = []
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            with resources.as_file(item) as p:
                found.append(load_pack(Path(p)))
    return found


def _installed() -> list[Pack]:
    """Packs from other distributions: each `ficlens.packs` entry point names a function
    that returns the paths of its pack files. A broken one is a `PackError` naming it."""
    found = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        dist = getattr(ep, "dist", None)
        source = f"{dist.name} {dist.version}" if dist is not None else ep.value
        try:
            paths = list(ep.load()())
        except Exception as e:  # a third party's bug must not read as ours
            raise PackError(f"entry point {ep.name} ({ep.value})", f"failed to load ({e})") from None
        found += [load_pack(Path(p), source) for p in paths]
    return found


@lru_cache(maxsize=1)
def all_packs() -> tuple[Pack, ...]:
    """Bundled packs, then installed ones; an installed pack may not reuse a taken id."""
    found: dict[str, Pack] = {}
    for p in [*_bundled(), *_installed()]:
        if p.id in found:
            raise PackError(f"pack {p.id!r} from {p.source}", f"id already used by the pack from {found[p.id].source}")
        found[p.id] = p
    return tuple(found.values())


def packs() -> list[Pack]:
    """Every bundled pack, sorted by id."""
    return sorted(all_packs(), key=lambda p: p.id)


def get_pack(pack_id: str) -> Pack:
    """The pack with this id; an unknown id raises `PackError` listing the known ones."""
    for p in all_packs():
        if p.id == pack_id.strip().lower():
            return p
    known = ", ".join(p.id for p in packs())
    raise PackError(None, f"unknown fandom {pack_id!r} (known: {known})")
