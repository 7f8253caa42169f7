"""In a real browser (Playwright driving Debian's /usr/bin/chromium, never a downloaded one):
open the story list, open a story, click a conflict, see both evidence sentences with their
values highlighted. Screenshots go to out/screenshots/ as test artifacts.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storedata import sudan_analysis
from wirecheck.store import Store

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium: run "
        "scripts/ensure_chromium.sh as root (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (pinned)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from wirecheck.web import create_app

    db = tmp_path_factory.mktemp("browser") / "w.db"
    with Store(db) as store:
        store.ingest(sudan_analysis())
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900},
                                      java_script_enabled=False)  # fmt: skip
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.errors = errors  # type: ignore[attr-defined]
        yield tab
        browser.close()


def test_story_list_to_conflict_evidence(page, base_url: str) -> None:  # noqa: ANN001
    expect = sync_api.expect
    page.goto(base_url + "/")
    expect(page.locator("h1")).to_have_text("Stories")
    row = page.locator("table.stories tr", has_text="Ministers press for aid corridor")
    expect(row.locator(".badge.conflict")).to_have_text("1 conflict")
    page.screenshot(path=str(SHOTS / "1-story-list.png"), full_page=True)

    row.get_by_role("link", name="Ministers press for aid corridor").click()
    expect(page.locator("h1")).to_have_text("Ministers press for aid corridor")
    evidence = page.locator("section.evidence").first
    expect(evidence).to_be_hidden()  # shown only when its finding is clicked
    page.screenshot(path=str(SHOTS / "2-story-page.png"), full_page=True)

    page.locator("table.findings tr", has_text="conflict").get_by_role("link").click()
    expect(evidence).to_be_visible()
    marks = evidence.locator("mark.value")
    expect(marks).to_have_count(2)
    expect(marks.nth(0)).to_have_text("About 40 ministers")
    expect(marks.nth(1)).to_have_text("35 nations")
    expect(evidence.locator(".ev").nth(0)).to_contain_text("joined the video call on Saturday")
    expect(evidence.locator(".ev").nth(1)).to_contain_text("took part in the call")
    background = marks.nth(0).evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # the CSS loaded (CSP ok)
    evidence.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "3-conflict-evidence.png"), full_page=False)
    assert page.errors == []  # type: ignore[attr-defined]


def test_article_page_layers(page, base_url: str) -> None:  # noqa: ANN001
    page.goto(base_url + "/")
    page.get_by_role("link", name="Ministers press for aid corridor").click()
    page.locator("table.findings").get_by_role("link").first.click()
    page.locator("section.evidence:visible .ev a").first.click()
    expect = sync_api.expect
    expect(page.locator(".article-text .l-quantities")).to_have_text("About 40 ministers")
    expect(page.locator(".article-text .l-quotes")).to_have_count(1)
    page.screenshot(path=str(SHOTS / "4-article-layers.png"), full_page=True)
    page.get_by_role("link", name="quotes (1)").click()  # hide the quotes layer, no script
    expect(page.locator(".article-text .l-quotes")).to_have_count(0)
