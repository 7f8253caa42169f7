"""The headline of a page that declares none (no og:title, no JSON-LD): the `<title>` adds
the outlet before or after it, shortens it, or is only the outlet's name. Pages we write
ourselves, in the markup small sites use."""

from __future__ import annotations

from wirecheck.readers.html import read_html_text

HEADLINE = "Ferry operator cuts winter crossings: islanders fear for doctor visits"
BODY = (
    "<p>The island ferry will sail twice a week instead of daily from November, its operator "
    "said on Tuesday, in a cut that residents say will leave them without a doctor.</p>"
    "<p>The operator blamed fuel costs and a shortage of deck crew for the change.</p>"
)


def _page(title: str, top: str = "", heading: str = f"<h1>{HEADLINE}</h1>") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{top}"
        f"<div class='story'>{heading}{BODY}</div></body></html>"
    )


def test_a_title_that_shortens_the_headline_after_the_outlet_gives_the_whole_headline() -> None:
    draft = read_html_text(_page("Orkney Gazette - Ferry operator cuts winter crossings"), "p.html")
    assert draft.title == HEADLINE


def test_a_shortened_headline_in_an_h2_is_found_too() -> None:
    page = _page(
        "Orkney Gazette - Ferry operator cuts winter crossings",
        heading=f"<h2 class='headline'>{HEADLINE}</h2>",
    )
    assert read_html_text(page, "p.html").title == HEADLINE


def test_a_title_that_is_only_the_masthead_gives_the_h1_and_the_outlet() -> None:
    top = "<div class='top'>ORKNEY GAZETTE &mdash; News | Islands | Sport</div>"
    draft = read_html_text(_page("Orkney Gazette", top), "p.html")
    assert (draft.title, draft.source) == (HEADLINE, "Orkney Gazette")


def test_a_bare_title_the_page_does_not_print_above_stays_the_title() -> None:
    draft = read_html_text(_page("Winter crossings cut"), "p.html")
    assert draft.title == "Winter crossings cut"
