"""Where `analyze` writes: one named file, or a folder mirroring the input's layout.

Never clobber: a target that exists and is not a folder is refused unless it is the very
output being replaced (a path ending in the format's suffix, for one work); in a folder
run two works never get the same output file (a/story.txt -> OUT/a/story.json,
b/story.txt -> OUT/b/story.json; story.html beside story.epub -> story.html.json and
story.epub.json).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named here; the exporters load when a command writes
    from ficlens.export.formats import Exporter


class TargetError(Exception):
    """A target that cannot be used; the message is the one line to print."""


@dataclass(frozen=True, slots=True)
class Target:
    exporter: Exporter
    path: Path
    single: bool  # path is the one output file; else a folder with one file per work

    def file_for(self, relative: Path, stems: Counter[tuple[Path, str]]) -> Path:
        if self.single:
            return self.path
        base = relative.stem if stems[(relative.parent, relative.stem)] == 1 else relative.name
        return self.path / relative.parent / (base + self.exporter.suffix)


def plan(exporter: Exporter, path: Path, works: int, option: str) -> Target:
    """The target of `--OPTION PATH` for a run of `works` input files."""
    names_a_file = path.suffix.lower() in exporter.suffixes and not path.is_dir()
    if names_a_file:
        if works > 1:
            raise TargetError(
                f"{path}: {option} names one file but there are {works} works; give a folder for one file per work"
            )
        return Target(exporter, path, single=True)
    if path.exists() and not path.is_dir():
        ending = " or ".join(exporter.suffixes)
        raise TargetError(
            f"{path}: exists and is not a folder; refusing to overwrite it ({option} takes a {ending} file or a folder)"
        )
    return Target(exporter, path, single=False)


def stems_of(relatives: list[Path]) -> Counter[tuple[Path, str]]:
    """How many inputs share a folder and a stem (those keep their suffix in the output name)."""
    return Counter((r.parent, r.stem) for r in relatives)


def check_file(path: Path) -> None:
    """Refuse to write a work's output over a folder (or under a file)."""
    if path.is_dir():
        raise TargetError(f"{path}: is a folder; refusing to replace it with an output file")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise TargetError(f"{parent}: exists and is not a folder; cannot write {path}")
            break


def clashes(files: list[tuple[Path, Path]]) -> dict[Path, Path]:
    """Inputs whose output file an earlier input already takes: {input: earlier input}
    (only possible when two given paths have the same name)."""
    taken: dict[Path, Path] = {}
    clash: dict[Path, Path] = {}
    for source, target in files:
        key = target.resolve()
        if key in taken:
            clash[source] = taken[key]
        else:
            taken[key] = source
    return clash
