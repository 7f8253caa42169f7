"""What entity work adds to the spaCy pipeline; prints one JSON object.

Parses the example corpus (read and cleaned by `wirecheck.run.read_inputs`) with the spaCy
pipeline, then times the entity stage on every parsed article and `resolve` over all of them,
and reports both as a share of the parsing time (target: under 10%). The corpus is repeated
`--repeat` times so the timings are not dominated by start-up; each copy gets its own
article id, so resolution sees as many articles as were parsed.

A second measurement scales resolution alone: the mention layers of the parsed articles are
copied under new article ids (x1, x10, x50), with every person's name changed per copy block,
so the blocks do not collapse into the same entities; time per mention should stay flat.

    .venv/bin/python benchmarks/entity_overhead.py [--repeat 5] [--corpus examples/corpus]
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

from wirecheck.model import Analysis, Article, Mention

ROOT = Path(__file__).resolve().parents[1]
# Used when the example corpus is not there: invented text of the kind the stage meets.
FALLBACK = [
    "KYIV, Nov 2 (Reuters) - Russian drones struck Kyiv overnight, Ukrainian President "
    "Volodymyr Zelenskiy said. Zelenskiy's office said the Kremlin had ordered the attack.",
    "British Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin on Tuesday. "
    "Starmer said the U.K. would send more aid. The prime minister later flew to Warsaw.",
    "Jean-Claude Juncker, the former European Commission president, told the BBC that the "
    "North Atlantic Treaty Organization (NATO) should meet in Brussels. NATO declined.",
]


def corpus_texts(folder: Path) -> list[str]:
    """Cleaned article texts of the example corpus, or the fallback texts."""
    if not folder.exists():
        return list(FALLBACK)
    from wirecheck.run import read_inputs
    from wirecheck.settings import Settings

    intake = read_inputs([folder], Settings(workers=1, quiet=True))
    texts = [a.text for a in intake.articles if a.language == "en"]
    return texts or list(FALLBACK)


def time_pipeline(texts: list[str]) -> tuple[dict[str, float], list[Article]]:
    """Seconds spent parsing, in the entity stage and in resolution."""
    from wirecheck.corpus.resolve import resolve
    from wirecheck.extract.entities import entities
    from wirecheck.nlp import parse_many, spacy_pipeline

    spacy_pipeline()  # loading the model is not part of either figure
    articles = [Article(id=f"a{i}", path=f"a{i}", text=t) for i, t in enumerate(texts)]
    started = time.perf_counter()
    docs = list(parse_many(texts))
    parsed = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        article.mentions = entities(article, doc)
    staged = time.perf_counter()
    resolve(Analysis(articles=articles))
    resolved = time.perf_counter()
    return {
        "parse_s": parsed - started,
        "entity_stage_s": staged - parsed,
        "resolve_s": resolved - staged,
    }, articles


def scaled_resolution(articles: list[Article], factors: tuple[int, ...]) -> list[dict[str, float]]:
    """Resolution time for the mention layers copied `factor` times under new ids and names."""
    from wirecheck.corpus.resolve import resolve

    rows = []
    for factor in factors:
        copies = [_copy(a, block) for block in range(factor) for a in articles]
        mentions = sum(len(a.mentions) for a in copies)
        started = time.perf_counter()
        resolve(Analysis(articles=copies))
        seconds = time.perf_counter() - started
        rows.append(
            {
                "articles": len(copies),
                "mentions": mentions,
                "resolve_s": round(seconds, 3),
                "us_per_mention": round(1e6 * seconds / max(mentions, 1), 1),
            }
        )
    return rows


def _copy(article: Article, block: int) -> Article:
    """The article's mentions under a new article id; people renamed per block."""
    new = Article(id=f"{article.id}-{block}", path=article.path, text=article.text)
    new.mentions = [_renamed(m, new.id, block) for m in article.mentions]
    return new


def _renamed(mention: Mention, article_id: str, block: int) -> Mention:
    copied = copy.copy(mention)
    copied.article = article_id
    copied.entity = f"{article_id}:{mention.entity}"
    if mention.type == "PERSON" and block:
        copied.text = f"{mention.text}{_suffix(block)}"
    return copied


def _suffix(block: int) -> str:
    letters = "abcdefghij"
    return "".join(letters[int(d)] for d in str(block))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus) * args.repeat
    seconds, articles = time_pipeline(texts)
    words = sum(len(t.split()) for t in texts)
    work = seconds["entity_stage_s"] + seconds["resolve_s"]
    report = {
        "articles": len(texts),
        "words": words,
        "mentions": sum(len(a.mentions) for a in articles),
        **{k: round(v, 3) for k, v in seconds.items()},
        "parse_words_per_s": round(words / seconds["parse_s"]),
        "entity_overhead": round(work / seconds["parse_s"], 4),
        "entity_stage_overhead": round(seconds["entity_stage_s"] / seconds["parse_s"], 4),
        "resolve_overhead": round(seconds["resolve_s"] / seconds["parse_s"], 4),
        "resolution_scaling": scaled_resolution(articles[: len(texts) // args.repeat], (1, 10, 50)),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
