"""The data behind the work, character, pairing and SQL pages (the works page is `search.py`).

Each function returns plain JSON-ready data: the HTML page renders it and the `.json`
twin returns it as it is. Characters are named across the corpus as `top-characters`
names them (canonical name, else the name found), and matched like the named queries:
by name, canonical name or alias, ignoring case.
"""

from __future__ import annotations

from typing import Any

from ficlens.corpus.queries import _matches, talk
from ficlens.serve.db import Corpus, QueryError, Result
from ficlens.serve.params import BadParameter, NotFound, Params

LINES_PER_PAGE = 50
KWIC_WIDTH = 40  # characters either side of the keyword

CANNED = {
    "Most frequent characters": "SELECT coalesce(canonical, name) AS character, count(DISTINCT work_id) AS works,\n"
    "       sum(quotes) AS quotes, sum(words_spoken) AS words_spoken\nFROM characters GROUP BY 1\n"
    "ORDER BY works DESC, quotes DESC LIMIT 50",
    "Inferred relationships": "SELECT tag, kind, count(*) AS works, round(avg(confidence), 3) AS confidence\n"
    "FROM relationships GROUP BY tag, kind ORDER BY works DESC LIMIT 50",
    "Second-person works, longest first": "SELECT title, words FROM works WHERE pov_person = 'second'\n"
    "ORDER BY words DESC LIMIT 50",
    "Who speaks most": "SELECT name, sum(quotes) AS quotes FROM characters GROUP BY name\n"
    "ORDER BY quotes DESC LIMIT 20",
    "Works per tense and point of view": "SELECT tense, pov_person, count(*) AS works FROM works\n"
    "GROUP BY ALL ORDER BY works DESC",
    "Files that failed": "SELECT path, reason, recorded_at FROM errors ORDER BY recorded_at DESC LIMIT 100",
}


def work(corpus: Corpus, work_id: str) -> dict[str, Any]:
    found = corpus.query("SELECT * EXCLUDE (scene_breaks) FROM works WHERE work_id = $id", {"id": work_id}).records()
    if not found:
        raise NotFound(f"no work with id {work_id}")
    p = {"id": work_id}
    return {
        "work": found[0],
        "characters": corpus.query(
            "SELECT character_id, rank, name, canonical, aliases, pronouns, mentions, quotes, words_spoken"
            " FROM characters WHERE work_id = $id ORDER BY rank", p,
        ).records(),
        "relationships": corpus.query(
            "SELECT r.tag, r.kind, round(r.confidence, 3) AS confidence, r.evidence,"
            " (SELECT list(c.name ORDER BY c.rank) FROM characters c"
            "   WHERE c.work_id = r.work_id AND list_contains(r.characters, c.character_id)) AS names"
            " FROM relationships r WHERE r.work_id = $id ORDER BY r.rel_no", p,
        ).records(),
        "interactions": corpus.query(
            "SELECT ca.name AS a, cb.name AS b, i.conversations, i.co_presence, i.mentions, round(i.weight, 3) AS weight"
            " FROM interactions i JOIN characters ca ON ca.work_id = i.work_id AND ca.character_id = i.a"
            " JOIN characters cb ON cb.work_id = i.work_id AND cb.character_id = i.b"
            " WHERE i.work_id = $id ORDER BY i.weight DESC, a, b LIMIT 50", p,
        ).records(),
        "chapters": corpus.query(
            "SELECT chapter_no, title FROM chapters WHERE work_id = $id ORDER BY chapter_no", p
        ).records(),
    }


def _character_params(params: Params) -> dict[str, Any]:
    params.allow("name", "to", "kw", "page")
    return {
        "name": params.text("name", required=True),
        "to": params.text("to") or None,
        "kw": params.text("kw", max_length=100) or None,
        "page": params.integer("page", 1, 1, 100_000),
    }


def character(corpus: Corpus, params: Params) -> dict[str, Any]:
    """Every work a character appears in, and their lines, filtered by addressee and keyword."""
    a = _character_params(params)
    works = corpus.cached("character " + a["name"].lower(), lambda: _appearances(corpus, a["name"]))
    if not works.rows:
        raise NotFound(f"no character called {a['name']!r} in this corpus")
    records = works.records()
    # The matched characters once, as two parallel lists: every later query joins on them
    # instead of matching names and aliases over the whole characters table again.
    me = {"w": [r["work_id"] for r in records], "c": [r["character_id"] for r in records]}
    mine = "JOIN (SELECT unnest($w) AS work_id, unnest($c) AS speaker) me USING (work_id, speaker)"
    where, q = [], dict(me)
    if a["to"]:
        q["to"] = a["to"]
        where.append(f"EXISTS (SELECT 1 FROM characters t WHERE t.work_id = q.work_id"
                     f" AND list_contains(q.addressees, t.character_id) AND {_matches('t', 'to')})")
    if a["kw"]:
        q["kw"] = a["kw"]
        where.append("contains(lower(q.text), lower($kw))")
    lines_sql = f"FROM quotes q {mine} JOIN works w ON w.work_id = q.work_id WHERE TRUE {''.join(' AND ' + x for x in where)}"
    lines = corpus.query(
        f"""WITH l AS (SELECT w.work_id, w.title, q.quote_no, q.start_offset, q.text, q.evidence,
                              round(q.confidence, 3) AS confidence, q.addressees, count(*) OVER () AS total
                       {lines_sql} ORDER BY w.title, w.work_id, q.start_offset LIMIT $limit OFFSET $offset)
            SELECT l.* EXCLUDE (addressees, start_offset),
                   (SELECT list(t.name ORDER BY t.rank) FROM characters t
                     WHERE t.work_id = l.work_id AND list_contains(l.addressees, t.character_id)) AS addressees
            FROM l ORDER BY l.title, l.work_id, l.start_offset""",
        {**q, "limit": LINES_PER_PAGE, "offset": (a["page"] - 1) * LINES_PER_PAGE},
    ).records()
    # Past the last page there is no row to carry the total: count then (rarely needed).
    total = lines[0]["total"] if lines else (corpus.query(f"SELECT count(*) {lines_sql}", q).rows[0][0] if a["page"] > 1 else 0)
    for line in lines:
        del line["total"]
        line["kwic"] = kwic(line["text"], a["kw"]) if a["kw"] else None
    addressees = corpus.cached("addressees " + a["name"].lower(), lambda: corpus.query(
        f"""SELECT coalesce(t.canonical, t.name) AS name, count(*) AS lines
            FROM (SELECT q.work_id, unnest(q.addressees) AS addressee FROM quotes q {mine}) q
            JOIN characters t ON t.work_id = q.work_id AND t.character_id = q.addressee
            GROUP BY 1 ORDER BY lines DESC, name LIMIT 20""",
        me,
    ).records())
    return {
        "name": a["name"], "to": a["to"], "kw": a["kw"], "page": a["page"], "per": LINES_PER_PAGE,
        "works": records, "works_truncated": works.truncated,
        "totals": {
            "works": len({r["work_id"] for r in records}),
            "lines": sum(r["quotes"] or 0 for r in records),
            "words_spoken": sum(r["words_spoken"] or 0 for r in records),
        },
        "lines_total": total, "lines": lines, "addressees": addressees,
    }


def _appearances(corpus: Corpus, name: str) -> Result:
    return corpus.query(
        f"""SELECT w.work_id, w.title, c.name, c.character_id, c.rank, c.mentions, c.quotes, c.words_spoken
            FROM characters c JOIN works w USING (work_id)
            WHERE {_matches('c', 'name')}
            ORDER BY c.words_spoken DESC, c.mentions DESC, w.title, w.work_id""",
        {"name": name},
    )


def kwic(text: str, keyword: str) -> dict[str, str] | None:
    """The first occurrence of `keyword` in `text` with its left and right context."""
    at = text.lower().find(keyword.lower())
    if at < 0:
        return None
    end = at + len(keyword)
    return {"left": text[max(0, at - KWIC_WIDTH):at], "keyword": text[at:end], "right": text[end:end + KWIC_WIDTH]}


def pairing(corpus: Corpus, params: Params) -> dict[str, Any]:
    """Two characters across the corpus: works, conversations, lines to each other, inferred tags."""
    params.allow("a", "b")
    a, b = params.text("a", required=True), params.text("b", required=True)
    columns, rows = corpus.run(talk, a, b, corpus.row_cap)
    works = [dict(zip(columns, row, strict=False)) for row in rows]
    ab = {"a": a, "b": b}
    pair = f"""
        FROM characters ca JOIN characters cb ON cb.work_id = ca.work_id AND cb.character_id <> ca.character_id
        JOIN works w ON w.work_id = ca.work_id
        WHERE {_matches('ca', 'a')} AND {_matches('cb', 'b')}"""
    lines = corpus.query(
        f"""SELECT w.work_id, w.title, s.name AS speaker, t.name AS addressee, q.text, q.evidence
            {pair.replace('WHERE', '''JOIN quotes q ON q.work_id = ca.work_id
                 AND ((q.speaker = ca.character_id AND list_contains(q.addressees, cb.character_id))
                   OR (q.speaker = cb.character_id AND list_contains(q.addressees, ca.character_id)))
            JOIN characters s ON s.work_id = q.work_id AND s.character_id = q.speaker
            JOIN characters t ON t.work_id = q.work_id AND t.character_id <> q.speaker
                 AND t.character_id IN (ca.character_id, cb.character_id)
            WHERE''', 1)}
            ORDER BY w.title, w.work_id, q.start_offset LIMIT 200""",
        ab,
    ).records()
    relationships = corpus.query(
        f"""SELECT w.work_id, w.title, r.tag, r.kind, round(r.confidence, 3) AS confidence, r.evidence,
                   w.relationship_tags AS author_tags
            {pair.replace('WHERE', 'JOIN relationships r ON r.work_id = ca.work_id WHERE', 1)}
              AND list_contains(r.characters, ca.character_id) AND list_contains(r.characters, cb.character_id)
            ORDER BY r.confidence DESC, w.title LIMIT 200""",
        ab,
    ).records()
    if not works and not lines and not relationships:
        both = corpus.query(f"SELECT count(*) {pair}", ab).rows[0][0]
        if not both:
            raise NotFound(f"no work has both {a!r} and {b!r}")
    return {"a": a, "b": b, "works": works, "lines": lines, "relationships": relationships}


def sql(corpus: Corpus, params: Params) -> dict[str, Any]:
    """The SQL box: one read-only statement, capped in rows and time."""
    params.allow("sql")
    statement = params.text("sql", max_length=10_000)
    out: dict[str, Any] = {"sql": statement, "canned": CANNED, "columns": [], "rows": [], "truncated": False,
                           "error": None, "row_cap": corpus.row_cap, "time_limit": corpus.time_limit}
    if not statement:
        return out
    try:
        result = corpus.query(statement)
    except QueryError as e:
        if e.timeout:
            raise BadParameter("sql", str(e)) from None
        if e.refused:
            raise BadParameter("sql", f"refused: the corpus is read-only and has no file access ({e})", 403) from None
        raise BadParameter("sql", str(e)) from None
    out.update(columns=result.columns, rows=[list(r) for r in result.rows], truncated=result.truncated)
    return out
