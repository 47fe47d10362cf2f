"""Fandom packs: the bundled data, choosing a pack, and a user's character file."""

from __future__ import annotations

import json

import pytest

from ficlens.fandoms import PackError, choose_pack, get_pack, load_character_file, packs
from ficlens.model import Work
from ficlens.read import ReadError, read
from ficlens.segment import segment


def _work(text: str, fandoms: list[str] | None = None) -> Work:
    work = read(text + "\n")
    work.meta.fandoms = fandoms or []
    return segment(work)


def test_bundled_packs_are_complete():
    ids = {p.id for p in packs()}
    assert {"the100", "harry_potter", "sherlock", "star_wars", "marvel"} <= ids
    for p in packs():
        assert 15 <= len(p.characters) <= 40, p.id
        assert p.ao3_fandoms, p.id
        names = [c.name for c in p.characters]
        assert len(names) == len(set(names)), p.id
        # pronouns are left out only where canon changes them (the Doctor by incarnation)
        assert all(c.pronouns in ("he", "she", "they", None) for c in p.characters), p.id
        assert sum(c.pronouns is None for c in p.characters) <= 1, p.id


def test_lexa_answers_to_heda_in_the100_pack():
    lexa = next(c for c in get_pack("the100").characters if c.name == "Lexa")
    assert {"Heda", "the Commander"} <= set(lexa.aliases)


def test_explicit_fandom_wins_over_everything():
    work = _work("Harry looked at Hermione.", fandoms=["The 100 (TV)"])
    assert choose_pack(work, "harry_potter").id == "harry_potter"


def test_unknown_fandom_is_a_clear_error_listing_the_ids():
    with pytest.raises(PackError) as err:
        choose_pack(_work("Some text."), "narnia")
    msg = str(err.value)
    assert "narnia" in msg and "the100" in msg and "\n" not in msg
    assert isinstance(err.value, ReadError)  # the CLI reports it like a bad input


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["The 100 (TV)"], "the100"),
        (["Sherlock (TV)"], "sherlock"),
        (["Harry Potter - J. K. Rowling"], "harry_potter"),
        (["Star Wars - All Media Types"], "star_wars"),
        (["Marvel Cinematic Universe", "The Avengers (Marvel Movies)"], "marvel"),
    ],
)
def test_ao3_fandom_tags_choose_the_pack(tags, expected):
    assert choose_pack(_work("A quiet morning.", fandoms=tags)).id == expected


def test_names_in_the_text_choose_the_pack():
    story = (
        "Clarke Griffin found Bellamy by the dropship. Octavia was already there, and "
        "Raven Reyes had the radio in pieces. Lexa would arrive by nightfall, Heda or not."
    )
    assert choose_pack(_work(story)).id == "the100"


def test_an_original_story_gets_no_pack():
    story = (
        "Martha Lane kept the bakery on Wells Street. Harry, her brother, came in at six; "
        "John Fisher came at seven, and Peter never came at all. Lincoln the cat slept."
    )
    assert choose_pack(_work(story)) is None


def test_a_fandom_whose_leads_have_everyday_names_is_still_recognised():
    # Steve, Sam and Wanda are too common to count alone; with Nat and Bucky beside them
    # the cast is unmistakable
    story = (
        "Steve burned the toast again. Sam opened a window and Wanda laughed from the stairs. "
        "Bucky ate his anyway, and Nat stole the last clean mug while nobody was looking."
    )
    assert choose_pack(_work(story)).id == "marvel"


def test_everyday_names_without_any_distinctive_one_give_no_pack():
    story = (
        "Steve ran the garage with his cousin Sam. Wanda did the books, Peter swept up, "
        "and Tony from next door borrowed the jack every Sunday."
    )
    assert choose_pack(_work(story)) is None


def test_two_fandoms_named_evenly_get_no_pack():
    story = "Clarke Griffin met Sherlock Holmes. Lexa nodded to Mycroft Holmes."
    assert choose_pack(_work(story)) is None


def test_character_file_toml_and_json(tmp_path):
    toml = tmp_path / "cast.toml"
    toml.write_text(
        '[[characters]]\nname = "Nell Carver"\naliases = ["Nell", "Nellie"]\npronouns = "she"\n'
        '[[characters]]\nname = "Abel Pryce"\n',
        encoding="utf-8",
    )
    entries = load_character_file(toml)
    assert [e.name for e in entries] == ["Nell Carver", "Abel Pryce"]
    assert entries[0].aliases == ["Nell", "Nellie"] and entries[0].pronouns == "she"

    js = tmp_path / "cast.json"
    js.write_text(json.dumps({"characters": [{"name": "Tom", "pronouns": "he/him"}]}), encoding="utf-8")
    assert load_character_file(js)[0].pronouns == "he"


@pytest.mark.parametrize(
    "content",
    [
        "[[characters]\nname = ",  # broken TOML
        '{"characters": [{"aliases": ["x"]}]}',  # no name
        '{"characters": []}',  # empty
        '[[characters]]\nname = "A"\npronouns = "xe"\n',  # unknown pronouns
        '[[characters]]\nname = "A"\naliases = "B"\n',  # aliases not a list
    ],
)
def test_bad_character_file_is_a_one_line_error_naming_the_file(tmp_path, content):
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_character_file(bad)
    assert str(bad) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_character_file(tmp_path):
    with pytest.raises(PackError, match="cannot read"):
        load_character_file(tmp_path / "nope.toml")


def test_fandoms_command_lists_packs_and_shows_one():
    from typer.testing import CliRunner

    from ficlens.cli import app

    runner = CliRunner()
    listing = runner.invoke(app, ["fandoms"])
    assert listing.exit_code == 0 and "the100" in listing.output
    one = runner.invoke(app, ["fandoms", "the100"])
    assert one.exit_code == 0 and "Heda" in one.output
    bad = runner.invoke(app, ["fandoms", "narnia"])
    assert bad.exit_code == 2


def test_bundled_canon_bonds_name_pack_characters():
    bonds = {frozenset(b.characters): b.kind for b in get_pack("the100").relationships}
    assert bonds[frozenset(("Bellamy Blake", "Octavia Blake"))] == "family"
    for p in packs():
        names = {c.name for c in p.characters}
        assert all(set(b.characters) <= names and b.kind in ("platonic", "family") for b in p.relationships), p.id


@pytest.mark.parametrize(
    "entry, problem",
    [
        ('characters = ["Wren Aldous"]\nkind = "family"', "must name two characters"),
        ('characters = ["Wren Aldous", "Nobody"]\nkind = "family"', "'Nobody' is not a character"),
        ('characters = ["Wren Aldous", "Tam Aldous"]\nkind = "rivals"', "kind must be one of platonic, family"),
    ],
)
def test_a_bad_canon_bond_is_refused_naming_the_pack(tmp_path, entry, problem):
    from ficlens.fandoms import load_pack

    f = tmp_path / "lighthouse.toml"
    f.write_text(
        'id = "lighthouse"\nname = "L"\n[[characters]]\nname = "Wren Aldous"\n[[characters]]\nname = "Tam Aldous"\n'
        f"[[relationships]]\n{entry}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError) as e:
        load_pack(f)
    msg = str(e.value)
    assert "lighthouse.toml" in msg and problem in msg and "\n" not in msg
