"""Quantities: numbers, what they count, and the interval each wording stands for.

The interval table and the number finder need no parse; counted nouns come from spaCy (slow).
"""

from __future__ import annotations

import pytest

from tests.gold import articles_by_key, load_gold
from wirecheck.extract.numbers import parse_number
from wirecheck.extract.quantities import find_quantities, interval, quantities
from wirecheck.extract.quantity_find import Amount, amounts
from wirecheck.model import Analysis, Article
from wirecheck.nlp import parse

N = None


@pytest.mark.parametrize(
    ("text", "value"),
    [("26", 26), ("1,200", 1200), ("1.5 million", 1.5e6), ("twenty-six", 26),
     ("two hundred thousand", 2e5), ("a dozen", 12), ("one and a half", 1.5), ("5 1/2", 5.5),
     ("ninety-nine", 99), ("zero", 0), ("seven", 7), ("a quarter of a million", 2.5e5),
     ("three-quarters of a billion", 7.5e8)],
)  # fmt: skip
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


INTERVALS = [
    # (approximation kind, N, is a count, low, high) -- EVAL.md's table
    (None, 40, True, 40, 40),
    ("about", 40, True, 36, 44),
    ("about", 8, True, 7, 9),
    ("about", 25e6, True, 22.5e6, 27.5e6),
    ("about", 2.5, False, 2.25, 2.75),
    ("nearly", 300, True, 270, 299),
    ("nearly", 300, False, 270, 300),
    ("more", 1000, True, 1001, N),
    ("more", 2e6, False, 2e6, N),
    ("atleast", 12, True, 12, N),
    ("upto", 40, True, 0, 40),
    ("fewer", 15, True, 0, 14),
    ("fewer", 15.5, False, 0, 15.5),
]


@pytest.mark.parametrize(("approx", "value", "count", "low", "high"), INTERVALS)
def test_interval_rule(approx: str | None, value: float, count: bool, low: float,
                       high: float | None) -> None:  # fmt: skip
    got_low, got_high = interval(Amount(0, 1, 0, 1, value, approx=approx), count)
    assert got_low == pytest.approx(low)
    assert got_high == (pytest.approx(high) if high is not None else None)


def test_vague_and_range_intervals() -> None:
    assert interval(Amount(0, 1, 0, 1, None, vague=(24, 99)), True) == (24, 99)
    assert interval(Amount(0, 1, 0, 1, 20, high=30, approx="range"), True) == (20, 30)


FOUND = [
    # (text, expression, value, high of a range, unit, approximation) -- no parse needed
    ("They raised $1.5 billion.", "$1.5 billion", 1.5e9, N, "USD", N),
    ("Investors lost £48m.", "£48m", 48e6, N, "GBP", N),
    ("The £25million rocket exploded.", "£25million", 25e6, N, "GBP", N),
    ("It costs €1.2bn.", "€1.2bn", 1.2e9, N, "EUR", N),
    ("It raised 30 billion shillings.", "30 billion shillings", 30e9, N, "KES", N),
    ("Turnout was 62 percent.", "62 percent", 62, N, "%", N),
    ("Inflation hit 7.5%.", "7.5%", 7.5, N, "%", N),
    ("Gusts of 160 km/h hit.", "160 km/h", 160, N, "km/h", N),
    ("A magnitude 5.9 quake.", "magnitude 5.9", 5.9, N, "magnitude", N),
    ("A magnitude-5.9 aftershock.", "magnitude-5.9", 5.9, N, "magnitude", N),
    ("A 6.2-magnitude quake.", "6.2-magnitude", 6.2, N, "magnitude", N),
    ("Gusts of 170km/h hit.", "170km/h", 170, N, "km/h", N),
    ("Winds of 90mph hit.", "90mph", 90, N, "mph", N),
    ("A 9mm pistol.", "9mm", 9, N, "mm", N),
    ("Rain of 12 millimetres fell.", "12 millimetres", 12, N, "mm", N),
    ("A wall 45 centimetres thick.", "45 centimetres", 45, N, "cm", N),
    ("It cost 5,000 pesos.", "5,000 pesos", 5000, N, "peso", N),
    ("It cost 5,000 Philippine pesos.", "5,000 Philippine pesos", 5000, N, "PHP", N),
    ("between 20 and 30 trucks", "between 20 and 30", 20, 30, N, "range"),
    ("Between 2 and 3 million people", "Between 2 and 3 million", 2e6, 3e6, N, "range"),
    ("$10 million to $12 million", "$10 million to $12 million", 1e7, 1.2e7, "USD", "range"),
    ("50-60 people", "50-60", 50, 60, N, "range"),
    ("about 40 ministers", "about 40", 40, N, N, "about"),
    ("some 500,000 people", "some 500,000", 5e5, N, N, "about"),
    ("nearly 300 homes", "nearly 300", 300, N, N, "nearly"),
    ("more than 11 million people", "more than 11 million", 11e6, N, N, "more"),
    ("at least a dozen people", "at least a dozen", 12, N, N, "atleast"),
    ("as many as 200 soldiers", "as many as 200", 200, N, N, "upto"),
    ("fewer than 15 trucks", "fewer than 15", 15, N, N, "fewer"),
    ("Twenty-six drones", "Twenty-six", 26, N, N, N),
    (
        "He won a quarter of a million dollars.",
        "a quarter of a million dollars",
        2.5e5,
        N,
        "dollar",
        N,
    ),
]


@pytest.mark.parametrize(("text", "expression", "value", "high", "unit", "approx"), FOUND)
def test_number_expressions(text: str, expression: str, value: float, high: float | None,
                            unit: str | None, approx: str | None) -> None:  # fmt: skip
    got = [(text[a.start : a.end], a.value, a.high, a.unit, a.approx) for a in amounts(text)]
    assert (expression, value, high, unit, approx) in got


def units(text: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, None)]


def test_pesos_take_the_one_country_the_article_names() -> None:
    assert units("Farmers in the Philippines were paid 900 pesos each.") == ["PHP"]
    assert units("Wages in Mexico rose to 300 pesos a day.") == ["MXN"]
    # two peso countries, or none: the bare word, never a guessed code
    assert units("Mexico and Chile each paid 10 million pesos.") == ["peso"]
    assert units("The ticket costs 200 pesos.") == ["peso"]


def test_dollars_take_the_one_dollar_country_the_article_names_else_us_dollars() -> None:
    assert units("The New Zealand minister held shares worth 500,000 dollars.") == ["NZD"]
    assert units("Canadian officials said the repairs cost 3 million dollars.") == ["CAD"]
    assert units("The firm lost 5 million dollars last year.") == ["USD"]
    # two dollar countries: the wires' dollar
    assert units("A US buyer paid 2 million dollars to a Canadian supplier.") == ["USD"]
    assert units("It cost 3.2 million Canadian dollars.") == ["CAD"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The crew went out to fit a 750-pound solar array.", "lb"),
        ("The bear, which weighed roughly 400 pounds, was sedated.", "lb"),
        # a sum in pounds, and a hyphened pound before a word of money, stay sterling
        ("The club was fined 750 pounds.", "GBP"),
        ("He handed the driver a five-pound note.", "GBP"),
    ],
)
def test_pounds_of_weight_are_not_money(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(sentence, parse(sentence))] == [unit]


def test_shares_in_words_are_percentages() -> None:
    found = find_quantities("The terminal moves two in every five containers at the port.", None)
    assert [(q.text, q.unit, q.low, q.high) for q in found] == [("two in every five", "%", 36, 44)]
    found = find_quantities("Nine out of 10 nurses backed the strike.", None)
    assert [(q.unit, q.low, q.high) for q in found] == [("%", 81, 99)]


def test_crowns_take_their_country() -> None:
    assert units("The recall will cost 1.9 billion Swedish crowns.") == ["SEK"]
    assert units("The Danish regulator in Copenhagen imposed a 40 million kroner fine.") == ["DKK"]
    assert units("The Prague council paid 2 million crowns.") == ["CZK"]
    # no country: the bare word for a sum, and a few crowns are titles, not money
    assert units("The fine was 2 million crowns.") == ["crown"]
    assert units("She has won three crowns in a row.") == [None]


def test_attached_units_leave_other_words_alone() -> None:
    assert amounts("the 3rd round") == [] and amounts("a 4x4 truck") == []
    assert [a.unit for a in amounts("Teams of 12kg each")] == ["kg"]


def test_vague_plurals() -> None:
    got = [(a.vague, a.value) for a in amounts("Dozens of flights and thousands of people.")]
    assert got == [((24, 99), None), ((2000, 9999), None)]


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The strike costs tens of thousands of euros.", (20_000, 99_999)),
        ("Each day costs the port tens of millions of euros.", (20_000_000, 99_999_999)),
        ("A link worth hundreds of millions of euros.", (200_000_000, 999_999_999)),
    ],
)
def test_every_vague_magnitude_the_pattern_finds_has_an_interval(
    text: str, interval: tuple[int, int]
) -> None:
    # "tens of millions" was matched but had no interval, which failed the whole stage
    assert [a.vague for a in amounts(text)] == [interval]


def test_scores_ordinals_and_attached_numbers_are_not_numbers() -> None:
    for text in ("won 3-1 in the final", "finished 3rd", "the G7 summit", "COVID-19 rules"):
        assert amounts(text) == [], text


COUNTED = [
    # (sentence, expression, value, low, high, unit, counted)
    ("About 40 ministers joined the call.", "About 40 ministers", 40, 36, 44, N, "minister"),
    (
        "More than 1,000 search and rescue personnel arrived.",
        "More than 1,000 search and rescue personnel",
        1000,
        1001,
        N,
        N,
        "personnel",
    ),
    ("The court heard from 40 potential jurors.", "40 potential jurors", 40, 40, 40, N, "juror"),
    (
        "Varga's 23 league goals last season put him second.",
        "23 league goals",
        23,
        23,
        23,
        N,
        "goal",
    ),
    # a group's size counts its members
    (
        "A 120-strong team of officials negotiated in London.",
        "120-strong team of officials",
        120,
        120,
        120,
        N,
        "official",
    ),
    # a hyphenated noun counts its last part
    (
        "Eleven co-defendants were convicted with him.",
        "Eleven co-defendants",
        11,
        11,
        11,
        N,
        "defendant",
    ),
    ("Dozens of drones were shot down.", "Dozens of drones", N, 24, 99, N, "drone"),
    ("Thousands of protesters marched.", "Thousands of protesters", N, 2000, 9999, N, "protester"),
    ("Leaders of twenty-six countries met.", "twenty-six countries", 26, 26, 26, N, "country"),
    ("Between 20 and 30 trucks a day crossed.", "Between 20 and 30 trucks", N, 20, 30, N, "truck"),
    ("At least a dozen people died.", "At least a dozen people", 12, 12, N, N, "people"),
    ("Three of the victims were children.", "Three of the victims", 3, 3, 3, N, "victim"),
    ("The US announced $75 million in aid.", "$75 million", 75e6, 75e6, 75e6, "USD", N),
    (
        "It would raise about 30 billion shillings a year.",
        "about 30 billion shillings",
        30e9,
        27e9,
        33e9,
        "KES",
        N,
    ),
    ("Gusts of 160 kph were recorded.", "160 kph", 160, 160, 160, "km/h", N),
    ("An earthquake put at magnitude 6.1 struck.", "magnitude 6.1", 6.1, 6.1, 6.1, "magnitude", N),
    (
        "A volunteer firefighter died in the blaze.",
        "A volunteer firefighter",
        1,
        1,
        1,
        N,
        "firefighter",
    ),
    ("The shelling killed a farmer near the border.", "a farmer", 1, 1, 1, N, "farmer"),
    ("One person was killed in the crash.", "One person", 1, 1, 1, N, "person"),
    (
        "About 1.5 million people fled.",
        "About 1.5 million people",
        1.5e6,
        1.35e6,
        1.65e6,
        N,
        "people",
    ),
    # the word hyphened to the number is what it counts, not the noun the pair describes
    (
        "Plans for a 1,500-home development were approved.",
        "1,500-home",
        1500,
        1500,
        1500,
        N,
        "home",
    ),
    ("The town is getting a 300-bed hospital.", "300-bed", 300, 300, 300, N, "bed"),
    # a measure's unit keeps a number word that alone would count nothing
    ("Police closed a one-mile stretch of the coast road.", "one", 1, 1, 1, "mi", N),
    # a group sized by "of" and a number after it counts the group's members
    ("Its crew of four escaped unhurt.", "four", 4, 4, 4, N, "crew"),
    # nautical miles are not statute miles
    ("Ships must keep two nautical miles away.", "two nautical miles", 2, 2, 2, "nmi", N),
    ("They set a 2-nautical-mile exclusion zone.", "2", 2, 2, 2, "nmi", N),
    # who is sent home is counted, not the home ("pupils home" is parsed as a compound)
    (
        "Fifteen schools were shut on Monday, sending 4,000 pupils home.",
        "4,000 pupils",
        4000,
        4000,
        4000,
        N,
        "pupil",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "unit", "counted"),
                         COUNTED)  # fmt: skip
def test_quantity_with_counted_noun(sentence: str, text: str, value: float | None, low: float,
                                   high: float | None, unit: str | None,
                                   counted: str | None) -> None:  # fmt: skip
    from wirecheck.nlp import parse

    got = {q.text: q for q in find_quantities(sentence, parse(sentence))}
    assert text in got, sorted(got)
    q = got[text]
    assert (q.value, q.low, q.high, q.unit, q.counted) == (value, low, high, unit, counted)


NOT_QUANTITIES = [
    ("The second round of talks begins on Thursday.", "second"),
    ("Talks resumed on March 3, 2024.", "3"),
    ("The minister, 58, denied the charges.", "58"),
    ("A 45-year-old man was arrested.", "45"),
    ("Aged 71, she still runs the farm.", "71"),
    ("The ceasefire will last 30 days.", "30"),
    ("Call the hotline on 0800 123 4567 for help.", "4567"),
    ("Flight 370 disappeared over the ocean.", "370"),
    ("The quake struck at 4:12 a.m.", "4"),
    ("The 1990s were a decade of growth.", "1990"),
    ("Parliament approved the budget in 2023.", "2023"),
    ("One of them left.", "One"),
    ("A man was arrested near the scene.", "A man"),
    ("A soldier said the road was closed.", "A soldier"),
    ("The first passenger to board died.", "first"),
    ("A second person died in hospital.", "A second person"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "number"), NOT_QUANTITIES)
def test_not_a_quantity(sentence: str, number: str) -> None:
    from wirecheck.nlp import parse

    start = sentence.index(number)
    found = find_quantities(sentence, parse(sentence), "2024-11-02")
    assert [q.text for q in found if q.start <= start < q.end] == []


def test_stage_records_carry_ids_and_offsets() -> None:
    text = "Police said 47 people were arrested and about £50 million was lost."
    records = quantities(Article("a1", "a.txt", text), None)
    assert [(r.text, r.low, r.high, r.unit) for r in records] == [
        ("47", 47, 47, None), ("about £50 million", 45e6, 55e6, "GBP")]  # fmt: skip
    for record in records:
        assert record.id == f"a1:n:{record.start}" and record.article == "a1"
        assert text[record.start : record.end] == record.text


@pytest.mark.slow
def test_example_corpus_quantities(example_analysis: Analysis) -> None:
    """Every quantity in the example corpus gold is found with its interval and counted noun."""
    articles = articles_by_key(example_analysis)
    missing = []
    for gold in load_gold()["quantities"]:
        article = articles[gold["file"]]
        start = article.text.index(gold["context"]) + gold["context"].index(gold["text"])
        got = {(q.start, q.text, q.low, q.high, q.unit, q.counted) for q in article.quantities}
        want = (start, gold["text"], gold["low"], gold["high"], gold["unit"], gold["counted"])
        if want not in got:
            missing.append(gold)
    assert missing == []


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("In a field of five, no candidate won a majority.", "five", None),
        ("No candidate in a field of five won a majority.", "five", None),
        ("Ten won the lottery that spring.", "Ten", None),
        ("The fine was 5,000 won.", "5,000 won", "KRW"),
        ("The group paid 2 trillion won for the plant.", "2 trillion won", "KRW"),
    ],
)
def test_won_after_a_number_is_the_currency_unless_a_verb(
    sentence: str, figure: str, unit: str | None
) -> None:
    (quantity,) = find_quantities(sentence, parse(sentence))
    assert (quantity.text, quantity.unit) == (figure, unit)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The city recorded 34.6C on Monday.", [("34.6C", 34.6, "°")]),
        ("It was 34.6 degrees Celsius at noon.", [("34.6 degrees", 34.6, "°")]),
        ("Highs of 31°C are forecast.", [("31°C", 31.0, "°")]),
        ("Phoenix saw highs of 95F.", [("95F", 95.0, "°F")]),
        # a number and a letter in a name are no temperature, and no count either
        ("Terminal 2C reopened after the alarm.", []),
        ("Grade 5 C students sat the test.", [("5", 5.0, None)]),
    ],
)
def test_temperatures_written_onto_their_number(text: str, found: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, None)] == found


def test_one_of_a_group_is_a_member_not_a_count() -> None:
    # "was one of three people arrested": three were arrested, not one
    text = "Ashby, a teacher, was one of three people arrested on Thursday."
    assert [(q.text, q.value) for q in find_quantities(text, parse(text))] == [("three people", 3)]
    text = "One of the three climbers was killed."
    assert ("One", 1) in [(q.text, q.value) for q in find_quantities(text, parse(text))]


def test_a_part_of_them_counts_the_noun_of_the_figure_before_it() -> None:
    from tests.test_compare import article
    from wirecheck.corpus.claims import claims_of

    text = (
        "About 200 workers on the night shift were evacuated, and three of them were treated "
        "for smoke inhalation."
    )
    found = find_quantities(text, parse(text))
    assert [(q.text, q.counted) for q in found] == [
        ("About 200 workers", "worker"),
        ("three", "worker"),
    ]
    claims = claims_of(article("Ledger", text, quantities=found), "Ledger", {})
    assert ("injured", "three") in {(c.topic, c.value) for c in claims}


def test_a_bare_figure_after_a_group_s_noun_counts_its_members() -> None:
    for text, phrase in (
        ("Its staff of 14 carried on with their measurements.", "14"),
        ("The station keeps a staff of about 23 through the winter.", "about 23"),
    ):
        found = find_quantities(text, parse(text))
        assert [(q.text, q.counted) for q in found] == [(phrase, "staff")]
