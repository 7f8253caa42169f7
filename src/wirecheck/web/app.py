"""The FastAPI application: security middleware, error pages, static files, routers.

Every response carries a strict Content-Security-Policy; request bodies are capped; the
docs page is our own server-rendered list of the OpenAPI operations, because FastAPI's
default one loads its scripts from a CDN.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wirecheck import __version__
from wirecheck.store import Store

HERE = Path(__file__).parent
MAX_BODY = 2 * 1024 * 1024  # bytes: an article posted whole, with room for its metadata
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("wirecheck", "web/templates"),
    autoescape=True,  # article text is untrusted: everything is escaped
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class Config:
    db_path: Path
    token: str | None
    write_lock: threading.Lock


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """The web UI and JSON API over one store; writes need `token` or $WIRECHECK_TOKEN."""
    from wirecheck.web import api, pages

    token = token if token is not None else os.environ.get("WIRECHECK_TOKEN")
    Store(db_path).close()  # create the file and schema, so readers can open it read-only
    app = FastAPI(
        title="wirecheck",
        version=__version__,
        description="Compare news coverage across outlets, claim by claim.",
        docs_url=None,
        redoc_url=None,
        # No max_body_size here: FastAPI's own cap sits outside every middleware, so its 413
        # would go out without the security headers; BodyLimit below does the same job.
    )
    app.state.config = Config(Path(db_path), token or None, threading.Lock())
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    _add_docs(app)
    return app


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(name).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
    return render(request, "error.html", exc.status_code, status=exc.status_code,
                  detail=str(exc.detail))  # fmt: skip


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in exc.errors()
    ]
    if _wants_json(request):
        return JSONResponse({"detail": problems}, 422)
    detail = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
    return render(request, "error.html", 422, status=422, detail=detail)


async def _server_error(request: Request, exc: Exception) -> Response:
    """A crash answers 500 from outside every middleware: it brings its own security headers."""
    headers = {name.decode(): value.decode() for name, value in SECURITY_HEADERS}
    return JSONResponse({"detail": "internal error"}, 500, headers=headers)


def _add_docs(app: FastAPI) -> None:
    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        spec = app.openapi()
        operations = [
            {"method": method.upper(), "path": path, **op}
            for path, item in spec.get("paths", {}).items()
            for method, op in item.items()
        ]
        return render(request, "docs.html", spec=spec, operations=operations)


class SecurityHeaders:
    """Adds the CSP and friends to every response, errors and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over `limit` bytes: by Content-Length, and while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                # An HTTPException passes through FastAPI's body parsing unchanged.
                raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, send: Send) -> None:
        body = b'{"detail":"request body too large"}'
        await send({
            "type": "http.response.start", "status": 413,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode())],
        })  # fmt: skip
        await send({"type": "http.response.body", "body": body})
