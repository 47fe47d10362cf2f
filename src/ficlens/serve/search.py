"""The works page: faceted search over the corpus, with full-text search, sorting and paging.

Filters come from the query string and are checked here (an unknown value is a
`BadParameter`, a 400 for the user); every value reaches SQL as a bound parameter,
never as text. Facet counts are over the works the other filters select, as in
Datasette and AO3: each value says how many works you would get by adding it.

Full-text search reads the `terms` table `ficlens index` builds (DuckDB's fts extension
is not used: it would have to be downloaded). Every word of the query must occur in a
work; works are ranked by tf-idf over the query's words.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from typing import Any

from ficlens.corpus.rows import terms_of
from ficlens.serve.db import Corpus, Result
from ficlens.serve.facets import FacetIndex
from ficlens.serve.params import BadParameter, Params

log = logging.getLogger("ficlens.serve")
PER_PAGE = 25
MAX_PER_PAGE = 100
FACET_VALUES = 12  # values shown per facet (the selected ones always are)
MAX_QUERY_WORDS = 12

# Word-count buckets: label -> (at least, below).
WORDS = {
    "<1k": (0, 1000),
    "1k-5k": (1000, 5000),
    "5k-10k": (5000, 10000),
    "10k-50k": (10000, 50000),
    "50k+": (50000, None),
}
SORTS = {
    "title": "w.title NULLS LAST, w.work_id",
    "words": "w.words DESC, w.work_id",
    "-words": "w.words, w.work_id",
    "quotes": "w.quotes DESC, w.work_id",
    "characters": "w.characters DESC, w.work_id",
    "relevance": "score DESC, w.title NULLS LAST, w.work_id",
    "talk": "talk DESC, w.title NULLS LAST, w.work_id",
}
# facet -> (label, SQL for its values over the selected works `sel`, filter on works `w`)
FACETS: dict[str, tuple[str, str, str]] = {
    "fandom": (
        "Fandom",
        "SELECT unnest(w.fandoms) AS value, w.work_id FROM works w JOIN sel USING (work_id)",
        "list_contains(w.fandoms, {p})",
    ),
    "rel": (
        "Inferred relationship",
        "SELECT DISTINCT r.tag AS value, r.work_id FROM relationships r JOIN sel USING (work_id)",
        "EXISTS (SELECT 1 FROM relationships r WHERE r.work_id = w.work_id AND r.tag = {p})",
    ),
    "tag": (
        "Author's relationship tag",
        "SELECT unnest(w.relationship_tags) AS value, w.work_id FROM works w JOIN sel USING (work_id)",
        "list_contains(w.relationship_tags, {p})",
    ),
    "character": (
        "Character",
        "SELECT DISTINCT coalesce(c.canonical, c.name) AS value, c.work_id FROM characters c JOIN sel USING (work_id)",
        "EXISTS (SELECT 1 FROM characters c WHERE c.work_id = w.work_id AND coalesce(c.canonical, c.name) = {p})",
    ),
    "pov": ("Point of view", "SELECT w.pov_person AS value, w.work_id FROM works w JOIN sel USING (work_id)", "w.pov_person = {p}"),
    "tense": ("Tense", "SELECT w.tense AS value, w.work_id FROM works w JOIN sel USING (work_id)", "w.tense = {p}"),
    "rating": ("Rating", "SELECT w.rating AS value, w.work_id FROM works w JOIN sel USING (work_id)", "w.rating = {p}"),
    "words": (
        "Words",
        "SELECT CASE " + " ".join(
            f"WHEN w.words < {hi} THEN '{label}'" for label, (_, hi) in WORDS.items() if hi is not None
        ) + " ELSE '50k+' END AS value, w.work_id FROM works w JOIN sel USING (work_id)",
        "",  # built from WORDS
    ),
}
SHOWS = {
    # "works tagged X/Y where the text shows no romance": no inferred romantic relationship
    "no-romance": "NOT EXISTS (SELECT 1 FROM relationships r WHERE r.work_id = w.work_id AND r.kind = 'romantic')",
    "romance": "EXISTS (SELECT 1 FROM relationships r WHERE r.work_id = w.work_id AND r.kind = 'romantic')",
}


@dataclass
class Search:
    """What the user asked for, checked."""

    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    shows: str | None = None
    sort: str = "title"
    page: int = 1
    per: int = PER_PAGE

    @classmethod
    def from_params(cls, params: Params) -> Search:
        params.allow("q", "sort", "page", "per", "shows", *FACETS)
        search = cls(
            q=params.text("q", max_length=300),
            filters={f: params.all(f) for f in FACETS if params.all(f)},
            shows=params.choice("shows", SHOWS, default=None),
            page=params.integer("page", 1, 1, 100_000),
            per=params.integer("per", PER_PAGE, 1, MAX_PER_PAGE),
        )
        for value in search.filters.get("words", []):
            if value not in WORDS:
                raise BadParameter("words", f"choose from {', '.join(WORDS)}")
        if len(terms_of(search.q)) > MAX_QUERY_WORDS:
            raise BadParameter("q", f"at most {MAX_QUERY_WORDS} words")
        if search.q and not terms_of(search.q):
            raise BadParameter("q", "no words to search for")
        default = "relevance" if search.q else "title"
        search.sort = params.choice("sort", SORTS, default=default) or default
        if search.sort == "relevance" and not search.q:
            raise BadParameter("sort", "relevance needs a search (q)")
        if search.sort == "talk" and len(search.filters.get("character", [])) != 2:
            raise BadParameter("sort", "talk needs exactly two characters selected")
        return search

    def words(self) -> list[str]:
        return sorted(set(terms_of(self.q)))


def _where(search: Search, params: dict[str, Any], facets: bool = True) -> str:
    """The WHERE clause for works `w` selected by the search (without `facets`: by the
    text search and `shows` only)."""
    clauses = ["TRUE"]
    for facet, values in search.filters.items():
        if not facets:
            break
        for n, value in enumerate(values):
            name = f"{facet}_{n}"
            if facet == "words":
                lo, hi = WORDS[value]
                clauses.append(f"w.words >= {lo}" + (f" AND w.words < {hi}" if hi is not None else ""))
                continue
            params[name] = value
            clauses.append(FACETS[facet][2].format(p=f"${name}"))
    if search.shows:
        clauses.append(SHOWS[search.shows])
    if search.q:
        params["q_words"] = search.words()
        params["q_n"] = len(search.words())
        clauses.append("w.work_id IN (SELECT work_id FROM hits)")
    return " AND ".join(clauses)


def _with(search: Search) -> str:
    """Common table expressions: `hits` (full-text matches with a score) when searching."""
    if not search.q:
        return ""
    return """hits AS (
        SELECT t.work_id,
               sum((1 + ln(t.count)) * ln(1 + (SELECT count(*) FROM works) / d.df)) AS score
        FROM terms t
        JOIN (SELECT term, count(*) AS df FROM terms WHERE list_contains($q_words, term) GROUP BY term) d USING (term)
        WHERE list_contains($q_words, t.term)
        GROUP BY t.work_id
        HAVING count(*) = $q_n
    ),"""


def run(corpus: Corpus, search: Search) -> dict[str, Any]:
    """The page of works, the total, and the facet counts: the works page's data."""
    if search.q and not corpus.has_terms:
        raise BadParameter("q", "this database has no word index (made by ficlens index 0.1 with schema 3 or later)")
    if not search.q and search.sort in LISTED:
        # Filters and sorts the facet index answers: no query for the total or the page.
        index = _kept_index(corpus)
        selected = index.selected(search.filters, _base(corpus, index, search))
        total, page = selected.bit_count(), _listed_page(corpus, index, selected, search)
    else:
        total, page = _total(corpus, search), _page(corpus, search)
    return {"total": total, "works": page.records(), "facets": _facets(corpus, search)}


# Sorts of the works list kept in memory (the text search's relevance and "talk" need SQL).
LISTED = ("title", "words", "-words", "quotes", "characters")
PAGE_COLUMNS = """w.work_id, w.title, w.authors, w.fandoms, w.rating, w.words, w.chapters,
                  w.characters, w.quotes, w.pov_person, w.tense, w.relationship_tags"""


def _listed_page(corpus: Corpus, index: FacetIndex, selected: int, search: Search) -> Result:
    """The page of the `selected` works (a bitset of the index) in the search's order."""
    order = _kept_order(corpus, index, search.sort)
    columns, rows = _kept_listing(corpus)
    skip, found = (search.page - 1) * search.per, []
    member = index.as_bytes(selected)  # a bit test per work, no big-int shifts
    for n in order:
        if member[n >> 3] >> (n & 7) & 1:
            if skip:
                skip -= 1
                continue
            found.append(rows[n])
            if len(found) == search.per:
                break
    return _summarised(corpus, Result(columns, found))


def _kept_order(corpus: Corpus, index: FacetIndex, sort: str) -> list[int]:
    """Every work's bit in the facet index, in the order of `sort`."""
    return corpus.cached("order " + sort, lambda: [index.works[r[0]] for r in corpus.query(
        f"SELECT w.work_id FROM works w ORDER BY {SORTS[sort]}", cap=10**9).rows], keep=True)


def _listing(corpus: Corpus) -> tuple[list[str], list[tuple]]:
    """Every work's row of the works list (no score, no talk: the listed sorts have
    neither), by its bit in the facet index."""
    index = _kept_index(corpus)
    found = corpus.query(f"SELECT {PAGE_COLUMNS}, round(0, 3) AS score, 0 AS talk FROM works w", cap=10**9)
    rows: list[tuple] = [()] * len(index.works)
    for row in found.rows:
        rows[index.works[row[0]]] = row
    return found.columns, rows


def _total(corpus: Corpus, search: Search) -> int:
    params: dict[str, Any] = {}
    where = _where(search, params)
    sql = f"WITH {_with(search)} _ AS (SELECT 1) SELECT count(*) FROM works w WHERE {where}"
    return corpus.cached("total " + sql + repr(sorted(params.items())), lambda: corpus.query(sql, params).rows[0][0])


def _page(corpus: Corpus, search: Search) -> Result:
    params: dict[str, Any] = {"limit": search.per, "offset": (search.page - 1) * search.per}
    where = _where(search, params)
    # Joins on the page's works only, not correlated subqueries per row: DuckDB runs
    # each of those as a join over the whole table.
    score, hits = ("coalesce(h.score, 0)", "LEFT JOIN hits h USING (work_id)") if search.q else ("0", "")
    talk, talks = "0", ""
    if search.sort == "talk":
        a, b = search.filters["character"]
        params.update(talk_a=a, talk_b=b)
        talk, talks = "coalesce(t.talk, 0)", """LEFT JOIN (
            SELECT i.work_id, sum(i.conversations) AS talk FROM interactions i
            JOIN characters ca ON ca.work_id = i.work_id AND ca.character_id IN (i.a, i.b)
            JOIN characters cb ON cb.work_id = i.work_id AND cb.character_id IN (i.a, i.b)
            WHERE ca.character_id <> cb.character_id
              AND coalesce(ca.canonical, ca.name) = $talk_a AND coalesce(cb.canonical, cb.name) = $talk_b
            GROUP BY i.work_id) t USING (work_id)"""
    sql = f"""
        WITH {_with(search)} page AS (
            SELECT {PAGE_COLUMNS}, round({score}, 3) AS score, {talk} AS talk
            FROM works w {hits} {talks} WHERE {where}
            ORDER BY {SORTS[search.sort]}
            LIMIT $limit OFFSET $offset
        )
        SELECT * FROM page
    """
    return _summarised(corpus, corpus.query(sql, params, cap=search.per))


def _summarised(corpus: Corpus, rows: Result) -> Result:
    # Each listed work's inferred tags and five main characters, from a summary of every
    # work made once (on the first works page, not at startup): joining the relationships
    # and characters tables for every page costs more than the rest of the page.
    summary = _kept_summaries(corpus)
    col = rows.columns.index("work_id")
    return Result(
        [*rows.columns, "inferred", "top_characters"],
        [(*row, *summary.get(row[col], ([], []))) for row in rows.rows],
        rows.truncated,
    )


def _kept_summaries(corpus: Corpus) -> dict[str, tuple[list[str], list[str]]]:
    return corpus.cached("work summaries", lambda: _summaries(corpus), keep=True)


def _kept_listing(corpus: Corpus) -> tuple[list[str], list[tuple]]:
    return corpus.cached("listing", lambda: _listing(corpus), keep=True)


def _kept_index(corpus: Corpus) -> FacetIndex:
    return corpus.cached("facet index", lambda: _index(corpus), keep=True)


def warm(corpus: Corpus) -> None:
    """Make what every works page reads (the facet index, summaries, list orders) ahead of
    the first request; a failure is left for a request to meet and report."""
    try:
        index = _kept_index(corpus)
        _kept_summaries(corpus)
        _kept_listing(corpus)
        for sort in LISTED:
            _kept_order(corpus, index, sort)
        # Millions of kept objects that never die: out of the collector's way, or every
        # full collection walks them all (tens of milliseconds, inside some request).
        gc.freeze()
    except Exception:  # noqa: BLE001 - the request that needs it raises it again, with a page
        log.exception("warming the works page up failed")


def _summaries(corpus: Corpus) -> dict[str, tuple[list[str], list[str]]]:
    found = corpus.query(
        """SELECT w.work_id,
                  coalesce(r.tags, []) AS inferred, coalesce(c.names, []) AS top_characters
           FROM works w
           LEFT JOIN (SELECT work_id, list(tag ORDER BY rel_no) AS tags FROM relationships GROUP BY work_id) r
                USING (work_id)
           LEFT JOIN (SELECT work_id, list(coalesce(canonical, name) ORDER BY rank) AS names
                      FROM characters WHERE rank <= 5 GROUP BY work_id) c USING (work_id)""",
        cap=10**9,
    )
    return {work_id: (inferred, top) for work_id, inferred, top in found.rows}


def _index(corpus: Corpus) -> FacetIndex:
    """Every work's facet values, indexed once (on the first works page, not at startup).
    The values come from the same SQL as the filters' own, so a value's count is the
    total its filter gives."""
    parts = " UNION ALL ".join(f"SELECT work_id, '{facet}' AS facet, value FROM ({values_sql})"
                               for facet, (_, values_sql, _) in FACETS.items())
    rows = corpus.query(f"WITH sel AS (SELECT work_id FROM works) SELECT * FROM ({parts}) WHERE value IS NOT NULL",
                        cap=10**9).rows
    works = [r[0] for r in corpus.query("SELECT work_id FROM works", cap=10**9).rows]
    return FacetIndex.build(works, rows)


def _base(corpus: Corpus, index: FacetIndex, search: Search) -> int:
    """The works the text search and `shows` select, as a bitset (all works without them)."""
    if not search.q and not search.shows:
        return index.everything
    params: dict[str, Any] = {}
    sql = f"WITH {_with(search)} _ AS (SELECT 1) SELECT w.work_id FROM works w WHERE {_where(search, params, facets=False)}"
    key = "base " + sql + repr(sorted((k, str(v)) for k, v in params.items()))
    return corpus.cached(key, lambda: index.of(r[0] for r in corpus.query(sql, params, cap=10**9).rows))


def _facets(corpus: Corpus, search: Search) -> list[dict[str, Any]]:
    """Per facet, the top values with their counts over the works the other filters select."""
    index = _kept_index(corpus)
    base = _base(corpus, index, search)
    rows = [(facet, value, n) for facet in FACETS for value, n in index.top(facet, search.filters, base, FACET_VALUES)]
    out = []
    for facet, (label, _, _) in FACETS.items():
        values = sorted(((v, n) for f, v, n in rows if f == facet), key=lambda vn: (-vn[1], vn[0]))
        if facet == "words":
            order = list(WORDS)
            values.sort(key=lambda vn: order.index(vn[0]))
        chosen = search.filters.get(facet, [])
        out.append(
            {
                "facet": facet,
                "label": label,
                "values": [{"value": v, "count": n, "selected": v in chosen} for v, n in values],
                "selected": chosen,
            }
        )
    return out
