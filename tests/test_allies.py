"""A third outlet giving one side's value joins that side of a conflict (`allies`), with
claims and sentence vectors we make up here."""

from __future__ import annotations

import numpy as np

from wirecheck.corpus.allies import join_allies, widen_agreements
from wirecheck.corpus.claims import Claim
from wirecheck.corpus.pairs import Pair

NEAR = np.array([1.0, 0.0], dtype=np.float32)  # sentences about the wall
FAR = np.array([0.0, 1.0], dtype=np.float32)  # a sentence about something else


def wall(outlet: str, low: float, high: float, text: str, kind: str = "count") -> Claim:
    return Claim(f"a:{outlet}", outlet, kind, "height", "m", f"{low:g} metres", 0, len(text),
                 text, low=low, high=high)  # fmt: skip


def conflict(*claims: Claim) -> Pair:
    return Pair("conflict", "height", "height: ...", list(claims))


def test_a_third_outlet_with_one_sides_value_joins_it() -> None:
    herald = wall("Herald", 5, 5, "They climbed a five-metre wall.")
    star = wall("Star", 6, 6, "They went over a six-metre perimeter wall.")
    post = wall("Post", 5, 5, "The men scaled the five-metre outer wall with bedsheets.")
    vectors = {c.gist: NEAR for c in (herald, star, post)}
    found = join_allies([conflict(herald, star)], [herald, star, post], vectors)
    kinds = sorted((p.kind, sorted(c.outlet for c in p.claims)) for p in found)
    assert kinds == [("conflict", ["Herald", "Post", "Star"])]
    (joined,) = [p for p in found if p.kind == "conflict"]
    assert joined.summary == "height: Herald and Post say 5 metres; Star says 6 metres."


def test_no_ally_from_a_sentence_about_something_else_or_a_value_of_both_sides() -> None:
    herald = wall("Herald", 5, 5, "They climbed a five-metre wall.")
    star = wall("Star", 6, 6, "They went over a six-metre perimeter wall.")
    other = wall("Post", 5, 5, "The exercise yard is five metres from the kitchens.")
    both = wall("Gazette", 4.5, 6.6, "The wall is about five or six metres high.")
    vectors = {herald.gist: NEAR, star.gist: NEAR, other.gist: FAR, both.gist: NEAR}
    pair = conflict(herald, star)
    assert join_allies([pair], [herald, star, other, both], vectors) == [pair]


def test_an_outlet_with_two_candidates_and_quotes_are_left_alone() -> None:
    herald = wall("Herald", 5, 5, "They climbed a five-metre wall.")
    star = wall("Star", 6, 6, "They went over a six-metre perimeter wall.")
    first = wall("Post", 5, 5, "The men scaled the five-metre outer wall.")
    second = wall("Post", 6, 6, "A second, six-metre wall stood beyond it.")
    vectors = {c.gist: NEAR for c in (herald, star, first, second)}
    pair = conflict(herald, star)
    assert join_allies([pair], [herald, star, first, second], vectors) == [pair]
    said = [wall(o, 5, 5, "“We climbed it,” he said.", kind="quote") for o in ("A", "B", "C")]
    quotes = conflict(said[0], wall("B", 6, 6, "“It was high,” she said.", kind="quote"))
    assert join_allies([quotes], said, {c.gist: NEAR for c in said}) == [quotes]


def test_a_sentence_reading_somewhat_alike_is_enough_for_the_very_value() -> None:
    # the same value as one side is itself a sign: a cosine of 0.3 will do, 0.2 will not
    herald = wall("Herald", 5, 5, "They climbed a five-metre wall.")
    star = wall("Star", 6, 6, "They went over a six-metre perimeter wall.")
    post = wall("Post", 5, 5, "Guards found the bedsheets hanging from the five-metre barrier.")
    for cosine, joins in ((0.3, True), (0.2, False)):
        apart = np.array([cosine, np.sqrt(1 - cosine**2)], dtype=np.float32)
        vectors = {herald.gist: NEAR, star.gist: NEAR, post.gist: apart}
        (found,) = join_allies([conflict(herald, star)], [herald, star, post], vectors)
        assert ("Post" in {c.outlet for c in found.claims}) is joins


def length(outlet: str, words: str, text: str) -> Claim:
    hours = {"nearly five hours": "PT5H", "almost five hours": "PT5H"}.get(words, "PT6H")
    return Claim(f"a:{outlet}", outlet, "time", "duration", "DURATION", words, 0, len(text), text,
                 time=hours)  # fmt: skip


def test_a_length_in_other_words_joins_the_side_it_agrees_with() -> None:
    wire = length("Wire", "nearly five hours", "The sub was found nearly five hours later.")
    post = length("Post", "more than six hours", "A search that lasted more than six hours.")
    herald = length("Herald", "almost five hours", "They spent almost five hours on the seabed.")
    vectors = {c.gist: NEAR for c in (wire, post, herald)}
    pair = Pair("conflict", "duration", "duration: ...", [wire, post])
    (found,) = join_allies([pair], [wire, post, herald], vectors)
    assert sorted(c.outlet for c in found.claims) == ["Herald", "Post", "Wire"]


def day(outlet: str, words: str, iso: str, text: str) -> Claim:
    return Claim(f"a:{outlet}", outlet, "date", "date", "date", words, 0, len(text), text,
                 time=iso)  # fmt: skip


def test_a_date_in_other_words_joins_the_side_of_its_day() -> None:
    # "on Thursday" and "on March 4" are one day: the Wire joins the Bulletin's side, though
    # it gives the day twice (the sentence that reads most like the side's is taken)
    bulletin = day("Bulletin", "March 4", "2027-03-04", "Police raided the centre on March 4.")
    herald = day("Herald", "Wednesday", "2027-03-03", "The raid came on Wednesday.")
    lead = day("Wire", "Thursday", "2027-03-04", "Police arrested 87 people on Thursday.")
    later = day("Wire", "Thursday", "2027-03-04", "The court sat late on Thursday.")
    vectors = {bulletin.gist: NEAR, herald.gist: NEAR, lead.gist: NEAR, later.gist: FAR}
    pair = Pair("conflict", "date", "date: ...", [bulletin, herald])
    (found,) = join_allies([pair], [bulletin, herald, lead, later], vectors)
    assert {c.outlet for c in found.claims} == {"Bulletin", "Herald", "Wire"}
    assert lead in found.claims and later not in found.claims
    assert found.summary.startswith("date: Bulletin and Wire say March 4 / Thursday")


def test_a_count_of_people_no_cue_names_joins_the_side_it_gives() -> None:
    # the Courier counts the evacuees as "some 19,000 people" and has no evacuee claim
    def evacuees(outlet: str, low: float, high: float | None, text: str, topic: str) -> Claim:
        return Claim(f"a:{outlet}", outlet, "count", topic, topic, text, 0, len(text), text,
                     low=low, high=high)  # fmt: skip

    coast = evacuees("Coast", 18000, 22000, "About 20,000 people were evacuated.", "evacuated")
    north = evacuees("North", 54000, 60000, "Nearly 60,000 were evacuated.", "evacuated")
    courier = evacuees("Courier", 17100, 20900, "Some 19,000 people left.", "people")
    pair = Pair("conflict", "evacuated", "evacuated: ...", [coast, north])
    vectors = {c.gist: NEAR for c in (coast, north, courier)}
    (found,) = join_allies([pair], [coast, north, courier], vectors)
    assert {c.outlet for c in found.claims} == {"Coast", "North", "Courier"}
    vectors[courier.gist] = FAR  # a sentence about something else stays out
    assert join_allies([pair], [coast, north, courier], vectors) == [pair]


def test_an_agreement_takes_in_an_outlet_whose_sentence_read_differently() -> None:
    # the Herald's wall is the five metres Post and Star agree on; a figure of another noun,
    # though its interval overlaps, stays out
    herald = wall("Herald", 5, 5, "Guards found bedsheets on the five-metre barrier.")
    star = wall("Star", 5, 5, "They went over a five-metre perimeter wall.")
    post = wall("Post", 4.5, 5.5, "The men scaled the roughly five-metre outer wall.")
    gazette = wall("Gazette", 5, 5, "Five metres of rope were found.")
    gazette.counted = "rope"
    post.counted = star.counted = herald.counted = "wall"
    pair = Pair("agree", "height", "Post and Star agree ...", [post, star])
    vectors = {post.gist: NEAR, star.gist: NEAR, herald.gist: NEAR, gazette.gist: NEAR}
    (found,) = widen_agreements([pair], [herald, star, post, gazette], vectors)
    assert {c.outlet for c in found.claims} == {"Herald", "Post", "Star"}
    assert found.summary.startswith("Herald, Post and Star agree on height")


def test_a_sum_read_under_another_cue_joins_a_side_of_its_currency() -> None:
    # "the $42 million project" was read as a price; the conflict is over the bare sum
    def cost(outlet: str, value: float, slot: str, text: str) -> Claim:
        return Claim(f"a:{outlet}", outlet, "count", slot, slot, text, 0, len(text), text,
                     low=value, high=value)  # fmt: skip

    dispatch = cost("Dispatch", 58e6, "USD", "The bypass will cost $58 million.")
    bulletin = cost("Bulletin", 42e6, "USD", "The bypass is put at $42 million.")
    courier = cost("Courier", 42e6, "USD price", "The $42 million bypass was approved.")
    pair = Pair("conflict", "USD", "USD: ...", [dispatch, bulletin])
    vectors = {c.gist: NEAR for c in (dispatch, bulletin, courier)}
    (found,) = join_allies([pair], [dispatch, bulletin, courier], vectors)
    assert {c.outlet for c in found.claims} == {"Bulletin", "Courier", "Dispatch"}
    pounds = cost("Courier", 42e6, "GBP price", "The £42 million bypass was approved.")
    assert join_allies([pair], [dispatch, bulletin, pounds], vectors) == [pair]


def test_a_clock_time_that_names_its_day_joins_the_side_of_that_day() -> None:
    bulletin = day("Bulletin", "Sunday", "2027-08-08", "The flood struck on Sunday.")
    tribune = day("Tribune", "Saturday", "2027-08-07", "The flood struck late on Saturday.")
    text = "Water swept through the canyon shortly after 6 p.m. on Sunday."
    star = Claim("a:Star", "Star", "time", "time", "TIME", "6 p.m. on Sunday", 0, len(text), text,
                 time="2027-08-08T18:00")  # fmt: skip
    pair = Pair("conflict", "date", "date: ...", [bulletin, tribune])
    vectors = {c.gist: NEAR for c in (bulletin, tribune, star)}
    (found,) = join_allies([pair], [bulletin, tribune, star], vectors)
    assert {c.outlet for c in found.claims} == {"Bulletin", "Star", "Tribune"}


def test_no_agreement_is_widened_into_one_already_found() -> None:
    herald = wall("Herald", 5, 5, "Guards found bedsheets on the five-metre barrier.")
    star = wall("Star", 5, 5, "They went over a five-metre perimeter wall.")
    post = wall("Post", 5, 5, "The men scaled the five-metre outer wall.")
    two = Pair("agree", "height", "Post and Star agree ...", [post, star])
    three = Pair("agree", "height", "Herald, Post and Star agree ...", [herald, post, star])
    vectors = {c.gist: NEAR for c in (herald, star, post)}
    assert widen_agreements([two, three], [herald, star, post], vectors) == [two, three]


def led_day(outlet: str, iso: str, text: str) -> Claim:
    """A date claim whose lead-in is its sentence up to the weekday."""
    claim = day(outlet, "Wednesday" if iso.endswith("10") else "Tuesday", iso, text)
    claim.lead_in = text[: text.index(claim.value)]
    return claim


def test_a_date_whose_lead_in_names_the_sides_deed_joins_on_a_faint_likeness() -> None:
    # "The raids, carried out on Wednesday" reads little like "during raids on 11 premises on
    # Wednesday" as a whole, but the words before the day name the same deed
    post = led_day("Post", "2027-03-10", "Officers seized pills during raids on Wednesday.")
    herald = led_day("Herald", "2027-03-09", "Police raided warehouses on Tuesday.")
    wire = led_day("Wire", "2027-03-10", "The raids, carried out on Wednesday, ended it.")
    court = led_day("Star", "2027-03-10", "The suspects appeared in court on Wednesday.")
    faint = np.array([0.2, 0.98], dtype=np.float32)  # likeness 0.2 with NEAR
    vectors = {post.gist: NEAR, herald.gist: NEAR, wire.gist: faint, court.gist: faint}
    pair = Pair("conflict", "date", "date: ...", [post, herald])
    (found,) = join_allies([pair], [post, herald, wire, court], vectors)
    assert {c.outlet for c in found.claims} == {"Post", "Herald", "Wire"}


def test_a_figure_with_one_bound_joins_the_side_its_bound_falls_in() -> None:
    # "at least 27" overlaps both "about 30" and "more than 40"; its bound, 27, is the first's
    about = wall("Herald", 27, 33, "About 30 people were bitten by dogs.")
    more = wall("Star", 41, 41, "More than 40 people were bitten by dogs.")
    least = wall("Post", 27, 27, "At least 27 people were bitten by stray dogs.")
    more.high = least.high = None  # open above
    vectors = {c.gist: NEAR for c in (about, more, least)}
    (found,) = join_allies([conflict(about, more)], [about, more, least], vectors)
    assert found.summary.startswith("height: Herald and Post say")
