"""Incremental story updates: new articles join the stored story index, and only the stories
they touch are re-compared; the store ends where one clean refresh of every article ends."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.storedata import entity_moves, everything, two_stores
from wirecheck.model import Analysis, Article, Quantity, article_id
from wirecheck.store import Store
from wirecheck.store_cluster import CLUSTERED
from wirecheck.store_schema import get_meta

# Four short reports of our own: two outlets on a fire, two on a trial, each giving a count.
FIRE_POST = (
    "A fire at the Kestrel Quay grain terminal in Port Alden killed 12 dock workers on Monday, "
    "the harbour master said. Crews from Brenmouth fought the blaze for six hours."
)
FIRE_WIRE = (
    "Fourteen people died when flames swept through grain silos at Kestrel Quay in Port Alden "
    "early on Monday, according to the Alden fire service, which sent 40 engines."
)
TRIAL_COURIER = (
    "Corvin Maltby, who founded the lender Ashgrove Credit, went on trial in Halden on Monday. "
    "Prosecutors say 300 investors lost their savings when the firm collapsed."
)
TRIAL_LEDGER = (
    "Savers who lost money in the collapse of Ashgrove Credit packed the Halden court as its "
    "founder Corvin Maltby denied fraud; his lawyers said 350 investors had been repaid."
)


def article(text: str, count: str, counted: str, source: str, published: str) -> Article:
    aid = article_id(text)
    start = text.index(count)
    value = float(count.split()[0]) if count[0].isdigit() else 14.0
    quantity = Quantity(f"{aid}:n:{start}", aid, start, start + len(count), count, value,
                        value, value, None, counted)  # fmt: skip
    return Article(id=aid, path=f"{source}.txt", text=text, source=source,
                   title=text.split(",")[0][:60], published=published,
                   quantities=[quantity])  # fmt: skip


def corpus() -> list[Article]:
    return [
        article(FIRE_POST, "12 dock workers", "worker", "Alden Post", "2024-11-04T09:00:00"),
        article(
            TRIAL_COURIER, "300 investors", "investor", "Halden Courier", "2024-11-04T11:00:00"
        ),
        article(FIRE_WIRE, "Fourteen people", "people", "Coast Wire", "2024-11-04T15:00:00"),
        article(TRIAL_LEDGER, "350 investors", "investor", "Ledger", "2024-11-05T08:00:00"),
    ]


def snapshot(store: Store) -> dict[str, list[str]]:
    data = store.load_analysis().to_dict()
    return {key: sorted(json.dumps(r, sort_keys=True) for r in data[key])
            for key in ("stories", "findings")}  # fmt: skip


def log_finding_writes(conn: sqlite3.Connection) -> None:
    """Temporary triggers that note every row written in findings and evidence."""
    conn.execute("CREATE TEMP TABLE writes(tbl TEXT, story TEXT)")
    for verb, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        conn.execute(
            f"CREATE TEMP TRIGGER f_{verb} AFTER {verb} ON main.findings "
            f"BEGIN INSERT INTO writes VALUES ('findings', {row}.story); END"
        )
        conn.execute(f"CREATE TEMP TRIGGER e_{verb} AFTER {verb} ON main.evidence BEGIN "
                     f"INSERT INTO writes SELECT 'evidence', story FROM findings "
                     f"WHERE id = {row}.finding; END")  # fmt: skip


def test_a_later_article_joins_its_story_and_only_that_story_is_rewritten(tmp_path: Path) -> None:
    articles = corpus()
    clean = Store(tmp_path / "clean.db")
    clean.ingest(articles)
    clean.refresh()
    assert len(clean.load_analysis().stories) == 2  # a fire and a trial

    store = Store(tmp_path / "w.db")
    store.ingest(articles[:3])
    store.refresh()
    fire = next(s for s in store.load_analysis().stories if articles[0].id in s.articles)
    log_finding_writes(store.conn)
    store.ingest(articles[3:])
    touched = store.refresh()

    assert get_meta(store.conn, CLUSTERED) == "incremental"
    assert fire.id not in touched and len(touched) == 1
    written = {story for _, story in store.conn.execute("SELECT * FROM writes")}
    assert written and fire.id not in written  # the fire story's rows were left alone
    assert snapshot(store) == snapshot(clean)


def test_an_older_article_rebuilds_the_index_and_still_equals_a_clean_run(tmp_path: Path) -> None:
    articles = corpus()
    clean = Store(tmp_path / "clean.db")
    clean.ingest(articles)
    clean.refresh()
    store = Store(tmp_path / "w.db")
    store.ingest(articles[1:])
    store.refresh()
    store.ingest(articles[:1])  # published before everything clustered so far
    store.refresh()
    assert get_meta(store.conn, CLUSTERED) == "new articles are older than clustered ones"
    assert snapshot(store) == snapshot(clean)


def test_stories_written_from_an_analysis_make_the_next_refresh_rebuild(tmp_path: Path) -> None:
    articles = corpus()
    store = Store(tmp_path / "w.db")
    store.ingest(articles[:2])
    store.refresh()
    analysis = store.load_analysis()
    store.ingest(Analysis(articles=analysis.articles, stories=analysis.stories[:1]))
    store.ingest(articles[2:])
    store.refresh()
    assert get_meta(store.conn, CLUSTERED) == "no stored index"


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    """The example corpus read and annotated (no corpus stages): what a store keeps raw."""
    from wirecheck.run import annotate, read_inputs
    from wirecheck.settings import Settings

    settings = Settings(workers=1, quiet=True)
    intake = read_inputs([Path(__file__).resolve().parents[1] / "examples" / "corpus"], settings)
    annotate(intake.articles, settings)
    return intake.articles


@pytest.mark.slow
@pytest.mark.parametrize("later_half_first", [False, True])
def test_example_corpus_in_two_ingests_equals_one(
    tmp_path: Path, example_articles: list[Article], later_half_first: bool
) -> None:
    from wirecheck.corpus.story_signals import arrival_order

    early = {a.id for a in arrival_order(example_articles)[: len(example_articles) // 2]}
    halves = [[a for a in example_articles if (a.id in early) != flag] for flag in (False, True)]
    if later_half_first:
        halves.reverse()
    clean = Store(tmp_path / "clean.db")
    clean.ingest(example_articles)
    clean.refresh()
    store = Store(tmp_path / "w.db")
    for half in halves:
        store.ingest(half)
        store.refresh()
    assert everything(store) == everything(clean)
    assert len(store.load_analysis().findings) > 20


def test_an_entity_id_replaced_by_a_refresh_still_leads_to_its_entity(tmp_path: Path) -> None:
    from wirecheck.model import Mention
    from wirecheck.store_query import current_entity

    def named(text: str, name: str, published: str) -> Article:
        aid = article_id(text)
        start = text.index(name)
        mention = Mention(aid, start, start + len(name), name, "PERSON", entity=f"{aid}:e:0")
        return Article(id=aid, path=f"{aid}.txt", text=text, source=aid[:4],
                       published=published, mentions=[mention])  # fmt: skip

    store = Store(tmp_path / "w.db")
    store.ingest([named("Maltby spoke to the court in Halden.", "Maltby", "2024-11-04")])
    store.refresh()
    (short,) = store.load_analysis().entities
    text = "Corvin Maltby left the court in Halden."
    store.ingest([named(text, "Corvin Maltby", "2024-11-05")])
    store.refresh()
    (full,) = store.load_analysis().entities  # one person, now under the fuller name
    assert full.name == "Corvin Maltby" and full.id != short.id
    assert current_entity(store.conn, short.id) == full.id
    assert current_entity(store.conn, full.id) == full.id
    assert current_entity(store.conn, "e:unknown") is None
    from wirecheck.web.data import entity_page

    page = entity_page(store, short.id)  # an old link opens the entity under its new id
    assert page is not None and page["entity"].id == full.id


@pytest.mark.slow
def test_the_example_corpus_refreshed_in_chunks_equals_one_refresh(
    tmp_path: Path, example_articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirecheck.store_cluster
    import wirecheck.store_refresh

    # Chunks far smaller than the corpus, so every chunk boundary is crossed.
    monkeypatch.setattr(wirecheck.store_refresh, "READ_CHUNK", 3)
    monkeypatch.setattr(wirecheck.store_refresh, "COMPARE_CHUNK", 1)
    monkeypatch.setattr(wirecheck.store_cluster, "FEED_CHUNK", 2)
    half = len(example_articles) // 2
    chunked, whole = two_stores(tmp_path, [example_articles[:half], example_articles[half:]])
    assert everything(chunked) == everything(whole)
    assert entity_moves(chunked) == entity_moves(whole)
    assert len(chunked.load_analysis().findings) > 20
