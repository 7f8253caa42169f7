"""Validated path and query parameters, and the per-request store, shared by both routers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request

from wirecheck.store import Store
from wirecheck.store_query import StoryFilter

ARTICLE_ID = r"^[0-9a-f]{16}$"
# Story and entity ids are made by the corpus stages: keep them to a safe, short alphabet.
RECORD_ID = r"^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$"
_OPTIONAL_ID = r"^$|^[A-Za-z0-9][A-Za-z0-9:._-]{0,127}$"
_OPTIONAL_DATE = r"^$|^\d{4}-\d{2}-\d{2}$"

ArticleId = Annotated[str, Path(pattern=ARTICLE_ID, description="16 hex digits")]
StoryId = Annotated[str, Path(pattern=RECORD_ID, description="s: and its first article's id")]
EntityId = Annotated[str, Path(pattern=RECORD_ID)]
SearchText = Annotated[str, Query(min_length=1, max_length=200, description="words to find")]
Limit = Annotated[int, Query(ge=1, le=200)]


def open_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request: readers never take the writer's lock."""
    store = Store(request.app.state.config.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


ReadStore = Annotated[Store, Depends(open_store)]


def story_filter(
    q: Annotated[str | None, Query(max_length=200, description="words in the articles")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    entity: Annotated[str | None, Query(pattern=_OPTIONAL_ID, description="entity id")] = None,
    since: Annotated[str | None, Query(pattern=_OPTIONAL_DATE, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(pattern=_OPTIONAL_DATE, description="YYYY-MM-DD")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> StoryFilter:
    """The story list's filters; empty form fields mean 'no filter'."""
    return StoryFilter(
        q=(q or "").strip() or None,
        outlet=outlet or None,
        entity=entity or None,
        since=_date(since, "since"),
        until=_date(until, "until"),
        limit=limit,
        offset=offset,
    )


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be a real date like 2024-11-02") from None


Filter = Annotated[StoryFilter, Depends(story_filter)]
