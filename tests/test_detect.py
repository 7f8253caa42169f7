"""Format detection from content alone, the gzip reader, and reader registration."""

from __future__ import annotations

import gzip
import io
import json
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirecheck import readers
from wirecheck.readers import detect
from wirecheck.readers.base import READERS, ReadError
from wirecheck.settings import Settings

PARAGRAPH = "The council voted on Monday to close the library on Mill Street for good."
PAGE = (
    "<!DOCTYPE html><html><head><title>Library</title></head>"
    f"<body><p>{PARAGRAPH}</p></body></html>"
)
XHTML = b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'
RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
ATOM = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>'
RDF = (
    '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>'
)
JSON_LINE = json.dumps({"title": "A", "text": PARAGRAPH})


def _warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://a.example/", "response", payload=io.BytesIO(PAGE.encode()), http_headers=headers
    )
    writer.write_record(record)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (PAGE.encode(), "html"),
        (f"<div><p>{PARAGRAPH}</p></div>".encode(), "html"),
        (XHTML, "html"),
        (b"<!-- saved page -->\n<HTML><BODY>x</BODY></HTML>", "html"),
        (RSS.encode(), "feed"),
        (ATOM.encode(), "feed"),
        (RDF.encode(), "feed"),
        (b"\xef\xbb\xbf" + RSS.encode(), "feed"),
        (RSS.replace('"?>', '" encoding="utf-16"?>').encode("utf-16"), "feed"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "rss.dtd">\n<rss/>', "feed"),
        (f"{JSON_LINE}\n{JSON_LINE}\n".encode(), "jsonl"),
        (f"\n{JSON_LINE}\n{{broken\n{JSON_LINE}\n".encode(), "jsonl"),
        (json.dumps([{"title": "A", "text": "B"}], indent=2).encode(), "jsonl"),
        (f"Library to close\n\n{PARAGRAPH}\n".encode(), "text"),
        (b"<<BREAKING>> The council voted to close the library.", "text"),
        (b"{not json at all}\nsecond line of prose\nthird line", "text"),
        (_warc(gz=False), "warc"),
        (_warc(gz=True), "warc"),
        (gzip.compress(PAGE.encode()), "gzip"),
    ],
    ids=[
        "html-doctype",
        "html-fragment",
        "xhtml",
        "html-comment-first",
        "rss",
        "atom",
        "rdf",
        "rss-bom",
        "rss-utf16",
        "rss-external-dtd",
        "jsonl",
        "jsonl-broken-line",
        "json-array",
        "text",
        "text-angle-brackets",
        "text-brace",
        "warc",
        "warc-gz",
        "gzip-html",
    ],
)
def test_detects_format_from_content(data: bytes, fmt: str) -> None:
    assert detect.detect_format(data) == fmt


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
        (b"abc\x00\x00\x01\x02def" * 10, "binary"),
    ],
    ids=["png", "jpeg", "pdf", "zip", "elf", "nul-bytes"],
)
def test_binary_files_are_named_in_plain_words(data: bytes, words: str) -> None:
    with pytest.raises(ReadError, match="binary file") as caught:
        detect.detect_format(data)
    assert words in str(caught.value)
    assert "not an article" in str(caught.value)


@pytest.mark.parametrize("data", [b"MZ is a postcode prefix here.", b"BZh, said the sign."])
def test_text_that_starts_like_a_magic_number_is_still_text(data: bytes) -> None:
    assert detect.detect_format(data) == "text"


def test_other_xml_is_refused_by_its_root() -> None:
    sitemap = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/"><url/></urlset>'
    with pytest.raises(ReadError, match="root <urlset>"):
        detect.detect_format(sitemap)


def test_prefixed_atom_root_is_a_feed() -> None:
    data = b'<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom"/>'
    assert detect.detect_format(data) == "feed"


def test_white_space_only_is_refused() -> None:
    with pytest.raises(ReadError, match="only white space"):
        detect.detect_format(b"  \n\t\n  ")


def test_extension_is_ignored(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(PAGE, encoding="utf-8")
    drafts = [item.draft for item in readers.read_file(str(path), Settings())]
    assert drafts[0] is not None and drafts[0].format == "html"


def test_load_readers_registers_every_builtin_format() -> None:
    detect.load_readers()
    assert {"text", "html", "feed", "warc", "jsonl", "gzip"} <= set(READERS)


def test_gzip_reader_unpacks_and_dispatches(tmp_path) -> None:
    path = tmp_path / "page.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    items = list(readers.read_file(str(path), Settings()))
    assert [i.draft.body for i in items if i.draft] == [PARAGRAPH]


def test_gzip_with_several_members_is_read_whole() -> None:
    data = gzip.compress(b"first half. ") + gzip.compress(b"second half.")
    assert detect.gunzip(data, 10_000) == b"first half. second half."


def test_gzip_bomb_is_refused_quickly() -> None:
    bomb = gzip.compress(b"\x00" * 60_000_000, compresslevel=9)  # ~60 KB packed
    start = time.perf_counter()
    with pytest.raises(ReadError, match="gzip bomb"):
        detect.gunzip(bomb, 200_000_000)
    assert time.perf_counter() - start < 2


def test_gzip_unpacked_size_is_held_to_max_bytes() -> None:
    data = gzip.compress(PARAGRAPH.encode() * 50)
    with pytest.raises(ReadError, match="more than 100 bytes"):
        detect.gunzip(data, 100)


def test_gzip_inside_gzip_is_refused(tmp_path) -> None:
    path = tmp_path / "twice.gz"
    path.write_bytes(gzip.compress(gzip.compress(PAGE.encode())))
    [item] = readers.read_file(str(path), Settings())
    assert item.failed == str(path)
    assert "gzip file inside a gzip file" in (item.reason or "")
