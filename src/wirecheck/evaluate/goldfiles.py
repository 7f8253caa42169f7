"""Our snippet-based gold files (EVAL.md): keys to analysed articles, snippets to spans."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from wirecheck.model import Analysis, Article


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def articles_by_key(analysis: Analysis, corpus: Path) -> dict[str, Article]:
    """Articles by gold key: the path under the corpus, with `#URL` when a file held several."""
    relative = {a.id: Path(a.path).resolve().relative_to(corpus.resolve()).as_posix()
                for a in analysis.articles}  # fmt: skip
    per_file = Counter(relative.values())
    return {
        (relative[a.id] if per_file[relative[a.id]] == 1 else f"{relative[a.id]}#{a.url}"): a
        for a in analysis.articles
    }


def snippet_span(article: Article, snippet: str) -> tuple[int, int] | None:
    """Where a gold snippet sits in the article's text; None when it is not there exactly once."""
    if article.text.count(snippet) != 1:
        return None
    start = article.text.index(snippet)
    return start, start + len(snippet)
