"""The server under attack: binding, the write token, FTS syntax, path traversal, odd ids and
parameters, hostile bodies. No request may get a 500 or read a file outside the store."""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.storedata import sudan_analysis
from tests.test_api import TOKEN, no_models
from wirecheck.store import Store
from wirecheck.web import create_app
from wirecheck.web.app import MAX_BODY

FEW = settings(
    max_examples=int(os.environ.get("WIRECHECK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FTS_SYNTAX = ['"', '""', "NEAR(", "NEAR(a b", "*", "a*", "^x", "a OR", "AND", "NOT", "(", ")",
              "col:x", "text:open", "-road", "+", "'", "'; DROP TABLE articles; --", "\\",
              "\x00", "\u202e", "🙂", "open NEAR/2 road", '"open', "{text}: x"]  # fmt: skip
SECRET = Path(__file__).resolve()  # a file outside the store the server must never send


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sec") / "w.db"
    with Store(path) as store:
        store.ingest(sudan_analysis())
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False)


def test_serve_hands_uvicorn_the_loopback_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from wirecheck.cli import app

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **kw: seen.update(kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1"


def all_routes(routes: list[Any]) -> list[tuple[str, set[str]]]:
    """(path, methods) of every route, those of included routers too."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found += all_routes(inner.routes)
        elif getattr(route, "methods", None):
            found.append((route.path, set(route.methods)))
    return found


def test_every_write_route_needs_the_token(client: TestClient) -> None:
    routes = all_routes(client.app.routes)  # type: ignore[attr-defined]
    writes = [(m, path) for path, methods in routes for m in methods - {"GET", "HEAD"}]
    assert writes, "the write route is gone; this test would check nothing"
    for method, path in writes:
        response = client.request(method, path, json={"text": "Rain fell on Monday."})
        assert response.status_code == 401, (method, path, response.status_code)


def test_the_token_is_compared_in_constant_time(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    no_models(monkeypatch)
    monkeypatch.setattr("wirecheck.web.api.hmac.compare_digest", spy)
    writer = TestClient(create_app(db, token=TOKEN))
    statuses = []
    for token in ("wrong", TOKEN[:-1], "x" * 10_000, TOKEN):
        auth = {"Authorization": f"Bearer {token}"}
        response = writer.post("/api/articles", json={"text": "Rain fell."}, headers=auth)
        statuses.append(response.status_code)
    assert statuses == [401, 401, 401, 201]
    assert [given for given, _ in calls] == [
        t.encode() for t in ("wrong", TOKEN[:-1], "x" * 10_000, TOKEN)
    ]
    raw = writer.post("/api/articles", json={"text": "Rain."},
                      headers={"Authorization": b"Bearer \xff\xfe t\xc3\xb8ken"})  # fmt: skip
    assert raw.status_code == 401  # a token that is not even UTF-8 is just wrong


@pytest.mark.parametrize("q", FTS_SYNTAX)
@pytest.mark.parametrize("route", ["/api/search?q=", "/search?q=", "/api/stories?q=", "/?q="])
def test_fts_syntax_in_searches_is_plain_text(client: TestClient, route: str, q: str) -> None:
    response = client.get(route + quote(q, safe=""))
    assert response.status_code in (200, 422), (q, response.text[:300])


def test_fts_operators_match_as_words(client: TestClient) -> None:
    # "open OR nothing" would find both articles if OR were an operator; as words it finds none.
    assert client.get("/api/search?q=open OR zzzunknown").json()["articles"] == []
    assert len(client.get("/api/search?q=open road").json()["articles"]) == 2


@FEW
@given(st.text(min_size=1, max_size=60))
def test_any_search_text_gets_an_answer(client: TestClient, q: str) -> None:
    for route in ("/api/search?q=", "/api/stories?q="):
        response = client.get(route + quote(q, safe=""))
        assert response.status_code in (200, 422), (q, response.text[:300])


ID_PARTS = st.sampled_from(["..", "/", "%2f", "%2e%2e", "%00", "<", ">", "'", '"', ";", " ",
                           "\\", "e:", "s:", "0123456789abcdef", "%252e", "?", "#"])  # fmt: skip
ODD_ID = st.lists(st.one_of(ID_PARTS, st.text(max_size=4)), max_size=8).map("".join)


@FEW
@given(st.sampled_from(["/api/stories/", "/api/articles/", "/api/entities/", "/stories/",
                        "/articles/", "/entities/"]), ODD_ID)  # fmt: skip
def test_odd_ids_never_crash_the_server(client: TestClient, prefix: str, raw: str) -> None:
    response = client.get(prefix + quote(raw, safe="%/"))
    assert response.status_code in (200, 404, 405, 422), (raw, response.status_code)
    assert SECRET.read_text(encoding="utf-8")[:200] not in response.text


@FEW
@given(st.dictionaries(st.sampled_from(["q", "outlet", "entity", "since", "until", "limit",
                                        "offset", "layers"]), ODD_ID, max_size=4))  # fmt: skip
def test_odd_query_parameters_never_crash_the_server(
    client: TestClient, params: dict[str, str]
) -> None:
    for route in ("/api/stories", "/", "/api/search", "/search"):
        response = client.get(route, params=params)
        assert response.status_code in (200, 422), (route, params, response.text[:300])


def test_sql_in_parameters_is_only_data(client: TestClient) -> None:
    everything = client.get("/api/stories").json()["total"]
    assert everything > 0
    assert client.get("/api/stories", params={"outlet": "x' OR '1'='1"}).json()["total"] == 0
    assert client.get("/api/stories", params={"outlet": "Gazette"}).json()["total"] > 0


TRAVERSALS = [
    "/static/../tests/test_security.py", "/static/%2e%2e/%2e%2e/tests/test_security.py",
    "/static/..%2f..%2f..%2ftests%2ftest_security.py", "/static/%252e%252e/app.py",
    "/static/....//....//app.py", "/static/..\\..\\app.py", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/../app.py", "/static/../../store.py",
    "/static/%2e%2e%5c%2e%2e%5capp.py", "/static/style.css%00.py", "/static/../templates/base.html",
]  # fmt: skip


@pytest.mark.parametrize("url", TRAVERSALS)
def test_static_files_never_leave_their_folder(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (400, 404, 422), (url, response.status_code)
    assert "root:" not in response.text and "def create_app" not in response.text
    assert "{%" not in response.text  # no template source either


def test_static_files_are_still_served(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200


@pytest.mark.parametrize(
    ("method", "url", "kwargs"),
    [
        ("POST", "/api/articles", {"content": b"x" * (MAX_BODY + 1)}),
        ("GET", "/api/search?q=" + "x" * 201, {}),
        ("DELETE", "/api/stories", {}),
        ("GET", "/nowhere", {}),
    ],
)
def test_error_responses_carry_the_csp(client: TestClient, method: str, url: str,
                                       kwargs: dict[str, Any]) -> None:  # fmt: skip
    response = client.request(method, url, **kwargs)
    assert response.status_code in (404, 405, 413, 422)
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_a_lying_content_length_is_refused(client: TestClient) -> None:
    headers = {"Content-Length": "-5", "Authorization": f"Bearer {TOKEN}"}
    response = client.post("/api/articles", content=b"{}", headers=headers)
    assert response.status_code in (400, 413)


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"text": ' + "[" * 100_000, '{"text": "\\ud800 lone half"}',
     '{"text": "x", "text": {"a": 1}}', "\xff\xfe", '{"text": "a\\u0000b"}'],
)  # fmt: skip
def test_hostile_json_bodies_are_refused_cleanly(
    db: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    no_models(monkeypatch)
    writer = TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = writer.post("/api/articles", content=body.encode("utf-8", "surrogatepass"),
                           headers=headers)  # fmt: skip
    assert response.status_code in (201, 400, 422), (body[:40], response.text[:300])


def test_a_crash_still_answers_with_the_csp(db: Path) -> None:
    app = create_app(db)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "a bug" not in response.text  # no internals leak to the client
