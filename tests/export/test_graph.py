import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "narrative"))
from story_builder import build  # noqa: E402

from ficlens.cli import app  # noqa: E402
from ficlens.export.graph import write_gexf, write_graph, write_graphml  # noqa: E402
from ficlens.narrative import analyze_narrative  # noqa: E402
from ficlens.relations import find_relations, to_networkx  # noqa: E402

STORY = (
    '"You came back," Ione said.\n\n'
    '"I always come back," Dara said.\n\n'
    "Ione crossed the room and kissed her. Otto looked away.\n\n"
    '"Tell Otto to knock next time," Dara said.'
)


@pytest.fixture
def work():
    w = build(STORY, {"c1": ("Ione", "she"), "c2": ("Dara", "she"), "c3": ("Otto", "he")},
              [("c1", ["c2"]), ("c2", ["c1"]), ("c2", ["c1"])])
    analyze_narrative(w)
    find_relations(w)
    return w


def test_to_networkx_has_characters_and_weighted_edges(work):
    g = to_networkx(work)
    assert set(g.nodes) == {"c1", "c2", "c3"}
    assert g.nodes["c1"]["label"] == "Ione"
    edge = g.edges["c1", "c2"]
    assert edge["weight"] == 1.0 and edge["conversations"] >= 2
    assert edge["relationship"] == "Dara/Ione" and edge["kind"] == "romantic"
    assert g.number_of_edges() == len(work.interactions)


@pytest.mark.parametrize("writer,reader,suffix", [
    (write_graphml, nx.read_graphml, ".graphml"),
    (write_gexf, nx.read_gexf, ".gexf"),
])
def test_graph_files_read_back_with_networkx(work, tmp_path, writer, reader, suffix):
    path = tmp_path / ("net" + suffix)
    writer(work, path)
    g = reader(path)
    assert g.number_of_nodes() == 3
    assert float(g.edges["c1", "c2"]["weight"]) == 1.0
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_write_graph_refuses_an_unknown_suffix(work, tmp_path):
    with pytest.raises(ValueError, match="unknown graph format"):
        write_graph(work, tmp_path / "net.png")


def test_cli_graph_writes_the_file_and_prints_the_edges(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        '"Morning, Wren," said Tobias.\n\n"Morning, Tobias," said Wren.\n\n'
        '"Tea, Wren?" Tobias asked.\n\n"Please, Tobias," Wren said.\n',
        encoding="utf-8",
    )
    out = tmp_path / "net.gexf"
    result = CliRunner().invoke(app, ["graph", str(story), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert nx.read_gexf(out).number_of_nodes() >= 1


def test_cli_graph_bad_suffix_and_missing_file(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Nothing happens.\n", encoding="utf-8")
    bad = CliRunner().invoke(app, ["graph", str(story), "--out", str(tmp_path / "net.png")])
    assert bad.exit_code == 2
    missing = CliRunner().invoke(app, ["graph", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "n.graphml")])
    assert missing.exit_code == 1
    assert "nope.txt" in missing.output
    assert "Traceback" not in missing.output
