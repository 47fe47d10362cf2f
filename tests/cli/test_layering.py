"""The command line sits on top: no library module imports it, so there is no cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import ficlens
from ficlens.cli.app import BUILTIN_COMMANDS

SRC = Path(ficlens.__file__).parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_library_module_imports_the_cli():
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "cli" not in path.relative_to(SRC).parts
        and any(n == "ficlens.cli" or n.startswith("ficlens.cli.") for n in _imports(path))
    ]
    assert offenders == []


def test_only_the_cli_imports_typer():
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "cli" not in path.relative_to(SRC).parts and any(n.split(".")[0] == "typer" for n in _imports(path))
    ]
    assert offenders == []


def test_every_builtin_command_is_a_module_of_the_cli_with_the_hook():
    for name in BUILTIN_COMMANDS:
        path = SRC / "cli" / f"{name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert any(isinstance(n, ast.FunctionDef) and n.name == "register_commands" for n in tree.body), name
