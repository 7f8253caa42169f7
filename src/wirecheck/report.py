"""The static `report.html`: one self-contained page (inline CSS, no network references)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import jinja2

from wirecheck.model import Analysis, Article

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("wirecheck", "templates"),
    autoescape=True,  # article text is untrusted: everything is escaped
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_report(analysis: Analysis) -> str:
    """The report page as a string."""
    return _ENV.get_template("report.html").render(**report_context(analysis))


def write_report(analysis: Analysis, path: Path) -> None:
    path.write_text(render_report(analysis), encoding="utf-8")


def report_context(analysis: Analysis) -> dict[str, Any]:
    articles = sorted(analysis.articles, key=_sort_key)
    by_id = {a.id: a for a in articles}
    return {
        "analysis": analysis,
        "articles": articles,
        "by_id": by_id,
        "layer_counts": _layer_counts(articles),
        "kind_counts": Counter(f.kind for f in analysis.findings),
        "stories": [_story_view(s, by_id, analysis) for s in analysis.stories],
        "outlets": sorted({a.source for a in articles if a.source}),
    }


def _sort_key(article: Article) -> tuple[str, str]:
    return (article.published or "", article.title or "")


def _layer_counts(articles: list[Article]) -> dict[str, int]:
    return {
        "mentions": sum(len(a.mentions) for a in articles),
        "quotes": sum(len(a.quotes) for a in articles),
        "times": sum(len(a.times) for a in articles),
        "quantities": sum(len(a.quantities) for a in articles),
        "events": sum(len(a.events) for a in articles),
    }


def _story_view(story: Any, by_id: dict[str, Article], analysis: Analysis) -> dict[str, Any]:
    findings = [f for f in analysis.findings if f.story == story.id]
    return {
        "story": story,
        "members": [by_id[a] for a in story.articles if a in by_id],
        "findings": findings,
        "conflicts": sum(1 for f in findings if f.kind == "conflict"),
    }
