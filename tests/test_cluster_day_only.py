"""A publication date without a clock time is read as the middle of its day when stories are
clustered: a report dated only "5 May" and one filed at 11:20 the next morning are within a
day of each other, as they may well be, not a day and a half apart."""

from __future__ import annotations

from wirecheck.corpus.cluster import cluster
from wirecheck.corpus.story_signals import instant, signals_of
from wirecheck.model import Article, article_id

LEAD_ONE = (
    "More than 700 people have fallen ill with cholera and 23 have died at Kasenga, a camp in "
    "Lunda province that is home to more than 50,000 displaced people, aid workers said."
)
LEAD_TWO = (
    "A cholera outbreak has killed 18 people and sickened 640 at Kasenga camp in Lunda "
    "province, where heavy rains flooded latrines, health officials said on Thursday."
)


def _report(text: str, published: str, source: str, title: str) -> Article:
    return Article(
        id=article_id(text), path=f"{source}.txt", text=text, title=title, source=source,
        published=published,
    )  # fmt: skip


def test_a_date_without_a_clock_time_is_read_as_its_noon() -> None:
    article = _report(LEAD_ONE, "2027-05-05", "Relief Post", "Cholera spreads in Kasenga camp")
    assert signals_of(article, "Relief Post").time == instant("2027-05-05T12:00Z")
    timed = _report(LEAD_TWO, "2027-05-06T11:20Z", "Lunda Wire", "Cholera kills 18 in camp")
    assert signals_of(timed, "Lunda Wire").time == instant("2027-05-06T11:20Z")


def test_a_day_only_report_and_next_mornings_report_with_other_figures_are_one_story() -> None:
    first = _report(LEAD_ONE, "2027-05-05", "Relief Post", "Cholera overwhelms Kasenga camp")
    second = _report(
        LEAD_TWO, "2027-05-06T11:20Z", "Lunda Wire", "Cholera kills 18 in Kasenga displacement camp"
    )
    stories = cluster([first, second])
    assert [sorted(s.articles) for s in stories] == [sorted([first.id, second.id])]
