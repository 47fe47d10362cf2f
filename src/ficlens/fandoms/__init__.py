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
else from the names and canon terms in the text (`detect.py`: a calibrated probability,
so that an original story gets no pack). Packs load from this folder and from other
Python packages through the `ficlens.packs` entry point group (`load.py`; the format is in
docs/packs.md). A user's own character list (`--characters FILE`) uses the same format
(only `[[characters]]` is needed) or JSON `{"characters": [{"name": ..., ...}]}`.
"""

from __future__ import annotations

import re

from ficlens.fandoms.detect import PackEvidence, PackGuess, guess_pack, pack_from_names
from ficlens.fandoms.load import (
    Bond,
    CharacterEntry,
    Pack,
    PackError,
    all_packs,
    get_pack,
    load_character_file,
    load_pack,
    packs,
)
from ficlens.model import Work

__all__ = [
    "Bond",
    "CharacterEntry",
    "Pack",
    "PackError",
    "PackEvidence",
    "PackGuess",
    "choose_pack",
    "get_pack",
    "guess_pack",
    "load_character_file",
    "load_pack",
    "pack_for_tags",
    "pack_from_names",
    "packs",
]


def _norm_tag(tag: str) -> str:
    # AO3 tags carry medium suffixes and aliases: "Sherlock (TV)", "Harry Potter - J. K. Rowling"
    return re.sub(r"[^a-z0-9]+", " ", tag.lower()).strip()


def pack_for_tags(tags: list[str]) -> Pack | None:
    """The pack whose AO3 fandom tags best match the work's fandom tags."""
    wanted = {_norm_tag(t) for t in tags if t}
    if not wanted:
        return None
    best, best_hits = None, 0
    for p in all_packs():
        hits = sum(1 for f in p.ao3_fandoms if _norm_tag(f) in wanted)
        if hits > best_hits:
            best, best_hits = p, hits
    return best



def choose_pack(work: Work, explicit: str | None = None) -> Pack | None:
    """The pack for this work: `explicit` id, else AO3 fandom tags, else names in the text."""
    if explicit:
        return get_pack(explicit)
    return pack_for_tags(work.meta.fandoms) or pack_from_names(work)
