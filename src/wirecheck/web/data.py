"""What each page shows, read from the store once and shared by its HTML and JSON forms."""

from __future__ import annotations

from typing import Any

from wirecheck import store_query
from wirecheck.model import Article
from wirecheck.store import Store
from wirecheck.store_codec import entity_from_row
from wirecheck.store_read import entity_names, load_findings, load_stories
from wirecheck.web import highlight, views

MAX_MEMBERS = 200  # member articles loaded whole on a story page; the rest are listed
MAX_ROWS = 200  # mentions or quotes listed on an entity page


def meta(article: Article) -> dict[str, Any]:
    """An article's metadata without its text: for lists and story pages."""
    keys = ("id", "title", "source", "agency", "published", "updated", "url", "dateline",
            "byline", "language", "syndicated_of")  # fmt: skip
    return {k: getattr(article, k) for k in keys}


def story_page(store: Store, story_id: str) -> dict[str, Any] | None:
    stories = load_stories(store.conn, [story_id])
    if not stories:
        return None
    story = stories[0]
    members = store.articles(story.articles[:MAX_MEMBERS])
    findings = load_findings(store.conn, story.id)
    names = entity_names(store.conn, [ref for a in members for ref in a.entity_refs()])
    view = views.story_view(story, members, findings, names)
    view["more_articles"] = max(0, len(story.articles) - MAX_MEMBERS)
    view["names"] = names
    return view


def story_json(view: dict[str, Any]) -> dict[str, Any]:
    return {
        "story": view["story"].to_dict(),
        "articles": [meta(a) for a in view["members"]],
        "more_articles": view["more_articles"],
        "outlets": view["columns"],
        "counts": view["counts"],
        "findings": [{**fv.finding.to_dict(), "outlets": fv.cells} for fv in view["findings"]],
        "quotes": [q.to_dict() for a in view["members"] for q in a.quotes],
        "events": [v.to_dict() for a in view["members"] for v in a.events],
        "entities": view["names"],
    }


def article_page(store: Store, article_id: str, shown: set[str]) -> dict[str, Any] | None:
    found = store.articles([article_id])
    if not found:
        return None
    article = found[0]
    names = entity_names(store.conn, list(article.entity_refs()))
    layers = highlight.spans_of(article, names)
    return {
        "article": article,
        "names": names,
        "runs": highlight.runs(article.text, layers, shown),
        "counts": highlight.counts(layers),
        "shown": shown,
        "stories": store_query.stories_of_articles(store.conn, [article.id]),
    }


def article_json(page: dict[str, Any]) -> dict[str, Any]:
    article: Article = page["article"]
    return {
        "article": article.to_dict(),
        "mentions": [m.to_dict() for m in article.mentions],
        "quotes": [q.to_dict() for q in article.quotes],
        "times": [t.to_dict() for t in article.times],
        "quantities": [n.to_dict() for n in article.quantities],
        "events": [v.to_dict() for v in article.events],
        "entities": page["names"],
        "stories": page["stories"],
    }


def entity_page(store: Store, entity_id: str) -> dict[str, Any] | None:
    conn = store.conn
    # A link saved before a refresh merged or renamed the entity still leads to it.
    entity_id = store_query.current_entity(conn, entity_id) or entity_id
    row = conn.execute(
        "SELECT id, name, type, code, aliases, roles FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return None
    entity = entity_from_row(row, [])  # mentions: a bounded page of them, with context
    return {
        "entity": entity,
        "mentions": store_query.entity_mentions(conn, entity_id, MAX_ROWS),
        "mention_total": _mention_total(store, entity_id),
        "outlets": store_query.entity_outlets(conn, entity_id),
        "quotes": store_query.quotes_by(conn, entity_id, MAX_ROWS),
        "stories": store_query.stories_of_articles(
            conn, store_query.entity_article_ids(conn, entity_id)
        ),
    }


def _mention_total(store: Store, entity_id: str) -> int:
    sql = "SELECT COUNT(*) FROM entity_mentions WHERE entity = ?"
    return int(store.conn.execute(sql, (entity_id,)).fetchone()[0])


def entity_json(page: dict[str, Any]) -> dict[str, Any]:
    entity = page["entity"].to_dict()
    entity.pop("mentions")
    return {
        "entity": entity,
        "mention_total": page["mention_total"],
        "mentions": page["mentions"],
        "outlets": page["outlets"],
        "quotes": page["quotes"],
        "stories": page["stories"],
    }


def search_json(store: Store, q: str, limit: int) -> dict[str, Any]:
    found = store.search(q, limit)
    for row in (*found["articles"], *found["quotes"]):
        row["snippet"] = _plain_snippet(row["snippet"])
    return {"q": q, **found}


def _plain_snippet(snippet: str) -> str:
    """JSON clients get the matched words in [brackets] instead of our control marks."""
    return snippet.replace(store_query.HIT_OPEN, "[").replace(store_query.HIT_CLOSE, "]")


def snippet_pieces(snippet: str) -> list[views.Piece]:
    """A search snippet as plain and marked pieces, for the template to escape."""
    pieces = []
    for i, part in enumerate(snippet.split(store_query.HIT_OPEN)):
        text, _, rest = part.partition(store_query.HIT_CLOSE) if i else ("", "", part)
        if text:
            pieces.append(views.Piece(text, mark=True))
        if rest:
            pieces.append(views.Piece(rest))
    return pieces
