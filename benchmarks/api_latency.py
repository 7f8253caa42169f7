"""Story page latency on a store of generated articles (default 10k); prints one JSON object.

The store is filled with synthesised records (articles with all five layers, entities,
stories of 3-6 outlets, findings with evidence), not with spaCy's output: this measures the
store and the web layer. The server runs under uvicorn on 127.0.0.1 in this process; an
httpx client requests random story pages one after another over loopback.

    .venv/bin/python benchmarks/api_latency.py [--articles 10000] [--requests 500]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import tempfile
import threading
import time
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

OUTLETS = ["Daily Planet", "Gazette", "Ledger", "Courier", "Northline", "Meridian", "Lantern",
           "Harbor Ledger", "Thameside", "Reuters", "AP", "AFP"]  # fmt: skip
PLACES = ["Geneva", "Nairobi", "Ankara", "Brest", "Cairo", "Lima", "Oslo", "Hanoi", "Quito"]
PEOPLE = ["Lars Eklund", "Amina Odhiambo", "Kemal Arslan", "Marie Le Goff", "Omar Haddad",
          "Rosa Quispe", "Ingrid Dahl", "Tran Van Minh", "Lucia Paredes"]  # fmt: skip
VERBS = [("CONSULT", "met"), ("PROTEST", "marched"), ("ASSAULT", "attacked"),
         ("AGREE", "agreed"), ("INVESTIGATE", "investigated")]  # fmt: skip


def synth_story(n: int, rng: random.Random) -> tuple[list[Article], list[Entity], Story,
                                                      list[Finding]]:  # fmt: skip
    """One story covered by 3-6 outlets, each article with every layer filled."""
    place, person = rng.choice(PLACES), rng.choice(PEOPLE)
    kind, verb = rng.choice(VERBS)
    day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
    outlets = rng.sample(OUTLETS, rng.randint(3, 6))
    base = rng.randint(10, 500)
    articles = []
    for i, outlet in enumerate(outlets):
        count = base + rng.choice([0, 0, 0, rng.randint(1, 40)])
        text = (
            f"About {count} people {verb} in {place} on Tuesday, officials said in story {n}. "
            f"“We will not stop until the talks resume,” {person} told reporters after the "
            f"meeting, which lasted {rng.randint(2, 9)} hours.\n\n"
            + " ".join(f"Paragraph {k} of report {n}-{i} adds detail number {rng.random():.6f}."
                       for k in range(rng.randint(8, 20)))
        )  # fmt: skip
        articles.append(
            _article(
                text,
                outlet,
                f"{place}: {count} {verb} ({n})",
                f"{day}T{8 + i:02d}:00:00",
                person,
                place,
                kind,
                verb,
                count,
            )
        )
    ids = [a.id for a in articles]
    story = Story(f"s:{ids[0]}", articles[0].title, ids, outlets, articles[0].published,
                  articles[-1].published)  # fmt: skip
    entities = [Entity(f"e:{n}:p", person, "PERSON", mentions=_spans(articles, "p")),
                Entity(f"e:{n}:g", place, "GPE", mentions=_spans(articles, "g"))]  # fmt: skip
    return articles, entities, story, _findings(story, articles)


def _article(text: str, outlet: str, title: str, published: str, person: str, place: str,
             kind: str, verb: str, count: int) -> Article:  # fmt: skip
    aid = article_id(text)
    a = Article(id=aid, path=f"synth/{aid}.txt", text=text, source=outlet, title=title,
                published=published, byline=["Staff"])  # fmt: skip
    p, g, v = text.index(person), text.index(place), text.index(verb)
    n0 = text.index("About")
    n1 = text.index(" people") + 7
    q0, q1 = text.index("“") + 1, text.index("”")
    t0 = text.index("Tuesday")
    a.mentions = [Mention(aid, p, p + len(person), person, "PERSON", entity="p"),
                  Mention(aid, g, g + len(place), place, "GPE", entity="g")]  # fmt: skip
    a.quotes = [
        Quote(
            f"{aid}:q:{q0}",
            aid,
            q0,
            q1,
            text[q0:q1],
            "direct",
            speaker="p",
            speaker_text=person,
            speaker_start=p,
            speaker_end=p + len(person),
        )
    ]
    a.times = [Time(f"{aid}:t:{t0}", aid, t0, t0 + 7, "Tuesday", "DATE", published[:10],
                    published[:10])]  # fmt: skip
    a.quantities = [Quantity(f"{aid}:n:{n0}", aid, n0, n1, text[n0:n1], count, count * 0.9,
                             count * 1.1, None, "person")]  # fmt: skip
    a.events = [Event(f"{aid}:v:{v}", aid, v, v + len(verb), kind, verb, ["p"],
                      time=published[:10], place="g")]  # fmt: skip
    return a


def _spans(articles: list[Article], key: str) -> list[Span]:
    return [Span(m.article, m.start, m.end) for a in articles for m in a.mentions
            if m.entity == key]  # fmt: skip


def _findings(story: Story, articles: list[Article]) -> list[Finding]:
    def sentence(a: Article) -> Evidence:
        end = a.text.index(".") + 1
        return Evidence(a.id, 0, end, a.text[:end], f"{a.quantities[0].value:g}")

    values = {a.quantities[0].value for a in articles}
    kind = "conflict" if len(values) > 1 else "agree"
    quote = [Evidence(a.id, q.start, q.end, q.text, q.speaker_text)
             for a in articles for q in a.quotes]  # fmt: skip
    last = articles[-1]
    return [
        Finding(f"f:{story.id}:n", story.id, kind, "participants", "How many took part",
                [sentence(a) for a in articles]),
        Finding(f"f:{story.id}:q", story.id, "agree", "quote speaker", "Same speaker", quote),
        Finding(f"f:{story.id}:u", story.id, "unique", "duration", "Only one outlet",
                [Evidence(last.id, last.quotes[0].end, last.quotes[0].end + 40,
                          last.text[last.quotes[0].end : last.quotes[0].end + 40], "hours")]),
    ]  # fmt: skip


def fill(db: Path, n_articles: int, seed: int = 7) -> tuple[list[str], float]:
    """Write stories until the store holds n_articles; return story ids and seconds taken."""
    rng = random.Random(seed)
    stories: list[str] = []
    started = time.perf_counter()
    total = 0
    with Store(db) as store:
        while total < n_articles:
            chunk = Analysis()
            while total < n_articles and len(chunk.articles) < 500:
                story_id, added = add_story(chunk, len(stories), rng)
                stories.append(story_id)
                total += added
            store.ingest(chunk)
    return stories, time.perf_counter() - started


def add_story(chunk: Analysis, n: int, rng: random.Random) -> tuple[str, int]:
    """Synthesise story `n` into `chunk`; returns its id and how many articles it added."""
    articles, entities, story, findings = synth_story(n, rng)
    for a in articles:  # entity ids are per story in this synthetic corpus
        for m in a.mentions:
            m.entity = f"e:{n}:{m.entity}"
        for q in a.quotes:
            q.speaker = f"e:{n}:p"
        for v in a.events:
            v.actors, v.place = [f"e:{n}:p"], f"e:{n}:g"
    chunk.articles += articles
    chunk.entities += entities
    chunk.stories.append(story)
    chunk.findings += findings
    return story.id, len(articles)


def serve(db: Path) -> tuple[object, threading.Thread, str]:
    import uvicorn

    from wirecheck.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def measure(client: object, urls: list[str]) -> dict[str, float]:
    timings = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return {
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
        "p99_ms": round(timings[int(0.99 * (len(timings) - 1))], 2),
        "mean_ms": round(statistics.fmean(timings), 2),
        "requests": len(timings),
    }


def main() -> None:
    import httpx

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        story_ids, fill_s = fill(db, args.articles)
        server, thread, base = serve(db)
        rng = random.Random(11)
        pick = [rng.choice(story_ids) for _ in range(args.requests)]
        with httpx.Client(base_url=base, timeout=30) as client:
            measure(client, [f"/stories/{s}" for s in pick[:50]])  # warm up
            result = {
                "articles": args.articles,
                "stories": len(story_ids),
                "db_mb": round(db.stat().st_size / 2**20, 1),
                "fill_s": round(fill_s, 1),
                "story_page_html": measure(client, [f"/stories/{s}" for s in pick]),
                "story_json": measure(client, [f"/api/stories/{s}" for s in pick]),
                "story_list_html": measure(client, ["/"] * min(200, args.requests)),
                "search_json": measure(client, ["/api/search?q=officials talks"] * 100),
            }
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
