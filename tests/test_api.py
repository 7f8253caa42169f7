"""The JSON API in-process: routes, validation, the write token, body limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.storedata import sudan_analysis
from wirecheck.model import Analysis, Story
from wirecheck.store import Store
from wirecheck.web import create_app
from wirecheck.web.app import MAX_BODY

TOKEN = "s3cret-token-for-tests"
CALL = sudan_analysis().stories[0].id
PLANET = sudan_analysis().articles[0].id


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.ingest(sudan_analysis())
    return path


@pytest.fixture
def client(db: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.delenv("WIRECHECK_TOKEN", raising=False)
    return TestClient(create_app(db))


def one_story_each(analysis: Analysis) -> None:
    analysis.stories = [Story(f"s:{a.id}", a.title, [a.id], [a.source or ""])
                        for a in analysis.articles]  # fmt: skip


def no_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests exercise the route, not the models: stand-in annotation and clustering."""
    monkeypatch.setattr("wirecheck.ingest.annotate", lambda articles, settings: None)
    monkeypatch.setattr(
        "wirecheck.store_refresh.load_builtin_corpus_stages", lambda: [("cluster", one_story_each)]
    )


@pytest.fixture
def writer(db: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    no_models(monkeypatch)
    return TestClient(create_app(db, token=TOKEN))


def test_story_list_with_counts(client: TestClient) -> None:
    data = client.get("/api/stories").json()
    assert data["total"] == 2
    call = next(s for s in data["stories"] if s["id"] == CALL)
    assert call["conflicts"] == 1 and call["agreements"] == 1 and call["uniques"] == 1
    assert call["outlet_counts"] == {"Daily Planet": 1, "Gazette": 1}


def test_story_list_filters(client: TestClient) -> None:
    assert client.get("/api/stories?outlet=Gazette").json()["total"] == 1
    assert client.get("/api/stories?entity=e:eklund").json()["total"] == 1
    assert client.get("/api/stories?since=2024-11-05").json()["total"] == 1
    assert client.get("/api/stories?q=earthquake").json()["stories"][0]["title"] == "Quake kills 11"
    assert client.get("/api/stories?q=%22%20OR%20NEAR(").json()["total"] == 0


def test_story_detail_has_findings_and_evidence(client: TestClient) -> None:
    data = client.get(f"/api/stories/{CALL}").json()
    kinds = [f["kind"] for f in data["findings"]]
    assert kinds == ["conflict", "agree", "unique"]
    conflict = data["findings"][0]
    assert {e["value"] for e in conflict["evidence"]} == {"40 (36-44)", "35"}
    assert conflict["outlets"]["Gazette"]["status"] == "conflicts"
    assert data["findings"][2]["outlets"]["Gazette"]["status"] == "silent"
    assert len(data["quotes"]) == 2 and data["entities"]["e:eklund"] == "Lars Eklund"


def test_article_has_all_annotations(client: TestClient) -> None:
    data = client.get(f"/api/articles/{PLANET}").json()
    assert data["article"]["id"] == PLANET
    for layer in ("mentions", "quotes", "times", "quantities", "events"):
        assert data[layer], layer
    assert data["stories"][0]["id"] == CALL


def test_entity_has_mentions_and_quotes(client: TestClient) -> None:
    data = client.get("/api/entities/e:eklund").json()
    assert data["entity"]["name"] == "Lars Eklund"
    assert data["mention_total"] == 2 and len(data["quotes"]) == 2
    assert data["mentions"][0]["text"] == "Eklund"
    assert data["outlets"] == {"Daily Planet": 1, "Gazette": 1}


def test_search(client: TestClient) -> None:
    data = client.get("/api/search?q=open road").json()
    assert len(data["articles"]) == 2 and len(data["quotes"]) == 2
    assert "[open]" in data["quotes"][0]["snippet"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/stories/s:0000000000000000", 404),
        ("/api/articles/0000000000000000", 404),
        ("/api/entities/e:nobody", 404),
        ("/api/articles/not-hex", 422),
        ("/api/articles/ABCDEF0123456789", 422),
        ("/api/articles/" + "a" * 17, 422),
        ("/api/stories/%3Cscript%3E", 422),
        ("/api/entities/" + "e" * 200, 422),
        ("/api/stories?limit=0", 422),
        ("/api/stories?limit=100000", 422),
        ("/api/stories?offset=-1", 422),
        ("/api/stories?since=yesterday", 422),
        ("/api/stories?since=2024-02-30", 422),
        ("/api/stories?entity=%27%20OR%201%3D1", 422),
        ("/api/search", 422),
        ("/api/search?q=" + "x" * 201, 422),
    ],
)
def test_bad_ids_and_parameters(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")


def test_post_is_forbidden_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "Some news."})
    assert response.status_code == 403
    response = client.post(
        "/api/articles", json={"text": "Some news."}, headers={"Authorization": "Bearer x"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", TOKEN])
def test_post_needs_the_right_token(writer: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = writer.post("/api/articles", json={"text": "Some news."}, headers=headers)
    assert response.status_code in (401, 403)


def test_post_with_token_stores_the_article_once(writer: TestClient) -> None:
    body = {"text": "Ferry services to the islands resumed on Monday after the storm.",
            "title": "Ferries resume", "source": "Harbour Post",
            "published": "2024-11-12T08:00:00"}  # fmt: skip
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = writer.post("/api/articles", json=body, headers=auth)
    assert first.status_code == 201, first.text
    article_id = first.json()["id"]
    again = writer.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["created"] is False
    stored = writer.get(f"/api/articles/{article_id}").json()
    assert stored["article"]["title"] == "Ferries resume"
    assert stored["article"]["source"] == "Harbour Post"
    assert stored["stories"][0]["id"] == f"s:{article_id}"  # the corpus stages ran


def test_token_from_the_environment(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECHECK_TOKEN", TOKEN)
    no_models(monkeypatch)
    client = TestClient(create_app(db))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert (
        client.post("/api/articles", json={"text": "Rain fell."}, headers=auth).status_code == 201
    )


@pytest.mark.parametrize(
    "body",
    [{}, {"text": ""}, {"text": "x", "extra": 1}, {"text": "x", "url": "javascript:alert(1)"},
     {"text": "x", "byline": ["a"] * 51}, {"text": 5}],
)  # fmt: skip
def test_post_validates_its_body(writer: TestClient, body: dict[str, object]) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/articles", json=body, headers=auth).status_code == 422


def test_request_body_size_is_limited(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}'
    assert writer.post("/api/articles", content=big, headers=auth).status_code == 413

    def chunks():  # no Content-Length: the limit holds while the body streams in
        yield b'{"text": "'
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"a" * 65536
        yield b'"}'

    assert writer.post("/api/articles", content=chunks(), headers=auth).status_code == 413


def test_docs_are_served_without_external_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/api/stories/{story_id}" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/openapi.json").json()["info"]["title"] == "wirecheck"
    assert client.get("/redoc").status_code == 404
