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


def _article(
    number: int, title: str, text: str, names: dict[str, tuple[str, str]] | None = None
) -> Article:
    """A report whose mentions are every name of `names` (name -> (type, entity)), by
    default the people of `PEOPLE`."""
    article = Article(
        id=article_id(text), path=f"report {number}", text=text, title=title,
        source=f"outlet {number}",
    )  # fmt: skip
    people = {name: ("PERSON", entity) for name, entity in PEOPLE.items()}
    article.mentions = _mentions(article, people if names is None else names)
    return article


def _mentions(article: Article, names: dict[str, tuple[str, str]]) -> list[Mention]:
    """Every name, longest first, none inside a longer one (a full name, then each surname
    not inside one)."""
    found: list[Mention] = []
    taken: set[int] = set()
    for name, (kind, entity) in sorted(names.items(), key=lambda item: -len(item[0])):
        start = article.text.find(name)
        while start >= 0:
            if start not in taken:
                taken.update(range(start, start + len(name)))
                found.append(
                    Mention(article.id, start, start + len(name), name, kind, None, entity)
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


def test_a_firms_name_joined_by_an_ampersand_is_no_headline_person() -> None:
    title = "Biscuits cost more as Pellow & Marsh passes on sugar surge"
    text = (
        "Pellow & Marsh, the Leeds biscuit maker, will raise prices next month. Marsh biscuits "
        "sell in 900 shops, and the firm said costs had risen for a year."
    )
    article = Article(id="f", path="p", text=text, title=title)
    start = text.index("Marsh")
    article.mentions = [Mention("f", start, start + 5, "Marsh", "PERSON", entity="e:marsh")]
    assert signals_of(article, "outlet").headline_people == {}
    ruel = _article(1, *RUEL[1])  # a person's name stays one
    assert signals_of(ruel, "outlet").headline_people == {"e:e:ruel": "ruel"}


def test_another_player_arrested_on_the_same_charge_is_another_story() -> None:
    articles = _articles(DANES)
    stories = cluster(articles, vectors={})
    assert {frozenset(s.articles) for s in stories} == {
        frozenset(a.id for a in articles[:-1]),
        frozenset({articles[-1].id}),
    }
    # The headline's person is what keeps them apart (as an entity, `headline_stranger`, and
    # as a surname, `headline_person_conflict`): without it the words join them.
    blind = ClusterOptions(headline_stranger=0.0, headline_person_conflict=0.0)
    assert len(cluster(articles, blind, vectors={})) == 1


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


# More reports of Ruel's arrest; the last recalls an earlier case of Danes, as follow-ups do.
RUEL_MORE = [
    ("Kestrel FC keep faith with Ruel after arrest",
     "Kestrel FC will keep defender Anton Ruel in the squad after his drink-driving arrest on "
     "Sunday, coach Vera Lind said. Harlow police have not yet charged Ruel."),
    ("Ruel apologises to Kestrel FC fans over drink-driving arrest",
     "Defender Anton Ruel apologised to Kestrel FC supporters after Harlow police arrested him on "
     "suspicion of drink-driving on Sunday. Lind said the club would deal with it privately. "
     "Striker Milo Danes faced a club fine for a late-night incident last season."),
]  # fmt: skip
# Danes held, worded apart from Ruel's reports: only his name in the headline tells them apart.
DANES_HELD = (
    "Kestrel FC striker Danes held over drink-driving",
    "Striker Milo Danes was stopped by a patrol on the coast road near Orwell and held overnight "
    "on suspicion of drink-driving. Kestrel FC said Danes would miss training on Monday.",
)


def test_a_person_that_one_member_of_a_long_story_recalls_is_not_its_own() -> None:
    """Danes's arrest stays apart from a story of six reports of Ruel's although one of them
    names Danes: a person is the story's only when a fifth of its members name them."""
    articles = _articles(RUEL_AGAIN, *RUEL_MORE, DANES_HELD)
    stories = cluster(articles, vectors={})
    assert {frozenset(s.articles) for s in stories} == {
        frozenset(a.id for a in articles[:-1]),
        frozenset({articles[-1].id}),
    }
    # One member naming Danes made him the story's before (when only entities counted: the
    # surname penalty, `headline_person_conflict`, now also keeps him apart).
    before = ClusterOptions(headline_share=0.0, headline_person_conflict=0.0)
    assert len(cluster(articles, before, vectors={})) == 1


def _plain(number: int, title: str, text: str) -> Article:
    """A report as read without the entity stage: no mentions at all."""
    return Article(id=article_id(text), path=f"plain {number}", text=text, title=title)


def test_headline_names_are_the_headline_words_the_body_writes_as_names() -> None:
    article = _plain(
        0,
        "Harbour Board Fines Orwell Ferry Firm",
        "The harbour board fined the ferry firm on Monday. Orwell officials said the Orwell "
        "ferry had sailed without a licence; the firm will appeal.",
    )
    assert signals_of(article, "outlet").headline_names == frozenset({"orwell"})
    # With the entity stage's mentions, the headline's people say it more exactly.
    assert signals_of(_article(0, *DANES), "outlet").headline_names == frozenset()


def test_without_entities_the_headline_names_keep_another_players_arrest_apart() -> None:
    """Danes's headline names him, whom no report of Ruel's names, and his report never names
    Ruel, whom theirs headline: evidence both ways of another protagonist."""
    articles = [_plain(i, t, x) for i, (t, x) in enumerate(RUEL[:2] + [DANES_HELD])]
    stories = cluster(articles, vectors={})
    assert {frozenset(s.articles) for s in stories} == {
        frozenset(a.id for a in articles[:2]),
        frozenset({articles[2].id}),
    }
    # Without the names (nor the surname they give, `headline_person_conflict`) they join.
    blind = ClusterOptions(headline_name_stranger=0.0, headline_person_conflict=0.0)
    assert len(cluster(articles, blind, vectors={})) == 1


def test_without_entities_a_headline_naming_the_story_s_player_joins() -> None:
    articles = [_plain(i, t, x) for i, (t, x) in enumerate(RUEL + [RUEL_AGAIN])]
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]


def test_without_entities_a_new_name_in_the_headline_of_a_report_naming_the_player_joins() -> None:
    """A headline may name someone new (the magistrate); the report still names Ruel, so it
    is no other protagonist's event."""
    hearing = (
        "Magistrate Quill sets date in Kestrel FC drink-driving case",
        "A Harlow court under Magistrate Edda Quill will hear the case against defender Anton "
        "Ruel on Friday, after his arrest on suspicion of drink-driving on Sunday.",
    )
    articles = [_plain(i, t, x) for i, (t, x) in enumerate(RUEL[:2] + [hearing])]
    (story,) = cluster(articles, vectors={})
    assert story.articles == [a.id for a in articles]
