"""The static `report.html`: one self-contained page (inline CSS, no network references).

It shows the same story views as the web UI (findings table with evidence side by side,
timeline, coverage, quotes by speaker), from the same view builders and template macros;
links point inside the page instead of to the server's routes.

The page is rendered from a context: `report_context` builds it from an `Analysis` in memory,
`report_store.store_context` from a store, a page at a time. `write_report` streams the page
to its file, so a large report is never held whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from wirecheck.model import Analysis, Article, Finding, Story

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
    return "".join(report_parts(report_context(analysis)))


def report_parts(context: dict[str, Any]) -> Iterable[str]:
    """The page in pieces, rendered as they are asked for."""
    return _ENV.get_template("report.html").generate(css=_css(), **context)


def write_report(context: dict[str, Any], path: Path) -> None:
    """Write the page for a context (`report_context`, `report_store.store_context`)."""
    with path.open("w", encoding="utf-8") as out:
        for part in report_parts(context):
            out.write(part)


def _css() -> str:
    # Our own stylesheet, inlined: the report must not reference anything outside itself.
    return (resources.files("wirecheck") / "web" / "static" / "style.css").read_text("utf-8")


def report_link(kind: str, record_id: str) -> str | None:
    """In-page anchors: articles are listed below; entities have no section of their own."""
    return f"#a-{record_id}" if kind == "articles" else None


def report_context(analysis: Analysis) -> dict[str, Any]:
    articles = sorted(analysis.articles, key=article_order)
    by_id = {a.id: a for a in articles}
    names = {e.id: e.name for e in analysis.entities}
    stories = [_story_view(s, by_id, analysis, names) for s in analysis.stories]
    return {
        "articles": articles,
        "generated": analysis.generated,
        "skipped": analysis.skipped,
        "totals": {"stories": len(analysis.stories), "entities": len(analysis.entities)},
        "layer_counts": _layer_counts(articles),
        "kind_counts": Counter(f.kind for f in analysis.findings),
        "story_rows": [story_row(v["story"], len(v["members"]), v["counts"]) for v in stories],
        "stories": stories,
        "link": report_link,
        "outlets": sorted({a.source for a in articles if a.source}),
    }


def article_order(article: Article) -> tuple[str, str]:
    """Articles are listed by publication time, then title (input order among equals)."""
    return (article.published or "", article.title or "")


def story_row(story: Story, members: int, counts: dict[str, int]) -> dict[str, Any]:
    """One line of the stories table."""
    return {"story": story, "members": members, "counts": counts}


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
    findings = [f for f in analysis.findings if f.story == story.id]
    members = [by_id[a] for a in story.articles if a in by_id]
    return report_story_view(story, members, findings, names)


def report_story_view(
    story: Story, members: list[Article], findings: list[Finding], names: dict[str, str]
) -> dict[str, Any]:
    """The web UI's story view, every member shown (the report has no 'more' link)."""
    from wirecheck.web.views import story_view

    view = story_view(story, members, findings, names)
    view["more_articles"] = 0
    return view
