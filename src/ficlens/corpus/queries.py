"""Named queries: what users ask of a corpus without writing SQL.

Each query takes a read-only connection and returns `(columns, rows)`. Character
names match case-insensitively against a character's name, canonical name or any alias,
so `talk clarke lexa` finds "Clarke Griffin" called "Clarke" in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import duckdb

Result = tuple[list[str], list[tuple]]

# A character matches NAME when NAME is its name, canonical name or one of its aliases.
# The alias test is a list function, not EXISTS over unnest: DuckDB runs that correlated
# subquery as a join over every character, 20 times slower on a 10,000-work corpus.
_MATCHES = (
    "(lower({c}.name) = lower(${p}) OR lower(coalesce({c}.canonical, '')) = lower(${p}) "
    "OR coalesce(list_contains(list_transform({c}.aliases, lambda x: lower(x)), lower(${p})), false))"
)


def _matches(alias: str, param: str) -> str:
    return _MATCHES.format(c=alias, p=param)


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> Result:
    cur = con.execute(sql, params or {})
    columns = [d[0] for d in cur.description]
    return columns, cur.fetchall()


def top_characters(con: duckdb.DuckDBPyConnection, limit: int = 20) -> Result:
    """Characters across the corpus, by the number of works they appear in."""
    return _run(
        con,
        """
        SELECT coalesce(canonical, name) AS character,
               count(DISTINCT work_id) AS works,
               sum(mentions) AS mentions,
               sum(quotes) AS quotes,
               sum(words_spoken) AS words_spoken
        FROM characters
        GROUP BY 1
        ORDER BY works DESC, mentions DESC, character
        LIMIT $limit
        """,
        {"limit": limit},
    )


def top_pairings(con: duckdb.DuckDBPyConnection, limit: int = 20) -> Result:
    """Inferred relationship tags across the corpus, by the number of works."""
    return _run(
        con,
        """
        SELECT tag, kind, count(DISTINCT work_id) AS works, round(avg(confidence), 3) AS mean_confidence
        FROM relationships
        GROUP BY tag, kind
        ORDER BY works DESC, mean_confidence DESC, tag
        LIMIT $limit
        """,
        {"limit": limit},
    )


def talk(con: duckdb.DuckDBPyConnection, a: str, b: str, limit: int = 20) -> Result:
    """Works where characters A and B talk to each other most.

    Ranked by the conversations the relations stage counted between the two, then by
    the quotes one addresses to the other (A->B and B->A are shown apart).
    """
    return _run(
        con,
        f"""
        WITH ca AS (SELECT work_id, character_id, name FROM characters c WHERE {_matches('c', 'a')}),
             cb AS (SELECT work_id, character_id, name FROM characters c WHERE {_matches('c', 'b')}),
             pairs AS (
                SELECT ca.work_id, ca.character_id AS a_id, ca.name AS a_name,
                       cb.character_id AS b_id, cb.name AS b_name
                FROM ca JOIN cb USING (work_id)
                WHERE ca.character_id <> cb.character_id
             ),
             talked AS (
                SELECT p.work_id, p.a_id, p.b_id,
                       count(*) FILTER (WHERE q.speaker = p.a_id AND list_contains(q.addressees, p.b_id)) AS a_to_b,
                       count(*) FILTER (WHERE q.speaker = p.b_id AND list_contains(q.addressees, p.a_id)) AS b_to_a
                FROM pairs p JOIN quotes q ON q.work_id = p.work_id AND q.speaker IN (p.a_id, p.b_id)
                GROUP BY ALL
             )
        SELECT w.title, w.path, p.a_name AS a, p.b_name AS b,
               coalesce(i.conversations, 0) AS conversations,
               coalesce(t.a_to_b, 0) AS a_to_b,
               coalesce(t.b_to_a, 0) AS b_to_a,
               w.work_id
        FROM pairs p
        JOIN works w USING (work_id)
        LEFT JOIN interactions i ON i.work_id = p.work_id
             AND ((i.a = p.a_id AND i.b = p.b_id) OR (i.a = p.b_id AND i.b = p.a_id))
        LEFT JOIN talked t ON t.work_id = p.work_id AND t.a_id = p.a_id AND t.b_id = p.b_id
        WHERE coalesce(i.conversations, 0) + coalesce(t.a_to_b, 0) + coalesce(t.b_to_a, 0) > 0
        ORDER BY conversations DESC, a_to_b + b_to_a DESC, w.path
        LIMIT $limit
        """,
        {"a": a, "b": b, "limit": limit},
    )


def quotes_by(con: duckdb.DuckDBPyConnection, name: str, limit: int = 50) -> Result:
    """What a character says, across the corpus, with whom they say it to."""
    return _run(
        con,
        f"""
        SELECT w.title, c.name AS speaker, q.text,
               (SELECT string_agg(t.name, ', ' ORDER BY t.rank)
                  FROM characters t
                 WHERE t.work_id = q.work_id AND list_contains(q.addressees, t.character_id)) AS to,
               q.evidence, round(q.confidence, 3) AS confidence, w.path, q.start_offset
        FROM characters c
        JOIN quotes q ON q.work_id = c.work_id AND q.speaker = c.character_id
        JOIN works w ON w.work_id = c.work_id
        WHERE {_matches('c', 'name')}
        ORDER BY w.path, q.start_offset
        LIMIT $limit
        """,
        {"name": name, "limit": limit},
    )


def tag_agreement(con: duckdb.DuckDBPyConnection, limit: int = 1000) -> Result:
    """Per work: the author's relationship tags next to the inferred ones, and how far they agree.

    A pairing agrees when it is of the same kind (`/` romantic, `&` platonic) and every
    name on one side matches a name on the other (equal, or one's words within the
    other's: "Clarke" agrees with "Clarke Griffin"). Fandom disambiguators in AO3 tags
    ("Lexa (The 100)") are ignored. `characters_found` is the share of the author's
    character tags that match a character ficlens found (by name, alias or canonical name).
    """
    _, works = _run(
        con,
        """
        SELECT w.work_id, w.title, w.path, w.relationship_tags, w.character_tags,
               coalesce((SELECT list(r.tag ORDER BY r.rel_no) FROM relationships r WHERE r.work_id = w.work_id), [])
                   AS inferred,
               coalesce((SELECT flatten(list(list_concat([c.name, coalesce(c.canonical, c.name)], c.aliases)))
                         FROM characters c WHERE c.work_id = w.work_id), []) AS names
        FROM works w
        ORDER BY w.path, w.work_id
        LIMIT $limit
        """,
        {"limit": limit},
    )
    rows = []
    for work_id, title, path, author, character_tags, inferred, names in works:
        author = list(author or [])
        inferred = list(inferred or [])
        a_pairs = [p for p in map(parse_pairing, author) if p]
        i_pairs = [p for p in map(parse_pairing, inferred) if p]
        matched = sum(1 for p in a_pairs if any(same_pairing(p, q) for q in i_pairs))
        found = sum(1 for q in i_pairs if any(same_pairing(p, q) for p in a_pairs))
        recall = matched / len(a_pairs) if a_pairs else None
        # With no author pairings there is nothing to agree with: no precision either.
        precision = found / len(i_pairs) if i_pairs and a_pairs else None
        tagged = [_tag_name(t) for t in character_tags or []]
        known = [n.lower() for n in names or [] if n]
        hits = sum(1 for t in tagged if any(_same_name(t, n) for n in known))
        characters_found = hits / len(tagged) if tagged else None
        rows.append(
            (
                title, path, "; ".join(author), "; ".join(inferred), matched,
                _round(precision), _round(recall), _round(characters_found), work_id,
            )
        )
    columns = [
        "title", "path", "author_tags", "inferred_tags", "agreed", "precision", "recall", "characters_found", "work_id",
    ]
    return columns, rows


def _tag_name(tag: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", tag).strip().lower()


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


Pairing = tuple[str, tuple[str, ...]]


def parse_pairing(tag: str) -> Pairing | None:
    """("romantic" | "platonic", names) from an AO3 relationship tag, None if it is not one."""
    tag = _tag_name(tag)
    if "/" in tag:
        kind, parts = "romantic", tag.split("/")
    elif "&" in tag:
        kind, parts = "platonic", tag.split("&")
    else:
        return None
    names = tuple(sorted(n.strip() for n in parts if n.strip()))
    return (kind, names) if len(names) >= 2 else None


def same_pairing(p: Pairing, q: Pairing) -> bool:
    if p[0] != q[0] or len(p[1]) != len(q[1]):
        return False
    return all(any(_same_name(x, y) for y in q[1]) for x in p[1]) and all(
        any(_same_name(x, y) for x in p[1]) for y in q[1]
    )


def _same_name(x: str, y: str) -> bool:
    if x == y:
        return True
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx


NAMED: dict[str, tuple[Callable[..., Result], int, str]] = {
    # name: (function, number of name arguments, usage)
    "top-characters": (top_characters, 0, "top-characters"),
    "top-pairings": (top_pairings, 0, "top-pairings"),
    "talk": (talk, 2, "talk NAME_A NAME_B"),
    "quotes-by": (quotes_by, 1, "quotes-by NAME"),
    "tag-agreement": (tag_agreement, 0, "tag-agreement"),
}
