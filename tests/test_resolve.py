"""Resolution across articles: one entity per referent, stable ids, local ids rewritten.

Most tests build the per-article mention layers by hand (text we write, offsets included),
so they run without the spaCy model; one test runs the whole chain on invented articles.
"""

from __future__ import annotations

import random
import re

import pytest

from wirecheck.corpus import persons
from wirecheck.corpus.resolve import resolve
from wirecheck.model import Analysis, Article, Entity, Event, Mention, Quote


def article(article_id: str, text: str, *names: tuple[str, str, int, str | None]) -> Article:
    """An article whose mentions are (text, type, local number, role), found in order."""
    made = Article(id=article_id, path=article_id, text=text)
    cursor = 0
    for name, kind, number, role in names:
        start = text.index(name, cursor)
        cursor = start + len(name)
        local = f"{article_id}:e:{number}"
        made.mentions.append(Mention(article_id, start, cursor, name, kind, role, local))
    return made


def resolved(*articles: Article) -> Analysis:
    analysis = Analysis(articles=list(articles))
    resolve(analysis)
    return analysis


def entity_of(analysis: Analysis, article_id: str, text: str) -> Entity:
    found = analysis.article(article_id)
    assert found is not None
    mention = next(m for m in found.mentions if m.text == text)
    return next(e for e in analysis.entities if e.id == mention.entity)


def test_transliteration_variants_are_one_person() -> None:
    a = article(
        "a", "President Volodymyr Zelensky spoke.", ("Volodymyr Zelensky", "PERSON", 0, "President")
    )
    b = article("b", "Volodymyr Zelenskyy left Kyiv.", ("Volodymyr Zelenskyy", "PERSON", 0, None))
    c = article("c", "Wolodymyr Zelenskiy said no.", ("Wolodymyr Zelenskiy", "PERSON", 0, None))
    d = article("d", "Zelenskiy thanked donors.", ("Zelenskiy", "PERSON", 0, None))
    analysis = resolved(a, b, c, d)
    people = [e for e in analysis.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert people[0].name == "Volodymyr Zelensky"
    assert set(people[0].aliases) >= {"Volodymyr Zelenskyy", "Wolodymyr Zelenskiy", "Zelenskiy"}
    assert people[0].roles == ["President"]
    assert len(people[0].mentions) == 4


def test_same_surname_different_first_names_stay_apart() -> None:
    a = article("a", "Ed Miliband spoke.", ("Ed Miliband", "PERSON", 0, None))
    b = article("b", "David Miliband replied.", ("David Miliband", "PERSON", 0, None))
    c = article("c", "Miliband said more.", ("Miliband", "PERSON", 0, None))
    analysis = resolved(a, b, c)
    assert entity_of(analysis, "a", "Ed Miliband") != entity_of(analysis, "b", "David Miliband")
    # A bare surname that could be either joins neither.
    bare = entity_of(analysis, "c", "Miliband")
    assert bare not in (
        entity_of(analysis, "a", "Ed Miliband"),
        entity_of(analysis, "b", "David Miliband"),
    )


def test_bare_surname_joins_the_one_person_it_can_mean() -> None:
    a = article("a", "Keir Starmer met Olaf Scholz.", ("Keir Starmer", "PERSON", 0, None),
                ("Olaf Scholz", "PERSON", 1, None))  # fmt: skip
    b = article("b", "Starmer said yes.", ("Starmer", "PERSON", 0, None))
    c = article("c", "K. Starmer said no.", ("K. Starmer", "PERSON", 0, None))
    analysis = resolved(a, b, c)
    starmer = entity_of(analysis, "a", "Keir Starmer")
    assert entity_of(analysis, "b", "Starmer") == starmer
    assert entity_of(analysis, "c", "K. Starmer") == starmer


def test_bare_surnames_with_conflicting_roles_stay_apart() -> None:
    a = article("a", "President Bush spoke.", ("Bush", "PERSON", 0, "President"))
    b = article("b", "Governor Bush spoke.", ("Bush", "PERSON", 0, "Governor"))
    c = article("c", "Bush spoke again.", ("Bush", "PERSON", 0, "President"))
    analysis = resolved(a, b, c)
    assert entity_of(analysis, "a", "Bush") != entity_of(analysis, "b", "Bush")
    assert entity_of(analysis, "a", "Bush") == entity_of(analysis, "c", "Bush")


def test_a_title_as_police_shorten_it_is_the_same_title() -> None:
    a = article("a", "Superintendent Karen Whitlock spoke.",
                ("Karen Whitlock", "PERSON", 0, "Superintendent"))  # fmt: skip
    b = article("b", "Supt Whitlock said more.", ("Whitlock", "PERSON", 0, "Supt"))
    c = article("c", "Sergeant Whitlock said less.", ("Whitlock", "PERSON", 0, "Sergeant"))
    analysis = resolved(a, b, c)
    assert entity_of(analysis, "b", "Whitlock") == entity_of(analysis, "a", "Karen Whitlock")
    assert entity_of(analysis, "c", "Whitlock") != entity_of(analysis, "a", "Karen Whitlock")


def test_uk_britain_british_are_one_country() -> None:
    a = article("a", "The U.K. and Britain's allies.", ("U.K.", "GPE", 0, None),
                ("Britain", "GPE", 0, None))  # fmt: skip
    b = article("b", "British troops left the UK.", ("British", "NORP", 0, None),
                ("UK", "GPE", 0, None))  # fmt: skip
    c = article("c", "The United Kingdom voted.", ("United Kingdom", "GPE", 0, None))
    analysis = resolved(a, b, c)
    countries = [e for e in analysis.entities if e.code == "GBR"]
    assert len(countries) == 1
    uk = countries[0]
    assert (uk.name, uk.type) == ("United Kingdom", "GPE")
    assert set(uk.aliases) == {"U.K.", "Britain", "British", "UK"}


def test_demonym_alone_names_its_country() -> None:
    a = article("a", "Russian strikes hit the port.", ("Russian", "NORP", 0, None))
    b = article("b", "Russia denied it.", ("Russia", "GPE", 0, None))
    c = article("c", "American and U.S. officials.", ("American", "NORP", 0, None),
                ("U.S.", "GPE", 0, None))  # fmt: skip
    analysis = resolved(a, b, c)
    russia = entity_of(analysis, "a", "Russian")
    assert russia == entity_of(analysis, "b", "Russia")
    assert (russia.code, russia.name, russia.type) == ("RUS", "Russia", "GPE")
    assert entity_of(analysis, "c", "American").code == "USA"


def test_type_comes_from_a_vote_across_articles() -> None:
    a = article("a", "Drones hit Kyiv.", ("Kyiv", "PERSON", 0, None))
    b = article("b", "Kyiv was dark.", ("Kyiv", "GPE", 0, None))
    c = article("c", "In Kyiv, sirens.", ("Kyiv", "GPE", 0, None))
    analysis = resolved(a, b, c)
    kyiv = [e for e in analysis.entities if e.name == "Kyiv"]
    assert len(kyiv) == 1 and kyiv[0].type == "GPE" and len(kyiv[0].mentions) == 3


def test_acronym_joins_a_long_name_seen_with_it() -> None:
    a = article(
        "a",
        "The North Atlantic Treaty Organization (NATO) met.",
        ("North Atlantic Treaty Organization", "ORG", 0, None),
        ("NATO", "ORG", 0, None),
    )
    b = article("b", "NATO said no.", ("NATO", "ORG", 0, None))
    analysis = resolved(a, b)
    nato = entity_of(analysis, "b", "NATO")
    assert nato == entity_of(analysis, "a", "North Atlantic Treaty Organization")
    assert nato.name == "North Atlantic Treaty Organization" and nato.aliases == ["NATO"]


def test_organisation_spellings_and_suffixes() -> None:
    a = article("a", "Acme Corp. fell.", ("Acme Corp.", "ORG", 0, None))
    b = article("b", "Shares in Acme rose.", ("Acme", "ORG", 0, None))
    c = article("c", "The Ida Brandt Centre said.", ("Ida Brandt Centre", "ORG", 0, None))
    d = article("d", "At the Ida Brandt Center.", ("Ida Brandt Center", "FAC", 0, None))
    analysis = resolved(a, b, c, d)
    assert entity_of(analysis, "a", "Acme Corp.") == entity_of(analysis, "b", "Acme")
    assert entity_of(analysis, "c", "Ida Brandt Centre") == entity_of(
        analysis, "d", "Ida Brandt Center"
    )


def test_ids_are_deterministic_and_well_formed() -> None:
    def build() -> Analysis:
        return resolved(
            article(
                "a",
                "Keir Starmer in London.",
                ("Keir Starmer", "PERSON", 0, None),
                ("London", "GPE", 1, None),
            ),  # fmt: skip
            article(
                "b",
                "Starmer left London.",
                ("Starmer", "PERSON", 0, None),
                ("London", "GPE", 1, None),
            ),  # fmt: skip
        )

    first, second = build(), build()
    assert [e.id for e in first.entities] == [e.id for e in second.entities]
    assert all(re.fullmatch(r"e:[0-9a-f]{12}", e.id) for e in first.entities)
    assert len({e.id for e in first.entities}) == len(first.entities) == 2


def test_local_ids_are_rewritten_everywhere() -> None:
    a = article("a", "Keir Starmer met Olaf Scholz in Berlin.", ("Keir Starmer", "PERSON", 0, None),
                ("Olaf Scholz", "PERSON", 1, None), ("Berlin", "GPE", 2, None))  # fmt: skip
    a.quotes.append(Quote("q1", "a", 0, 5, "hello", "direct", speaker="a:e:0"))
    a.events.append(Event("v1", "a", 13, 16, "CONSULT", "met", ["a:e:0"], ["a:e:1"], place="a:e:2"))
    analysis = resolved(a)
    ids = {m.text: m.entity for m in a.mentions}
    assert all(i and i.startswith("e:") for i in ids.values())
    assert a.quotes[0].speaker == ids["Keir Starmer"]
    assert a.events[0].actors == [ids["Keir Starmer"]]
    assert a.events[0].targets == [ids["Olaf Scholz"]]
    assert a.events[0].place == ids["Berlin"]
    assert {span.article for e in analysis.entities for span in e.mentions} == {"a"}


def test_resolution_never_compares_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many distinct people and places: resolution must not compare all pairs."""

    def corpus(size: int) -> list[Article]:
        rng = random.Random(size)
        made = []
        for i in range(size):
            first, last, town = (_word(rng) for _ in range(3))
            text = f"{first} {last} visited {town} with {last}."
            made.append(article(f"a{i}", text, (f"{first} {last}", "PERSON", 0, None),
                                (town, "GPE", 1, None), (last, "PERSON", 0, None)))  # fmt: skip
        return made

    # The work counted is the fuzzy name comparisons (cells of every score matrix), not time:
    # a timed bound failed on a loaded machine. How the time grows with real articles is
    # measured by a benchmark (benchmarks/entity_overhead.py, docs/BENCHMARKS.md).
    cells = [0]
    cdist = persons.process.cdist

    def counted(queries: list[str], choices: list[str], **options: object) -> object:
        cells[0] += len(queries) * len(choices)
        return cdist(queries, choices, **options)

    monkeypatch.setattr(persons.process, "cdist", counted)
    analysis = resolved(*corpus(4000))
    assert len(analysis.entities) >= 7900  # a few random names may collide
    surnames = 4000
    assert cells[0] < 0.01 * surnames * surnames  # all pairs would be 16 million


def _word(rng: random.Random) -> str:
    letters = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4))
    return letters.capitalize()


@pytest.mark.slow
def test_whole_chain_on_invented_articles() -> None:
    from wirecheck.extract.entities import entities
    from wirecheck.nlp import parse_many

    texts = {
        "planet": "British Prime Minister Keir Starmer met Ukrainian President Volodymyr "
        "Zelenskiy in Kyiv on Tuesday. Starmer said the U.K. would send more aid.",
        "gazette": "Sir Keir Starmer told reporters in Kyiv that Britain stood with Ukraine. "
        "President Volodymyr Zelensky thanked the British people.",
        "ledger": "Zelenskyy's office said Russian drones had struck Kharkiv. The Kremlin "
        "denied it. Mr Starmer called the attack cruel.",
    }
    articles = [Article(id=k, path=k, text=t) for k, t in texts.items()]
    for item, doc in zip(articles, parse_many(texts.values()), strict=True):
        item.mentions = entities(item, doc)
    analysis = resolved(*articles)
    by_name = {e.name: e for e in analysis.entities}
    assert {a.article for a in by_name["Keir Starmer"].mentions} == set(texts)
    zelensky = next(e for e in analysis.entities if e.name.startswith("Volodymyr Zelensk"))
    assert {a.article for a in zelensky.mentions} == set(texts)
    assert by_name["United Kingdom"].code == "GBR"
    assert by_name["Kyiv"].type == "GPE"
    assert by_name["Kremlin"].type == "ORG" and by_name["Kremlin"].code is None


def test_an_organisation_named_only_by_a_description_resolves() -> None:
    """A local entity whose every mention is a description ("the troops"), not a name, has no
    name to read a surname from; resolving it must not fail."""
    text = "Amina Odhiambo said the troops attacked Geneva on Monday."
    made = article(
        "a1", text, ("Amina Odhiambo", "PERSON", 0, None), ("the troops", "ORG", 1, None)
    )
    analysis = resolved(made)
    assert entity_of(analysis, "a1", "the troops").type == "ORG"
