"""Web pages: hostile article text renders as text everywhere; strict CSP; no JS needed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirecheck.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Evidence,
    Finding,
    Mention,
    Quantity,
    Quote,
    Removed,
    Span,
    Story,
    Time,
    article_id,
)
from wirecheck.report import render_report
from wirecheck.store import Store
from wirecheck.web import create_app

SCRIPT = '<script>alert("x")</script>'
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">click</a>'
LONG = "W" * 5000
HOSTILE = f"{SCRIPT} {IMG} {LINK} {LONG}"


def hostile_analysis() -> Analysis:
    text = f"Officials said {HOSTILE} and 12 people were hurt on Monday. “{SCRIPT} {IMG}” he said."
    aid = article_id(text)
    at = text.index("12 people")
    q_start = text.index("“") + 1
    q_end = text.index("”")
    copy_text = text + " Copy."
    article = Article(
        id=aid, path=HOSTILE, text=text, url="javascript:alert(1)", source=HOSTILE,
        agency=IMG, section=SCRIPT, title=HOSTILE, byline=[HOSTILE], contributors=[IMG],
        dateline=SCRIPT, published="2024-11-02T10:00:00", removed=[Removed("caption", HOSTILE)],
        errors=[HOSTILE],
        mentions=[Mention(aid, 0, 9, "Officials", "ORG", role=SCRIPT, entity="e:evil")],
        quotes=[Quote(f"{aid}:q:{q_start}", aid, q_start, q_end, text[q_start:q_end], "direct",
                      speaker="e:evil", speaker_text=SCRIPT, cue=IMG)],
        times=[Time(f"{aid}:t:1", aid, text.index("Monday"), text.index("Monday") + 6, "Monday",
                    "DATE", SCRIPT, IMG)],
        quantities=[Quantity(f"{aid}:n:{at}", aid, at, at + 9, "12 people", 12, 12, 12, IMG,
                             SCRIPT)],
        events=[Event(f"{aid}:v:1", aid, at, at + 2, "ASSAULT", SCRIPT, ["e:evil"], [IMG],
                      "2024-11-01", SCRIPT)],
    )  # fmt: skip
    copy = Article(id=article_id(copy_text), path="copy", text=copy_text, source=IMG,
                   title=SCRIPT, published="2024-11-02T12:00:00", syndicated_of=aid)  # fmt: skip
    story = Story(f"s:{aid}", HOSTILE, [aid, copy.id], [HOSTILE, IMG], SCRIPT, IMG)
    evidence = [Evidence(aid, at, at + 9, text[at : at + 9], HOSTILE),
                Evidence(copy.id, 0, 40, copy_text[:40], SCRIPT)]  # fmt: skip
    return Analysis(
        articles=[article, copy],
        entities=[Entity("e:evil", HOSTILE, "PERSON", None, [IMG], [SCRIPT], [Span(aid, 0, 9)])],
        stories=[story],
        findings=[Finding("f:x", story.id, "conflict", SCRIPT, HOSTILE, evidence)],
    )


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = tmp_path_factory.mktemp("web") / "w.db"
    with Store(path) as store:
        store.ingest(hostile_analysis())
    return TestClient(create_app(path))


def pages() -> list[str]:
    analysis = hostile_analysis()
    aid, story = analysis.articles[0].id, analysis.stories[0].id
    return ["/", f"/stories/{story}", f"/articles/{aid}", f"/articles/{aid}?layers=quotes",
            "/entities/e:evil", "/search?q=officials", "/search?q=script", "/docs",
            "/?q=officials", f"/articles/{analysis.articles[1].id}"]  # fmt: skip


class _Tags(HTMLParser):
    """Every element and attribute the browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_inert(html: str) -> None:
    """No markup from article text survives: no script or img element, no handler, no
    javascript: URL; the hostile strings are only text."""
    parser = _Tags()
    parser.feed(html)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "object", "embed"}
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)


@pytest.mark.parametrize("url", pages())
def test_hostile_text_renders_as_text(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    html = response.text
    assert_inert(html)
    if "q=" not in url and url != "/docs":
        assert "&lt;script&gt;" in html
        assert LONG in html  # a very long word is still shown whole, as text


@pytest.mark.parametrize("url", [*pages(), "/static/style.css", "/api/stories", "/nope",
                                 "/articles/zz"])  # fmt: skip
def test_every_response_has_a_strict_csp(client: TestClient, url: str) -> None:
    csp = client.get(url).headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "object-src 'none'" in csp and "unsafe-inline" not in csp


@pytest.mark.parametrize("url", pages())
def test_pages_need_no_scripts_and_load_nothing_remote(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert " style=" not in html  # inline styles would be blocked by the CSP
    assert "<script" not in html


def test_errors_are_html_pages_for_html_routes(client: TestClient) -> None:
    response = client.get(f"/stories/s:{'0' * 16}")
    assert response.status_code == 404 and "<h1>404</h1>" in response.text
    response = client.get("/articles/%3Cscript%3E")
    assert response.status_code == 422 and "<script" not in response.text


def test_story_page_shows_findings_table_and_charts(client: TestClient) -> None:
    analysis = hostile_analysis()
    html = client.get(f"/stories/{analysis.stories[0].id}").text
    assert 'class="findings"' in html and "conflicts" in html
    assert html.count("<svg") == 2
    assert '<mark class="value">12 people</mark>' in html
    assert 'class="evidence' in html and 'href="#f1-f-x"' in html


def test_article_layers_toggle_without_javascript(client: TestClient) -> None:
    aid = hostile_analysis().articles[0].id
    everything = client.get(f"/articles/{aid}").text
    quotes_only = client.get(f"/articles/{aid}?layers=quotes").text
    assert '<span class="l-entities ' in everything
    assert '<span class="l-entities ' not in quotes_only
    assert '<span class="l-quotes ' in quotes_only
    assert client.get(f"/articles/{aid}?layers=%3Cx%3E").status_code == 422


def test_static_report_is_escaped_and_self_contained() -> None:
    html = render_report(hostile_analysis())
    assert_inert(html)
    assert "&lt;script&gt;" in html and LONG in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert 'class="findings"' in html and "<svg" in html


def test_json_twins_carry_the_same_records(client: TestClient) -> None:
    analysis = hostile_analysis()
    data = client.get(f"/api/stories/{analysis.stories[0].id}").json()
    assert data["findings"][0]["summary"] == HOSTILE  # JSON keeps the text as it is
    assert client.get("/api/entities/e:evil").json()["entity"]["name"] == HOSTILE


def test_serve_binds_loopback_by_default() -> None:
    import inspect

    from wirecheck.cli import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_templates_are_autoescaped() -> None:
    from wirecheck.web.app import TEMPLATES

    assert TEMPLATES.autoescape is True
    assert Path(__file__).exists()
