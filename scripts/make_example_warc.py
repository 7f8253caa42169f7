"""Build examples/corpus/archive/pages.warc.gz from the pages in examples/warc-source/.

Re-run from the repository root after editing a page in examples/warc-source/:

    .venv/bin/python scripts/make_example_warc.py

The output is byte-for-byte deterministic: every record has a fixed WARC-Record-ID and
WARC-Date (listed below), and warcio writes one gzip member per record with a zero gzip
mtime. The pages live outside examples/corpus/ so that `wirecheck analyze examples/corpus`
reads each of them once, from the archive. Needs `warcio` (in the project's .venv).
"""

from __future__ import annotations

import argparse
import sys
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "warc-source"
OUTPUT = ROOT / "examples" / "corpus" / "archive" / "pages.warc.gz"

WARCINFO_ID = "<urn:uuid:6f1c2b9e-0a51-4d6e-9c1e-3b7d2a000001>"
WARCINFO_DATE = "2024-11-10T12:00:00Z"

# (file in warc-source/, target URI, response record id, request record id or None, WARC-Date)
PAGES = [
    (
        "quake-lantern.html",
        "https://lantern.example/world/turkey-earthquake-malatya-death-toll-14",
        "<urn:uuid:6f1c2b9e-0a51-4d6e-9c1e-3b7d2a000011>",
        "<urn:uuid:6f1c2b9e-0a51-4d6e-9c1e-3b7d2a000010>",
        "2024-11-03T20:02:11Z",
    ),
    (
        "fenwick-trial-thameside.html",
        "https://thamesidetimes.example/news/crime/brightwater-trial-fenwick-opens-juror-discharged",
        "<urn:uuid:6f1c2b9e-0a51-4d6e-9c1e-3b7d2a000021>",
        None,
        "2024-11-05T18:31:47Z",
    ),
    (
        "storm-corentin-lantern.html",
        "https://lantern.example/climate/storm-corentin-brittany-cornwall",
        "<urn:uuid:6f1c2b9e-0a51-4d6e-9c1e-3b7d2a000031>",
        None,
        "2024-11-09T13:44:05Z",
    ),
]

HTTP_DATES = {
    "2024-11-03T20:02:11Z": "Sun, 03 Nov 2024 20:02:11 GMT",
    "2024-11-05T18:31:47Z": "Tue, 05 Nov 2024 18:31:47 GMT",
    "2024-11-09T13:44:05Z": "Sat, 09 Nov 2024 13:44:05 GMT",
}


def warcinfo_record(writer: WARCWriter):
    """The archive's warcinfo record, with fixed id and date."""
    body = (
        b"software: wirecheck scripts/make_example_warc.py (warcio)\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: invented example pages for the wirecheck example corpus\r\n"
        b"isPartOf: wirecheck-examples\r\n"
    )
    headers = {
        "WARC-Record-ID": WARCINFO_ID,
        "WARC-Date": WARCINFO_DATE,
        "WARC-Filename": OUTPUT.name,
    }
    return writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(body),
        length=len(body),
        warc_content_type="application/warc-fields",
        warc_headers_dict=headers,
    )


def request_record(writer: WARCWriter, uri: str, record_id: str, date: str, concurrent: str):
    """A GET request for `uri`, linked to its response by WARC-Concurrent-To."""
    host = uri.split("/")[2]
    path = "/" + uri.split("/", 3)[3]
    http = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [
            ("Host", host),
            ("User-Agent", "Mozilla/5.0 (compatible; wirecheck-examples/1.0)"),
            ("Accept", "text/html,application/xhtml+xml"),
            ("Accept-Language", "en"),
        ],
        is_http_request=True,
    )
    headers = {"WARC-Record-ID": record_id, "WARC-Date": date, "WARC-Concurrent-To": concurrent}
    return writer.create_warc_record(
        uri, "request", payload=BytesIO(b""), length=0, http_headers=http, warc_headers_dict=headers
    )


def response_record(writer: WARCWriter, uri: str, html: bytes, record_id: str, date: str):
    """A 200 response carrying `html` as UTF-8 text/html."""
    http = StatusAndHeaders(
        "200 OK",
        [
            ("Date", HTTP_DATES[date]),
            ("Server", "nginx"),
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(html))),
            ("Cache-Control", "max-age=300"),
        ],
        protocol="HTTP/1.1",
    )
    headers = {"WARC-Record-ID": record_id, "WARC-Date": date}
    return writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(html),
        length=len(html),
        http_headers=http,
        warc_headers_dict=headers,
    )


def build(output: Path) -> None:
    """Write the archive to `output`."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(warcinfo_record(writer))
        for name, uri, response_id, request_id, date in PAGES:
            html = (SOURCE / name).read_bytes()
            if request_id:
                writer.write_record(request_record(writer, uri, request_id, date, response_id))
            writer.write_record(response_record(writer, uri, html, response_id, date))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    build(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
