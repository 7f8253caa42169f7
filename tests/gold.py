"""Reading our gold files: gold keys ("text/a.txt", "feeds/f.xml#URL") to analysed articles."""

from __future__ import annotations

import json
from pathlib import Path

from wirecheck.model import Analysis, Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"
METADATA_FIELDS = [
    "source",
    "agency",
    "section",
    "title",
    "byline",
    "contributors",
    "dateline",
    "published",
    "updated",
    "url",
]


def load_gold(name: str = "gold.json") -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def gold_key(article: Article, corpus: Path = CORPUS) -> str:
    """The gold key of an analysed article: its path under the corpus, `#URL` for containers."""
    relative = Path(article.path).resolve().relative_to(corpus.resolve()).as_posix()
    single = relative.startswith(("text/", "html/"))
    return relative if single else f"{relative}#{article.url}"


def articles_by_key(analysis: Analysis, corpus: Path = CORPUS) -> dict[str, Article]:
    return {gold_key(a, corpus): a for a in analysis.articles}
