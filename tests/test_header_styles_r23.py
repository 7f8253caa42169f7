"""Header styles of round 23 of our blind sets, in articles we write ourselves: a section label
over the area it covers ("Local News — Ashvale and the Lower Tarn Valley") between the
masthead and the title; and, on pages, an update time shown by a <time> element whose words
are a clock time alone ("Last updated 6.05pm"), and two writers each named by an author meta
tag of their own."""

from __future__ import annotations

from wirecheck.clean import clean
from wirecheck.readers.base import Draft
from wirecheck.readers.html import read_html_text

TITLE = "Ferry fares to rise by a fifth in April"
BODY = "Fares on the Ashvale harbour ferry will rise by about 20 percent from April, it said."
MORE = "The operator blamed the price of diesel, which it said had doubled in two years."


def test_a_section_over_the_area_it_covers_is_no_title() -> None:
    header = (
        "THE ASHVALE COURIER\nLocal News — Ashvale and the Lower Tarn Valley\n\n"
        f"{TITLE}\n\nAuthor: Dana Whitcombe\nPublished 06/03/2027 16:15"
    )
    text = f"{header}\n\n{BODY}\n\n{MORE}\n"
    article = clean(Draft(path="t.txt", body=text, format="text"))
    assert (article.section, article.title) == ("Local News", TITLE)
    assert not article.text.startswith(TITLE)


PAGE = """<html><head><title>{title}</title>{meta}</head><body>
<header><h2 class="masthead">The Ashvale Ledger</h2></header>
<h1>{title}</h1>
{byline}
<p>Fares on the Ashvale harbour ferry will rise by about 20 percent from April, the operator
said on Wednesday, blaming the cost of diesel.</p>
<p>The operator said it had held fares for three years and could not do so any longer.</p>
</body></html>"""


def test_an_update_shown_as_a_clock_time_keeps_its_words() -> None:
    stamp = (
        '<p class="stamp">Posted <time datetime="2027-03-11T13:20">11 Mar 2027, 1.20pm</time>'
        ' | Last updated <time datetime="2027-03-11T18:05">6.05pm</time></p>'
    )
    draft = read_html_text(PAGE.format(title=TITLE, meta="", byline=stamp), "p.html")
    assert "Last updated 6.05pm" in draft.body
    assert draft.section is None


def test_two_author_meta_tags_name_two_writers() -> None:
    meta = (
        '<meta property="article:author" content="Kayla Moreno">'
        '<meta property="article:author" content="Dev Patel">'
    )
    draft = read_html_text(PAGE.format(title=TITLE, meta=meta, byline=""), "p.html")
    assert draft.byline == ["Kayla Moreno", "Dev Patel"]


def test_an_author_meta_tag_by_its_itemprop_names_the_writer() -> None:
    meta = '<meta itemprop="author" content="Kayla Moreno">'
    draft = read_html_text(PAGE.format(title=TITLE, meta=meta, byline=""), "p.html")
    assert draft.byline == ["Kayla Moreno"]
