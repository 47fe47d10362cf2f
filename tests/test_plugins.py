"""The command and exporter entry point groups, with a fake installed plugin (a dist-info
folder on sys.path). The pack group is tested with the pack loader (tests/fandoms/test_load.py)."""

from __future__ import annotations

from plugin_dist import install
from typer.testing import CliRunner

from ficlens.cli import build_app
from ficlens.export.formats import exporters
from ficlens.plugins import COMMANDS, EXPORTERS, load

HELLO = '''
import typer


def register_commands(app: typer.Typer) -> None:
    @app.command("hello")
    def hello(name: str) -> None:
        """Say hello.

        Example: ficlens hello Wren
        """
        typer.echo(f"hello {name}")
'''

EXPORT = '''
from pathlib import Path

from ficlens.export import atomic_write
from ficlens.export.formats import Exporter


def _names(work, path: Path) -> None:
    atomic_write(path, "".join(c.name + "\\n" for c in work.characters))


names = Exporter("names", (".names",), _names)
taken = Exporter("json", (".json",), _names)
'''

def test_a_command_plugin_adds_a_command(tmp_path, monkeypatch):
    install(tmp_path, "fake-hello", {"fake_hello.py": HELLO}, {COMMANDS: {"hello": "fake_hello"}}, monkeypatch)
    result = CliRunner().invoke(build_app(), ["hello", "Wren"])
    assert result.exit_code == 0 and result.stdout == "hello Wren\n"
    assert [p.name for p in load(COMMANDS)] == ["hello"]


def test_a_broken_command_plugin_is_named_and_skipped(tmp_path, monkeypatch, capsys):
    files = {"fake_broken.py": "raise ImportError('needs a library that is not installed')\n"}
    install(tmp_path, "fake-broken", files, {COMMANDS: {"broken": "fake_broken:register_commands"}}, monkeypatch)
    app = build_app()
    warning = capsys.readouterr().err
    assert "warning: plugin 'broken' (ficlens.commands = fake_broken:register_commands) failed to load: ImportError" in warning
    assert CliRunner().invoke(app, ["fandoms"]).exit_code == 0  # the built-in commands still work


def test_an_exporter_plugin_writes_through_to(tmp_path, monkeypatch):
    points = {EXPORTERS: {"names": "fake_export:names", "taken": "fake_export:taken"}}
    install(tmp_path / "site", "fake-export", {"fake_export.py": EXPORT}, points, monkeypatch)
    problems: list[str] = []
    found = exporters(on_error=problems.append)
    assert found["names"].suffix == ".names" and found["json"].description  # the built-in json is kept
    assert problems == ["plugin 'taken' (ficlens.exporters): the name 'json' is taken"]
    story = tmp_path / "story.txt"
    story.write_text('Wren opened the gate. "It sings," Wren said.\n', encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["analyze", str(story), "--to", "names", "--out", str(tmp_path / "cast.names")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cast.names").read_text(encoding="utf-8") == "Wren\n"

