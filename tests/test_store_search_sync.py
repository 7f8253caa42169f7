"""The quote search index follows the quotes when a refresh rewrites an article's layers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from wirecheck.model import Article, Quote, article_id
from wirecheck.store import Store
from wirecheck.store_codec import layers_hash
from wirecheck.store_write import rewrite_article_layers

TEXT = '"We will rebuild the pier by spring," said harbour master Ines Calder on Friday.'


def quoted_article() -> Article:
    aid = article_id(TEXT)
    quote = Quote(
        id=f"{aid}:q:1", article=aid, start=1, end=35, text=TEXT[1:35], kind="direct",
        speaker="local:1", speaker_text="Ines Calder",
    )  # fmt: skip
    return Article(id=aid, path="pier.txt", text=TEXT, quotes=[quote])


def index_rows(store: Store) -> list[tuple[str, str, str]]:
    sql = "SELECT id, text, speaker_text FROM quote_fts ORDER BY rowid"
    return [tuple(row) for row in store.conn.execute(sql)]


def test_new_speaker_ids_leave_one_index_row_per_quote(tmp_path: Path) -> None:
    article = quoted_article()
    with Store(tmp_path / "s.db") as store:
        store.ingest([article])
        before = index_rows(store)
        moved = dataclasses.replace(article.quotes[0], speaker="e:ines-calder")
        article.quotes = [moved]
        rewrite_article_layers(store.conn, article, layers_hash(article))
        assert index_rows(store) == before == [(moved.id, moved.text, "Ines Calder")]
        speaker = store.conn.execute("SELECT speaker FROM quotes").fetchone()[0]
        assert speaker == "e:ines-calder"


def test_changed_quote_text_is_reindexed(tmp_path: Path) -> None:
    article = quoted_article()
    with Store(tmp_path / "s.db") as store:
        store.ingest([article])
        shorter = dataclasses.replace(article.quotes[0], text="We will rebuild the pier")
        article.quotes = [shorter]
        rewrite_article_layers(store.conn, article, layers_hash(article))
        assert index_rows(store) == [(shorter.id, "We will rebuild the pier", "Ines Calder")]
        found = store.search("rebuild")["quotes"]
        assert len(found) == 1
