"""The JSON API and every error path, through Starlette's TestClient (no browser needed)."""

from __future__ import annotations

import sys

import pytest
from serve_fixtures import EVIL_CHAR, EVIL_KEYWORD, EVIL_LINE, EVIL_REL, EVIL_TITLE
from typer.testing import CliRunner

from ficlens.cli import app as cli


def _evil_id(client) -> str:
    works = client.get("/works.json", params={"q": EVIL_KEYWORD}).json()["works"]
    assert [w["title"] for w in works] == [EVIL_TITLE]
    return works[0]["work_id"]


def test_works_json_pages_through_every_work_once(client, corpus):
    seen, page = [], 1
    while True:
        data = client.get("/works.json", params={"per": 7, "page": page, "sort": "words"}).json()
        assert data["total"] == corpus.works
        seen += [w["work_id"] for w in data["works"]]
        words = [w["words"] for w in data["works"]]
        assert words == sorted(words, reverse=True)
        if page >= data["pages"]:
            break
        page += 1
    assert len(seen) == len(set(seen)) == corpus.works


def test_facet_counts_are_the_totals_their_filters_give(client):
    facets = {f["facet"]: f for f in client.get("/works.json").json()["facets"]}
    assert set(facets) == {"fandom", "rel", "tag", "character", "pov", "tense", "rating", "words"}
    for name in ("pov", "tense", "character", "words"):
        for value in facets[name]["values"][:3]:
            got = client.get("/works.json", params={name: value["value"]}).json()
            assert got["total"] == value["count"], (name, value)
    # two filters narrow: every work found has both
    pov = facets["pov"]["values"][0]["value"]
    tense = facets["tense"]["values"][0]["value"]
    both = client.get("/works.json", params={"pov": pov, "tense": tense, "per": 100}).json()
    assert both["works"] and all(w["pov_person"] == pov and w["tense"] == tense for w in both["works"])


def test_facet_counts_under_a_filter_are_the_totals_of_both_filters(client):
    pov = client.get("/works.json").json()["facets"][4]["values"][0]["value"]
    facets = {f["facet"]: f for f in client.get("/works.json", params={"pov": pov}).json()["facets"]}
    assert facets["pov"]["selected"] == [pov] and len(facets["pov"]["values"]) >= 1  # its own facet ignores it
    for name in ("character", "tense", "rel"):
        for value in facets[name]["values"][:4]:
            got = client.get("/works.json", params={"pov": pov, name: value["value"]}).json()
            assert got["total"] == value["count"], (name, value)
    counts = [v["count"] for v in facets["character"]["values"]]
    assert counts == sorted(counts, reverse=True) and len(counts) <= 12


def test_full_text_search_needs_every_word(client):
    assert len(client.get("/works.json", params={"q": EVIL_KEYWORD}).json()["works"]) == 1
    assert client.get("/works.json", params={"q": f"{EVIL_KEYWORD} zzyzxnotaword"}).json()["total"] == 0
    common = client.get("/works.json", params={"q": "said"}).json()
    assert common["total"] > 10 and common["sort"] == "relevance"
    scores = [w["score"] for w in common["works"]]
    assert scores == sorted(scores, reverse=True)


def test_tag_agreement_and_talk_questions(client):
    tagged = client.get("/works.json", params={"tag": EVIL_REL}).json()
    assert [w["title"] for w in tagged["works"]] == [EVIL_TITLE]
    # the text shows a kiss: not among "tagged X/Y, no romance in the text"
    assert client.get("/works.json", params={"tag": EVIL_REL, "shows": "no-romance"}).json()["total"] == 0
    talk = client.get(
        "/works.json", params={"character": ["Wren Holloway", "Orrin Thorne"], "sort": "talk"}
    ).json()
    assert talk["works"][0]["title"] == EVIL_TITLE and talk["works"][0]["talk"] >= 1


def test_character_json_lines_addressees_and_kwic(client):
    data = client.get("/character.json", params={"name": "Wren Holloway"}).json()
    assert data["totals"]["works"] == 1 and data["lines_total"] == 3
    assert EVIL_LINE in data["lines"][0]["text"] and data["lines"][0]["addressees"] == ["Orrin Thorne"]
    kw = client.get("/character.json", params={"name": "wren holloway", "kw": "stay"}).json()
    assert kw["lines_total"] == 2
    assert all(line["kwic"]["keyword"].lower() == "stay" for line in kw["lines"])
    nobody = client.get("/character.json", params={"name": "Wren Holloway", "to": "Ada"}).json()
    assert nobody["lines_total"] == 0


def test_pairing_json_has_lines_both_ways_and_the_evidence(client):
    data = client.get("/pairing.json", params={"a": "Wren Holloway", "b": "Orrin Thorne"}).json()
    assert data["works"][0]["a_to_b"] == 3 and data["works"][0]["b_to_a"] == 2
    assert {(line["speaker"], line["addressee"]) for line in data["lines"]} == {
        ("Wren Holloway", "Orrin Thorne"), ("Orrin Thorne", "Wren Holloway")}
    assert data["relationships"][0]["tag"] == "Wren Holloway/Orrin Thorne"
    assert "kiss" in data["relationships"][0]["evidence"]


def test_work_json_and_its_report(client):
    work_id = _evil_id(client)
    data = client.get("/work.json", params={"id": work_id}).json()
    assert data["work"]["title"] == EVIL_TITLE and EVIL_CHAR in data["work"]["character_tags"]
    assert sorted(c["name"] for c in data["characters"]) == ["Orrin Thorne", "Wren Holloway"]
    report = client.get("/report", params={"id": work_id})
    assert report.status_code == 200 and "sandbox" in report.headers["content-security-policy"]
    assert "&lt;script&gt;alert(4)" in report.text and "<script>alert(4)" not in report.text


def test_html_pages_escape_every_fic_value(client):
    work_id = _evil_id(client)
    for url, params in [
        ("/works", {}), ("/works", {"q": EVIL_KEYWORD}), ("/work", {"id": work_id}),
        ("/character", {"name": "Wren Holloway"}), ("/pairing", {"a": "Wren Holloway", "b": "Orrin Thorne"}),
    ]:
        page = client.get(url, params=params)
        assert page.status_code == 200, url
        assert "<script" not in page.text and "<img" not in page.text and "<svg" not in page.text, url
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        assert "script-src" not in page.headers["content-security-policy"]


def test_sql_json_runs_reads_and_caps_rows(client, corpus):
    data = client.get("/sql.json", params={"sql": "SELECT count(*) AS n FROM works"}).json()
    assert data["rows"] == [[corpus.works]]
    big = client.get("/sql.json", params={"sql": "SELECT * FROM range(5000)"}).json()
    assert len(big["rows"]) == corpus.row_cap and big["truncated"] is True


@pytest.mark.parametrize(
    "statement",
    ["COPY (SELECT 1) TO '/tmp/ficlens_serve_pwned.csv'", "SELECT * FROM read_text('/etc/passwd')",
     "SELECT * FROM glob('/*')", "ATTACH '/tmp/x.duckdb'", "INSTALL httpfs", "LOAD httpfs",
     "SET threads = 1", "PRAGMA threads = 1", "CREATE TABLE x (a INT)", "DROP TABLE works"],
)
def test_sql_escapes_are_403(client, statement):
    page = client.get("/sql", params={"sql": statement})
    assert page.status_code == 403 and "refused" in page.text and "Traceback" not in page.text
    assert client.get("/sql.json", params={"sql": statement}).json()["status"] == 403


def test_a_slow_query_is_stopped_at_the_time_limit(client, corpus, monkeypatch):
    monkeypatch.setattr(corpus, "time_limit", 0.3)
    page = client.get("/sql.json", params={"sql": "SELECT count(*) FROM range(10000000000) a, range(1000) b"})
    assert page.status_code == 400 and "time limit" in page.json()["error"]


@pytest.mark.parametrize(
    ("url", "params", "status", "says"),
    [
        ("/works", {"page": "x"}, 400, "page: not a whole number"),
        ("/works", {"page": "0"}, 400, "page: must be between"),
        ("/works", {"per": "1000"}, 400, "per: must be between"),
        ("/works", {"sort": "nonsense"}, 400, "sort: choose from"),
        ("/works", {"sort": "relevance"}, 400, "relevance needs a search"),
        ("/works", {"sort": "talk"}, 400, "talk needs exactly two characters"),
        ("/works", {"words": "lots"}, 400, "words: choose from"),
        ("/works", {"shows": "x"}, 400, "shows: choose from"),
        ("/works", {"colour": "red"}, 400, "colour: unknown parameter"),
        ("/works", {"q": "!!!"}, 400, "no words to search for"),
        ("/works", {"q": "a " * 20}, 400, "at most 12 words"),
        ("/works", {"q": "x" * 400}, 400, "longer than"),
        ("/works", {"q": "a\x00b"}, 400, "control characters"),
        ("/work", {}, 400, "id: required"),
        ("/work", {"id": "nope"}, 404, "no work with id nope"),
        ("/report", {"id": "nope"}, 404, "no work with id nope"),
        ("/character", {}, 400, "name: required"),
        ("/character", {"name": "Nobody Atall"}, 404, "no character called"),
        ("/character", {"name": "Wren Holloway", "page": "-1"}, 400, "page: must be between"),
        ("/pairing", {"a": "Wren Holloway"}, 400, "b: required"),
        ("/pairing", {"a": "Nobody", "b": "Atall"}, 404, "no work has both"),
        ("/sql", {"sql": "SELEC nonsense"}, 400, "Parser Error"),
        ("/nowhere", {}, 404, "no page at /nowhere"),
    ],
)
def test_bad_requests_get_a_clear_4xx_page_and_json(client, url, params, status, says):
    page = client.get(url, params=params)
    assert page.status_code == status, page.text
    assert says in page.text and "Traceback" not in page.text
    assert page.headers["content-type"].startswith("text/html")
    if url not in ("/report", "/nowhere"):
        twin = client.get(url + ".json", params=params)
        assert twin.status_code == status and says in twin.json()["error"]


def test_only_get_is_allowed(client):
    page = client.post("/works")
    assert page.status_code == 405 and "use GET" in page.text


def test_serve_command_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such corpus database" in result.output


def test_a_server_bug_is_a_500_page_without_a_traceback(client, monkeypatch):
    from ficlens.serve import pages

    def broken(corpus, params):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(pages, "character", broken)
    page = client.get("/character", params={"name": "Wren Holloway", "kw": "not cached yet"})
    assert page.status_code == 500 and "Server error" in page.text
    assert "secret internals" not in page.text and "Traceback" not in page.text
    assert client.get("/character.json", params={"name": "x"}).json()["status"] == 500


def test_serve_binds_loopback_by_default_and_warns_for_other_hosts(corpus_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(cli, ["serve", str(corpus_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8123
    assert "warning" not in result.output and "http://127.0.0.1:8123/works" in result.output
    result = CliRunner().invoke(cli, ["serve", str(corpus_db), "--host", "0.0.0.0"])
    assert result.exit_code == 0 and calls[-1]["host"] == "0.0.0.0"
    assert "warning: listening on 0.0.0.0" in result.output


def test_serve_without_the_web_extra_prints_a_one_line_hint(corpus_db, monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn now raises ImportError
    result = CliRunner().invoke(cli, ["serve", str(corpus_db)])
    assert result.exit_code == 2
    assert result.output.strip() == "ficlens serve needs the web extra: pip install 'ficlens[serve]'"


def test_the_served_connection_is_locked_read_only_with_a_memory_limit(corpus):
    settings = dict(corpus.query(
        "SELECT name, value FROM duckdb_settings() WHERE name IN "
        "('access_mode', 'enable_external_access', 'lock_configuration', 'memory_limit')"
    ).rows)
    assert settings["access_mode"] == "read_only" and settings["enable_external_access"] == "false"
    assert settings["lock_configuration"] == "true" and settings["memory_limit"].startswith("1.8")  # 2 GB in GiB


def test_the_core_command_line_does_not_import_the_web_libraries():
    import subprocess

    code = "import sys, ficlens.cli; print(sorted(m for m in ('starlette', 'jinja2', 'uvicorn') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("sort", ["title", "words", "-words", "quotes", "characters"])
def test_the_in_memory_works_list_is_the_sql_one(corpus, sort):
    from ficlens.serve import search
    from ficlens.serve.params import Params

    pov = corpus.query("SELECT pov_person FROM works GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").rows[0][0]
    for query in ([], [("pov", pov)], [("pov", pov), ("shows", "no-romance")], [("words", "<1k"), ("page", "2")]):
        s = search.Search.from_params(Params([*query, ("sort", sort), ("per", "7")]))
        listed = search.run(corpus, s)
        assert listed["total"] == search._total(corpus, s)
        assert listed["works"] == search._page(corpus, s).records(), query
