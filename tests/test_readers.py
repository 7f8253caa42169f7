"""HTML, feed, WARC and JSONL readers: bodies verbatim, metadata from the container."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecheck import readers
from wirecheck.readers.base import Draft, Item
from wirecheck.readers.dates import iso_date
from wirecheck.readers.html import read_html_text
from wirecheck.readers.html_meta import people, split_names
from wirecheck.settings import Settings

DATA = Path(__file__).parent / "data" / "readers"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HTTP_EQUIV_LATIN1 = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
SENTENCE = "The council voted on Monday to close the library on Mill Street for good."


def _items(path: Path | str, settings: Settings | None = None) -> list[Item]:
    return list(readers.read_file(str(path), settings or Settings()))


def _drafts(path: Path | str, settings: Settings | None = None) -> list[Draft]:
    return [i.draft for i in _items(path, settings) if i.draft is not None]


def _page(head: str = "", body: str = f"<p>{SENTENCE}</p>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>"


# --- HTML --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ferry() -> Draft:
    [draft] = _drafts(DATA / "ferry.html")
    return draft


def test_html_metadata_from_meta_tags_and_json_ld(ferry: Draft) -> None:
    assert ferry.format == "html"
    assert ferry.title == "Ferry service to Holm Island suspended after hull damage"
    assert ferry.url == "https://courier.example/news/holm-ferry"  # canonical, not og:url
    assert ferry.source == "Westport Courier"
    assert ferry.byline == ["Mara Quist", "Tobias Lind"]  # JSON-LD inside @graph
    assert ferry.published == "2024-03-14T07:30:00-05:00"
    assert ferry.updated == "2024-03-14T11:02:00-05:00"
    assert ferry.section == "Local"
    assert ferry.language == "en"


def test_html_body_is_verbatim_paragraphs(ferry: Draft) -> None:
    paragraphs = ferry.body.split("\n\n")
    assert paragraphs[0].startswith("WESTPORT — The only ferry to Holm Island")
    assert "repairs that could take “at least three weeks”." in ferry.body
    assert '"We know this is hard for islanders, especially' in ferry.body
    assert paragraphs[-1].endswith("on the first water taxi each morning.")
    assert len(paragraphs) == 5


@pytest.mark.parametrize(
    "phrase",
    ["uses cookies", "Most read", "Council tax", "All rights reserved", "Home", "Courier archive"],
)
def test_html_body_leaves_out_boilerplate(ferry: Draft, phrase: str) -> None:
    assert phrase not in ferry.body


def test_html_headings_go_to_removed(ferry: Draft) -> None:
    kinds = [(r.kind, r.text) for r in ferry.removed]
    assert ("subheading", "Water taxis") in kinds
    assert ("header", ferry.title) in kinds


@pytest.mark.parametrize(
    ("head", "charset", "exact"),
    [
        ('<meta charset="windows-1252">', "cp1252", True),
        (HTTP_EQUIV_LATIN1, "cp1252", True),
        ("", "cp1252", True),
        ('<meta charset="utf-8">', "utf-8", True),
        # A declaration that lies leaves a guess, which may miss a rare sign but not the letters.
        ('<meta charset="utf-8">', "cp1252", False),
    ],
    ids=["meta-charset", "http-equiv-latin1", "undeclared", "utf8", "wrong-declaration"],
)
def test_html_charset(tmp_path: Path, head: str, charset: str, exact: bool) -> None:
    text = "“We cannot wait,” said the mayor of Nîmes, as the £4m café project stalled again."
    path = tmp_path / "page.html"
    path.write_bytes(_page(head, f"<p>{text}</p>").encode(charset))
    [draft] = _drafts(path)
    if exact:
        assert draft.body == text
    else:
        assert "“We cannot wait,” said the mayor of Nîmes" in draft.body


def test_html_title_from_title_tag_without_outlet() -> None:
    draft = read_html_text(_page("<title>Library to close | Mill Town News</title>"), "p.html")
    assert draft.title == "Library to close"


CLOSE = "Library to close after 90 years"


@pytest.mark.parametrize(
    ("title", "headings", "expected"),
    [
        # the outlet first: the headline is the part the page shows as its heading
        (f"Mill Town News - {CLOSE}", f"<h1>{CLOSE}</h1>", CLOSE),
        (f"Mill Town News | Local | {CLOSE}", f"<h2>{CLOSE}</h2>", CLOSE),
        # a masthead in a heading of its own is the title's shorter part
        (f"{CLOSE} | Mill Town News", f"<h1>Mill Town News</h1><h2>{CLOSE}</h2>", CLOSE),
        (
            "Mill Town News: library to close - what we know",
            "<h1>Library to close: what we know</h1>",
            "Library to close: what we know",
        ),
    ],
)
def test_html_title_is_the_heading_the_title_tag_holds(
    title: str, headings: str, expected: str
) -> None:
    page = _page(f"<title>{title}</title>", f"{headings}<p>{SENTENCE}</p>")
    assert read_html_text(page, "p.html").title == expected


def test_html_dates_from_time_element_and_names_from_meta() -> None:
    head = (
        '<meta name="author" content="Ana Ruiz, Ben Ode and Cy Lam">'
        '<meta property="article:author" content="https://site.example/ana">'
    )
    body = f'<time datetime="2024-02-01T09:00:00Z">1 Feb</time><p>{SENTENCE}</p>'
    draft = read_html_text(_page(head, body), "p.html")
    assert draft.published == "2024-02-01T09:00:00Z"
    assert draft.byline == ["Ana Ruiz", "Ben Ode", "Cy Lam"]


def test_html_json_ld_date_wins_over_loose_date_meta() -> None:
    head = (
        '<meta name="date" content="2024-01-01">'
        '<script type="application/ld+json">{"@type": "ReportageNewsArticle",'
        ' "datePublished": "2024-01-02T10:00:00+01:00"}</script>'
    )
    assert read_html_text(_page(head), "p.html").published == "2024-01-02T10:00:00+01:00"


def test_html_fetched_url_wins_over_canonical() -> None:
    head = '<link rel="canonical" href="https://site.example/canonical">'
    draft = read_html_text(_page(head), "p.html", url="https://site.example/fetched")
    assert draft.url == "https://site.example/fetched"


def test_html_line_breaks_and_lists_stay_separate() -> None:
    body = (
        f"<p>{SENTENCE}<br>The vote was 7 to 2 after a long debate in the chamber.</p>"
        "<ul><li>Opening hours end on Friday this week.</li>"
        "<li>Books must be back by May.</li></ul>"
    )
    draft = read_html_text(_page("", body), "p.html")
    assert f"{SENTENCE}\nThe vote was 7 to 2" in draft.body
    assert "\n\nOpening hours end on Friday this week.\n\nBooks must be back by May." in draft.body


# --- dates and names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-11-02T20:15:00+00:00", "2024-11-02T20:15:00+00:00"),
        ("2024-11-02T20:15:00Z", "2024-11-02T20:15:00Z"),
        ("2024-11-07T18:05:00+0300", "2024-11-07T18:05:00+03:00"),
        ("2024-11-02 09:15:00", "2024-11-02T09:15:00"),
        ("2024-11-02T09:15", "2024-11-02T09:15"),
        ("2024-11-02", "2024-11-02"),
        ("20241102091500", "2024-11-02T09:15:00"),
        ("Sat, 02 Nov 2024 20:15:00 GMT", "2024-11-02T20:15:00+00:00"),
        ("Tue, 05 Nov 2024 17:00:00 +0300", "2024-11-05T17:00:00+03:00"),
        ("November 7, 2024", "2024-11-07"),
        (1730538900, "2024-11-02T09:15:00+00:00"),
        ("2024-13-45", None),
        ("yesterday evening", None),
        # a date relative to the clock of the run would change from one read to the next
        ("2 days ago", None),
        ("2d 10:00", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso


@pytest.mark.parametrize(
    ("names", "source", "byline", "agency"),
    [
        (["Jane Roe", "John Doe"], "Planet", ["Jane Roe", "John Doe"], None),
        (["Associated Press"], "valley.example", [], "AP"),
        (["Jane Roe", "Reuters"], None, ["Jane Roe"], "Reuters"),
        (["Harbor Ledger staff"], "Harbor Ledger", [], None),
        (["Daily Planet"], "Daily Planet", [], None),
        (["Jane Roe", "Jane Roe"], None, ["Jane Roe"], None),
    ],
)
def test_people_keeps_persons_only(
    names: list[str], source: str | None, byline: list[str], agency: str | None
) -> None:
    assert people(names, source) == (byline, agency)


def test_split_names() -> None:
    assert split_names("By Ana Ruiz; Ben Ode & Cy Lam") == ["Ana Ruiz", "Ben Ode", "Cy Lam"]
    assert split_names("https://site.example/author/ana") == []


# --- feeds -------------------------------------------------------------------------------------


def test_rss_entries() -> None:
    items = _items(DATA / "harbour.rss")
    full, summary = items[0].draft, items[1].draft
    assert full is not None and summary is not None
    assert full.title == "Lifeboat crew rescue two kayakers off Sable Point"
    assert full.url == "https://gazette.example/2024/05/lifeboat-kayakers"
    assert full.source == "Harbour Gazette"
    assert full.byline == ["Ines Maro", "Colm Reddy"]
    assert full.published == "2024-05-12T18:40:00+01:00"
    assert full.updated is None
    assert full.section == "Coast"
    assert full.language == "en"
    assert full.body.startswith("SABLE POINT — Two kayakers were rescued")
    assert "\n\n“They did exactly the right thing by staying with their kayaks,”" in full.body
    assert "brought ashore" not in full.body  # the summary, not the full content
    assert summary.body.startswith("Work on the damaged east wall")
    assert summary.byline == ["Colm Reddy"]  # from "email (Name)"
    assert summary.url == "https://gazette.example/2024/05/harbour-wall"


def test_rss_bad_entry_is_named_and_the_rest_go_on() -> None:
    items = _items(DATA / "harbour.rss")
    assert len(items) == 4
    assert items[2].failed == f"{DATA / 'harbour.rss'}#3"
    assert "no text" in (items[2].reason or "")
    assert items[3].draft is not None and items[3].draft.byline == []  # "... staff"


def test_feed_summary_html_is_reduced_to_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    summary = (
        "&lt;p&gt;First &amp;amp; second.&lt;/p&gt;"
        "&lt;p&gt;Third &lt;b&gt;part&lt;/b&gt;.&lt;/p&gt;"
    )
    path.write_text(
        f'<rss version="2.0"><channel><title>T</title><item><title>A</title>'
        f"<link>https://a.example/a</link><description>{summary}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    [draft] = _drafts(path)
    assert draft.body == "First & second.\n\nThird part."


def test_atom_entries() -> None:
    first, second = _drafts(DATA / "valley.atom")
    assert first.title == "Reservoir level falls to 41 percent"
    assert first.url == "https://valleypost.example/reservoir-level"
    assert first.source == "Valley Post"
    assert first.byline == ["Pia Holt"]
    assert first.published == "2024-06-01T16:20:00+02:00"
    assert first.updated == "2024-06-02T08:05:00+02:00"
    assert first.section == "Environment"
    assert first.body.endswith("the water board said.\n\nHosepipe use remains allowed for now.")
    assert second.body == "The Old Mill bridge will be closed from 10pm to 5am for inspections."
    assert second.published is None and second.updated == "2024-06-02T09:00:00Z"


# --- WARC --------------------------------------------------------------------------------------


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )


def write_warc(gz: bool, cp1252_page: bool = True) -> bytes:
    """A small archive: two article pages among records that must be skipped."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    dated = _page('<meta property="article:published_time" content="2024-04-01T10:00:00+02:00">')
    undated = _page("", "<p>“Prices rose by 4% in March,” the café owner said on Tuesday.</p>")
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "tests"}))
    w.write_record(_response(w, "https://a.example/one", dated.encode(), "text/html"))
    w.write_record(_response(w, "https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    gone = _response(w, "https://a.example/gone", dated.encode(), "text/html", "404 Not Found")
    w.write_record(gone)
    if cp1252_page:
        ctype = "text/html; charset=windows-1252"
        w.write_record(_response(w, "https://a.example/two", undated.encode("cp1252"), ctype))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False], ids=["warc-gz", "warc"])
def test_warc_reads_html_responses_only(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("pages.warc.gz" if gz else "pages.warc")
    path.write_bytes(write_warc(gz))
    items = _items(path)
    assert all(i.draft is not None for i in items), [i.reason for i in items]
    one, two = (i.draft for i in items)
    assert one is not None and two is not None
    assert (one.url, one.body, one.published) == (
        "https://a.example/one",
        SENTENCE,
        "2024-04-01T10:00:00+02:00",
    )
    assert two.url == "https://a.example/two"
    assert two.body == "“Prices rose by 4% in March,” the café owner said on Tuesday."
    assert two.published is not None and two.published.endswith("Z")  # the WARC-Date
    assert one.path == str(path)


# --- JSONL -------------------------------------------------------------------------------------


def test_jsonl_records_and_broken_lines() -> None:
    path = DATA / "dump.jsonl"
    items = _items(path)
    first, last = items[0].draft, items[-1].draft
    assert first is not None and last is not None
    assert first.title == "Orchard frost cuts apple harvest"
    assert first.body == (
        "Growers in the Tarn valley expect to pick a third fewer apples this year after a late "
        "frost.\n\nThe growers' cooperative said losses could reach 4 million euros."
    )
    assert (first.published, first.updated) == ("2024-09-20T14:05:00", "2024-09-21T08:00:00")
    assert (first.byline, first.url, first.source, first.language) == (
        ["Lena Voss"],
        "https://fruitnews.example/frost",
        "fruitnews.example",
        "en",
    )
    assert last.title == "Cider makers switch to pears"
    assert last.body.startswith("Several cider makers")  # description as the fallback text
    assert last.published == "2024-09-22T06:15:00"
    assert (last.byline, last.agency) == ([], "AP")
    failed = [(i.failed, i.reason or "") for i in items if i.failed]
    assert [f for f, _ in failed] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert failed[0][1].startswith("line 3 is not valid JSON: Unterminated string")
    assert "not an object" in failed[1][1]
    assert "line 5 has no article text" in failed[2][1]


def test_jsonl_field_mapping_overrides_defaults(tmp_path: Path) -> None:
    record = {
        "text": "a teaser, not the article",
        "story": SENTENCE,
        "when": "2024-05-06 07:08:09",
        "writers": "Ana Ruiz and Ben Ode",
        "outlet_name": "Mill Town News",
    }
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    mapping = {"text": "story", "published": "when", "authors": "writers", "source": "outlet_name"}
    [draft] = _drafts(path, Settings(fields=mapping))
    assert draft.body == SENTENCE
    assert draft.published == "2024-05-06T07:08:09"
    assert draft.byline == ["Ana Ruiz", "Ben Ode"]
    assert draft.source == "Mill Town News"


def test_jsonl_unknown_field_name_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": SENTENCE}) + "\n", encoding="utf-8")
    [item] = _items(path, Settings(fields={"headline": "h"}))
    assert item.failed == str(path)
    assert "--field names headline" in (item.reason or "")


def test_jsonl_record_holding_a_raw_line_separator_is_one_record(tmp_path: Path) -> None:
    # JSON allows U+2028 unescaped inside a string; some exporters write it so.
    record = {"title": "Quay works", "text": "The quay reopened.\u2028Ferries resumed at noon."}
    path = tmp_path / "dump.jsonl"
    line = json.dumps(record, ensure_ascii=False)
    assert "\u2028" in line
    path.write_text(line + "\r\n" + json.dumps({"text": SENTENCE}) + "\r\n", encoding="utf-8")
    items = _items(path)
    assert [i.failed for i in items] == [None, None]
    assert [i.draft.title for i in items if i.draft] == ["Quay works", None]


def test_jsonl_lines_are_parsed_as_items_are_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirecheck.readers.jsonl as jsonl

    parsed: list[int] = []
    parse = jsonl._parse_line

    def counted(line: str, number: int) -> object:
        parsed.append(number)
        return parse(line, number)

    monkeypatch.setattr(jsonl, "_parse_line", counted)
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps({"text": f"{SENTENCE} {n}"}) + "\n" for n in range(50)))
    items = readers.read_file(str(path), Settings())
    first = next(items)
    assert first.draft is not None and first.draft.body.endswith(" 0")
    assert parsed == [0, 1]  # the first line looked at, then parsed: not all fifty
    assert len(list(items)) == 49


def test_json_array_document(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    records = [{"title": "A", "body": SENTENCE}, {"title": "B", "maintext": "Second text."}]
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    assert [d.title for d in _drafts(path)] == ["A", "B"]


# --- the example corpus ------------------------------------------------------------------------

CONTAINER_FIELDS = ("title", "url", "source", "byline", "published", "updated", "section")


def _gold_cases() -> list[tuple[str, dict]]:
    gold_file = EXAMPLES / "gold.json"
    if not gold_file.exists():
        return []
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["articles"]
    return [(key, value) for key, value in gold.items() if not key.startswith("text/")]


@pytest.mark.parametrize(("key", "gold"), _gold_cases(), ids=[k for k, _ in _gold_cases()])
def test_example_container_metadata_matches_gold(key: str, gold: dict) -> None:
    path, _, url = key.partition("#")
    drafts = _drafts(EXAMPLES / "corpus" / path)
    [draft] = [d for d in drafts if not url or d.url == url]
    for name in CONTAINER_FIELDS:
        assert getattr(draft, name) == gold[name], name
    for phrase in gold["must_contain"]:
        assert phrase in draft.body
