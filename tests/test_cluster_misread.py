"""Story clustering: what the other stages misread must not keep a report from its story.

A place the tagger took for a person in one sentence (the headline's town, inside a residents'
group's name) is no headline person; a year the times layer resolved from words ("last year")
says how far from the report something lies, not when the event happened. Texts, outlets,
people and places are ours; mentions and times are written here as those stages would give
them, the reports are undated and embeddings are left out, so no model is needed."""

from __future__ import annotations

from tests.test_cluster_people import _article as people_article
from wirecheck.corpus.cluster import cluster
from wirecheck.corpus.story_signals import lead_years, signals_of
from wirecheck.model import Article, Time

FERRY = [
    ("Tidewell Ferries halts harbour crossings after engine fire on the Merrow",
     "Tidewell Ferries suspended every crossing on its harbour route on Monday after an engine "
     "fire on board the Merrow forced 140 passengers ashore at Quay Street. Nobody was hurt, and "
     "the company said its three other boats would stay tied up until engineers had checked "
     "their engines."),
    ("Merrow engine fire keeps Tidewell Ferries in port",
     "Engineers from Tidewell Ferries began checking the company's three other boats on Tuesday, "
     "a day after an engine fire on the Merrow forced 140 passengers ashore at Quay Street. "
     "Crossings on the harbour route stay suspended until the checks are done."),
]  # fmt: skip
# The same fire, headlined by the town; the tagger reads the residents' group as a person.
TOWN = (
    "Port Wenlow commuters stranded as ferries stop after engine fire",
    "Commuters in Port Wenlow found the gangways at Quay Street chained on Monday, hours after "
    "an engine fire on the Merrow forced 140 passengers ashore, and queued for buses that take "
    'an hour round the estuary. "Half the town works across the water," said Ada Brisk, who '
    "chairs Friends of Port Wenlow. Tidewell Ferries gave no date for a return to service.",
)
NAMES = {
    "Friends of Port Wenlow": "PERSON", "Port Wenlow": "GPE", "Ada Brisk": "PERSON",
    "Tidewell Ferries": "ORG", "Quay Street": "FAC",
}  # fmt: skip


def _article(number: int, title: str, text: str) -> Article:
    names = {name: (kind, "e:" + name.lower().replace(" ", "-")) for name, kind in NAMES.items()}
    return people_article(number, title, text, names)


def test_a_place_the_tagger_took_for_a_person_is_no_headline_person() -> None:
    town = _article(2, *TOWN)
    assert signals_of(town, "outlet").headline_people == {}


def test_a_report_headlined_by_its_town_joins_the_story_of_its_event() -> None:
    articles = [_article(i, *report) for i, report in enumerate([*FERRY, TOWN])]
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]


BUSES = [
    ("Harrowgate bus drivers accept 9 per cent pay offer",
     "Bus drivers in Harrowgate voted on Thursday to accept a 9 per cent pay rise over two "
     "years, the Transit Workers' Union said, and services on all 38 routes will run as normal "
     "from Monday. Turnout in the ballot was 71 per cent."),
    ("Drivers back pay deal, ending Harrowgate bus strikes",
     "Members of the Transit Workers' Union backed a two-year deal worth 9 per cent on Thursday, "
     "calling off strikes that had been set for next month on Harrowgate's 38 bus routes. "
     "Union organiser Lena Oakes said drivers had won most of what they asked for."),
]  # fmt: skip
# The deal again, its lead recalling the strikes of the year before.
LAST_YEAR = (
    "Relief in Harrowgate as drivers settle",
    "Commuters in Harrowgate who walked or shared cars through eleven days of stoppages last year "
    "greeted the pay deal with relief. Shop owners on Carver Street said footfall had never "
    "fully recovered. The union and the council still have to sign the agreement.",
)


def _dated(number: int, title: str, text: str, *times: tuple[str, str]) -> Article:
    """A report with the times layer's values for the given phrases of its text."""
    article = _article(number, title, text)
    for i, (phrase, value) in enumerate(times):
        start = text.index(phrase)
        article.times.append(
            Time(f"t{i}", article.id, start, start + len(phrase), phrase, "DATE", value, None)
        )
    return article


def _bus_reports() -> list[Article]:
    thursday = ("on Thursday", "2031-03-13")
    reports = [_dated(i, *report, thursday) for i, report in enumerate(BUSES)]
    return [*reports, _dated(2, *LAST_YEAR, ("last year", "2030"))]


def test_a_year_said_in_words_is_no_year_of_the_event() -> None:
    *deal, recalling = _bus_reports()
    assert lead_years(deal[0]) == frozenset({"2031"})
    assert lead_years(recalling) == frozenset()


def test_a_report_recalling_last_year_s_strikes_joins_the_story_of_the_deal() -> None:
    articles = _bus_reports()
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]
