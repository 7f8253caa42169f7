"""Syndication: aggregator copies of our own wire reports point at the first copy; outlets' own
reports on the same events stay independent.

The corpus is built here from `tests/data/syndication/` (text we wrote): four wire reports
(`wire_*`), each re-published by aggregators with the edits they make (new headline, a headline
left on the first line, trimmed last paragraph, an inserted photo caption, an excerpt, all at
once), and four independent reports on the same four events (`own_*`) that share quotes, names
and numbers with the wire but are not copies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from wirecheck.corpus.local_time import dateline_zone, local_instant
from wirecheck.corpus.syndication import fingerprint, is_copy, mark_syndication, shingles
from wirecheck.model import Analysis, Article, article_id

DATA = Path(__file__).parent / "data" / "syndication"
CAPTION = "A view of the scene on Tuesday. (Photo: Jon Dahl/Northline Wire)"


def _paragraphs(name: str) -> tuple[str, list[str]]:
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    return lines[0], [p for p in lines[1].strip().split("\n\n") if p.strip()]


def _new_headline(title: str, body: list[str]) -> tuple[str, list[str]]:
    return "WATCH: " + title.lower() + " - latest", body


def _headline_in_text(title: str, body: list[str]) -> tuple[str, list[str]]:
    return title, [title.upper()] + body


def _trimmed(title: str, body: list[str]) -> tuple[str, list[str]]:
    return title, body[:-1]


def _caption(title: str, body: list[str]) -> tuple[str, list[str]]:
    return title, body[:2] + [CAPTION] + body[2:]


def _excerpt(title: str, body: list[str]) -> tuple[str, list[str]]:
    return title, body[:3] + ["Read the full story at our partner site."]


def _everything(title: str, body: list[str]) -> tuple[str, list[str]]:
    return "Breaking: " + title, body[:1] + [CAPTION] + body[1:-1] + ["(c) Northline Wire"]


EDITS: dict[str, Callable[[str, list[str]], tuple[str, list[str]]]] = {
    "new-headline": _new_headline,
    "headline-in-text": _headline_in_text,
    "trimmed": _trimmed,
    "caption": _caption,
    "excerpt": _excerpt,
    "everything": _everything,
}
EVENTS = ("bridge", "vaccine", "mine", "court")


@dataclass
class Case:
    article: Article
    copy_of: str | None  # the id the article should point at


def _article(title: str, body: list[str], source: str, published: str | None) -> Article:
    text = "\n\n".join(body)
    return Article(
        id=article_id(text + source), path=source, text=text, title=title, source=source,
        published=published,
    )  # fmt: skip


def corpus() -> list[Case]:
    cases: list[Case] = []
    for day, event in enumerate(EVENTS, start=10):
        title, body = _paragraphs(f"wire_{event}")
        wire = _article(title, body, "Northline Wire", f"2026-03-{day}T06:00:00+00:00")
        cases.append(Case(wire, None))
        for hour, (name, edit) in enumerate(EDITS.items(), start=7):
            new_title, new_body = edit(title, body)
            published = f"2026-03-{day}T{hour:02d}:30:00+00:00"
            copy = _article(new_title, new_body, f"{name} aggregator", published)
            cases.append(Case(copy, wire.id))
        own_title, own_body = _paragraphs(f"own_{event}")
        own = _article(own_title, own_body, f"{event} daily", f"2026-03-{day}T09:00:00+00:00")
        cases.append(Case(own, None))
    return cases


def precision_recall(cases: list[Case]) -> tuple[float, float]:
    """Of the articles marked as copies, the share pointing at the right original; of the
    true copies, the share found."""
    marked = [c for c in cases if c.article.syndicated_of]
    right = [c for c in marked if c.article.syndicated_of == c.copy_of]
    copies = [c for c in cases if c.copy_of]
    precision = len(right) / len(marked) if marked else 1.0
    return precision, len(right) / len(copies)


def test_aggregator_copies_found_and_own_reports_kept_apart() -> None:
    cases = corpus()
    mark_syndication(Analysis(articles=[c.article for c in reversed(cases)]))
    precision, recall = precision_recall(cases)
    print(f"syndication precision {precision:.3f} recall {recall:.3f} on {len(cases)} articles")
    assert precision >= 0.95
    assert recall >= 0.95


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_each_edit_is_still_a_copy(edit: str) -> None:
    title, body = _paragraphs("wire_mine")
    edited = EDITS[edit](title, body)[1]
    assert is_copy(fingerprint("\n\n".join(body)), fingerprint("\n\n".join(edited)))


@pytest.mark.parametrize("event", EVENTS)
def test_own_report_on_the_same_event_is_not_a_copy(event: str) -> None:
    wire = "\n\n".join(_paragraphs(f"wire_{event}")[1])
    own = "\n\n".join(_paragraphs(f"own_{event}")[1])
    assert not is_copy(fingerprint(wire), fingerprint(own))


def test_first_copy_is_the_earliest_published_then_input_order() -> None:
    title, body = _paragraphs("wire_court")
    late = _article(title, body, "Late Times", "2026-03-02T10:00:00")
    early = _article(title, body[:-1], "Early Post", "2026-03-01T10:00:00")
    tie = _article(title, body[1:], "Tie Post", "2026-03-01T10:00:00")
    undated = _article(title, body + ["Corrected."], "Undated", None)
    analysis = Analysis(articles=[late, undated, tie, early])
    mark_syndication(analysis)
    assert early.syndicated_of == tie.id  # same time: the one read first wins
    assert tie.syndicated_of is None
    assert late.syndicated_of == tie.id
    assert undated.syndicated_of == tie.id


def test_short_texts_and_reruns_are_stable() -> None:
    brief = _article("Brief", ["Ferry service resumes."], "A", "2026-03-01")
    same = _article("Brief", ["Ferry service resumes."], "B", "2026-03-02")
    analysis = Analysis(articles=[brief, same])
    mark_syndication(analysis)
    assert same.syndicated_of is None  # too short to tell a copy from a shared sentence
    cases = corpus()
    articles = [c.article for c in cases]
    mark_syndication(Analysis(articles=articles))
    first = [a.syndicated_of for a in articles]
    mark_syndication(Analysis(articles=articles))
    assert [a.syndicated_of for a in articles] == first


def test_shingles_ignore_case_and_punctuation() -> None:
    assert shingles("The Bridge, closed!") == shingles("the bridge closed")


def test_a_stamp_without_zone_is_read_in_the_datelines_zone() -> None:
    # the wire files at 19:45 Wellington time (06:45 UTC); the aggregator's copy is stamped
    # 21:00+13:00 (08:00 UTC). Read as UTC, the wire's stamp would come eleven hours later
    # and the wire would be taken for the copy.
    title, body = _paragraphs("wire_court")
    wire = _article(title, body, "Tasman Wire", "2026-11-18T19:45")
    wire.dateline = "WELLINGTON"
    copy = _article(title, body[:-1], "Harbour Post", "2026-11-18T21:00:00+13:00")
    mark_syndication(Analysis(articles=[copy, wire]))
    assert wire.syndicated_of is None
    assert copy.syndicated_of == wire.id


@pytest.mark.parametrize(
    ("dateline", "zone"),
    [
        ("WELLINGTON", "Pacific/Auckland"),  # its islands aside, one zone
        ("CATANIA, Italy", "Europe/Rome"),  # the country after the comma
        ("Lisbon", "Europe/Lisbon"),  # the mainland zone, not Madeira's or the Azores'
        ("PERTH", "Australia/Perth"),  # a town a zone is named after, in a country of several
        ("PERTH, Australia", "Australia/Perth"),
        ("PERTH, Scotland", None),  # not that Perth
        ("Paris, Texas", "America/Chicago"),  # not that Paris: its state's zone
        ("LENWOOD FALLS, Ohio", "America/New_York"),  # a state, as the full name
        ("HALBROOK, Ont.", "America/Toronto"),  # a province, as agencies abbreviate it
        ("BOISE, IDAHO", "America/Denver"),
        ("BUNBURY, Western Australia", "Australia/Perth"),
        ("TBILISI, Georgia", "Asia/Tbilisi"),  # the country, not the state
        ("BRISBANE", "Australia/Brisbane"),
        ("ALICE SPRINGS", None),  # a country of several zones, no zone named after the town
        ("Nowhereville", None),
        (None, None),
    ],
)
def test_dateline_zone(dateline: str | None, zone: str | None) -> None:
    found = dateline_zone(dateline)
    assert (found.key if found else None) == zone


def test_a_bare_date_and_a_zoned_time_keep_their_reading() -> None:
    assert local_instant("2026-11-18", "WELLINGTON") == local_instant("2026-11-18", None)
    zoned = "2026-11-18T21:00:00+13:00"
    assert local_instant(zoned, "WELLINGTON") == local_instant(zoned, None)
    assert local_instant("2026-11-18T19:45", "WELLINGTON") == pytest.approx(
        local_instant("2026-11-18T06:45:00+00:00", None)
    )
    assert local_instant("not a date", "WELLINGTON") is None
