"""The SQLite store: idempotent ingest, round trips, exports, escaped full-text search."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from tests.storedata import plain_article, sudan_analysis
from wirecheck.model import Analysis, Finding, Story
from wirecheck.store import Store
from wirecheck.store_query import StoryFilter, fts_query

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "src/wirecheck/resources/analysis.schema.json")
    .read_text(encoding="utf-8")
)  # fmt: skip
HOSTILE_QUERIES = ['"', "*", "NEAR(", "OR", "AND NOT", "a OR b", '"unbalanced', "^x",
                   "col:x", "(((", "-", "NEAR(a b, 2)", "'; DROP TABLE articles; --", "\x00",
                   "🙂"]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "w.db")
    s.ingest(sudan_analysis())
    return s


def test_round_trip_gives_the_same_analysis(store: Store) -> None:
    assert store.load_analysis().to_dict() == sudan_analysis().to_dict()


def test_ingest_is_idempotent_by_article_id(store: Store) -> None:
    before = store.counts()
    again = store.ingest(sudan_analysis())
    assert again.new == [] and again.known == 3
    assert store.counts() == before
    assert store.load_analysis().to_dict() == sudan_analysis().to_dict()


def test_bare_articles_are_stored_once_and_mark_the_store_dirty(tmp_path: Path) -> None:
    s = Store(tmp_path / "w.db")
    first = s.ingest([plain_article(1), plain_article(2), plain_article(1)])
    assert len(first.new) == 2 and first.known == 1
    assert s.dirty
    assert s.ingest([plain_article(2)]).new == []
    assert s.counts()["articles"] == 2


def test_store_survives_reopening(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as s:
        s.ingest(sudan_analysis())
    with Store(tmp_path / "w.db", readonly=True) as s:
        assert s.counts()["findings"] == 3
        assert s.integrity_check() == "ok"


def test_readonly_store_refuses_writes(tmp_path: Path) -> None:
    Store(tmp_path / "w.db").close()
    with Store(tmp_path / "w.db", readonly=True) as s, pytest.raises(sqlite3.OperationalError):
        s.ingest([plain_article(1)])


def test_store_is_wal_with_foreign_keys(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_export_json_validates_against_the_schema(store: Store) -> None:
    out = io.StringIO()
    store.export("json", out)
    data = json.loads(out.getvalue())
    jsonschema.validate(data, SCHEMA)
    assert len(data["articles"]) == 3 and len(data["findings"]) == 3


def test_export_jsonl_has_one_record_a_line(store: Store) -> None:
    out = io.StringIO()
    store.export("jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    kinds = [r["record"] for r in records]
    assert kinds[0] == "schema"
    assert kinds.count("article") == 3 and kinds.count("finding") == 3
    assert kinds.count("quote") == 2 and kinds.count("story") == 2


def test_export_csv_has_one_row_per_evidence(store: Store) -> None:
    out = io.StringIO()
    store.export("csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5  # 2 + 2 + 1 evidence spans
    assert {r["kind"] for r in rows} == {"conflict", "agree", "unique"}


def test_csv_cells_cannot_start_a_formula(tmp_path: Path) -> None:
    s = Store(tmp_path / "w.db")
    analysis = sudan_analysis()
    analysis.findings[0].summary = '=HYPERLINK("http://evil")'
    s.ingest(analysis)
    out = io.StringIO()
    s.export("csv", out)
    assert "'=HYPERLINK" in out.getvalue()


def test_unknown_export_format_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="json, jsonl, csv"):
        store.export("xml", io.StringIO())


def test_search_finds_articles_and_quotes(store: Store) -> None:
    found = store.search("fighting road")
    assert len(found["articles"]) == 2
    assert len(found["quotes"]) == 2
    assert "\x02" in found["articles"][0]["snippet"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_search_strings_are_only_words(store: Store, query: str) -> None:
    found = store.search(query)  # never an FTS5 syntax error, never SQL
    assert set(found) == {"articles", "quotes"}
    stories, total = store.stories(StoryFilter(q=query))
    assert total == len(stories)
    assert store.counts()["articles"] == 3


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('say "hi" OR NEAR(') == '"say" """hi""" "OR" "NEAR("'
    assert fts_query("* - (") is None


def test_story_filters(store: Store) -> None:
    def ids(**kw: object) -> list[str]:
        return [s["id"] for s in store.stories(StoryFilter(**kw))[0]]  # type: ignore[arg-type]

    analysis = sudan_analysis()
    call, quake = analysis.stories[0].id, analysis.stories[1].id
    assert ids() == [quake, call]  # newest first
    assert ids(outlet="Gazette") == [call]
    assert ids(entity="e:eklund") == [call]
    assert ids(since="2024-11-05") == [quake]
    assert ids(until="2024-11-02") == [call]
    assert ids(q="earthquake") == [quake]
    assert ids(limit=1, offset=1) == [call]
    rows, _ = store.stories(StoryFilter())
    call_row = next(r for r in rows if r["id"] == call)
    assert call_row["conflicts"] == 1 and call_row["outlet_counts"] == {"Daily Planet": 1,
                                                                        "Gazette": 1}  # fmt: skip


def test_ingesting_an_analysis_updates_its_stories_and_findings(store: Store) -> None:
    analysis = sudan_analysis()
    analysis.findings = analysis.findings[:1]
    analysis.findings[0].summary = "changed"
    store.ingest(analysis)
    findings = {f.id: f for f in store.load_analysis().findings}
    assert findings["f:conflict"].summary == "changed"
    assert "f:agree" in findings  # ingest adds and updates; it never drops what is stored


def test_refresh_recompares_only_touched_stories(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    calls: list[list[str]] = []

    def cluster(analysis: Analysis) -> None:
        analysis.stories = [Story(f"s:{a.id}", a.title, [a.id], [a.source or ""])
                            for a in analysis.articles]  # fmt: skip

    def compare(analysis: Analysis) -> None:
        calls.append([s.id for s in analysis.stories])
        analysis.findings = [Finding(f"f:{s.id}", s.id, "unique", "t", "one", [])
                             for s in analysis.stories]  # fmt: skip

    stages = [("cluster", cluster), ("compare", compare)]
    monkeypatch.setattr("wirecheck.store_refresh.load_builtin_corpus_stages", lambda: stages)
    s = Store(tmp_path / "w.db")
    s.ingest([plain_article(1), plain_article(2)])
    assert len(s.refresh()) == 2 and not s.dirty
    s.ingest([plain_article(3)])
    assert s.refresh() == {f"s:{plain_article(3).id}"}
    assert calls[-1] == [f"s:{plain_article(3).id}"]
    assert s.counts()["findings"] == 3


def test_cli_ingest_export_round_trip(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from wirecheck.cli import app

    monkeypatch.setattr("wirecheck.ingest.annotate", lambda articles, settings: None)
    monkeypatch.setattr("wirecheck.store_refresh.load_builtin_corpus_stages", lambda: [])
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(plain_article(i).text, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert "Stored 3 new articles" in first.output and "empty.txt" in first.output
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet"])
    assert again.exit_code == 0 and again.output == ""
    out = runner.invoke(app, ["export", "--db", db, "--format", "json"])
    data = json.loads(out.stdout)
    jsonschema.validate(data, SCHEMA)
    assert len(data["articles"]) == 3
    target = tmp_path / "w.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(target)])\
        .exit_code == 0  # fmt: skip
    assert target.read_text(encoding="utf-8").startswith("story,story_title,finding")
    assert runner.invoke(app, ["export", "--db", db, "--format", "xml"]).exit_code == 2
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 2 and "wirecheck ingest" in missing.output


@pytest.mark.slow
def test_ingested_example_corpus_equals_analyze(tmp_path: Path, example_analysis) -> None:  # noqa: ANN001
    """The store, filled batch by batch, exports what one `analyze` run writes."""
    from wirecheck.ingest import ingest_paths
    from wirecheck.settings import Settings

    examples = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    with Store(tmp_path / "w.db") as s:
        ingest_paths([examples], s, Settings(workers=1, quiet=True), batch_size=8)
        exported = io.StringIO()
        s.export("json", exported)
    ours, theirs = json.loads(exported.getvalue()), example_analysis.to_dict()
    jsonschema.validate(ours, SCHEMA)
    for key in ("articles", "entities", "quotes", "times", "quantities", "events", "stories",
                "findings"):  # fmt: skip

        def canon(records: list[dict[str, object]]) -> list[str]:
            return sorted(json.dumps(r, sort_keys=True) for r in records)

        assert canon(ours[key]) == canon(theirs[key]), key
