"""`wirecheck analyze` through a temporary store: the same files as the in-memory run."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecheck import Settings
from wirecheck.analyze_store import analyze_to_folder
from wirecheck.cli import app
from wirecheck.ingest import ingest_paths
from wirecheck.model import Analysis, Article, Removed, Skipped, article_id
from wirecheck.report import render_report, report_parts
from wirecheck.report_store import store_context
from wirecheck.store import Store
from wirecheck.store_stream import write_analysis_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
GENERATED_JSON = re.compile(r'"generated": "[^"]*"')
GENERATED_HTML = re.compile(r"generated [0-9T:+-]+")

HARBOUR = (
    "Harbour Dispatch\n\n"
    "Dock workers in Valmora ended a two-day strike on Wednesday after the port authority "
    "agreed to review night-shift pay, union officials said.\n\n"
    "About 300 workers had walked out on Monday, according to the union."
)


def test_folder_run_writes_what_the_in_memory_run_gives(
    tmp_path: Path, example_analysis: Analysis
) -> None:
    outcome = analyze_to_folder([EXAMPLES], tmp_path, Settings(workers=1, quiet=True))
    written = (tmp_path / "analysis.json").read_text(encoding="utf-8")
    assert GENERATED_JSON.sub("", written) == GENERATED_JSON.sub("", example_analysis.to_json())
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    expected = render_report(example_analysis)
    assert GENERATED_HTML.sub("", report) == GENERATED_HTML.sub("", expected)
    assert outcome.counts["findings"] == len(example_analysis.findings) > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analysis.json", "report.html"]


def hostile_store(path: Path) -> Store:
    """A store holding an article full of markup, non-ASCII text, and a skipped input."""
    evil = '<script>alert("x")</script> — «Zürich» \\ "quoted"\n\tline'
    text = f"Body with {evil} inside."
    article = Article(
        id=article_id(text), path="evil.html", text=text, title=evil, source=evil,
        byline=[evil], removed=[Removed("caption", evil)], errors=[evil],
    )  # fmt: skip
    store = Store(path)
    store.ingest([article], [Skipped(evil, evil)])
    store.refresh()
    return store


def test_streamed_json_is_byte_for_byte_the_analysis_json(tmp_path: Path) -> None:
    with hostile_store(tmp_path / "s.db") as store:
        out = io.StringIO()
        write_analysis_json(store.conn, out)
        assert out.getvalue() == store.load_analysis().to_json()
        assert json.loads(out.getvalue())["skipped"][0]["reason"].startswith("<script>")


def test_report_from_the_store_is_the_report_of_the_analysis(tmp_path: Path) -> None:
    with hostile_store(tmp_path / "s.db") as store:
        html = "".join(report_parts(store_context(store.conn)))
        assert html == render_report(store.load_analysis())
        assert "<script>alert" not in html
        assert "Skipped inputs" in html


def test_kept_store_serves_the_same_analysis(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "port.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "kept.db"
    settings = Settings(workers=1, quiet=True)
    outcome = analyze_to_folder([tmp_path / "in"], tmp_path / "out", settings, keep_store=db)
    assert outcome.counts["articles"] == 1
    assert [s.path for s in outcome.skipped] == [str(tmp_path / "in" / "empty.txt")]
    with Store(db) as store:
        written = (tmp_path / "out" / "analysis.json").read_text(encoding="utf-8")
        assert written == store.load_analysis().to_json()


def test_a_store_that_holds_articles_is_never_reused(tmp_path: Path) -> None:
    (tmp_path / "port.txt").write_text(HARBOUR, encoding="utf-8")
    db = tmp_path / "kept.db"
    args = ["analyze", str(tmp_path / "port.txt"), "-o", str(tmp_path / "out"), "--quiet"]
    first = CliRunner().invoke(app, [*args, "--keep-store", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(app, [*args, "--keep-store", str(db), "--workers", "1"])
    assert again.exit_code == 2
    assert "already holds articles" in again.output


def test_ingest_can_leave_the_corpus_stages_to_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirecheck.ingest

    for n, town in enumerate(("Valmora", "Ostrel", "Carn")):
        (tmp_path / f"{n}.txt").write_text(HARBOUR.replace("Valmora", town), encoding="utf-8")
    calls: list[str] = []
    real = wirecheck.ingest.refresh
    monkeypatch.setattr(wirecheck.ingest, "refresh", lambda s, p: calls.append("x") or real(s, p))
    seen: list[tuple[str, int, int | None]] = []
    with Store(tmp_path / "s.db") as store:
        settings = Settings(workers=1, quiet=True)
        ingest_paths([tmp_path], store, settings, lambda *e: seen.append(e), 1, None)
        assert not store.dirty and store.counts()["articles"] == 3
    assert calls == ["x"]
    assert ("corpus", 3, 3) in seen
    assert seen[-1][0] == "compare" and seen[-1][1] == seen[-1][2]


def test_output_folder_among_the_inputs_reads_no_store(tmp_path: Path) -> None:
    (tmp_path / "port.txt").write_text(HARBOUR, encoding="utf-8")
    outcome = analyze_to_folder([tmp_path], tmp_path / "out", Settings(workers=1, quiet=True))
    assert outcome.counts["articles"] == 1
    assert outcome.skipped == []
