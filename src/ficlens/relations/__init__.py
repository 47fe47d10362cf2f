"""Relations: the interaction network and AO3-style relationship tags.

Fills `work.interactions` (see `relations.interactions` for the counts and the weight
formula), `work.relationships` (see `relations.tags`) and, for works whose author gave
relationship tags (AO3 downloads), `work.tag_agreement`. Reads quotes with speakers and
addressees, mentions, scenes, the narrative POV (a first-person narrator is a party to
"I kissed him"), and the narrative stage's `Narration` layer when present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ficlens.model import Work
from ficlens.relations.interactions import find_interactions
from ficlens.relations.tags import propose_tags, tag_agreement

if TYPE_CHECKING:  # networkx is imported only when a graph is asked for
    import networkx

__all__ = ["find_relations", "to_networkx"]


def find_relations(work: Work) -> Work:
    work.interactions = find_interactions(work)
    work.relationships = propose_tags(work, work.interactions)
    work.tag_agreement = tag_agreement(work)
    return work


def to_networkx(work: Work) -> networkx.Graph:
    """The interaction network: a node per character, an edge per interacting pair.

    Nodes carry name, aliases (joined by "; "), pronouns, mentions, quotes and
    words_spoken; edges carry conversations, co_presence, mentions, weight and, for a
    tagged pair, its relationship tag, kind and confidence. Attribute values are plain
    str/int/float so the graph writes to GraphML and GEXF as it is.
    """
    import networkx as nx

    g = nx.Graph(name=work.meta.title or (work.source.path or "work"))
    for c in work.characters:
        g.add_node(
            c.id,
            label=c.canonical or c.name,
            name=c.name,
            aliases="; ".join(c.aliases),
            pronouns=c.pronouns or "",
            mentions=c.mentions,
            quotes=c.quotes,
            words_spoken=c.words_spoken,
        )
    tags = {frozenset(r.characters): r for r in work.relationships if len(r.characters) == 2}
    for i in work.interactions:
        attrs: dict[str, str | int | float] = {
            "conversations": i.conversations,
            "co_presence": i.co_presence,
            "mentions": i.mentions,
            "weight": float(i.weight),
        }
        rel = tags.get(frozenset((i.a, i.b)))
        if rel is not None:
            attrs.update(relationship=rel.tag, kind=rel.kind, confidence=float(rel.confidence))
        g.add_edge(i.a, i.b, **attrs)
    return g
