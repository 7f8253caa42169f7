"""Story clustering: a year that one member's lead names weighs on the story by that member's
share, not for the whole story. Texts are ours and undated (no time signal); embeddings are
left out, so these tests need no model."""

from __future__ import annotations

import pytest

from wirecheck.corpus.cluster import add_article, cluster
from wirecheck.corpus.story_index import StoryIndex
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.model import Article, article_id

CHAPEL = [
    ("Fire guts Bramwick chapel, arson suspected",
     "A fire badly damaged the Saint Olave chapel in Bramwick, Hestland, on Friday night while a "
     "choir rehearsed inside. Fire chief Ruth Ansel said nobody was hurt and arson is suspected."),
    ("12 March 2031",
     "Arson suspected in Bramwick chapel blaze\n\nInvestigators in Hestland said the Friday night "
     "fire at the Saint Olave chapel in Bramwick was set on purpose. Chief Ruth Ansel said damage "
     "would pass one million crowns."),
    ("Bramwick chapel blaze was deliberate, chief says",
     "The fire that swept through the Saint Olave chapel in Bramwick on Friday night was set "
     "deliberately, fire chief Ruth Ansel told reporters. Choir members escaped unhurt."),
    ("Choir escapes as Saint Olave chapel burns",
     "Members of a choir fled the Saint Olave chapel in Bramwick when fire broke out on Friday "
     "night. Ruth Ansel, the Hestland fire chief, said the blaze is being treated as arson."),
]  # fmt: skip
# Another fire of the same year in the same region: only the chapel story's dateline names 2031.
CREAMERY = (
    "Fire destroys old Tollmere creamery",
    "2031\n\nA blaze destroyed the disused creamery in Tollmere before dawn on Tuesday. Hestland "
    "police said arson is suspected. Nobody was hurt.",
)
# The chapel fire again, in other words, under a dateline of the same year.
CHAPEL_LATER = (
    "Bramwick congregation moves to school hall after fire",
    "13 March 2031\n\nWorshippers of the burned Saint Olave chapel will meet in the Bramwick "
    "school hall on Sunday, the pastor said, after Friday's blaze that investigators say was set.",
)


def _article(number: int, title: str, text: str) -> Article:
    return Article(
        id=article_id(text), path=f"report {number}", text=text, title=title,
        source=f"outlet {number}",
    )  # fmt: skip


def _articles(*extra: tuple[str, str]) -> list[Article]:
    return [_article(i, title, text) for i, (title, text) in enumerate(CHAPEL + list(extra))]


def test_a_sibling_event_of_the_year_one_member_names_stays_apart() -> None:
    articles = _articles(CREAMERY)
    stories = cluster(articles, vectors={})
    assert {frozenset(s.articles) for s in stories} == {
        frozenset(a.id for a in articles[:-1]),
        frozenset({articles[-1].id}),
    }


def test_one_event_in_other_words_under_that_year_joins() -> None:
    articles = _articles(CHAPEL_LATER)
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]


def _chapel_story() -> tuple[StoryIndex, ClusterOptions]:
    index = StoryIndex()
    for article in _articles():
        add_article(index, article)
    assert len(index.open) == 1
    return index, index.options


def test_year_evidence_is_the_share_of_members_that_name_the_year() -> None:
    index, options = _chapel_story()
    (story,) = index.open.values()
    assert story.year_members == 1
    assert story.year_evidence(frozenset({"2031"}), options) == pytest.approx(
        options.year_agree / 4
    )
    assert story.year_evidence(frozenset({"2029"}), options) == pytest.approx(
        -options.year_conflict / 4
    )
    assert story.year_evidence(frozenset(), options) == 0.0


def test_year_members_survive_a_round_trip_and_old_indexes_load() -> None:
    index, _ = _chapel_story()
    data = index.to_dict()
    assert StoryIndex.from_dict(data).to_dict() == data
    for state in data["open"]:
        del state["year_members"]  # an index saved before the count was kept
    (story,) = StoryIndex.from_dict(data).open.values()
    assert story.year_members == 1
