"""Story clustering at scale: time and memory at 10k and 100k generated articles.

Usage: python benchmarks/cluster_scale.py [--sizes 10000 100000] [--per-day 300]

Articles are generated at run time from sentence templates written here, recombined with
invented names, places and numbers, so every article is a distinct text. Events of a dozen
kinds happen at a steady rate (`--per-day` articles a day, so 100k articles span about a
year); each event is reported 2-12 times within two days by different outlets, some reports
being aggregator copies of a wire report. No spaCy runs: the layers clustering reads
(entity mentions) are synthesised from the names the generator used, and the MiniLM vectors are
synthesised too (an event direction plus the kind's direction plus noise, unit length), since
embedding 100k leads would take hours on two cores. Each size runs in its own process, so its
peak memory (ru_maxrss) is its own. Prints one JSON object: per size the seconds for
syndication and for clustering, articles per second, peak memory, B3 F1 against the generated
events; and the ratios time(100k)/time(10k) (target <= 12) and memory growth.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

KINDS = {
    "quake": ["earthquake", "magnitude", "tremor", "epicentre", "aftershock", "rubble"],
    "trial": ["trial", "court", "prosecutor", "verdict", "defence", "jury"],
    "election": ["election", "ballot", "turnout", "candidate", "polls", "campaign"],
    "fire": ["blaze", "firefighters", "smoke", "evacuated", "flames", "arson"],
    "strike": ["strike", "union", "walkout", "wages", "picket", "negotiators"],
    "flood": ["flood", "river", "levee", "rainfall", "rescue", "sandbags"],
    "merger": ["merger", "shares", "takeover", "shareholders", "deal", "regulator"],
    "storm": ["storm", "winds", "power", "outage", "gusts", "coast"],
    "match": ["match", "goal", "coach", "season", "striker", "league"],
    "summit": ["summit", "ministers", "talks", "delegation", "communique", "envoy"],
    "crash": ["crash", "collision", "passengers", "derailment", "investigators", "wreckage"],
    "outbreak": ["outbreak", "cases", "vaccine", "clinic", "infection", "health"],
}
TEMPLATES = [
    "{P1} said the {k0} near {PL} had left {N1} people in need of help on {DAY}.",
    "Officials in {PL} confirmed the {k1} and said {N2} {k2} teams were at work.",
    '"We have never seen a {k0} like this in {PL}," {P2} told reporters.',
    "The {k3} began early on {DAY}, {P1} said, and {N1} residents were affected.",
    "{P2}, who leads the {k4} response in {PL}, asked for calm.",
    "By evening the count of {k5} reports had reached {N2}, according to {P1}.",
    "Local media in {PL} showed crowds gathering as the {k1} continued.",
    "{P1} and {P2} are expected to speak again on {DAY} about the {k0}.",
]
FILLER = [
    "The agency said more details would follow.",
    "Weather conditions were expected to remain mild over the weekend.",
    "Traffic in the city centre was slower than usual.",
    "Several outlets carried live updates through the afternoon.",
    "A spokesperson declined to give further comment.",
    "Markets were little changed in early trading.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SYLLABLE_TEXT = "ka lo ve ra ni so ta mi de ru ba ko li sa ne vo ha pe tu gri"
SYLLABLES = tuple(_SYLLABLE_TEXT.split())
OUTLETS = [f"Outlet {i}" for i in range(400)]
DIM = 384


@dataclass
class Event:
    seq: int
    kind: str
    day: float
    words: dict[str, str]
    direction: np.ndarray


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _event(seq: int, day: float, rng: random.Random, nprng: np.random.Generator) -> Event:
    kind = rng.choice(sorted(KINDS))
    topic = KINDS[kind]
    words = {f"k{i}": w for i, w in enumerate(topic)}
    words |= {
        "P1": f"{_name(rng, 2)} {_name(rng, 3)}",
        "P2": f"{_name(rng, 2)} {_name(rng, 3)}",
        "PL": _name(rng, 3),
        "N1": str(rng.randint(12, 9000)),
        "N2": str(rng.randint(2, 400)),
        "DAY": DAYS[int(day) % 7],
    }
    direction = nprng.standard_normal(DIM).astype(np.float32)
    return Event(seq, kind, day, words, direction)


def generate(size: int, per_day: int, seed: int = 7) -> Iterator[tuple[int, object, np.ndarray]]:
    """(event seq, Article, lead vector) for `size` articles, in publication order."""
    from wirecheck.model import Article, Mention, article_id

    rng, nprng = random.Random(seed), np.random.default_rng(seed)
    kind_dirs = {k: nprng.standard_normal(DIM).astype(np.float32) for k in sorted(KINDS)}
    made, seq, day = 0, 0, 0.0
    while made < size:
        event = _event(seq, day, rng, nprng)
        for r in range(min(rng.randint(2, 12), size - made)):
            body = _report(event, rng)
            outlet = rng.choice(OUTLETS)
            published = _iso(event.day + r * rng.uniform(0.02, 0.15))
            article = Article(
                id=article_id(body + outlet), path="gen", text=body, source=outlet,
                title=_title(event, rng), published=published,
            )  # fmt: skip
            article.mentions = _mentions(article, event, Mention)
            noise = nprng.standard_normal(DIM).astype(np.float32) * 0.9
            vector = event.direction + 0.8 * kind_dirs[event.kind] + noise
            made += 1
            yield event.seq, article, vector / np.linalg.norm(vector)
        seq += 1
        day += rng.uniform(0.3, 1.7) * 7 / per_day  # ~7 reports per event


def _report(event: Event, rng: random.Random) -> str:
    chosen = rng.sample(TEMPLATES, 5) + rng.sample(FILLER, 2)
    rng.shuffle(chosen)
    sentences = [s.format(**event.words) for s in chosen]
    return "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))


def _title(event: Event, rng: random.Random) -> str:
    w = event.words
    return rng.choice([f"{w['k0'].capitalize()} hits {w['PL']}", f"{w['P1']} on {w['k1']}"])


def _mentions(article: object, event: Event, mention: type) -> list:
    text = getattr(article, "text", "")
    out = []
    for key, etype in (("P1", "PERSON"), ("P2", "PERSON"), ("PL", "GPE")):
        start = text.find(event.words[key])
        if start >= 0:
            end = start + len(event.words[key])
            out.append(mention(getattr(article, "id", ""), start, end, event.words[key], etype,
                               entity=f"{etype}:{event.words[key]}"))  # fmt: skip
    return out


def _iso(day: float) -> str:
    import datetime as dt

    moment = dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=day)
    return moment.replace(microsecond=0).isoformat()


def run_size(size: int, per_day: int) -> dict[str, object]:
    """Generate, mark syndication, cluster; time each part in this process."""
    from wirecheck.corpus.cluster import add_article
    from wirecheck.corpus.story_index import StoryIndex
    from wirecheck.corpus.story_signals import stop_words
    from wirecheck.corpus.syndication import SyndicationIndex
    from wirecheck.evaluate.ecbplus import bcubed

    stop_words()  # loads spaCy's word list once; not part of the clustering cost
    started = time.perf_counter()
    rows = list(generate(size, per_day))
    generated = time.perf_counter() - started
    rss_before = _peak_mib()
    started = time.perf_counter()
    syndication = SyndicationIndex()
    for _, article, _ in rows:
        article.syndicated_of = syndication.add(article)  # type: ignore[attr-defined,arg-type]
    syndicated = time.perf_counter() - started
    started = time.perf_counter()
    index = StoryIndex()
    story_of = [add_article(index, article, vector) for _, article, vector in rows]  # type: ignore[arg-type]
    clustered = time.perf_counter() - started
    _, _, f1 = bcubed(story_of, [str(seq) for seq, _, _ in rows])
    return {
        "articles": size,
        "events": rows[-1][0] + 1,
        "days": round(_days(rows), 1),
        "generate_s": round(generated, 1),
        "syndication_s": round(syndicated, 1),
        "cluster_s": round(clustered, 1),
        "cluster_articles_per_s": round(size / clustered),
        "stories": len(index.stories()),
        "open_stories_at_end": len(index.open),
        "bcubed_f1_vs_generated_events": round(f1, 4),
        "peak_rss_mib": round(_peak_mib()),
        "rss_before_stages_mib": round(rss_before),
    }


def _days(rows: list) -> float:
    from wirecheck.corpus.story_signals import instant

    first, last = instant(rows[0][1].published), instant(rows[-1][1].published)
    return (last or 0.0) - (first or 0.0)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--per-day", type=int, default=300)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.per_day)))
        return
    results = [_child(size, args.per_day) for size in args.sizes]
    report: dict[str, object] = {"per_day": args.per_day, "runs": results}
    if len(results) >= 2:
        small, large = results[0], results[-1]
        report["time_ratio"] = round(large["cluster_s"] / small["cluster_s"], 2)
        report["syndication_time_ratio"] = round(large["syndication_s"] / small["syndication_s"], 2)
        report["size_ratio"] = large["articles"] / small["articles"]
        report["memory_growth"] = round(
            (large["peak_rss_mib"] - large["rss_before_stages_mib"])
            / max(1.0, small["peak_rss_mib"] - small["rss_before_stages_mib"]),
            2,
        )
    print(json.dumps(report, indent=2))


def _child(size: int, per_day: int) -> dict:
    from children import child_report

    return child_report(__file__, str(size), "--per-day", str(per_day))


if __name__ == "__main__":
    main()
