"""Places across outlets: when a name the other outlet also uses is no conflict."""

from __future__ import annotations

import pytest

from tests.test_compare_more import analyse, article, place


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # "Bergen Airport" is named by an outlet writing "Bergen's Flesland airport": the kind of
        # place and the possessive aside
        (
            "The jet made an emergency landing at Bergen's Flesland airport on Monday.",
            "The jet made an emergency landing at Bergen Airport on Monday afternoon.",
        ),
        # a province holds the town set against it
        (
            "Police cleared the pipeline blockade in British Columbia on Thursday.",
            "Police cleared the pipeline blockade near Kitwanga on Thursday.",
        ),
        # an ocean holds the places set against it
        (
            "The trawler sank in the Atlantic after its engine failed on Monday.",
            "The trawler sank off Scotland after its engine failed on Monday.",
        ),
        # a square lies in a town, a town beside a lake
        (
            "Thousands of protesters gathered in Varenia on Sunday to demand elections.",
            "Thousands of protesters gathered in Republic Square on Sunday to demand elections.",
        ),
        (
            "The guests were staying at a lakeside hotel near Muskegon on Saturday night.",
            "The guests were staying at a lakeside hotel near Lake Michigan on Saturday night.",
        ),
        # a nation of the United Kingdom holds its counties
        (
            "Inmates rioted on Sunday at a category B prison in England, officials said.",
            "Inmates rioted on Sunday at a category B prison in Lincolnshire, officials said.",
        ),
    ],
)
def test_no_place_conflict(text_a: str, text_b: str) -> None:
    findings = analyse(article("Post", text_a), article("Herald", text_b)).findings
    assert [f for f in findings if f.topic == "place"] == []


def test_a_facility_in_another_town_still_conflicts() -> None:
    text_a = "The jet made an emergency landing at Bergen Airport on Monday afternoon."
    text_b = "The jet made an emergency landing at Stavanger Airport on Monday afternoon."
    findings = analyse(article("Post", text_a), article("Herald", text_b)).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "place")]


def test_two_streets_for_one_event_conflict() -> None:
    text_a = "The parade was halted at Harbour Street after the stand collapsed on Sunday."
    text_b = "The parade was halted at Kingsway Plaza after the stand collapsed on Sunday."
    findings = analyse(article("Post", text_a), article("Herald", text_b)).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "place")]


def test_one_named_facility_placed_in_two_towns_conflicts() -> None:
    # The hospital's name is what the two sentences share; the common words around it differ.
    text_a = "The review into Calder Vale General Hospital in Halifax was published on Wednesday."
    text_b = "Parents gathered outside Calder Vale General Hospital in Huddersfield to hear it."
    findings = analyse(article("Post", text_a), article("Herald", text_b)).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "place")]


def test_a_nationality_naming_a_currency_is_no_place() -> None:
    text_a = "The carmaker expects the repairs to cost about 1.9 billion Norwegian crowns."
    text_b = "The carmaker expects the repairs to cost about 1.9 billion in the U.K. alone."
    a = article("Post", text_a, mentions=[place(text_a, "Norwegian", "e:no", "NORP")])
    b = article("Herald", text_b, mentions=[place(text_b, "U.K.", "e:gb")])
    assert [f for f in analyse(a, b).findings if f.topic == "place"] == []
    # the same country named as a place still conflicts
    text_c = "The carmaker expects the repairs to cost about 1.9 billion in Norway alone."
    c = article("Post", text_c, mentions=[place(text_c, "Norway", "e:no")])
    assert [f.kind for f in analyse(c, b).findings if f.topic == "place"] == ["conflict"]


def test_two_outlets_naming_one_place_against_a_third_are_one_side_of_one_conflict() -> None:
    # The third outlet names its place twice, each time in the words of one of the others.
    berth = "The ferry operator said its relief crossings would berth at {} on Monday morning."
    tie_up = "The relief crossings will tie up at {}, the harbour office said."
    post = article("Post", berth.format("Carrow Quay"))
    herald = article("Herald", tie_up.format("Carrow Quay"))
    wire = article("Wire", berth.format("Dunmore Pier") + " " + tie_up.format("Dunmore Pier"))
    findings = [f for f in analyse(post, herald, wire).findings if f.topic == "place"]
    assert findings  # the same name twice is no agreement to report: conflicts only
    for conflict in findings:
        assert conflict.kind == "conflict"
        assert {e.article for e in conflict.evidence} == {post.id, herald.id, wire.id}


def test_a_country_named_like_a_province_is_still_a_country() -> None:
    # Luxembourg is also a Belgian province: as a country it is set against a country.
    text_a = "The donations were routed through a foundation registered in Luxembourg."
    text_b = "The donations were routed through a foundation registered in Malta."
    a = article("Post", text_a)
    b = article("Herald", text_b)
    assert [f.kind for f in analyse(a, b).findings if f.topic == "place"] == ["conflict"]
