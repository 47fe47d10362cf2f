"""Stages as components: each declares what it requires and what it assigns.

A `Stage` names the attributes it reads (`requires`) and adds (`assigns`): `work.<field>`
for a field of `Work`, `quote.<field>` / `paragraph.<field>` / `character.<field>` for a
field filled on each item, and a layer's class name (`Cast`) for a working layer of
`ficlens.layers`. `check(stages)` tells, before anything runs, which requirement no earlier
stage (nor the reader, `READ_ASSIGNS`) assigns; `describe(stages)` is the whole report
(like spaCy's `analyze_pipes`).

The registry is one ordered list. The built-in stages register on it through
`register_stage`, the same hook a third-party package uses, directly or through an
entry point in the `ficlens.stages` group whose object is a `Stage` (placed with its
`after` / `before`). Entry points load once, on the first `registered()` call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ficlens.fandoms import CharacterEntry
    from ficlens.model import Work

__all__ = [
    "READ_ASSIGNS",
    "Options",
    "PipelineError",
    "Stage",
    "check",
    "describe",
    "register_stage",
    "registered",
    "select",
]

# what every reader gives a work; `work.segments` / `work.chapters` only some readers give,
# and the segmenter fills them for the others
READ_ASSIGNS = ("work.text", "work.source", "work.meta")


@dataclass(slots=True)
class Options:
    """What a user can steer.

    `fandom` names a pack (None: chosen from AO3 tags or the names in the text);
    `characters` is a user's own character list (a file in the pack format, or entries),
    and restricts speakers to it; `max_bytes` refuses bigger input files before reading
    them (None: `ficlens.read.MAX_BYTES`, 256 MiB; 0 or less: no limit);
    `speaker_scorer` is "rules" (the rule cascade alone), "learned" (the learned scorer
    re-decides the cascade's speakers, `ficlens.speakers.learned`) or "calibrated" (the
    cascade's speakers, with the learned scorer's probabilities as confidence).
    """

    fandom: str | None = None
    characters: Path | list[CharacterEntry] | None = None
    max_bytes: int | None = None
    speaker_scorer: str = "rules"


class PipelineError(ValueError):
    """A stage list that cannot run: an unknown name, or a requirement nothing assigns."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline: `run(work, options)` adds what `assigns` names."""

    name: str
    run: Callable[[Work, Options], object]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    after: str | None = None  # where `register_stage` puts it (default: at the end)
    before: str | None = None
    doc: str = field(default="", compare=False)


_REGISTRY: list[Stage] = []
_PLUGINS_LOADED = False


def register_stage(stage: Stage, *, after: str | None = None, before: str | None = None) -> Stage:
    """Add `stage` to the registry (replacing one of the same name), after or before a
    named stage when given (else `stage.after` / `stage.before`, else at the end)."""
    after = after if after is not None else stage.after
    before = before if before is not None else stage.before
    names = [s.name for s in _REGISTRY]
    if stage.name in names:
        _REGISTRY[names.index(stage.name)] = stage
        return stage
    anchor = after or before
    if anchor is not None and anchor not in names:
        raise PipelineError(f"stage {stage.name!r}: no stage {anchor!r} to go {'after' if after else 'before'}")
    if after is not None:
        _REGISTRY.insert(names.index(after) + 1, stage)
    elif before is not None:
        _REGISTRY.insert(names.index(before), stage)
    else:
        _REGISTRY.append(stage)
    return stage


def unregister_stage(name: str) -> None:
    """Remove a stage by name (for a plugin's tests; the built-ins stay)."""
    _REGISTRY[:] = [s for s in _REGISTRY if s.name != name]


def registered() -> list[Stage]:
    """The registered stages in run order (entry-point stages loaded on the first call)."""
    global _PLUGINS_LOADED
    if not _PLUGINS_LOADED:
        _PLUGINS_LOADED = True
        for ep in entry_points(group="ficlens.stages"):
            stage = ep.load()
            if not isinstance(stage, Stage):
                raise PipelineError(f"entry point {ep.name!r} in ficlens.stages is not a Stage")
            register_stage(stage)
    return list(_REGISTRY)


def select(stages: Sequence[Stage], until: str | None = None, disable: Iterable[str] = ()) -> list[Stage]:
    """The stages up to and including `until`, without the disabled ones."""
    names = [s.name for s in stages]
    off = set(disable)
    for name in [*off, *([until] if until else [])]:
        if name not in names:
            raise PipelineError(f"no stage {name!r} (stages: {', '.join(names)})")
    chosen = list(stages[: names.index(until) + 1] if until else stages)
    return [s for s in chosen if s.name not in off]


def describe(stages: Sequence[Stage]) -> dict[str, Any]:
    """For each stage its requires / assigns, and what it requires that nothing before it assigns."""
    have = set(READ_ASSIGNS)
    summary: dict[str, dict[str, tuple[str, ...]]] = {}
    problems: dict[str, list[str]] = {}
    for s in stages:
        summary[s.name] = {"requires": s.requires, "assigns": s.assigns}
        missing = [r for r in s.requires if r not in have]
        if missing:
            problems[s.name] = missing
        have.update(s.assigns)
    return {"summary": summary, "problems": problems}


def check(stages: Sequence[Stage]) -> None:
    """Raise `PipelineError` naming each unmet requirement and the stage that assigns it."""
    problems = describe(stages)["problems"]
    if not problems:
        return
    makers = {a: s.name for s in registered() for a in s.assigns}
    parts = []
    for name, missing in problems.items():
        for r in missing:
            by = f" (assigned by stage {makers[r]!r})" if r in makers else ""
            parts.append(f"stage {name!r} requires {r}{by}, which no earlier stage assigns")
    raise PipelineError("; ".join(parts))
