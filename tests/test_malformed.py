"""Malformed corpora beyond test_bad_inputs.py: stray and mixed encodings, 10 MB lines, deep
nesting (HTML, JSON, JSON-LD), entity tricks in feeds, odd timestamps, empty archives.

Each must give either the article or a message in plain words naming the file, quickly and
in bounded memory, while the rest of the batch is read.
"""

from __future__ import annotations

import json
import socket
import time
import tracemalloc
from pathlib import Path

import pytest

from tests.test_bad_inputs import BILLION_LAUGHS
from tests.test_readers import SENTENCE
from wirecheck import readers
from wirecheck.readers.base import Item
from wirecheck.run import read_inputs
from wirecheck.settings import Settings

ACCENTED = "The café owner in Köln said the naïve plan would fail, according to Zoë Brontë."
TEN_MB = 10 * 1024 * 1024
MIB = 1024 * 1024


def read(path: Path, data: bytes) -> list[Item]:
    path.write_bytes(data)
    return list(readers.read_file(str(path), Settings()))


def one_draft_body(items: list[Item]) -> str:
    assert [i.failed for i in items] == [None], [i.reason for i in items]
    assert items[0].draft is not None
    return items[0].draft.body


def nested_html(depth: int, tag: str = "div") -> bytes:
    inner = f"<p>{SENTENCE}</p><p>{ACCENTED}</p>"
    return f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</body></html>".encode()


def test_stray_bytes_in_utf8_garble_only_themselves(tmp_path: Path) -> None:
    data = (ACCENTED + "\n\n" + SENTENCE).encode().replace(b"Mill", b"M\xffll", 1)
    body = one_draft_body(read(tmp_path / "stray.txt", data))
    assert ACCENTED in body  # not "cafÃ©": the good UTF-8 is kept as UTF-8
    assert "Street for good." in body


def test_mixed_utf8_and_cp1252_paragraphs_both_decode(tmp_path: Path) -> None:
    data = ACCENTED.encode("utf-8") + b"\n\n" + ACCENTED.replace("Köln", "Paris").encode("cp1252")
    body = one_draft_body(read(tmp_path / "mixed.txt", data))
    assert body.split("\n") == [ACCENTED, "", ACCENTED.replace("Köln", "Paris")]


def test_legacy_file_is_still_read_as_legacy(tmp_path: Path) -> None:
    data = (ACCENTED + " " + SENTENCE).encode("cp1252")
    body = one_draft_body(read(tmp_path / "latin.txt", data))
    # No UTF-8 in it, so the stray-byte rule stays out: the legacy guess decodes it (which
    # central European code page it picks for so short a text is charset-normalizer's call).
    assert "The café owner in Köln" in body and "\ufffd" not in body


@pytest.mark.parametrize(
    ("name", "wrap"),
    [
        ("line.txt", lambda s: s),
        ("line.jsonl", lambda s: json.dumps({"text": s, "title": "Long"})),
        ("line.html", lambda s: f"<html><body><article><p>{s}</p></article></body></html>"),
    ],
)
def test_a_ten_megabyte_line_is_read_whole(tmp_path: Path, name: str, wrap) -> None:  # noqa: ANN001
    line = (SENTENCE + " ") * (TEN_MB // len(SENTENCE) + 1)
    data = wrap(line.strip()).encode()
    assert len(data) >= TEN_MB
    start = time.perf_counter()
    body = one_draft_body(read(tmp_path / name, data))
    assert time.perf_counter() - start < 60
    assert len(body) >= TEN_MB - 1000 and body.startswith(SENTENCE)


def test_lines_of_ten_megabytes_stay_in_bounded_memory(tmp_path: Path) -> None:
    data = json.dumps({"text": (SENTENCE + " ") * (TEN_MB // (len(SENTENCE) + 1))}).encode()
    (tmp_path / "big.jsonl").write_bytes(data)
    tracemalloc.start()
    try:
        list(readers.read_file(str(tmp_path / "big.jsonl"), Settings()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * len(data), f"peak {peak / MIB:.0f} MiB for {len(data) / MIB:.0f} MiB"


def test_html_nested_5000_levels_is_refused_quickly_by_name(tmp_path: Path) -> None:
    start = time.perf_counter()
    [item] = read(tmp_path / "deep.html", nested_html(5000))
    assert time.perf_counter() - start < 5
    assert item.failed == str(tmp_path / "deep.html")
    assert "nests its elements over 2,048 levels deep" in (item.reason or "")


@pytest.mark.parametrize("tag", ["div", "span"])
def test_html_nested_600_levels_keeps_its_text(tmp_path: Path, tag: str) -> None:
    # libxml2's default cap (256 levels) used to drop such a page's text without a word.
    body = one_draft_body(read(tmp_path / "deepish.html", nested_html(600, tag)))
    assert body == f"{SENTENCE}\n\n{ACCENTED}"


def test_jsonl_line_nested_too_deeply_is_named_and_the_rest_read(tmp_path: Path) -> None:
    good = json.dumps({"text": SENTENCE})
    data = f"{good}\n{'[' * 50_000}{']' * 50_000}\n{good.replace('good', 'well')}\n".encode()
    items = read(tmp_path / "deep.jsonl", data)
    assert [i.draft is not None for i in items] == [True, False, True]
    assert items[1].failed == f"{tmp_path / 'deep.jsonl'}:2"
    assert items[1].reason == "line 2 nests JSON too deeply to read"


def test_absurd_json_ld_is_ignored_and_the_page_read(tmp_path: Path) -> None:
    ld = f"<script type='application/ld+json'>{'[' * 50_000}{']' * 50_000}</script>"
    html = f"<html><head>{ld}<title>Library</title></head><body><p>{SENTENCE}</p></body></html>"
    assert one_draft_body(read(tmp_path / "ld.html", html.encode())) == SENTENCE


@pytest.mark.parametrize("stamp", [253402300800, 1e300, -1e300, 1730541300000])
def test_timestamps_out_of_range_are_dropped_not_fatal(tmp_path: Path, stamp: float) -> None:
    data = json.dumps({"text": SENTENCE, "date_publish": stamp}).encode()
    [item] = read(tmp_path / "stamp.jsonl", data)
    assert item.draft is not None and item.draft.published is None


def test_billion_laughs_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    (tmp_path / "laughs.xml").write_bytes(BILLION_LAUGHS.encode())
    tracemalloc.start()
    start = time.perf_counter()
    try:
        [item] = readers.read_file(str(tmp_path / "laughs.xml"), Settings())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 1
    assert peak < 5 * MIB
    assert item.failed == str(tmp_path / "laughs.xml") and "billion laughs" in (item.reason or "")


def test_quadratic_entity_blowup_is_refused(tmp_path: Path) -> None:
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"x" * 50_000}">]>'
        f'<rss version="2.0"><channel><title>T</title><item><description>{"&a;" * 50_000}'
        "</description></item></channel></rss>"
    )
    start = time.perf_counter()
    [item] = read(tmp_path / "quad.xml", feed.encode())
    assert time.perf_counter() - start < 1
    assert "billion laughs" in (item.reason or "")


def test_external_dtd_in_a_feed_is_never_fetched(tmp_path: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/evil.dtd"
        feed = (
            f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{url}"><rss version="2.0"><channel>'
            f"<title>T</title><item><title>X</title><description>{SENTENCE}</description>"
            "</item></channel></rss>"
        )
        assert one_draft_body(read(tmp_path / "dtd.xml", feed.encode())) == SENTENCE
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected


def test_archive_without_pages_says_so(tmp_path: Path) -> None:
    record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    [item] = read(tmp_path / "empty.warc", record)
    assert item.failed == str(tmp_path / "empty.warc")
    assert item.reason == "the archive holds no HTML pages (1 records read)"


def test_batch_reads_on_past_every_malformed_file(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "deep.html").write_bytes(nested_html(5000))
    (folder / "deep.jsonl").write_text("[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    (folder / "laughs.xml").write_text(BILLION_LAUGHS, encoding="utf-8")
    (folder / "empty.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n"
    )
    (folder / "stamp.jsonl").write_text(json.dumps({"text": SENTENCE, "date": 1e300}) + "\n")
    (folder / "zz-good.txt").write_text(ACCENTED + "\n", encoding="utf-8")
    intake = read_inputs([folder], Settings(workers=1, quiet=True))
    assert sorted(Path(a.path).name for a in intake.articles) == ["stamp.jsonl", "zz-good.txt"]
    assert intake.articles[0].published is None
    skipped = {Path(s.path).name: s.reason for s in intake.skipped}
    assert set(skipped) == {"deep.html", "laughs.xml", "empty.warc", "deep.jsonl:1"}
    for reason in skipped.values():
        assert "could not be read (" not in reason  # the catch-all for crashes never fired


def test_feed_with_an_undecodable_encoding_declaration_is_named(tmp_path: Path) -> None:
    # Found by test_property: feedparser itself raised UnicodeDecodeError on this.
    [item] = read(tmp_path / "enc.xml", b'<?encoding="\x80"?><rss version="2.0"><channel>')
    assert item.failed == str(tmp_path / "enc.xml")
    assert (item.reason or "").startswith("the feed cannot be parsed")
