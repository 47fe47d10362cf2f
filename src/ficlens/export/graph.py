"""The interaction network as GraphML or GEXF, for Gephi, Cytoscape or networkx.

Both are written atomically: a reader never sees half a graph.
"""

from __future__ import annotations

import io
from pathlib import Path

from ficlens.export.atomic import atomic_write
from ficlens.model import Work

__all__ = ["write_graphml", "write_gexf", "write_graph", "GRAPH_FORMATS"]

GRAPH_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}


def _graph_bytes(work: Work, fmt: str) -> bytes:
    import networkx as nx

    from ficlens.relations import to_networkx

    g = to_networkx(work)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf, encoding="utf-8")
    else:
        nx.write_gexf(g, buf, encoding="utf-8")
    return buf.getvalue()


def write_graphml(work: Work, path: str | Path) -> None:
    atomic_write(path, _graph_bytes(work, "graphml"))


def write_gexf(work: Work, path: str | Path) -> None:
    atomic_write(path, _graph_bytes(work, "gexf"))


def write_graph(work: Work, path: str | Path) -> None:
    """Write GraphML or GEXF, chosen by the file's suffix (.graphml or .gexf)."""
    fmt = GRAPH_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown graph format (use .graphml or .gexf)")
    atomic_write(path, _graph_bytes(work, fmt))
