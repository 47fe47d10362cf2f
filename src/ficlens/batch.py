"""Many works at once, each failure contained: `analyze_paths(paths)`.

The library's batch entry point, and what `ficlens analyze` runs: files and folders in,
one `Outcome` per work out, in a stable order. An exception while reading or analysing a
work becomes that work's `Failure` (file, stage, reason); the other works still run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ficlens.failures import Failure, failure_of
from ficlens.model import Work
from ficlens.pipeline import Options, analyze
from ficlens.read import iter_paths
from ficlens.read.errors import NOT_FOUND


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input file: its work, or why there is none.

    `relative` is the file's path inside the folder it was found in (a file given by
    itself: its name), so output can mirror the input's layout.
    """

    path: Path
    relative: Path
    work: Work | None = None
    failure: Failure | None = None


def analyze_paths(paths: Iterable[str | os.PathLike[str]], options: Options | None = None) -> Iterator[Outcome]:
    """Analyse every story file in `paths` (folders walked recursively, as `iter_paths`).

    A user's character list (`options.characters` as a path) is read once, up front; a
    bad one raises `ReadError` because it concerns every work, not one.
    """
    options = prepare(options)
    inputs, missing = find_inputs(paths)
    for failure in missing:
        yield Outcome(Path(failure.path), Path(Path(failure.path).name), failure=failure)
    for path, relative in inputs:
        yield analyze_one(path, relative, options)


def prepare(options: Options | None) -> Options:
    """`options` with a character list given as a path read once, not once per work."""
    options = options or Options()
    if isinstance(options.characters, (str, Path)):
        from ficlens.fandoms import load_character_file

        return replace(options, characters=load_character_file(Path(options.characters)))
    return options


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[tuple[Path, Path]], list[Failure]]:
    """The story files under `paths` with their relative paths, and the paths that do not exist.

    A file found in a folder is relative to that folder (fics/a/story.txt given fics/:
    a/story.txt); when several folders are given, each one's name leads
    (a/story.txt and b/story.txt stay apart); a file given by itself is its name.
    """
    roots = [Path(p) for p in paths]
    several = len([r for r in roots if r.is_dir()]) > 1
    found: list[tuple[Path, Path]] = []
    missing: list[Failure] = []
    for root in roots:
        gone: list[str] = []
        for path in iter_paths([root], gone):
            if path == root:
                found.append((path, Path(path.name)))
            else:
                relative = path.relative_to(root)
                found.append((path, Path(root.resolve().name) / relative if several else relative))
        missing.extend(Failure(str(root), "read", NOT_FOUND) for _ in gone)
    return found, missing


def analyze_one(path: Path, relative: Path, options: Options | None = None) -> Outcome:
    """Analyse one file; any exception becomes the outcome's `failure`."""
    try:
        return Outcome(path, relative, work=analyze(path, options))
    except Exception as e:  # noqa: BLE001 - one work's failure is reported, never the run's
        return Outcome(path, relative, failure=failure_of(path, e))
