"""Fandom packs: canonical names, aliases and pronouns as plain data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ficlens.model import Work

__all__ = ["CharacterEntry", "Pack", "choose_pack", "load_character_file"]


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


def choose_pack(work: Work, explicit: str | None = None) -> Pack | None:
    return None


def load_character_file(path: Path) -> list[CharacterEntry]:
    raise NotImplementedError("character files arrive with the fandom packs")
