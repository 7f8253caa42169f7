"""The cleaner: header, dateline, byline, caption, contributor and trailer rules as tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecheck.clean import clean, detect_language
from wirecheck.header_names import contributor_names
from wirecheck.header_times import parse_time
from wirecheck.model import article_id
from wirecheck.readers.base import Draft

LEAD = "Kenya's president on Friday named a new finance minister, his office said."
MORE = "The appointment must be approved by parliament, which sits again on Tuesday."


def _clean(body: str, **hints: object):
    fields: dict = {"path": "t.txt", "body": body, "format": "text", **hints}
    return clean(Draft(**fields))


def _paragraphs_are_verbatim(body: str, text: str) -> bool:
    return all(p in body for p in text.split("\n\n") if p)


# --- headers and datelines ------------------------------------------------------------------

AGGREGATOR = (
    "Ruto names new finance minister\n"
    f" date 2024-11-02 NAIROBI (Reuters) — {LEAD}\n"
    "By Daily Planet (Politics) | Created at 2024-11-02 08:10:00 | "
    "Updated at 2024-11-02 19:03:16 5 hours ago\n\n"
    f"{MORE}\n"
)


def test_aggregator_export_headers() -> None:
    article = _clean(AGGREGATOR)
    assert article.text == f"{LEAD}\n\n{MORE}"
    assert article.id == article_id(article.text)
    assert (article.title, article.source, article.section) == (
        "Ruto names new finance minister",
        "Daily Planet",
        "Politics",
    )
    assert (article.dateline, article.agency) == ("NAIROBI", "Reuters")
    assert (article.published, article.updated) == ("2024-11-02T08:10:00", "2024-11-02T19:03:16")
    assert [r.kind for r in article.removed] == ["header"] * 4
    assert [r.text for r in article.removed][1:3] == ["date 2024-11-02", "NAIROBI (Reuters) —"]


@pytest.mark.parametrize(
    ("first", "dateline", "agency"),
    [
        ("NAIROBI (Reuters) — ", "NAIROBI", "Reuters"),
        ("GENEVA, Nov 2 (AFP) - ", "GENEVA", "AFP"),
        ("LONDON — ", "LONDON", None),
        ("Le Pecq, France (AP) — ", "Le Pecq, France", "AP"),
        ("WASHINGTON (AP) -- ", "WASHINGTON", "AP"),
        ("KYIV, Ukraine (Associated Press) – ", "KYIV, Ukraine", "AP"),
        ("UNITED NATIONS (Agence France-Presse) — ", "UNITED NATIONS", "AFP"),
        ("BRUSSELS, Nov. 4, 2024 (Reuters) - ", "BRUSSELS", "Reuters"),
    ],
)
def test_dateline_forms(first: str, dateline: str, agency: str | None) -> None:
    article = _clean(f"{first}{LEAD}\n\n{MORE}\n")
    assert article.text.startswith("Kenya's president on Friday")
    assert (article.dateline, article.agency) == (dateline, agency)
    assert article.source == agency  # a bare wire story: the agency is the source


@pytest.mark.parametrize(
    ("body", "dateline_date"),
    [
        (f" date 2024-11-03 GENEVA, Nov 2 (AFP) - {LEAD}", "2024-11-02"),
        (f" date 2025-01-01 GENEVA, Dec. 31 (AFP) - {LEAD}", "2024-12-31"),
        (f"BRUSSELS, Nov. 4, 2024 (Reuters) - {LEAD}", "2024-11-04"),
        (f"GENEVA, Nov 2 (AFP) - {LEAD}", None),  # no year anywhere: no date
        (f" date 2024-11-03 GENEVA (AFP) - {LEAD}", None),
    ],
)
def test_dateline_date_anchors_times(body: str, dateline_date: str | None) -> None:
    article = _clean(body)
    assert article.dateline_date == dateline_date
    assert article.text == LEAD


@pytest.mark.parametrize(
    "first",
    ["Ruto — who took office in 2022 — said on Friday he would not resign.", "Le Pecq — a town."],
)
def test_sentences_with_dashes_are_not_datelines(first: str) -> None:
    article = _clean(f"{first}\n\n{MORE}\n")
    assert article.dateline is None and article.text.startswith(first)


@pytest.mark.parametrize(
    ("line", "source", "byline"),
    [
        ("By Jess Arden, Nowline | Created at 2026-11-24 16:48:00", "Nowline", ["Jess Arden"]),
        ("By Robbie Dunn, Terrace Talk | Created at 2026-11-24 16:48:00", "Terrace Talk",
         ["Robbie Dunn"]),
        ("By Marta Lind, Atlantic Risk Review | Created at 2026-11-24 08:30:00",
         "Atlantic Risk Review", ["Marta Lind"]),
        ("By Daily Planet (World) | Created at 2026-11-24 08:30:00", "Daily Planet", []),
        # several people before the outlet, joined the ways bylines join them
        ("By Ines Moreau and Tomas Berg, The Harbour Gazette | Created at 2026-11-24 08:30:00",
         "The Harbour Gazette", ["Ines Moreau", "Tomas Berg"]),
        ("By Ines Moreau, Tomas Berg and Lea Novak, Fjord Post | Published 2026-11-24 08:30",
         "Fjord Post", ["Ines Moreau", "Tomas Berg", "Lea Novak"]),
        ("By Ines Moreau & Tomas Berg, Nowline | Created at 2026-11-24 08:30:00", "Nowline",
         ["Ines Moreau", "Tomas Berg"]),
        # no people before the last comma: the whole is the outlet's name
        ("By Smith, Jones & Co | Created at 2026-11-24 08:30:00", "Smith, Jones & Co", []),
    ],
)  # fmt: skip
def test_an_aggregator_line_names_its_outlet_last(line: str, source: str, byline: list) -> None:
    article = _clean(f"Ruto names new finance minister\n{line}\n\nNAIROBI - {LEAD}\n")
    assert (article.source, article.byline, article.published[:10]) == (
        source,
        byline,
        "2026-11-24",
    )


def test_dateline_outlet_that_is_not_an_agency_is_the_source() -> None:
    article = _clean(f"WASHINGTON (CNN) — {LEAD}\n")
    assert (article.source, article.agency, article.dateline) == ("CNN", None, "WASHINGTON")


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        ("By Daily Planet (World) | Created at 5 hours ago | Updated at 2 hours ago", None, None),
        (
            "By Daily Planet (World) | Created at 2024-11-02 08:10 | Updated at 22 hours ago",
            "2024-11-02T08:10",
            None,
        ),
        (
            "By Daily Planet (World) | Updated at 2024-11-03 10:00:00 3 days ago",
            None,
            "2024-11-03T10:00:00",
        ),
        ("Published: 2 November 2024, 08:10", "2024-11-02T08:10", None),
        ("Updated: Nov. 2, 2024 7:03 p.m.", None, "2024-11-02T19:03"),
        ("Published 2024-11-02T08:10:00+03:00", "2024-11-02T08:10:00+03:00", None),
    ],
)
def test_times_and_relative_ages(header: str, published: str | None, updated: str | None) -> None:
    article = _clean(f"Ruto names new finance minister\n{header}\n\n{LEAD}\n")
    assert (article.published, article.updated) == (published, updated)
    assert article.text == LEAD
    assert "hours ago" not in article.text and "days ago" not in article.text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-11-02", "2024-11-02"),
        ("2024-11-02 08:10:00", "2024-11-02T08:10:00"),
        ("2024-11-02 8:10 UTC", "2024-11-02T08:10Z"),
        ("2024-11-02T08:10:00+0300", "2024-11-02T08:10:00+03:00"),
        ("Saturday 2 November 2024", "2024-11-02"),
        ("November 2, 2024 at 12:05 a.m.", "2024-11-02T00:05"),
        ("5 hours ago", None),
        ("yesterday", None),
        ("Smarch 40, 2024", None),
        ("figures released on Nov. 2, 2024 showed a rise", None),
        ("Wednesday, Nov. 6, 2024", "2024-11-06"),
    ],
)
def test_parse_time(value: str, iso: str | None) -> None:
    assert parse_time(value) == iso


def test_sentences_that_look_like_labels_are_body() -> None:
    body = (
        "Updated figures released on Nov. 2, 2024 showed a rise.\nSection 7 of the bill was cut.\n"
    )
    article = _clean(body)
    assert (article.updated, article.section, article.text) == (None, None, body.strip())


def test_title_needs_a_blank_line_or_header_after_it() -> None:
    article = _clean(f"A short line without a period\n{LEAD}\n")
    assert article.title is None
    assert article.text.startswith("A short line")


def test_title_hint_wins_and_a_repeated_title_line_is_removed() -> None:
    article = _clean(f"Ruto names new minister\n\n{LEAD}\n", title="Ruto names new minister")
    assert article.title == "Ruto names new minister" and article.text == LEAD
    other = _clean(f"Key Points\n\n{LEAD}\n", title="Ruto names new minister")
    assert other.title == "Ruto names new minister"


# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline", "source", "agency"),
    [
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"], None, None),
        ("By Jane Roe, Daily Planet", ["Jane Roe"], "Daily Planet", None),
        ("By Jane Roe | The Evening Courier", ["Jane Roe"], "The Evening Courier", None),
        (
            "By Jane Roe, John Doe and Ann Lee, Daily Planet",
            ["Jane Roe", "John Doe", "Ann Lee"],
            "Daily Planet",
            None,
        ),
        (
            "By Jane Roe and John Doe | The Evening Courier",
            ["Jane Roe", "John Doe"],
            "The Evening Courier",
            None,
        ),
        ("By Jane Roe, Associated Press", ["Jane Roe"], "AP", "AP"),
        ("By Amina Diallo, East Africa correspondent", ["Amina Diallo"], None, None),
        ("By Ursula von der Leyen in Brussels", ["Ursula von der Leyen"], None, None),
        ("By Reuters", [], "Reuters", "Reuters"),
        # a name printed in capitals is kept in title case, as our blind gold writes it
        ("BY JANE ROE", ["Jane Roe"], None, None),
    ],
)
def test_bylines(line: str, byline: list[str], source: str | None, agency: str | None) -> None:
    article = _clean(f"Ruto names new finance minister\n{line}\n\n{LEAD}\n")
    assert (article.byline, article.source, article.agency) == (byline, source, agency)
    assert article.text == LEAD


def test_sentence_starting_with_by_is_body() -> None:
    article = _clean(f"By Friday evening the talks had stalled.\n\n{LEAD}\n")
    assert article.byline == [] and article.text.startswith("By Friday evening")


@pytest.mark.parametrize(
    "hint",
    [
        ["Jane Roe", "Daily Planet"],
        ["Associated Press", "Jane Roe"],
        ["Jane Roe", "Harbor Ledger staff"],
        ["Jane Roe", "Meridian Wire"],
    ],
)
def test_outlet_names_never_reach_the_byline(hint: list[str]) -> None:
    article = _clean(LEAD, byline=hint, source="Daily Planet")
    assert article.byline == ["Jane Roe"]


# --- captions, sub-headings, contributors, trailers -----------------------------------------

CAPTION = "A man walks past the ministry in Nairobi, Kenya, Thursday, Oct. 31, 2024."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (f"{CAPTION} (Jane Roe/Pool Photo via AP) Photo: ASSOCIATED PRESS/Jane Roe", "caption"),
        (f"{CAPTION} REUTERS/Thomas Mwangi", "caption"),
        (f"{CAPTION} (AP Photo/Brian Otieno)", "caption"),
        (f"FILE PHOTO: {CAPTION}", "caption"),
        (f"{CAPTION} Photo: Daily Planet", "caption"),
        (f"Top image: {CAPTION} Credit: Nairobi County press office", "caption"),
        ("Photo: ASSOCIATED PRESS/Jane Roe", "credit"),
        ("REUTERS/Thomas Mwangi", "credit"),
        ("Simon Maina/AFP via Getty Images", "credit"),
        ("Getty Images", "credit"),
    ],
)
def test_captions_and_credits(line: str, kind: str) -> None:
    article = _clean(f"{LEAD}\n{line}\n{MORE}\n")
    assert article.text == f"{LEAD}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The survey (Reuters/Ipsos) was taken over three days and had 1,200 respondents, "
        "a margin of error of three points and a weighting by region, age and income, which "
        "analysts said made it the most reliable guide yet to how Kenyans view the levy and "
        "the protests against it in the capital and in the port city of Mombasa last month "
        "as well as in towns along the main highway to Uganda, where traders were hardest hit.",
        "Getty Images said on Friday it would appeal against the ruling.",
    ],
)
def test_body_sentences_are_not_captions(line: str) -> None:
    article = _clean(f"{LEAD}\n\n{line}\n")
    assert line in article.text and article.removed == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe in Mombasa contributed to this report.", ["Jane Roe"]),
        (
            "Jane Roe in Mombasa, Kenya, and John Doe contributed reporting.",
            ["Jane Roe", "John Doe"],
        ),
        (
            "Associated Press writer Jane Roe in Mombasa, Kenya, contributed to this report.",
            ["Jane Roe"],
        ),
        ("Reporting by Jane Roe and John Doe; Editing by Mary Major", ["Jane Roe", "John Doe"]),
        (
            "(Reporting by Jane Roe in Geneva; Writing by John Doe; Editing by Mary Major)",
            ["Jane Roe", "John Doe"],
        ),
        (
            "Additional reporting by Omar Said in Cairo and Lena Berg in Berlin",
            ["Omar Said", "Lena Berg"],
        ),
        ("Contributing: Jane Roe, John Doe", ["Jane Roe", "John Doe"]),
        ("Editing by Mary Major", []),
    ],
)
def test_contributor_lines(line: str, names: list[str]) -> None:
    article = _clean(f"{LEAD}\n\n{MORE}\n\n{line}\n")
    assert article.contributors == names
    assert [r.kind for r in article.removed] == ["contributors"]
    assert article.text == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "Kenya contributed 500 troops to the mission.",
        "Officials from 40 countries contributed to the report.",
        "Reporting by local media suggested the toll was higher.",
    ],
)
def test_body_sentences_are_not_contributor_lines(line: str) -> None:
    assert contributor_names(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "With Planet wires",
        "With AFP",
        "With files from Reuters",
        "Read Entire Article",
        "Read more: Kenya's debt in five charts",
        "Sign up for our Africa newsletter",
        "© 2024 Daily Planet. All rights reserved.",
        "Copyright 2024 The Evening Courier",
        "Advertisement",
    ],
)
def test_trailers(line: str) -> None:
    article = _clean(f"{LEAD}\n\n{MORE}\n{line}\n")
    assert article.text == f"{LEAD}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [("trailer", line)]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What Comes Next", "subheading"),
        ("No Pledges, Only Access", "subheading"),
        ("A vote in the Senate", "subheading"),  # a block of its own needs no title case
    ],
)
def test_subheadings(heading: str, kind: str) -> None:
    article = _clean(f"{LEAD}\n\n{heading}\n\n{MORE}\n")
    assert article.text == f"{LEAD}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [(kind, heading)]


def test_short_unpunctuated_line_after_the_body_is_a_trailer() -> None:
    article = _clean(f"{LEAD}\n\n{MORE}\n\nDaily Planet Africa Desk\n")
    assert [(r.kind, r.text) for r in article.removed] == [("trailer", "Daily Planet Africa Desk")]


def test_hard_wrapped_paragraph_is_not_split_into_headings() -> None:
    wrapped = (
        "The finance ministry said the levy would raise about\n"
        "30 billion shillings a year. President William Ruto\n"
        "and his deputy\n"
        "met union leaders on Friday.\n"
    )
    article = _clean(wrapped)
    assert article.text == wrapped.strip() and article.removed == []


# --- the whole article ----------------------------------------------------------------------

WIRE = (
    "Ministers agree to reopen aid road\n"
    ' date 2024-11-02 GENEVA (AFP) - "We will not wait," the envoy said — twice.\n'
    "By Daily Planet (World) | Created at 2024-11-02 18:40:00 | Updated at 5 hours ago\n\n"
    "Officials  said   the  trucks   would  move  on  Tuesday.\r\n"
    "They gave no details.\n\n"
    "Inside the Camps\n\n"
    "A woman carries water at a camp near El Fasher. REUTERS/Idris Musa\n"
    "About 25 million people face hunger, U.N. agencies say.\n\n"
    "Jane Roe in Cairo contributed to this report.\n"
    "With Planet wires\n"
    "Read Entire Article\n"
)


def test_whole_article_is_verbatim_and_complete() -> None:
    article = _clean(WIRE)
    assert article.text == (
        '"We will not wait," the envoy said — twice.\n\n'
        "Officials  said   the  trucks   would  move  on  Tuesday.\n"
        "They gave no details.\n\n"
        "About 25 million people face hunger, U.N. agencies say."
    )
    assert _paragraphs_are_verbatim(WIRE.replace("\r\n", "\n"), article.text)
    assert [r.kind for r in article.removed] == [
        "header", "header", "header", "header", "subheading", "caption", "contributors",
        "trailer", "trailer",
    ]  # fmt: skip
    assert (article.source, article.agency, article.published, article.updated) == (
        "Daily Planet",
        "AFP",
        "2024-11-02T18:40:00",
        None,
    )
    assert article.contributors == ["Jane Roe"]


@pytest.mark.parametrize("fmt", ["html", "feed", "jsonl", "warc"])
def test_every_reader_s_bodies_lose_captions_credits_and_trailers(fmt: str) -> None:
    body = f"{LEAD}\n\n{CAPTION} (AP Photo/Brian Otieno)\n\n{MORE}\n\nJane Roe contributed.\n"
    article = _clean(body + "Read more: Kenya's debt\n", format=fmt, title="Ruto names minister")
    assert article.text == f"{LEAD}\n\n{MORE}"
    assert [r.kind for r in article.removed] == ["caption", "contributors", "trailer"]
    assert (article.title, article.contributors) == ("Ruto names minister", ["Jane Roe"])


def test_hints_are_kept_unless_the_text_is_more_precise() -> None:
    article = _clean(
        "By Jane Roe\nPublished: 2024-11-02 08:10\n\n" + LEAD,
        source="Daily Planet",
        published="2024-11-02",
        updated="2024-11-03T09:00:00+03:00",
        byline=["Jane Roe", "John Doe"],
        url="https://planet.example/ruto",
        format="html",
    )
    assert article.published == "2024-11-02T08:10"
    assert article.updated == "2024-11-03T09:00:00+03:00"
    assert article.byline == ["Jane Roe", "John Doe"]
    assert (article.source, article.url, article.text) == (
        "Daily Planet",
        "https://planet.example/ruto",
        LEAD,
    )


@pytest.mark.parametrize(
    "body",
    ["", "\n\n  \n", "Read Entire Article\n", "With Planet wires\n© 2024 Daily Planet", "x", "—"],
)
def test_odd_input_never_crashes(body: str) -> None:
    article = _clean(body)
    assert article.id == article_id(article.text)
    assert article.language == "en"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_cleans_to_verbatim_paragraphs(body: str) -> None:
    article = _clean(body)
    normalised = body.replace("\r\n", "\n").replace("\r", "\n")
    assert _paragraphs_are_verbatim(normalised, article.text)


@pytest.mark.parametrize(
    ("text", "hint", "language"),
    [
        (LEAD + " " + MORE, None, "en"),
        (
            "Le président kényan a nommé vendredi un nouveau ministre des Finances, a annoncé "
            "son bureau. La nomination doit être approuvée par le Parlement.",
            None,
            "fr",
        ),
        ("Hola.", None, "en"),
        ("Hola.", "es-ES", "es"),
    ],
)
def test_language(text: str, hint: str | None, language: str) -> None:
    assert detect_language(text, hint) == language
