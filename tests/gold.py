"""Our gold files for the example corpus, read through the library's gold-file helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirecheck.evaluate import goldfiles
from wirecheck.model import Analysis, Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"
METADATA_FIELDS = [
    "source", "agency", "section", "title", "byline", "contributors", "dateline", "published",
    "updated", "url",
]  # fmt: skip


def load_gold(name: str = "gold.json") -> dict[str, Any]:
    return goldfiles.load_gold(EXAMPLES / name)


def articles_by_key(analysis: Analysis, corpus: Path = CORPUS) -> dict[str, Article]:
    return goldfiles.articles_by_key(analysis, corpus)
