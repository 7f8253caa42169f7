"""report.html: self-contained, and every article-derived string escaped."""

from __future__ import annotations

import re

from wirecheck.model import Analysis, Article, Removed, Skipped, article_id
from wirecheck.report import render_report

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def hostile_analysis() -> Analysis:
    text = f"Body with {HOSTILE} inside."
    article = Article(
        id=article_id(text),
        path="evil.html",
        text=text,
        title=HOSTILE,
        source=HOSTILE,
        byline=[HOSTILE],
        removed=[Removed("caption", HOSTILE)],
        errors=[HOSTILE],
    )
    return Analysis(articles=[article], skipped=[Skipped(HOSTILE, HOSTILE)])


def test_article_strings_are_escaped() -> None:
    html = render_report(hostile_analysis())
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert" in html


def test_report_makes_no_network_references() -> None:
    html = render_report(hostile_analysis())
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html


def test_report_lists_articles_and_skipped_inputs() -> None:
    html = render_report(hostile_analysis())
    assert "Skipped inputs" in html
    assert html.count("<details") == 1
