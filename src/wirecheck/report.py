"""The static `report.html`: one self-contained page (inline CSS, no network references).

It shows the same story views as the web UI (findings table with evidence side by side,
timeline, coverage, quotes by speaker), from the same view builders and template macros;
links point inside the page instead of to the server's routes.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from wirecheck.model import Analysis, Article, Story

_ENV = jinja2.Environment(
    loader=jinja2.ChoiceLoader(
        [
            jinja2.PackageLoader("wirecheck", "templates"),
            jinja2.PackageLoader("wirecheck", "web/templates"),
        ]
    ),  # fmt: skip
    autoescape=True,  # article text is untrusted: everything is escaped
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_report(analysis: Analysis) -> str:
    """The report page as a string."""
    return _ENV.get_template("report.html").render(css=_css(), **report_context(analysis))


def _css() -> str:
    # Our own stylesheet, inlined: the report must not reference anything outside itself.
    return (resources.files("wirecheck") / "web" / "static" / "style.css").read_text("utf-8")


def report_link(kind: str, record_id: str) -> str | None:
    """In-page anchors: articles are listed below; entities have no section of their own."""
    return f"#a-{record_id}" if kind == "articles" else None


def write_report(analysis: Analysis, path: Path) -> None:
    path.write_text(render_report(analysis), encoding="utf-8")


def report_context(analysis: Analysis) -> dict[str, Any]:
    articles = sorted(analysis.articles, key=_sort_key)
    by_id = {a.id: a for a in articles}
    names = {e.id: e.name for e in analysis.entities}
    return {
        "analysis": analysis,
        "articles": articles,
        "by_id": by_id,
        "layer_counts": _layer_counts(articles),
        "kind_counts": Counter(f.kind for f in analysis.findings),
        "stories": [_story_view(s, by_id, analysis, names) for s in analysis.stories],
        "link": report_link,
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


def _story_view(
    story: Story, by_id: dict[str, Article], analysis: Analysis, names: dict[str, str]
) -> dict[str, Any]:
    from wirecheck.web.views import story_view

    findings = [f for f in analysis.findings if f.story == story.id]
    members = [by_id[a] for a in story.articles if a in by_id]
    view = story_view(story, members, findings, names)
    view["more_articles"] = 0
    return view
