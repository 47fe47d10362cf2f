"""The house rules a newcomer relies on: documented stages, one-way imports, small files."""

import ast
import re
from pathlib import Path

from ficlens.stages import registered

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "ficlens"

# the stage packages in pipeline order; each may import from the ones before it
STAGE_ORDER = ["read", "segment", "quotes", "characters", "speakers", "narrative", "relations"]
BASE = {"model", "layers", "stages", "lang", "fandoms", "tally"}
# tools that sit on top of the pipeline inside a stage package (they run it, so they import it)
TOOLS = {"characters/score.py"}
OVERSIZED: set[str] = set()  # none left: export/html.py is the export/html/ package


def _imports(path: Path) -> set[str]:
    """The ficlens packages a module imports (module level and inside functions)."""
    out = set()
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(n, ast.ImportFrom) and n.module and n.module.startswith("ficlens"):
            names = [n.module] if n.module != "ficlens" else [f"ficlens.{a.name}" for a in n.names]
        elif isinstance(n, ast.Import):
            names = [a.name for a in n.names if a.name.startswith("ficlens.")]
        out.update(m.split(".")[1] for m in names if "." in m)
    return out


def test_every_registered_stage_is_documented_with_its_requires_and_assigns():
    for stage in registered():
        page = ROOT / "docs" / "stages" / f"{stage.name}.md"
        assert page.exists(), f"no docs/stages/{stage.name}.md"
        text = page.read_text(encoding="utf-8")
        sections = dict(re.findall(r"^## (\w+)\n\n((?:- `[^`]+`\n)+)", text, re.M))
        listed = {k: re.findall(r"- `([^`]+)`", v) for k, v in sections.items()}
        assert listed.get("Requires", []) == list(stage.requires), stage.name
        assert listed.get("Assigns", []) == list(stage.assigns), stage.name
    arch = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert all(f"(stages/{s.name}.md)" in arch for s in registered())


def test_stage_packages_import_only_earlier_stages_and_the_base():
    bad = []
    for k, pkg in enumerate(STAGE_ORDER):
        allowed = BASE | set(STAGE_ORDER[: k + 1])
        for f in sorted((SRC / pkg).rglob("*.py")):
            rel = f.relative_to(SRC).as_posix()
            if rel in TOOLS:
                continue
            bad += [f"{rel} imports ficlens.{m}" for m in sorted(_imports(f) - allowed)]
    assert bad == []


def test_the_base_packages_import_no_stage():
    for f in [SRC / "model.py", SRC / "layers.py", SRC / "stages.py", SRC / "tally.py", *sorted((SRC / "lang").rglob("*.py"))]:
        assert _imports(f) <= {"model", "layers", "fandoms"} - ({"fandoms"} if "lang" in f.parts else set()), f


def test_no_import_cycle_between_the_pipeline_packages():
    packages = STAGE_ORDER + sorted(BASE)
    graph = {p: set() for p in packages}
    for p in packages:
        files = sorted((SRC / p).rglob("*.py")) if (SRC / p).is_dir() else [SRC / f"{p}.py"]
        for f in files:
            if f.relative_to(SRC).as_posix() not in TOOLS:
                graph[p] |= {m for m in _imports(f) if m in graph and m != p}

    def reaches(a: str, b: str, seen: set[str]) -> bool:
        return any(n == b or (n not in seen and reaches(n, b, seen | {n})) for n in graph[a])

    assert [p for p in packages if reaches(p, p, set())] == []


def test_no_source_file_over_600_lines():
    long = [f.relative_to(SRC).as_posix() for f in SRC.rglob("*.py") if len(f.read_text(encoding="utf-8").splitlines()) > 600]
    assert sorted(set(long) - OVERSIZED) == []
