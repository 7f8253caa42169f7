"""The JSON API: the twin of every HTML page, search, and the one write route."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from wirecheck.web import data
from wirecheck.web.highlight import LAYERS
from wirecheck.web.params import ArticleId, EntityId, Filter, Limit, ReadStore, SearchText, StoryId

router = APIRouter(prefix="/api", tags=["api"])
MAX_TEXT = 1_000_000  # characters of article text accepted by POST /api/articles
Short = Annotated[str | None, Field(default=None, max_length=1000)]


@router.get("/stories", summary="Stories, newest first, with filters and search")
def stories(store: ReadStore, flt: Filter) -> dict[str, Any]:
    rows, total = store.stories(flt)
    return {"total": total, "limit": flt.limit, "offset": flt.offset, "stories": rows}


@router.get("/stories/{story_id}", summary="One story with its findings and evidence")
def story(store: ReadStore, story_id: StoryId) -> dict[str, Any]:
    view = data.story_page(store, story_id)
    if view is None:
        raise HTTPException(404, f"no story {story_id}")
    return data.story_json(view)


@router.get("/articles/{article_id}", summary="One article with all its annotations")
def article(store: ReadStore, article_id: ArticleId) -> dict[str, Any]:
    page = data.article_page(store, article_id, set(LAYERS))
    if page is None:
        raise HTTPException(404, f"no article {article_id}")
    return data.article_json(page)


@router.get("/entities/{entity_id}", summary="One entity with its mentions and quotes")
def entity(store: ReadStore, entity_id: EntityId) -> dict[str, Any]:
    page = data.entity_page(store, entity_id)
    if page is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return data.entity_json(page)


@router.get("/search", summary="Full-text search over article text and quotes")
def search(store: ReadStore, q: SearchText, limit: Limit = 20) -> dict[str, Any]:
    return data.search_json(store, q, limit)


class ArticleIn(BaseModel):
    """An article given whole: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    title: Short = None
    source: Short = None
    agency: Short = None
    section: Short = None
    dateline: Short = None
    url: Annotated[str | None, Field(default=None, max_length=2000, pattern=r"^https?://")] = None
    published: Annotated[str | None, Field(default=None, max_length=40)] = None
    byline: Annotated[list[Annotated[str, Field(max_length=200)]], Field(max_length=50)] = []
    language: Annotated[str | None, Field(default=None, pattern=r"^[a-z]{2}$")] = None


@router.post("/articles", status_code=201, summary="Add an article (needs the write token)")
def post_article(
    request: Request,
    body: ArticleIn,
    response: Response,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    config = request.app.state.config
    _check_token(config.token, authorization)
    from wirecheck.clean import clean
    from wirecheck.ingest import ingest_articles
    from wirecheck.readers.base import Draft
    from wirecheck.store import Store

    draft = Draft(path="api:POST /api/articles", body=body.text, format="api",
                  **body.model_dump(exclude={"text"}))  # fmt: skip
    article = clean(draft)
    if not article.text.strip():
        raise HTTPException(422, "no article text left after cleaning")
    with config.write_lock, Store(config.db_path) as store:
        new = ingest_articles(store, [article])
        stories = data.store_query.stories_of_articles(store.conn, [article.id])
    if not new:
        response.status_code = 200  # stored before: nothing changed
    return {"id": article.id, "created": bool(new), "stories": stories}


def _check_token(expected: str | None, authorization: str | None) -> None:
    """403 when writes are off (no token configured); 401 for a missing or wrong token."""
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with WIRECHECK_TOKEN set")
    scheme, _, given = (authorization or "").partition(" ")
    ok = scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("utf-8"), expected.encode("utf-8")
    )
    if not ok:
        raise HTTPException(
            401, "a valid token is needed: Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )  # fmt: skip
