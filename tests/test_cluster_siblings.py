"""Story clustering: sibling events of one kind (two players of one club put on the injured
list the same week) are told apart by whom their headlines name, read from the text alone
(no entity stage): a headline word the body writes as a surname ("Ivo Brandt ... Brandt")
is a person. Texts are ours and undated; embeddings are left out, so no model is needed."""

from __future__ import annotations

from collections import Counter

from wirecheck.corpus.cluster import cluster
from wirecheck.corpus.story_index import StoryIndex
from wirecheck.corpus.story_names import headline_persons, own_persons, protagonist_conflict
from wirecheck.corpus.story_names import surnames as body_surnames
from wirecheck.corpus.story_signals import signals_of
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.model import Article, article_id

BRANDT = [
    ("Herons put Brandt on injured list",
     "The Harlow Herons placed winger Ivo Brandt on the injured list on Tuesday, ending his "
     "season. Brandt hurt his knee in the win over Orwell, coach Tessa Mohr said."),
    ("Knee injury ends Brandt's season",
     "Winger Ivo Brandt will miss the rest of the season after the Herons put him on the "
     "injured list on Tuesday. Mohr said Brandt needs surgery on the knee."),
]  # fmt: skip
# A teammate put on the same list two weeks later; the report recalls Brandt.
KOLAR = (
    "Herons put Kolar on injured list",
    "The Harlow Herons placed defender Emil Kolar on the injured list on Tuesday with a broken "
    "ankle. Kolar is the second Herons player lost this month after winger Ivo Brandt.",
)


def _article(number: int, title: str, text: str) -> Article:
    return Article(
        id=article_id(text), path=f"report {number}", text=text, title=title,
        source=f"outlet {number}",
    )  # fmt: skip


def test_a_surname_is_written_in_full_once_and_alone_after() -> None:
    article = _article(0, *BRANDT[0])
    assert body_surnames(article) == {"brandt"}  # not "herons" (the Herons), nor "orwell"
    assert headline_persons(article, {}) == frozenset({"brandt"})


def test_a_place_after_a_lower_case_word_and_a_long_name_are_no_surnames() -> None:
    article = _article(
        0,
        "Storm hits coast",
        "The storm reached South Harlow at noon and the coast road to Harlow closed. Rain fell "
        "further south. The Harlow Bay Ferry Company stopped its boats, said Company staff.",
    )
    assert body_surnames(article) == set()


def test_the_story_s_headline_people_are_named_by_a_share_of_its_members() -> None:
    assert own_persons({"brandt": 3, "kolar": 1}, 4, 0.34) == frozenset({"brandt"})
    assert own_persons({"brandt": 1}, 1, 0.34) == frozenset({"brandt"})
    assert own_persons({"brandt": 1}, 1, 0.34, least=2) == frozenset()


def test_a_headline_naming_another_person_conflicts_unless_it_names_the_story_s_too() -> None:
    story = {"brandt": 2}
    kolar = frozenset({"kolar"})
    assert protagonist_conflict(kolar, frozenset({"kolar", "out"}), story, 2, 0.34)
    both = frozenset({"kolar", "joins", "brandt"})
    assert not protagonist_conflict(kolar, both, story, 2, 0.34)
    assert not protagonist_conflict(frozenset(), frozenset({"herons"}), story, 2, 0.34)
    assert not protagonist_conflict(frozenset({"brandt"}), frozenset({"brandt"}), story, 2, 0.34)


def test_another_player_s_injury_does_not_join_a_story_of_one_report() -> None:
    """Against a story of one report, a headline naming another person is the sign of a
    sibling event: the two texts share the club, the list and the recalled name."""
    articles = [_article(i, t, x) for i, (t, x) in enumerate([BRANDT[0], KOLAR])]
    stories = cluster(articles, vectors={})
    assert len(stories) == 2
    merged = cluster(articles, ClusterOptions(headline_person_conflict=0.0), vectors={})
    assert len(merged) == 1


def test_a_second_report_of_the_same_player_joins() -> None:
    articles = [_article(i, t, x) for i, (t, x) in enumerate(BRANDT)]
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]


def test_stories_headlining_different_people_do_not_merge() -> None:
    index = StoryIndex()
    one, two = index._open_story(), index._open_story()
    one.headline_persons, two.headline_persons = Counter({"brandt": 2}), Counter({"kolar": 2})
    for story in (one, two):
        story.members = [None, None]  # type: ignore[list-item]  # only their number counts
    assert not one.may_merge(two, index.options)
    two.headline_persons = Counter({"kolar": 1, "brandt": 1})
    assert one.may_merge(two, index.options)  # one headline is too little to keep apart


def test_headline_persons_survive_a_saved_index() -> None:
    index = StoryIndex()
    for number, (title, text) in enumerate(BRANDT):
        index.add(signals_of(_article(number, title, text), f"outlet {number}"))
    again = StoryIndex.from_dict(index.to_dict())
    (story,) = again.open.values()
    assert story.headline_persons == Counter({"brandt": 2})


def test_a_headline_person_the_single_report_names_is_no_other_protagonist() -> None:
    """The coach headlines this report of Brandt's injury; the first report names her too."""
    coach = (
        "Mohr says Herons will cope",
        "Coach Tessa Mohr said the Herons would cope after winger Ivo Brandt was put on the "
        "injured list on Tuesday with a knee injury. Mohr expects Brandt back next season.",
    )
    articles = [_article(i, t, x) for i, (t, x) in enumerate([BRANDT[0], coach])]
    signals = signals_of(articles[1], "outlet 1")
    assert signals.headline_persons == frozenset({"mohr"})
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]
