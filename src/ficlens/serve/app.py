"""The Starlette app: routes, the `.json` twin of every page, safety headers and error pages.

Every page is server-rendered by Jinja2 with autoescaping on, so a fic's title, tags or
text always shows as text; the pages use no JavaScript at all, and the Content-Security-
Policy allows only this server's own stylesheet (and, for the embedded report, a
sandboxed frame whose inline script cannot reach the app). A bad parameter is a 400
page (or JSON `{"error": ...}`), a missing thing a 404, and anything unexpected a 500
page with no traceback (the traceback goes to the server's log).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ficlens.serve import pages, search
from ficlens.serve.db import Corpus, QueryError
from ficlens.serve.params import BadParameter, NotFound, Params
from ficlens.serve.report import build_report

HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"
)
# The report is the self-contained file `analyze --html` writes (inline style and
# script); sandboxed, it runs in an opaque origin and can reach neither the app nor the net.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'self'; sandbox allow-scripts"
)
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
log = logging.getLogger("ficlens.serve")

Page = Callable[[Corpus, Request, Params], tuple[str, dict[str, Any]]]


def _default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return str(value)


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=_default, indent=1)
    return Response(body, status, media_type="application/json", headers={**HEADERS, "Content-Security-Policy": CSP})


def create_app(corpus: Corpus) -> Starlette:
    """The web app over an opened corpus."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    env.globals["url"] = _url
    env.filters["tojson"] = lambda v: json.dumps(v, ensure_ascii=False, default=_default)
    css = (HERE / "static" / "style.css").read_bytes()
    icon = (HERE / "static" / "favicon.svg").read_bytes()

    def html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = env.get_template(template).render(corpus_works=corpus.works, **context)
        return HTMLResponse(body, status, headers={**HEADERS, "Content-Security-Policy": CSP})

    def error(request: Request, status: int, title: str, message: str) -> Response:
        if request.url.path.endswith(".json"):
            return _json({"error": message, "status": status}, status)
        return html("error.html", status, title=title, message=message)

    def render(page: Page, request: Request) -> Response:
        try:
            template, data = page(corpus, request, Params(request.query_params.multi_items()))
        except BadParameter as e:
            return error(request, e.status, "Bad request" if e.status == 400 else "Refused", str(e))
        except NotFound as e:
            return error(request, 404, "Not found", str(e))
        except QueryError as e:
            if not e.timeout:  # the pages' own SQL failed: a bug, not the user's doing
                raise
            return error(request, 503, "Too slow", f"{e}; narrow the search")
        if request.url.path.endswith(".json"):
            return _json(data)
        return html(template, **data, query=request.query_params, path=request.url.path)

    rendering: dict[str, asyncio.Future[None]] = {}  # pages being rendered, by key

    def endpoint(page: Page) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            # The corpus cannot change while served, so a page is rendered once per URL;
            # a hit is answered here on the event loop, without a trip to a worker thread,
            # and requests for a page being rendered wait here too, holding no thread.
            key = "page " + request.url.path + "?" + str(request.query_params)
            while (hit := corpus.peek(key)) is None and key in rendering:
                await asyncio.wait([rendering[key]])  # then look again: it may have failed
            if hit is None:
                rendering[key] = asyncio.get_running_loop().create_future()
                try:
                    hit = await run_in_threadpool(corpus.cached, key, lambda: _freeze(render(page, request)))
                finally:
                    rendering.pop(key).set_result(None)
            return _thaw(hit)

        return handle

    def report(request: Request) -> Response:
        try:
            params = Params(request.query_params.multi_items())
            params.allow("id")
            work_id = params.text("id", required=True, max_length=64)
            found = corpus.query("SELECT path FROM works WHERE work_id = $id", {"id": work_id}).rows
            if not found:
                raise NotFound(f"no work with id {work_id}")
            # Not cached: a long work's report is megabytes, and it is rarely asked for twice.
            body = build_report(work_id, found[0][0])
        except BadParameter as e:
            return error(request, e.status, "Bad request", str(e))
        except NotFound as e:
            return error(request, 404, "No report", str(e))
        return HTMLResponse(body, headers={**HEADERS, "Content-Security-Policy": REPORT_CSP})

    def stylesheet(request: Request) -> Response:
        return Response(css, media_type="text/css", headers=HEADERS)

    def favicon(request: Request) -> Response:
        # Browsers ask for it unbidden: a 404 would be a console error on every page.
        return Response(icon, media_type="image/svg+xml", headers=HEADERS)

    def home(request: Request) -> Response:
        return RedirectResponse("/works", 302)

    routes = [Route("/", home), Route("/style.css", stylesheet),
              Route("/favicon.ico", favicon), Route("/report", report)]
    for name, page in PAGES.items():
        routes += [Route(f"/{name}", endpoint(page)), Route(f"/{name}.json", endpoint(page))]

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(request, 404, "Not found", f"no page at {request.url.path}")

    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        return error(request, 405, "Method not allowed", "this server only reads: use GET")

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path, exc_info=exc)
        return error(request, 500, "Server error", "something went wrong on the server; its log has the details")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # The works page's summaries are made once, in the background, as soon as the
        # server runs: the first requests then find them made (or wait less for them).
        threading.Thread(target=search.warm, args=(corpus,), name="ficlens-warm-up", daemon=True).start()
        yield

    return Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error, Exception: server_error},
    )


def _works(corpus: Corpus, request: Request, params: Params) -> tuple[str, dict[str, Any]]:
    s = search.Search.from_params(params)
    data = search.run(corpus, s)
    data.update(q=s.q, sort=s.sort, page=s.page, per=s.per, pages=max(1, -(-data["total"] // s.per)),
                filters=s.filters, shows=s.shows, sorts=list(search.SORTS), shows_choices=list(search.SHOWS),
                search_available=corpus.has_terms)
    return "works.html", data


def _work(corpus: Corpus, request: Request, params: Params) -> tuple[str, dict[str, Any]]:
    params.allow("id")
    return "work.html", pages.work(corpus, params.text("id", required=True, max_length=64))


def _character(corpus: Corpus, request: Request, params: Params) -> tuple[str, dict[str, Any]]:
    return "character.html", pages.character(corpus, params)


def _pairing(corpus: Corpus, request: Request, params: Params) -> tuple[str, dict[str, Any]]:
    return "pairing.html", pages.pairing(corpus, params)


def _sql(corpus: Corpus, request: Request, params: Params) -> tuple[str, dict[str, Any]]:
    return "sql.html", pages.sql(corpus, params)


PAGES: dict[str, Page] = {"works": _works, "work": _work, "character": _character, "pairing": _pairing, "sql": _sql}


def _freeze(response: Response) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
    return response.status_code, bytes(response.body), list(response.raw_headers)


def _thaw(frozen: tuple[int, bytes, list[tuple[bytes, bytes]]]) -> Response:
    status, body, headers = frozen
    response = Response(body, status)
    response.raw_headers = list(headers)
    return response


def _url(path: str, query: Any = None, **changes: Any) -> str:
    """`path` with the current query string (`query`), some parameters changed or dropped (None).

    A list value gives the parameter once per item (facets with several values)."""
    items: list[tuple[str, str]] = [(k, v) for k, v in (query.multi_items() if query is not None else [])]
    for key, value in changes.items():
        key = key.rstrip("_")
        items = [(k, v) for k, v in items if k != key]
        if isinstance(value, (list, tuple)):
            items += [(key, str(v)) for v in value]
        elif value is not None:
            items.append((key, str(value)))
    return path + ("?" + urlencode(items) if items else "")
