"""Resolution over a store: referents kept in a temporary table, entities written as built,
and the ids a refresh retires handed to the entities that took their mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecheck.store_refresh
from tests.storedata import plain_article
from wirecheck.corpus.referents import local_entities
from wirecheck.model import Article, Entity, Mention, Span, article_id
from wirecheck.store import Store
from wirecheck.store_resolve import StoredLocals, begin_temp, end_temp
from wirecheck.store_write import retire_entities, write_entity


def _named(text: str, *names: tuple[str, str]) -> Article:
    aid = article_id(text)
    mentions = []
    for number, (name, kind) in enumerate(names):
        start = text.index(name)
        mentions.append(
            Mention(aid, start, start + len(name), name, kind, entity=f"{aid}:e:{number}")
        )
    return Article(
        id=aid, path=f"{aid}.txt", text=text, source="Harbour Gazette", mentions=mentions
    )


def test_stored_locals_read_back_as_they_were_put(tmp_path: Path) -> None:
    articles = [
        _named("Harbourmaster Ilse Varga closed the Brenmouth quay.", ("Ilse Varga", "PERSON"),
               ("Brenmouth", "GPE")),
        _named("Varga said the Brenmouth Port Authority would pay.", ("Varga", "PERSON"),
               ("Brenmouth Port Authority", "ORG")),
    ]  # fmt: skip
    locals_ = local_entities(articles)
    with Store(tmp_path / "w.db") as store:
        begin_temp(store.conn)
        stored = StoredLocals(store.conn)
        stored.extend(locals_[:1])
        stored.extend(locals_[1:])
        assert len(stored) == len(locals_) == 4
        assert list(stored) == locals_
        assert stored[2] == locals_[2] and stored[-1] == locals_[-1]
        assert stored[1:3] == locals_[1:3]
        assert stored[0].person is not None and stored[0].person.last == "varga"
        with pytest.raises(IndexError):
            stored[4]
        end_temp(store.conn)


def test_a_retired_entity_leads_to_the_one_holding_most_of_its_mentions(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        a, b = plain_article(1), plain_article(2)
        store.ingest([a, b])
        conn = store.conn

        def entity(eid: str, *spans: tuple[str, int]) -> Entity:
            return Entity(eid, eid, "PERSON", mentions=[Span(art, s, s + 4) for art, s in spans])

        # Two old ids, written before a refresh splits and merges their mentions.
        write_entity(conn, entity("e:old1", (a.id, 0), (a.id, 10), (b.id, 5)), 0, None)
        write_entity(conn, entity("e:old2", (b.id, 20), (b.id, 30), (a.id, 40)), 1, None)
        # e:old1's mentions: one to each of two new ids, a tie that its first mention breaks;
        # e:old2's: two to e:ann, one to e:bo; e:old1's third mention went to no one.
        write_entity(conn, entity("e:ann", (a.id, 10), (b.id, 20), (b.id, 30)), 2, None)
        write_entity(conn, entity("e:bo", (a.id, 0), (a.id, 40)), 3, None)
        assert retire_entities(conn, ["e:old1", "e:old2"]) == 2
        moves = dict(conn.execute("SELECT old, entity FROM entity_moves").fetchall())
        assert moves == {"e:old1": "e:bo", "e:old2": "e:ann"}
        left = {row[0] for row in conn.execute("SELECT DISTINCT entity FROM entity_mentions")}
        assert left == {"e:ann", "e:bo"}  # the retired ids' mentions went with them
        assert retire_entities(conn, []) == 0


def test_a_surname_met_before_the_full_name_moves_in_both_refreshes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.storedata import entity_moves, everything, two_stores
    from tests.test_store_refresh import report

    monkeypatch.setattr(wirecheck.store_refresh, "READ_CHUNK", 2)
    reports = [report(n) for n in range(24)]
    # The first ingest holds two reports naming the inspector "Tollefsen" only; the second
    # brings "Maren Tollefsen", whose entity takes over the bare surname's id.
    chunked, whole = two_stores(tmp_path, [reports[1:3], reports[:1] + reports[3:]])
    assert everything(chunked) == everything(whole)
    moves = entity_moves(chunked)
    assert len(moves) == 1 and moves == entity_moves(whole)
    (heir,) = moves.values()
    names = {e.id: e.name for e in chunked.load_analysis().entities}
    assert names[heir] == "Maren Tollefsen"
    temporary = chunked.conn.execute("SELECT name FROM sqlite_temp_master").fetchall()
    assert temporary == []  # the refresh's referents and id map are gone with it
