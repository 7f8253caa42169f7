"""Server-rendered HTML pages; each has a JSON twin under /api with the same data."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from wirecheck import store_query
from wirecheck.store_query import StoryFilter
from wirecheck.web import data
from wirecheck.web.app import render
from wirecheck.web.highlight import LAYERS
from wirecheck.web.params import ArticleId, EntityId, Filter, ReadStore, StoryId

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
_LAYER_LIST = r"^[a-z,]{0,80}$"


@router.get("/")
def index(request: Request, store: ReadStore, flt: Filter) -> HTMLResponse:
    rows, total = store.stories(flt)
    return render(
        request, "index.html", stories=rows, total=total, flt=flt,
        outlets=store_query.outlets(store.conn), counts=store.counts(),
        prev_link=_page_link(flt, flt.offset - flt.limit) if flt.offset > 0 else None,
        next_link=_page_link(flt, flt.offset + flt.limit) if flt.offset + flt.limit < total
        else None, api_link="/api/stories" + _query(flt, flt.offset),
    )  # fmt: skip


def _query(flt: StoryFilter, offset: int) -> str:
    params = {"q": flt.q, "outlet": flt.outlet, "entity": flt.entity, "since": flt.since,
              "until": flt.until, "limit": flt.limit, "offset": max(0, offset)}  # fmt: skip
    kept = {k: v for k, v in params.items() if v not in (None, "", 0)}
    return "?" + urlencode(kept) if kept else ""


def _page_link(flt: StoryFilter, offset: int) -> str:
    return "/" + _query(flt, offset)


@router.get("/stories/{story_id}")
def story(request: Request, store: ReadStore, story_id: StoryId) -> HTMLResponse:
    view = data.story_page(store, story_id)
    if view is None:
        raise HTTPException(404, f"no story {story_id}")
    return render(request, "story.html", view=view, link=web_link)


@router.get("/articles/{article_id}")
def article(
    request: Request,
    store: ReadStore,
    article_id: ArticleId,
    layers: Annotated[str | None, Query(pattern=_LAYER_LIST)] = None,
) -> HTMLResponse:
    shown = set(LAYERS) if layers is None else {x for x in layers.split(",") if x in LAYERS}
    page = data.article_page(store, article_id, shown)
    if page is None:
        raise HTTPException(404, f"no article {article_id}")
    toggles = {layer: ",".join(sorted(shown ^ {layer})) for layer in LAYERS}
    return render(request, "article.html", page=page, layers=LAYERS, toggles=toggles)


@router.get("/entities/{entity_id}")
def entity(request: Request, store: ReadStore, entity_id: EntityId) -> HTMLResponse:
    page = data.entity_page(store, entity_id)
    if page is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return render(request, "entity.html", page=page)


@router.get("/search")
def search(
    request: Request,
    store: ReadStore,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    found = store.search(q) if q.strip() else {"articles": [], "quotes": []}
    for row in (*found["articles"], *found["quotes"]):
        row["pieces"] = data.snippet_pieces(row["snippet"])
    return render(request, "search.html", q=q, found=found)


def web_link(kind: str, record_id: str) -> str:
    """Where a story, article or entity lives on this site (the report links in-page)."""
    from urllib.parse import quote

    return f"/{kind}/{quote(record_id, safe=':')}"
