"""Pack files: every bundled pack is valid, and packs install from other packages."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from ficlens.fandoms import PackError, get_pack, load_pack, packs
from ficlens.fandoms import load as load_mod

PACK = """id = "lighthouse"
name = "The Lighthouse Keepers"
ao3_fandoms = ["The Lighthouse Keepers (Web Serial)"]
terms = ["Gullrock", "the Lamp Room"]

[[characters]]
name = "Wren Aldous"
aliases = ["Wren"]
pronouns = "she"
"""


def test_at_least_forty_packs_all_valid():
    found = packs()
    assert len(found) >= 40
    for p in found:
        forms = {f.lower() for c in p.characters for f in [c.name, *c.aliases]}
        assert p.ao3_fandoms and p.terms, p.id
        assert 15 <= len(p.characters) <= 40, p.id
        assert len({c.name for c in p.characters}) == len(p.characters), p.id
        # pronouns are left out only where canon changes them (the Doctor by incarnation)
        assert all(c.pronouns in ("he", "she", "they", None) for c in p.characters), p.id
        assert sum(c.pronouns is None for c in p.characters) <= 1, p.id
        # a term is a place, group or thing of the canon: never also a character's name
        assert not [t for t in p.terms if t.lower() in forms], p.id


def test_a_bad_terms_list_names_the_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK.replace('terms = ["Gullrock", "the Lamp Room"]', "terms = [1, 2]"), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(bad)
    assert str(bad) in str(err.value) and "terms" in str(err.value)


class _Dist:
    name, version = "ficlens-lighthouse", "1.2"


def _fake_entry_points(tmp_path: Path, pack_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lighthouse.toml"
    path.write_text(pack_text, encoding="utf-8")

    class EP:
        name, value, dist = "lighthouse", "ficlens_lighthouse:packs", _Dist()

        def load(self):
            return lambda: [path]

    monkeypatch.setattr(metadata, "entry_points", lambda group: [EP()] if group == "ficlens.packs" else [])
    load_mod.all_packs.cache_clear()


def test_an_installed_pack_joins_the_bundled_ones(tmp_path, monkeypatch):
    _fake_entry_points(tmp_path, PACK, monkeypatch)
    try:
        pack = get_pack("lighthouse")
        assert pack.source == "ficlens-lighthouse 1.2" and pack.terms == ["Gullrock", "the Lamp Room"]
        assert get_pack("the100").source == "bundled"
    finally:
        load_mod.all_packs.cache_clear()


def test_an_installed_pack_may_not_take_a_bundled_id(tmp_path, monkeypatch):
    _fake_entry_points(tmp_path, PACK.replace('id = "lighthouse"', 'id = "the100"'), monkeypatch)
    try:
        with pytest.raises(PackError) as err:
            packs()
        assert "the100" in str(err.value) and "ficlens-lighthouse 1.2" in str(err.value)
    finally:
        load_mod.all_packs.cache_clear()


def test_a_characters_kind_loads_and_a_bad_one_names_the_file(tmp_path: Path):
    good = tmp_path / "good.toml"
    good.write_text(PACK + 'kind = "keeper"\n', encoding="utf-8")
    assert load_pack(good).characters[0].kinds == ["keeper"]
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK + 'kind = "The Keeper"\n', encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack(bad)
    assert "bad.toml" in str(err.value) and "kind" in str(err.value)
