"""Small invented analyses written by hand for the store, API and web tests (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

from wirecheck.model import (
    Analysis,
    Article,
    Entity,
    Event,
    Evidence,
    Finding,
    Mention,
    Quantity,
    Quote,
    Span,
    Story,
    Time,
    article_id,
)
from wirecheck.store import Store

PLANET = (
    "About 40 ministers joined the video call on Saturday to press for an aid corridor. "
    "“We cannot allow the fighting to close the last open road,” Eklund told reporters.\n\n"
    "Officials will meet again in Geneva on Tuesday."
)
GAZETTE = (
    "Ministers from 35 nations took part in the call, which Geneva hosted. "
    "“We cannot let the fighting close the last open road,” Eklund said.\n\n"
    "The envoy saw the president on Tuesday."
)
QUAKE = (
    "An earthquake struck eastern Turkey on Sunday, killing 11 people, officials said. "
    "Rescuers searched the rubble in Malatya."
)


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _article(text: str, source: str, title: str, published: str) -> Article:
    return Article(
        id=article_id(text),
        path=f"{source.lower().replace(' ', '-')}.txt",
        text=text,
        source=source,
        title=title,
        published=published,
        byline=["Jane Roe"],
    )


def _layers(article: Article, count: str, counted: str, bounds: tuple[float, float, float]) -> None:
    text, aid = article.text, article.id
    start, end = _at(text, "Eklund")
    article.mentions = [Mention(aid, start, end, "Eklund", "PERSON", entity="e:eklund")]
    g_start, g_end = _at(text, "Geneva")
    article.mentions.append(Mention(aid, g_start, g_end, "Geneva", "GPE", entity="e:geneva"))
    q_start = text.index("“") + 1
    q_end = text.index("”")
    article.quotes = [
        Quote(f"{aid}:q:{q_start}", aid, q_start, q_end, text[q_start:q_end], "direct",
              speaker="e:eklund", speaker_text="Eklund", speaker_start=start, speaker_end=end)
    ]  # fmt: skip
    n_start, n_end = _at(text, count)
    article.quantities = [
        Quantity(f"{aid}:n:{n_start}", aid, n_start, n_end, count, *bounds, None, counted)
    ]
    t_start, t_end = _at(text, "Tuesday")
    article.times = [
        Time(f"{aid}:t:{t_start}", aid, t_start, t_end, "Tuesday", "DATE", "2024-11-05",
             "2024-11-02")
    ]  # fmt: skip
    v_start, v_end = _at(text, "call")
    article.events = [
        Event(
            f"{aid}:v:{v_start}",
            aid,
            v_start,
            v_end,
            "CONSULT",
            "call",
            ["e:eklund"],
            time="2024-11-02",
            place="e:geneva",
        )  # fmt: skip
    ]


def sudan_analysis() -> Analysis:
    """Two outlets on one call (a conflict, an agreement, a unique) and a quake story."""
    planet = _article(PLANET, "Daily Planet", "Ministers press for aid corridor",
                      "2024-11-02T18:40:00")  # fmt: skip
    gazette = _article(GAZETTE, "Gazette", "Ministers from 35 nations on call",
                       "2024-11-03T09:00:00")  # fmt: skip
    quake = _article(QUAKE, "Ledger", "Quake kills 11", "2024-11-10T06:00:00")
    _layers(planet, "About 40 ministers", "minister", (40, 36, 44))
    _layers(gazette, "35 nations", "nation", (35, 35, 35))
    story = Story(f"s:{planet.id}", "Ministers press for aid corridor",
                  [planet.id, gazette.id], ["Daily Planet", "Gazette"],
                  "2024-11-02T18:40:00", "2024-11-03T09:00:00")  # fmt: skip
    quake_story = Story(f"s:{quake.id}", "Quake kills 11", [quake.id], ["Ledger"],
                        "2024-11-10T06:00:00", "2024-11-10T06:00:00")  # fmt: skip
    return Analysis(
        articles=[planet, gazette, quake],
        entities=_entities(planet, gazette),
        stories=[story, quake_story],
        findings=_findings(story.id, planet, gazette),
        generated="2024-11-10T00:00:00+00:00",
    )


def _entities(*articles: Article) -> list[Entity]:
    def spans(entity: str) -> list[Span]:
        return [Span(m.article, m.start, m.end) for a in articles for m in a.mentions
                if m.entity == entity]  # fmt: skip

    return [
        Entity("e:eklund", "Lars Eklund", "PERSON", None, ["Eklund"], ["U.N. envoy"],
               spans("e:eklund")),
        Entity("e:geneva", "Geneva", "GPE", None, [], [], spans("e:geneva")),
    ]  # fmt: skip


def _sentence(article: Article, phrase: str) -> Evidence:
    start = article.text.index(phrase)
    end = article.text.index(".", start) + 1
    return Evidence(article.id, start, end, article.text[start:end], None)


def _findings(story: str, planet: Article, gazette: Article) -> list[Finding]:
    conflict = [_sentence(planet, "About 40"), _sentence(gazette, "Ministers from 35")]
    conflict[0].value, conflict[1].value = "40 (36-44)", "35"
    quote = [
        Evidence(q.article, q.start, q.end, q.text, "Lars Eklund")
        for q in (planet.quotes[0], gazette.quotes[0])
    ]
    unique = [_sentence(planet, "Officials will meet")]
    unique[0].value = "2024-11-05"
    return [
        Finding("f:conflict", story, "conflict", "participants",
                "How many took part: about 40 (Daily Planet) vs 35 (Gazette)", conflict),
        Finding("f:agree", story, "agree", "quote speaker",
                "Both outlets give the quote to Lars Eklund", quote),
        Finding("f:unique", story, "unique", "meeting date",
                "Only Daily Planet reports a meeting on 2024-11-05", unique),
    ]  # fmt: skip


def plain_article(n: int, body: str | None = None, source: str = "Wire") -> Article:
    """A small distinct article with no layers: for idempotence and crash tests."""
    text = body or f"Article number {n} says that {n} boats left the harbour on Monday."
    return Article(id=article_id(text), path=f"a{n}.txt", text=text, source=source,
                   title=f"Boats {n}", published=f"2024-11-{1 + n % 28:02d}")  # fmt: skip


def everything(store: Store) -> dict[str, list[str]]:
    """Every record, order aside. An entity's mentions and roles are listed in the order their
    articles were stored (a clean run lists them in input order): compared as sets."""
    data = store.load_analysis().to_dict()
    for entity in data["entities"]:
        entity["mentions"] = sorted(json.dumps(m, sort_keys=True) for m in entity["mentions"])
        entity["roles"] = sorted(entity["roles"])
    keys = ("articles", "entities", "quotes", "times", "quantities", "events", "stories",
            "findings")  # fmt: skip
    return {key: sorted(json.dumps(r, sort_keys=True) for r in data[key]) for key in keys}


def entity_moves(store: Store) -> dict[str, str]:
    """Each retired entity id -> the id that took most of its mentions."""
    return dict(store.conn.execute("SELECT old, entity FROM entity_moves").fetchall())


def two_stores(folder: Path, batches: list[list[Article]]) -> tuple[Store, Store]:
    """The same batches ingested and refreshed chunk by chunk, and with everything at once."""
    from wirecheck.store_refresh import refresh, refresh_whole

    chunked, whole = Store(folder / "chunked.db"), Store(folder / "whole.db")
    for batch in batches:
        chunked.ingest(batch)
        refresh(chunked)
        whole.ingest(batch)
        refresh_whole(whole)
    return chunked, whole
