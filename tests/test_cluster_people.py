"""Story clustering: the people a headline names tell two events of one kind apart (another
player arrested on the same charge). Texts are ours and undated; person mentions are written
here as the entity stage would give them, and embeddings are left out, so no model is needed."""

from __future__ import annotations

from wirecheck.corpus.cluster import cluster
from wirecheck.corpus.story_signals import headline_people, proper_words, signals_of
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.model import Article, Mention, article_id

PEOPLE = {"Anton Ruel": "e:ruel", "Ruel": "e:ruel", "Milo Danes": "e:danes", "Danes": "e:danes"}
PEOPLE |= {"Vera Lind": "e:lind", "Lind": "e:lind"}

RUEL = [
    ("Kestrel FC defender Ruel arrested on drink-driving charge",
     "Kestrel FC defender Anton Ruel was arrested on suspicion of drink-driving early on Sunday, "
     "Harlow police said. Coach Vera Lind said Ruel would train with the squad this week."),
    ("Police hold Kestrel FC's Anton Ruel over drink-driving",
     "Anton Ruel, the Kestrel FC defender, was held by Harlow police on suspicion of "
     "drink-driving on Sunday. Lind, the Kestrel FC coach, said the club would not comment."),
    ("Ruel to play despite drink-driving arrest",
     "Kestrel FC defender Anton Ruel will play on Saturday despite his arrest for drink-driving, "
     "coach Vera Lind said. Harlow police released Ruel without charge pending tests."),
]  # fmt: skip
# Another player of the same club arrested on the same charge; it recalls Ruel's arrest.
DANES = (
    "Kestrel FC striker Milo Danes arrested on drink-driving charge",
    "Striker Milo Danes was stopped by a patrol on the coast road near Orwell and arrested on "
    "suspicion of drink-driving, police said. He is the second Kestrel FC player held this "
    "season, after defender Anton Ruel.",
)
# Ruel's arrest again, in other words, under a headline naming him by surname only.
RUEL_AGAIN = (
    "Ruel released as Kestrel FC back their defender",
    "Harlow police released Kestrel FC defender Anton Ruel, arrested on Sunday on suspicion of "
    "drink-driving, and the club said he keeps his place against Orwell on Saturday.",
)


def _article(number: int, title: str, text: str) -> Article:
    article = Article(
        id=article_id(text), path=f"report {number}", text=text, title=title,
        source=f"outlet {number}",
    )  # fmt: skip
    article.mentions = _mentions(article)
    return article


def _mentions(article: Article) -> list[Mention]:
    """Every full name, then every surname not inside a full name, as PERSON mentions."""
    found: list[Mention] = []
    taken: set[int] = set()
    for name, entity in sorted(PEOPLE.items(), key=lambda item: -len(item[0])):
        start = article.text.find(name)
        while start >= 0:
            if start not in taken:
                taken.update(range(start, start + len(name)))
                found.append(
                    Mention(article.id, start, start + len(name), name, "PERSON", entity=entity)
                )
            start = article.text.find(name, start + 1)
    return sorted(found, key=lambda m: m.start)


def _articles(*extra: tuple[str, str]) -> list[Article]:
    return [_article(i, title, text) for i, (title, text) in enumerate(RUEL + list(extra))]


def test_headline_people_are_the_persons_whose_surnames_the_headline_writes() -> None:
    article = _article(0, *DANES)
    proper = proper_words([(1.0, article.text.split())])
    assert headline_people(article, proper) == {"e:e:danes": "danes"}
    assert signals_of(_article(1, *RUEL[1]), "outlet").headline_people == {"e:e:ruel": "ruel"}


def test_a_word_the_tagger_took_for_a_person_is_no_headline_person() -> None:
    title, text = "Schools shut as ash falls", "Schools shut on Monday. The schools reopen soon."
    article = Article(id="a", path="p", text=text, title=title)
    article.mentions = [Mention("a", 0, 7, "Schools", "PERSON", entity="e:x")]
    assert signals_of(article, "outlet").headline_people == {}


def test_another_player_arrested_on_the_same_charge_is_another_story() -> None:
    articles = _articles(DANES)
    stories = cluster(articles, vectors={})
    assert {frozenset(s.articles) for s in stories} == {
        frozenset(a.id for a in articles[:-1]),
        frozenset({articles[-1].id}),
    }
    # The headline's person is what keeps them apart: without it the words join them.
    assert len(cluster(articles, ClusterOptions(headline_stranger=0.0), vectors={})) == 1


def test_one_arrest_under_a_headline_naming_its_player_joins() -> None:
    articles = _articles(RUEL_AGAIN)
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]


def test_a_round_up_does_not_merge_two_players_stories() -> None:
    """Two stories, each headlining its own player, stay apart when a later report names both."""
    round_up = (
        "Second Kestrel FC player held for drink-driving",
        "Kestrel FC striker Milo Danes was held for drink-driving by Harlow police, after "
        "defender Anton Ruel was arrested on the same charge. Coach Vera Lind said both would "
        "train with the squad.",
    )
    articles = _articles(DANES, round_up)
    stories = cluster(articles, vectors={})
    ruel_story = next(s for s in stories if articles[0].id in s.articles)
    danes_story = next(s for s in stories if articles[3].id in s.articles)
    assert ruel_story is not danes_story
