"""A fake installed package with entry points, for the plugin tests: a `NAME.dist-info`
folder on sys.path is all `importlib.metadata` needs to find entry points."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def install(site: Path, name: str, files: dict[str, str], entry_points: dict[str, dict[str, str]], monkeypatch: Any) -> None:
    """Write `files` (path -> text) under `site`, declare `entry_points` (group -> {name:
    object reference}) for a distribution called `name`, and put `site` on sys.path."""
    for path, text in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    info = site / f"{name.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    lines = []
    for group, points in entry_points.items():
        lines.append(f"[{group}]")
        lines.extend(f"{key} = {value}" for key, value in points.items())
        lines.append("")
    (info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    for module in [m for m in sys.modules if m.split(".")[0] in {p.split("/")[0].removesuffix(".py") for p in files}]:
        monkeypatch.delitem(sys.modules, module)
