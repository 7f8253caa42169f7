"""Time expressions: every construction, typed and normalised against the anchor.

Tables of (sentence, anchor, expected text, type, value). The first table needs no parse
(`doc=None`); the tense table reads the spaCy parse and is marked slow.
"""

from __future__ import annotations

import pytest

from tests.gold import articles_by_key, load_gold
from wirecheck.extract.times import find_times, times
from wirecheck.model import Analysis, Article

SAT = "2024-11-02"  # a Saturday: the dateline of the worked example in DESIGN.md

PATTERNS = [
    # explicit dates in news styles
    ("The deal was signed on Feb. 28.", SAT, "Feb. 28", "DATE", "2025-02-28"),
    ("Talks resume March 2.", SAT, "March 2", "DATE", "2025-03-02"),
    ("It ends Thursday, March 13, 2025.", SAT, "Thursday, March 13, 2025", "DATE", "2025-03-13"),
    ("The filing is dated 13/03/2025.", SAT, "13/03/2025", "DATE", "2025-03-13"),
    ("The filing is dated 03/13/2025.", SAT, "03/13/2025", "DATE", "2025-03-13"),
    ("The report came out on 2025-03-15.", SAT, "2025-03-15", "DATE", "2025-03-15"),
    ("Polls close on 5 November 2024.", SAT, "5 November 2024", "DATE", "2024-11-05"),
    ("The hearing is set for Nov. 21.", SAT, "Nov. 21", "DATE", "2024-11-21"),
    ("The war began in April 2023.", SAT, "April 2023", "DATE", "2023-04"),
    ("The law was passed in July last year.", SAT, "July last year", "DATE", "2023-07"),
    # days relative to the anchor
    ("Officials spoke yesterday.", SAT, "yesterday", "DATE", "2024-11-01"),
    ("The vote is today.", SAT, "today", "DATE", "2024-11-02"),
    ("The count ends tomorrow.", SAT, "tomorrow", "DATE", "2024-11-03"),
    ("Crowds gathered tonight.", SAT, "tonight", "TIME", "2024-11-02TNI"),
    (
        "Shelling hit the port overnight Saturday.",
        SAT,
        "overnight Saturday",
        "TIME",
        "2024-11-02TNI",
    ),
    ("He left yesterday morning.", SAT, "yesterday morning", "TIME", "2024-11-01TMO"),
    ("Two ferries sank last night.", SAT, "last night", "TIME", "2024-11-01TNI"),
    ("Roads were blocked this morning.", SAT, "this morning", "TIME", "2024-11-02TMO"),
    # weeks, months, years relative to the anchor
    ("Talks stalled last week.", SAT, "last week", "DATE", "2024-W43"),
    ("Talks resume next week.", SAT, "next week", "DATE", "2024-W45"),
    ("Prices rose this week.", SAT, "this week", "DATE", "2024-W44"),
    ("The envoy flew in earlier in the week.", SAT, "earlier in the week", "DATE", "2024-W44"),
    ("Sales fell last month.", SAT, "last month", "DATE", "2024-10"),
    ("A vote is due next month.", SAT, "next month", "DATE", "2024-12"),
    ("Profits doubled last year.", SAT, "last year", "DATE", "2023"),
    ("Elections are due next year.", SAT, "next year", "DATE", "2025"),
    ("Turnout was low this year.", SAT, "this year", "DATE", "2024"),
    ("It will reopen early next year.", SAT, "early next year", "DATE", "2025"),
    ("It closed at the end of 2023.", SAT, "the end of 2023", "DATE", "2023"),
    ("The treaty was ratified three years ago.", SAT, "three years ago", "DATE", "2021"),
    ("It was founded 10 days ago.", SAT, "10 days ago", "DATE", "2024-10-23"),
    # the narrative focus: "the day before" follows the date the text talks about
    (
        "He arrived on Nov. 5. The day before, he met the envoy.",
        SAT,
        "The day before",
        "DATE",
        "2024-11-04",
    ),
    (
        "The strike began on Oct. 3 and the talks the next day.",
        SAT,
        "the next day",
        "DATE",
        "2024-10-04",
    ),
    (
        "Sales rose in the third quarter from a year earlier.",
        SAT,
        "a year earlier",
        "DATE",
        "2023-Q3",
    ),
    # years, decades, centuries, seasons, quarters
    ("The company was founded in 1998.", SAT, "1998", "DATE", "1998"),
    ("Growth slowed in the 1990s.", SAT, "the 1990s", "DATE", "199"),
    ("It is the worst storm of the 20th century.", SAT, "the 20th century", "DATE", "19"),
    ("The offensive began last spring.", SAT, "last spring", "DATE", "2023-SP"),
    ("Talks collapsed in the summer of 2022.", SAT, "the summer of 2022", "DATE", "2022-SU"),
    ("Output fell in the third quarter.", SAT, "the third quarter", "DATE", "2024-Q3"),
    ("Fourth-quarter profit rose.", SAT, "Fourth-quarter", "DATE", "2024-Q4"),
    ("Sales rose in the first half of 2024.", SAT, "the first half of 2024", "DATE", "2024-H1"),
    ("Markets close on Christmas Day.", SAT, "Christmas Day", "DATE", "2024-12-25"),
    # durations
    ("Both sides agreed a 30-day ceasefire.", SAT, "30-day", "DURATION", "P30D"),
    ("After a two-hour meeting they left.", SAT, "two-hour", "DURATION", "PT2H"),
    (
        "He signed a five-and-a-half-year contract.",
        SAT,
        "five-and-a-half-year",
        "DURATION",
        "P5Y6M",
    ),
    (
        "He has served the five-and-a-half years of his term.",
        SAT,
        "the five-and-a-half years",
        "DURATION",
        "P5Y6M",
    ),
    ("The trial is expected to last eight weeks.", SAT, "eight weeks", "DURATION", "P8W"),
    ("The siege lasted three years after the war.", SAT, "three years", "DURATION", "P3Y"),
    ("He spent 5 1/2 hours in talks.", SAT, "5 1/2 hours", "DURATION", "PT5H30M"),
    ("She waited a minute and a half.", SAT, "a minute and a half", "DURATION", "PT1M30S"),
    ("Sales grew over the past two quarters.", SAT, "the past two quarters", "DURATION", "P2Q"),
    ("The region has been unstable for several years.", SAT, "several years", "DURATION", "PXY"),
    ("The fighting has gone on for years.", SAT, "years", "DURATION", "PXY"),
    ("Aid fell in recent weeks.", SAT, "recent weeks", "DURATION", "PXW"),
    ("The fund lost value over the past decade.", SAT, "the past decade", "DURATION", "P10Y"),
    # sets
    ("The council meets every Monday.", SAT, "every Monday", "SET", "XXXX-WXX-1"),
    ("Flights leave on Tuesdays.", SAT, "Tuesdays", "SET", "XXXX-WXX-2"),
    ("Ferries run daily.", SAT, "daily", "SET", "P1D"),
    ("The report is published weekly.", SAT, "weekly", "SET", "P1W"),
    ("Inspectors visit every two weeks.", SAT, "every two weeks", "SET", "P2W"),
    # vague references
    ("The talks recently stalled.", SAT, "recently", "DATE", "PAST_REF"),
    ("The government is now in talks.", SAT, "now", "DATE", "PRESENT_REF"),
    ("Rates may rise in the future.", SAT, "the future", "DATE", "FUTURE_REF"),
    ("The current rules date from 2019.", SAT, "current", "DATE", "PRESENT_REF"),
    # times of day
    ("The quake hit at 10 a.m.", SAT, "10 a.m.", "TIME", "2024-11-02T10:00"),
    ("The quake hit at 4:12 a.m. local time.", SAT, "4:12 a.m.", "TIME", "2024-11-02T04:12"),
    # a 24-hour colon clock before "local time" or after "at"
    ("The jet landed at 14:05 local time.", SAT, "14:05 local time", "TIME", "2024-11-02T14:05"),
    ("The blast happened at 06:40 in a coal face.", SAT, "06:40", "TIME", "2024-11-02T06:40"),
    ("The tram hit it at about 8:10 near the depot.", SAT, "8:10", "TIME", "2024-11-02T08:10"),
    # a 24-hour clock with its day
    ("The line reopened at 01:30 on Friday.", SAT, "01:30 on Friday", "TIME", "2024-11-01T01:30"),
    # a run of weekdays is a weekly schedule, not two dates
    (
        "Tolls apply from 7am to 7pm, Monday to Saturday.",
        SAT,
        "Monday to Saturday",
        "SET",
        "XXXX-WXX-1",
    ),
    # noon before a run of weekdays: the run is the schedule, not noon's day
    (
        "The market opens at noon, Monday to Saturday.",
        SAT,
        "Monday to Saturday",
        "SET",
        "XXXX-WXX-1",
    ),
    # a day named as another event's ("Tuesday's blast") does not date the clock after it
    (
        "Rescuers still mourned Tuesday's blast. The shock hit at 10:25 a.m. near the shaft.",
        SAT,
        "10:25 a.m.",
        "TIME",
        "2024-11-02T10:25",
    ),
    (
        "The offer expires at 5 p.m. EST Nov. 9.",
        SAT,
        "5 p.m. EST Nov. 9",
        "TIME",
        "2024-11-09T17:00",
    ),
    ("Polls open at noon.", SAT, "noon", "TIME", "2024-11-02T12:00"),
    # no anchor: relative values are typed but unresolved
    ("Talks resume next week.", None, "next week", "DATE", None),
    ("Officials spoke yesterday.", None, "yesterday", "DATE", None),
    ("The deal was signed on Feb. 28.", None, "Feb. 28", "DATE", "XXXX-02-28"),
    ("The war began in April 2023.", None, "April 2023", "DATE", "2023-04"),
    # a race time is a length of time
    ("She crossed the line in 2:09:21 in Valencia.", SAT, "2:09:21", "DURATION", "PT2H9M21S"),
    ("The leaders reached halfway in 1:04:00.", SAT, "1:04:00", "DURATION", "PT1H4M"),
]

NOT_TIMES = [
    "The grower told Countryside Today he would appeal.",  # a day word ending a name
    "The home side won the replay 2:1 at the second attempt.",
    "A 45-year-old man was arrested.",
    "The minister, who is 58 years old, resigned.",
    "May I ask a question?",
    "Protesters will march to parliament.",
    "The second group of 2000 people arrived.",
    "Prices rose 5% a quarter of the way through.",
    "Leaves fall in the wind.",
    "The log shows 14:05:30 for the last entry.",  # a clock's hours have two digits
    # a month's name or its short form must be a whole word
    "Kestonia expelled 15 Marovian diplomats.",
    "The league named 12 Augustan scholars.",
]


def _one(sentence: str, anchor: str | None, doc: object = None) -> tuple:
    found = [f for f in find_times(sentence, anchor, doc)]  # type: ignore[arg-type]
    return tuple((sentence[f.start : f.end], f.type, f.value) for f in found)


@pytest.mark.parametrize(("sentence", "anchor", "text", "type_", "value"), PATTERNS)
def test_time_expression(sentence: str, anchor: str | None, text: str, type_: str,
                         value: str | None) -> None:  # fmt: skip
    assert (text, type_, value) in _one(sentence, anchor)


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_a_time(sentence: str) -> None:
    assert _one(sentence, SAT) == ()


def _parsed(sentence: str, anchor: str | None) -> tuple:
    from wirecheck.nlp import parse

    return _one(sentence, anchor, parse(sentence))


TENSE = [
    # the worked example: a Saturday dateline, past and future weekdays
    ("Officials met on Thursday.", "Thursday", "2024-10-31"),
    ("Officials will meet on Tuesday.", "Tuesday", "2024-11-05"),
    ("They said they would convene on Thursday.", "Thursday", "2024-11-07"),
    ("The envoy saw the president on Tuesday.", "Tuesday", "2024-10-29"),
    ("Ministers joined a video call on Saturday.", "Saturday", "2024-11-02"),
    ("The ministers plan to meet again on Wednesday.", "Wednesday", "2024-11-06"),
    ("The talks are expected to resume on Monday.", "Monday", "2024-11-04"),
    ("The trial continues on Wednesday.", "Wednesday", "2024-11-06"),
    ("The talks have stalled since Monday.", "Monday", "2024-10-28"),
    ("They reconvene in Geneva next Tuesday.", "next Tuesday", "2024-11-05"),
    ("The president spoke last Tuesday.", "last Tuesday", "2024-10-29"),
    ("Homes could be without power until Monday.", "Monday", "2024-11-04"),
    ("The court set the hearing for Friday.", "Friday", "2024-11-08"),
    ("A vote had been expected to take place on Wednesday.", "Wednesday", "2024-10-30"),
    ("He had been due to have surgery on Wednesday.", "Wednesday", "2024-10-30"),
    # a verb joined to an earlier one without a subject of its own takes that verb's tense
    ("The crew would sleep on the ship and be flown home on Friday.", "Friday", "2024-11-08"),
    ("The crew will rest in hotels and then fly home on Friday.", "Friday", "2024-11-08"),
    ("Envoys would stay in Geneva, draft a text and sign it Thursday.", "Thursday", "2024-11-07"),
    ("The ministers plan to meet on Monday and vote on Thursday.", "Thursday", "2024-11-07"),
    ("The crew rested in hotels and was flown home on Friday.", "Friday", "2024-11-01"),
    ("Police said the man was arrested and charged on Thursday.", "Thursday", "2024-10-31"),
    ("He was forced to resign and leave the country on Friday.", "Friday", "2024-11-01"),
    # a bare month takes its year from the tense
    ("Fighting broke out in March.", "March", "2024-03"),
    ("Elections will be held in March.", "March", "2025-03"),
    ("Refugees crossed in October.", "October", "2024-10"),
    # a month joined to the one before it follows it, whatever the tense says of it alone
    ("The band has cancelled shows in November and December.", "December", "2024-12"),
    ("The band has cancelled shows in November and December.", "November", "2024-11"),
    # a past verb earlier in the sentence does not date a holiday said to be weeks away
    (
        "Traders said it could not have come at a worse time, with the Christmas season only weeks"
        " away.",
        "Christmas",
        "2024-12-25",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "value"), TENSE)
def test_tense_decides_the_date(sentence: str, text: str, value: str) -> None:
    assert (text, "DATE", value) in _parsed(sentence, SAT)


TUE = "2025-03-11"  # a Tuesday

# A date that something is set for lies ahead even when the verb is past; a date on which
# something happened stays behind.
SCHEDULED = [
    ("The government declared a day of mourning for Friday.", "Friday", "2025-03-14"),
    ("The council set the vote for Thursday.", "Thursday", "2025-03-13"),
    ("The hearing was scheduled for Monday.", "Monday", "2025-03-17"),
    ("A march was planned for Sunday.", "Sunday", "2025-03-16"),
    ("The report was due on Wednesday.", "Wednesday", "2025-03-12"),
    ("The talks were postponed until Friday.", "Friday", "2025-03-14"),
    ("The vote was moved to Thursday.", "Thursday", "2025-03-13"),
    ("Organisers announced a rally for Saturday.", "Saturday", "2025-03-15"),
    ("The ministers met on Thursday.", "Thursday", "2025-03-06"),
    ("The funeral was held on Sunday.", "Sunday", "2025-03-09"),
    ("The union called a strike on Monday.", "Monday", "2025-03-10"),
    ("Protesters gathered for Friday prayers.", "Friday", "2025-03-07"),
    ("The festival is planned for Friday through Sunday.", "Sunday", "2025-03-16"),
    ("Talks ran from Monday to Thursday.", "Thursday", "2025-03-06"),
    # the date between a reporting verb and its clause's subject is the saying's
    ("The company said on Monday it would cut jobs.", "Monday", "2025-03-10"),
    ("The company said that on Monday it would cut jobs.", "Monday", "2025-03-17"),
    # a present passive of expecting or scheduling looks ahead
    ("Test results are expected on Friday, officials said.", "Friday", "2025-03-14"),
    ("The hearing is scheduled for Monday.", "Monday", "2025-03-17"),
    # a timetable's predicate looks ahead wherever the parser hangs the date
    (
        "Two men have since been charged and are due before magistrates in Leeds on Thursday.",
        "Thursday",
        "2025-03-13",
    ),
    # a deadline still to come lies ahead, not at the nearer weekday
    ("The terminal will remain closed until Monday.", "Monday", "2025-03-17"),
    # a weekday of a named week
    ("Results are due on Tuesday next week.", "Tuesday next week", "2025-03-18"),
    ("The samples were taken on Friday of last week.", "Friday of last week", "2025-03-07"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "value"), SCHEDULED)
def test_scheduled_dates_lie_ahead(sentence: str, text: str, value: str) -> None:
    assert (text, "DATE", value) in _parsed(sentence, TUE)


# A paper out at 6:30 a.m.: a past event at a later clock time was the day before; a
# coming one, or an earlier time, stays on the day.
WRITTEN = [
    ("The train left the tracks shortly before 7 a.m., killing two.", "7 a.m.",
     "2026-11-10T07:00"),
    ("The fire broke out at 21:40, officials said.", "21:40", "2026-11-10T21:40"),
    ("The council will meet at 7 p.m. to discuss the closure.", "7 p.m.", "2026-11-11T19:00"),
    ("The alarm was raised at 5:40 a.m., officials said.", "5:40 a.m.", "2026-11-11T05:40"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "value"), WRITTEN)
def test_a_past_clock_time_is_no_later_than_the_writing(
    sentence: str, text: str, value: str
) -> None:
    from wirecheck.nlp import parse

    found = find_times(sentence, "2026-11-11", parse(sentence), "2026-11-11T06:30:00")
    assert (text, value) in [(sentence[f.start : f.end], f.value) for f in found]


def test_stage_builds_records_against_the_dateline() -> None:
    text = "GENEVA (AFP) - Officials met on Thursday and will meet again next week."
    article = Article("a1", "a.txt", text, published="2024-11-05T09:00:00",
                      dateline_date="2024-11-02")  # fmt: skip
    records = times(article, None)
    assert [(r.text, r.value) for r in records] == [("Thursday", "2024-10-31"),
                                                   ("next week", "2024-W45")]  # fmt: skip
    for record in records:
        assert record.id == f"a1:t:{record.start}"
        assert record.article == "a1" and record.anchor == "2024-11-02"
        assert text[record.start : record.end] == record.text


def test_stage_falls_back_to_published_then_reference_date() -> None:
    published = Article("a", "a", "It rained yesterday.", published="2024-11-05T09:00:00")
    assert times(published, None)[0].value == "2024-11-04"
    caller = Article("b", "b", "It rained yesterday.", reference_date="2024-01-01")
    assert times(caller, None)[0].value == "2023-12-31"
    nothing = Article("c", "c", "It rained yesterday.")
    assert [(t.type, t.value, t.anchor) for t in times(nothing, None)] == [("DATE", None, None)]


@pytest.mark.slow
def test_example_corpus_times(example_analysis: Analysis) -> None:
    """Every time in the example corpus gold is found with its text, type and value."""
    articles = articles_by_key(example_analysis)
    missing = []
    for gold in load_gold()["times"]:
        article = articles[gold["file"]]
        start = article.text.index(gold["context"]) + gold["context"].index(gold["text"])
        got = {(t.start, t.text, t.type, t.value) for t in article.times}
        if (start, gold["text"], gold["type"], gold["value"]) not in got:
            missing.append(gold)
    assert missing == []
