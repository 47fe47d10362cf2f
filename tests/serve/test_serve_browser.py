"""The web app in a real headless Chromium, used as a reader would use it.

Every page must load with no console error, no dialog (an XSS payload that ran would
fire one) and no request to anywhere but the server on 127.0.0.1. Skips when Debian's
chromium or Playwright is missing, as the report's browser tests do.
"""

from __future__ import annotations

import pytest
from serve_fixtures import EVIL_CHAR, EVIL_FREEFORM, EVIL_KEYWORD, EVIL_LINE, EVIL_REL, EVIL_TITLE


class Visit:
    """A page that records console errors, dialogs and requests leaving the server."""

    def __init__(self, browser, server: str) -> None:
        self.server = server
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", self._request)

    def _request(self, request) -> None:
        if not request.url.startswith(self.server + "/"):
            self.foreign.append(request.url)

    def go(self, path: str):
        response = self.page.goto(self.server + path, wait_until="load")
        assert response is not None and response.status == 200, path
        return self.page

    def assert_clean(self) -> None:
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs fired: {self.dialogs}"
        assert self.foreign == [], f"requests off the server: {self.foreign}"


@pytest.fixture
def visit(browser, server):
    v = Visit(browser, server)
    yield v
    v.page.close()


def _total(page) -> int:
    return int(page.locator("#total").inner_text().replace(",", ""))


def test_facet_filtering_narrows_and_counts_match(visit, corpus):
    page = visit.go("/works")
    assert _total(page) == corpus.works
    facet = page.locator('.facet[data-facet="tense"] li').first
    value = facet.locator("a").inner_text()
    count = int(facet.locator(".count").inner_text())
    facet.locator("a").click()
    page.wait_for_load_state("load")
    assert _total(page) == count and value in page.url
    assert page.locator('.facet[data-facet="tense"] li.selected').count() == 1
    # every listed work has that tense
    tenses = page.locator("table.works tbody tr td:nth-child(7)").all_inner_texts()
    assert tenses and set(tenses) == {value}
    # and removing the filter brings everything back
    page.locator('.facet[data-facet="tense"] li.selected a').click()
    page.wait_for_load_state("load")
    assert _total(page) == corpus.works
    visit.assert_clean()


def test_full_text_search_from_the_box(visit):
    page = visit.go("/works")
    page.fill('input[name="q"]', EVIL_KEYWORD)
    page.click('form.search button[type="submit"]')
    page.wait_for_load_state("load")
    assert _total(page) == 1
    assert page.locator("table.works td.title a").inner_text() == EVIL_TITLE
    visit.assert_clean()


def test_paging_walks_every_work(visit, corpus):
    page = visit.go("/works?per=10&sort=words")
    titles = []
    while True:
        titles += page.locator("table.works td.title a").all_inner_texts()
        nxt = page.locator('a[rel="next"]')
        if nxt.count() == 0:
            break
        nxt.click()
        page.wait_for_load_state("load")
    assert len(titles) == corpus.works
    assert page.locator(".pager span").inner_text().startswith(f"page {-(-corpus.works // 10)} of")
    visit.assert_clean()


def test_character_page_filters_by_addressee_and_keyword(visit):
    page = visit.go("/works?q=" + EVIL_KEYWORD)
    page.locator("table.works td a", has_text="Wren Holloway").click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Wren Holloway"
    lines = page.locator("table.lines tbody tr")
    assert lines.count() == 3
    assert EVIL_LINE in lines.first.locator("td.line").inner_text()  # shown as text, not run
    page.fill('input[name="kw"]', "stay")
    page.select_option('select[name="to"]', "Orrin Thorne")
    page.click('form.search button[type="submit"]')
    page.wait_for_load_state("load")
    assert page.locator("table.lines tbody tr").count() == 2
    assert page.locator("table.lines mark").first.inner_text().lower() == "stay"
    visit.assert_clean()


def test_pairing_page_shows_lines_and_evidence(visit):
    page = visit.go("/pairing?a=Wren+Holloway&b=Orrin+Thorne")
    assert page.locator("table.pworks tbody tr").count() == 1
    assert "kiss" in page.locator("table.prels").inner_text()
    speakers = set(page.locator("table.plines tbody td:nth-child(2)").all_inner_texts())
    assert speakers == {"Wren Holloway → Orrin Thorne", "Orrin Thorne → Wren Holloway"}
    visit.assert_clean()


def test_xss_payloads_show_as_text_everywhere(visit):
    page = visit.go("/works?q=" + EVIL_KEYWORD)
    row = page.locator("table.works tbody tr").first
    assert EVIL_TITLE in row.inner_text() and EVIL_REL in row.inner_text()
    facets = page.locator("aside.facets").inner_text()
    assert EVIL_REL in facets
    row.locator("td.title a").click()
    page.wait_for_load_state("load")
    assert page.locator("h1.worktitle").inner_text() == EVIL_TITLE
    meta = page.locator("dl.meta").inner_text()
    assert EVIL_CHAR in meta and EVIL_FREEFORM in meta and EVIL_REL in meta
    # nothing the fic wrote became an element, in the page or in the embedded report
    assert page.evaluate("document.querySelectorAll('script, img, svg').length") == 0
    frame = page.frame_locator("iframe.report")
    assert EVIL_LINE in frame.locator("body").inner_text()
    assert frame.locator("b", has_text="Stay").count() == 0
    visit.assert_clean()


def test_sql_box_runs_a_canned_query_and_refuses_an_escape(visit):
    page = visit.go("/sql")
    page.locator("ul.canned a").first.click()
    page.wait_for_load_state("load")
    assert page.locator("table.sqlrows tbody tr").count() > 0
    page.fill("textarea[name=sql]", "SELECT * FROM read_text('/etc/passwd')")
    with page.expect_response(lambda r: "/sql" in r.url) as response:
        page.click("form button[type=submit]")
    assert response.value.status == 403
    assert "refused" in page.locator("p.error").inner_text()
    # the 403 is a page the browser shows, not an error of the page itself
    visit.errors = [e for e in visit.errors if "403" not in e]
    visit.assert_clean()
