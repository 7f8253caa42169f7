"""The chunked refresh: the same store as a refresh with every article in memory, while it
holds only a few articles with their layers at a time."""

from __future__ import annotations

import datetime as dt
import weakref
from pathlib import Path

import pytest

import wirecheck.store_cluster
import wirecheck.store_refresh
import wirecheck.store_resolve
from tests.storedata import entity_moves, everything, two_stores
from wirecheck.model import Article, Mention, Quantity, article_id
from wirecheck.store import Store
from wirecheck.store_refresh import refresh

OUTLETS = ("Alden Post", "Coast Wire", "Halden Courier")
FIRST_NAMES = ("Maren", "Ivar", "Sigrun", "Odd", "Liv", "Arne", "Tove", "Eskil")
TOWNS = ("Port Alden", "Brenmouth", "Halden", "Skarvik", "Ostrell", "Marnby", "Tolvey", "Casterby")


def report(n: int) -> Article:
    """One of eight invented events (a dam closed in a town), told by three outlets, a week
    apart per event; the inspector's full name is given by the first outlet only."""
    event, outlet = divmod(n, 3)
    town = TOWNS[event]
    inspector = f"{FIRST_NAMES[event]} Tollefsen" if outlet == 0 else "Tollefsen"
    published = dt.datetime(2024, 9, 2, 8 + outlet) + dt.timedelta(days=7 * event)
    text = (
        f"Engineers closed the {town} dam on Monday after inspector {inspector} found cracks "
        f"in its spillway; {outlet + event + 20} homes below it were told to prepare to leave. "
        f"The {OUTLETS[outlet]} spoke to residents in {town} about the {event + 1}th closure."
    )
    aid = article_id(text)
    mentions = []
    for local, name, kind in ((0, inspector, "PERSON"), (1, town, "GPE")):
        start = text.index(name)
        mentions.append(
            Mention(aid, start, start + len(name), name, kind, entity=f"{aid}:e:{local}")
        )
    homes = f"{outlet + event + 20} homes"  # the outlets disagree on how many
    start = text.index(homes)
    value = float(outlet + event + 20)
    count = Quantity(f"{aid}:n:{start}", aid, start, start + len(homes), homes, value, value,
                     value, None, "home")  # fmt: skip
    return Article(id=aid, path=f"dam{n}.txt", text=text, source=OUTLETS[outlet],
                   title=f"{town} dam closed", published=published.isoformat(),
                   mentions=mentions, quantities=[count])  # fmt: skip


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks far smaller than the corpus, so every chunk boundary is crossed."""
    monkeypatch.setattr(wirecheck.store_refresh, "READ_CHUNK", 2)
    monkeypatch.setattr(wirecheck.store_refresh, "COMPARE_CHUNK", 1)
    monkeypatch.setattr(wirecheck.store_cluster, "FEED_CHUNK", 2)


@pytest.mark.usefixtures("tiny_chunks")
def test_a_chunked_refresh_equals_a_refresh_of_everything(tmp_path: Path) -> None:
    articles = [report(n) for n in range(24)]
    chunked, whole = two_stores(tmp_path, [articles[:10], articles[10:]])
    assert everything(chunked) == everything(whole)
    assert entity_moves(chunked) == entity_moves(whole)
    names = {e.name for e in chunked.load_analysis().entities}
    assert "Maren Tollefsen" in names and "Tollefsen" not in names  # joined within a week
    assert len(chunked.load_analysis().stories) == 8
    assert {f.kind for f in chunked.load_analysis().findings} >= {"conflict"}


@pytest.mark.usefixtures("tiny_chunks")
def test_a_refresh_holds_a_few_articles_not_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "w.db")
    store.ingest([report(n) for n in range(24)])
    alive = most = 0
    unpack = wirecheck.store_refresh.unpack_article

    def gone() -> None:
        nonlocal alive
        alive -= 1

    def counted(blob: bytes) -> Article:
        nonlocal alive, most
        article = unpack(blob)
        weakref.finalize(article, gone)
        alive += 1
        most = max(most, alive)
        return article

    monkeypatch.setattr(wirecheck.store_refresh, "unpack_article", counted)
    monkeypatch.setattr(wirecheck.store_resolve, "unpack_article", counted)
    refresh(store)
    assert store.counts()["findings"] > 0
    # One story's three reports with their chunk's neighbours at most: never all 24.
    assert 2 <= most <= 6
