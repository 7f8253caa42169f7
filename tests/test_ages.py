"""A person's age across outlets, in sentences we write."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, kinds
from wirecheck.corpus.ages import age_claims
from wirecheck.model import Article, Entity, Mention

EKLUND = Entity("e:eklund", "Lars Eklund", "PERSON")
SOLBERG = Entity("e:solberg", "Ingrid Solberg", "PERSON")


def told(source: str, text: str, *names: tuple[str, str]) -> Article:
    """An article whose PERSON mentions are the given (words, entity id) pairs."""
    mentions = []
    for words, entity in names:
        start = text.index(words)
        mentions.append(Mention("", start, start + len(words), words, "PERSON", None, entity))
    return article(source, text, mentions=mentions)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # after a name, between commas
        ("Lars Eklund, 58, denies the charges.", [("Lars Eklund", "e:eklund")], ("e:eklund", "58")),
        # before a name it introduces
        (
            "Ingrid Solberg met the 41-year-old Lars Eklund on Monday.",
            [("Ingrid Solberg", "e:solberg"), ("Lars Eklund", "e:eklund")],
            ("e:eklund", "41"),
        ),
        # in an apposition after the name
        (
            "Ingrid Solberg said Lars Eklund, a 43-year-old miner, escaped.",
            [("Ingrid Solberg", "e:solberg"), ("Lars Eklund", "e:eklund")],
            ("e:eklund", "43"),
        ),
        # alone: the person the article opens with
        (
            "Lars Eklund signed on Monday. Ingrid Solberg, the coach, was there. "
            "The 26-year-old has agreed a five-year contract.",
            [("Lars Eklund", "e:eklund"), ("Ingrid Solberg", "e:solberg")],
            ("e:eklund", "26"),
        ),
    ],
)
def test_an_age_belongs_to_the_person_the_sentence_means(
    text: str, names: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    claims = age_claims(told("Herald", text, *names), "Herald", {"e:eklund": EKLUND,
                                                               "e:solberg": SOLBERG})  # fmt: skip
    assert [(c.slot, c.value) for c in claims] == [expected]


def test_an_age_that_brings_in_someone_unnamed_is_theirs_not_the_main_person_s() -> None:
    """'a 12-year-old boy was pulled out': the boy is not Lars Eklund, whom the article
    opens with; he is the boy who was pulled out."""
    text = "Lars Eklund led the rescue. A 12-year-old boy was pulled out at dawn."
    claims = age_claims(told("Herald", text, ("Lars Eklund", "e:eklund")), "Herald",
                        {"e:eklund": EKLUND})  # fmt: skip
    assert [(c.slot, c.value) for c in claims] == [("role:boy:pulled", "12")]


def test_ages_of_an_unnamed_person_meet_by_the_noun_of_their_role() -> None:
    """'a 16-year-old goalkeeper' in one outlet, 'a 15-year-old goalkeeper' in another."""
    one = told("Herald", "Lars Eklund led the rescue. The dead included a 16-year-old goalkeeper.",
               ("Lars Eklund", "e:eklund"))  # fmt: skip
    other = told("Planet", "A 15-year-old goalkeeper was among the dead, Lars Eklund said.",
                 ("Lars Eklund", "e:eklund"))  # fmt: skip
    assert ("conflict", "age of the goalkeeper") in kinds(analyse(one, other, entities=[EKLUND]))


def test_two_ages_for_one_person_conflict_and_the_same_age_is_news_only_when_contested() -> None:
    a = told("Herald", "Lars Eklund, 58, denies the charges.", ("Lars Eklund", "e:eklund"))
    b = told("Ledger", "Eklund, 58, faces 11 counts of fraud.", ("Eklund", "e:eklund"))
    c = told("Star", "The court heard that Eklund, 59, had retired.", ("Eklund", "e:eklund"))
    assert analyse(a, b).findings == []
    findings = analyse(a, b, c).findings
    assert kinds(analyse(a, b, c)) == {
        ("conflict", "age of Lars Eklund"),
        ("agree", "age of Lars Eklund"),
    }
    (conflict,) = [f for f in findings if f.kind == "conflict"]
    assert len(conflict.evidence) == 3
    assert conflict.summary == "age of Lars Eklund: Herald and Ledger say 58; Star says 59."


def test_numbers_between_commas_after_a_word_that_is_no_name_are_not_ages() -> None:
    text = "In 2019, 40, then 50, people came."
    assert age_claims(told("Herald", text), "Herald", {}) == []


def test_a_comma_age_makes_a_name_tagged_as_an_organisation_a_person() -> None:
    # the tagger sometimes takes a "Mac" surname for a company
    macleod = Entity("e:macleod", "Duncan MacLeod", "ORG")
    text = "Duncan MacLeod, 66, bought the ticket on Friday."
    mentions = [Mention("", 0, 14, "Duncan MacLeod", "ORG", None, "e:macleod")]
    claims = age_claims(article("Herald", text, mentions=mentions), "Herald",
                        {"e:macleod": macleod})  # fmt: skip
    assert [(c.slot, c.value) for c in claims] == [("e:macleod", "66")]


def test_an_age_after_a_full_name_the_entity_stage_missed_is_compared_by_surname() -> None:
    a = told("Herald", "The chief negotiator, Ola Bakke Hovland, 61, said the deal was fair.")
    b = told("Ledger", "Its chief negotiator, Ola Bakke Hovland, 58, called it balanced.")
    (claim,) = age_claims(a, "Herald", {})
    assert (claim.slot, claim.value, claim.topic) == (
        "name:hovland",
        "61",
        "age of Ola Bakke Hovland",
    )
    assert kinds(analyse(a, b)) == {("conflict", "age of Ola Bakke Hovland")}
